/** `npm run compose`: prints the subgraph SDLs and composes the supergraph and API schema into schema/. */
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';
import { CompositionError, renderSchemaFiles } from './schema-files.js';
import { parseCommand } from './cli.js';

parseCommand(`usage: npm run compose\nPrints each subgraph's SDL and composes the supergraph and the API schema into schema/.`, { options: {} });

try {
  const dir = path.join(projectRoot(), 'schema');
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(await renderSchemaFiles())) {
    await writeFile(path.join(dir, file), content);
    console.log(`wrote schema/${file}`);
  }
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
