import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { databaseName, deriveDatabaseUrl, SUBGRAPH_NAMES } from '../platform/config.js';
import { dropDatabases, ensureDatabases } from '../platform/database/create.js';
import { migrate, openOrm } from '../platform/orm.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

const server = process.env.TEST_DATABASE_URL!;
const prefix = `m${randomBytes(4).toString('hex')}_`;
const databases = SUBGRAPH_NAMES.map((name) => databaseName(name, prefix));

beforeAll(() => ensureDatabases(server, databases));
afterAll(() => dropDatabases(server, databases));

describe('committed migrations', () => {
  it.each(SUBGRAPH_NAMES)('create exactly the schema the %s entities describe, and run once', async (name) => {
    const module = SUBGRAPHS[name];
    const orm = await openOrm({
      name,
      databaseUrl: deriveDatabaseUrl(server, databaseName(name, prefix)),
      entities: module.entities,
      migrations: module.migrations,
    });
    try {
      expect(await migrate(orm)).toEqual(module.migrations.map((m) => m.name));
      expect(await migrate(orm)).toEqual([]);
      // Nothing left for a schema update to do: entities and migrations agree.
      expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
    } finally {
      await orm.close();
    }
  });
});
