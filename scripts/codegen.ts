/** `npm run codegen`: regenerates schema/generated/ (typed documents, persisted-documents manifest). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../platform/paths.js';
import { renderTypedDocuments } from './typed-documents.js';
import { parseCommand } from './cli.js';

parseCommand('usage: npm run codegen\nWrites the typed documents and the persisted-documents manifest (schema/generated/) from schema/operations/.', {
  options: {},
});

const root = projectRoot();
const dir = path.join(root, 'schema', 'generated');
await mkdir(dir, { recursive: true });
for (const [file, content] of Object.entries(await renderTypedDocuments(root))) {
  await writeFile(path.join(dir, file), content);
  console.log(`wrote schema/generated/${file}`);
}
