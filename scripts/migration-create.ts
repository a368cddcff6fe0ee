/**
 * Developer tool: writes the next migration of a subgraph from the difference between its entities
 * and its committed migrations, and lists it in the subgraph's migrations/index.ts. Read it before
 * committing: add what a diff cannot know (data moves, partial indexes, exclusion constraints).
 *   npm run migration:create -- pedagogy Projects
 */
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { projectRoot } from '../platform/paths.js';
import { pendingSchemaSql } from './migration-diff.js';
import { listMigration } from './migration-index.js';
import { parseCommand, usageError } from './cli.js';

const USAGE = `usage: npm run migration:create -- <${SUBGRAPH_NAMES.join('|')}> <Label in PascalCase>
Writes the subgraph's next migration from the difference between its entities and its migrations.`;
const { positionals } = parseCommand(USAGE, { allowPositionals: true, options: {} });
const [name, label] = positionals as [SubgraphName, string | undefined];
if (positionals.length !== 2 || !SUBGRAPH_NAMES.includes(name)) usageError(`give a subgraph (${SUBGRAPH_NAMES.join(', ')}) and a label`);
if (!/^[A-Z][A-Za-z0-9]*$/.test(label!)) usageError(`the label is one word in PascalCase, such as Projects (got "${label}")`);
const statements = await pendingSchemaSql(name);
if (!statements.length) {
  console.log('The database matches the entities: no migration needed.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}${label}`;
const dir = path.join(projectRoot(), 'subgraphs', name, 'migrations');
const body = statements.map((sql) => `    this.addSql(${JSON.stringify(sql)});`).join('\n');
await writeFile(
  path.join(dir, `${className}.ts`),
  `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n${body}\n  }\n}\n`,
);
const indexFile = path.join(dir, 'index.ts');
await writeFile(indexFile, listMigration(await readFile(indexFile, 'utf8'), className));
console.log(`wrote subgraphs/${name}/migrations/${className}.ts (${statements.length} statements) and listed it in index.ts`);
