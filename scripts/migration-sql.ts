/**
 * Developer tool: prints the SQL that would bring a subgraph's database (migrated to date) in line
 * with its entities — what the next migration must do. It applies the committed migrations first
 * (as a start-up would) and never changes the schema beyond them.
 *   npm run migration:sql -- pedagogy
 */
import 'reflect-metadata';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { pendingSchemaSql } from './migration-diff.js';

const name = process.argv[2] as SubgraphName;
if (!SUBGRAPH_NAMES.includes(name)) {
  console.error(`usage: npm run migration:sql -- <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}
const statements = await pendingSchemaSql(name);
console.log(statements.length ? statements.map((s) => `${s};`).join('\n') : '-- the database matches the entities: no migration needed');
