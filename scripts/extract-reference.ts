/**
 * `npm run extract:reference`: writes platform/seeds/reference.data.ts, the part of
 * @etalab/decoupage-administratif that seeds use (see `buildReferenceExtract`). Run it after
 * upgrading that package or changing the departments seeded in detail; a test fails when stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';
import { renderReferenceData } from './reference-data.js';
import { parseCommand } from './cli.js';

parseCommand(`usage: npm run extract:reference\nRewrites the seeds' extract of @etalab/decoupage-administratif (platform/seeds/reference.data.ts).`, {
  options: {},
});

const target = path.join(projectRoot(), 'platform', 'seeds', 'reference.data.ts');
await writeFile(target, await renderReferenceData());
console.log(`wrote ${path.relative(projectRoot(), target)}`);
