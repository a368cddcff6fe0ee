import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { renderReferenceData } from '../scripts/reference-data.js';

describe('platform/seeds/reference.data.ts', () => {
  it('is what @etalab/decoupage-administratif gives today (run `npm run extract:reference` when not)', async () => {
    const committed = await readFile(new URL('../platform/seeds/reference.data.ts', import.meta.url), 'utf8');
    expect(committed === (await renderReferenceData())).toBe(true);
  });
});
