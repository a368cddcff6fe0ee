import { loadSubgraphConfig, type SubgraphName } from '../platform/config.js';
import { migrate, openOrm } from '../platform/orm.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { loadLauncherConfig } from './config.js';
import { provideDatabases } from './database.js';

/**
 * The SQL statements that would bring a subgraph's database, migrated to date, in line with its
 * entities (empty when they agree). Uses the configured or embedded server; changes nothing but
 * applying the committed migrations.
 */
export async function pendingSchemaSql(name: SubgraphName): Promise<string[]> {
  const database = await provideDatabases(loadLauncherConfig(), undefined, true);
  console.error(`database: ${database.description}`);
  const config = loadSubgraphConfig(name, { ...process.env, ...database.env });
  const module = SUBGRAPHS[name];
  const orm = await openOrm({ name, databaseUrl: config.databaseUrl, entities: module.entities, migrations: module.migrations });
  try {
    await migrate(orm);
    const sql = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    return sql
      .split(/;\n/)
      .map((s) => s.trim().replace(/;$/, ''))
      .filter(Boolean);
  } finally {
    await orm.close();
    await database.embedded?.stop();
  }
}
