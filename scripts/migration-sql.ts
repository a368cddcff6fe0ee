/**
 * Developer tool: prints the SQL that would bring a subgraph's database (migrated to date) in line
 * with its entities — the body of the next migration to write. It never changes the database.
 *   npm run migration:sql -- pedagogy
 */
import 'reflect-metadata';
import { loadSubgraphConfig, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/config.js';
import { migrate, openOrm } from '../subgraphs/common/orm.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';

const name = process.argv[2] as SubgraphName;
if (!SUBGRAPH_NAMES.includes(name)) {
  console.error(`usage: npm run migration:sql -- <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}
const database = await provideDatabases(loadLauncherConfig());
const config = loadSubgraphConfig(name, { ...process.env, ...database.env });
const module = SUBGRAPHS[name];
const orm = await openOrm({ name, databaseUrl: config.databaseUrl, entities: module.entities, migrations: module.migrations });
try {
  await migrate(orm);
  const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  console.log(sql.trim() || '-- the database matches the entities: no migration needed');
} finally {
  await orm.close();
  await database.embedded?.stop();
}
