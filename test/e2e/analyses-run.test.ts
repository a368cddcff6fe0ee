import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { flatten, type Json } from '../../web/shared/flatten.js';
import { analysis as load } from '../browser/workbench.js';
import { Stack, tokenFor } from '../stack.js';

/**
 * Every saved analysis the workbench ships (web/analyses) runs on the demonstration data as an analyst
 * would open it — its own operation or the published one it names, with each of its sets of
 * variables — without an error, and gives rows along its `rows` path: a schema change, a seed change
 * or a period that no longer holds activity shows here, not in front of an analyst.
 */
const ids = readdirSync(new URL('../../web/analyses/', import.meta.url))
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => file.replace(/\.graphql$/, ''));
// The workbench's own loader: a published analysis runs the manifest's text.
const analyses = await Promise.all(ids.map((id) => load(id)));
const runs = analyses.flatMap((a) =>
  [a.variables, a.compare].flatMap((variables, i) => (variables === undefined ? [] : [[`${a.id} (${i ? 'B' : 'A'})`, a, variables] as const])),
);

let stack: Stack;
let analyst: string;
beforeAll(async () => {
  stack = await Stack.start();
  analyst = await tokenFor('ANALYST');
});
afterAll(() => stack?.stop());

describe('the shipped analyses, run on the demonstration data', () => {
  it('are all run below', () => {
    expect(new Set(runs.map(([, a]) => a.id)).size).toBe(analyses.length);
  });

  it.each(runs)('%s answers without an error, with rows', async (_, analysis, variables) => {
    const { data, errors } = await stack.query(analysis.query, { token: analyst, variables: JSON.parse(variables) });
    expect(errors).toBeUndefined();
    const table = flatten(data as Json, analysis.rows);
    if (analysis.rows) expect(table.rowsPath).toBe(analysis.rows);
    expect(table.rows.length).toBeGreaterThan(0);
  });
});
