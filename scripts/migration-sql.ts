/**
 * Developer tool: prints the SQL that would bring a subgraph's database (migrated to date) in line
 * with its entities — what the next migration must do. It applies the committed migrations first
 * (as a start-up would) and never changes the schema beyond them.
 *   npm run migration:sql -- pedagogy
 */
import 'reflect-metadata';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { pendingSchemaSql } from './migration-diff.js';
import { parseCommand, usageError } from './cli.js';

const USAGE = `usage: npm run migration:sql -- <${SUBGRAPH_NAMES.join('|')}>
Prints the SQL that would bring the subgraph's migrated database in line with its entities.`;
const { positionals } = parseCommand(USAGE, { allowPositionals: true, options: {} });
const name = positionals[0] as SubgraphName;
if (positionals.length !== 1 || !SUBGRAPH_NAMES.includes(name)) usageError(`give one subgraph: ${SUBGRAPH_NAMES.join(', ')}`);
const statements = await pendingSchemaSql(name);
console.log(statements.length ? statements.map((s) => `${s};`).join('\n') : '-- the database matches the entities: no migration needed');
