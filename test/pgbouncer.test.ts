// Why: in production the subgraphs reach PostgreSQL through PgBouncer in transaction mode
// (docker-compose, the Kubernetes Pooler), where a server connection serves one transaction of a
// client and then another client's: nothing may rely on a session. MikroORM 7 sends each statement
// with its values inlined and no parameters (no prepared statement at all), and node-postgres's own
// parameterised statements use the unnamed statement within one round trip: both work in
// transaction mode, even on PgBouncer 1.18 (no max_prepared_statements). The start lock is a
// session's advisory lock: it goes to <NAME>_DATABASE_DIRECT_URL, as do the migrations.
//
// Runs on the test's server (embedded or the machine's) behind Debian's pgbouncer (.ci/run installs
// it); where pgbouncer is not installed, the suite is skipped and its title says so.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { deriveDatabaseUrl, loadSubgraphConfig } from '../platform/config.js';
import { dropDatabases, ensureDatabases } from '../platform/database/create.js';
import { createSubgraphServer, type SubgraphServer } from '../platform/server.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { findPgBouncer, PgBouncer } from './pgbouncer.js';
import { onServer } from './local-servers.js';
import { askSubgraph, CREATE_PROJECT, cherProjectInput, PROJECT, STAFF_18 } from './subgraph-client.js';

const binary = findPgBouncer();
const serverUrl = process.env.TEST_DATABASE_URL!;
const database = `b${randomBytes(4).toString('hex')}_pedagogy`;
const directUrl = deriveDatabaseUrl(serverUrl, database);

let bouncer: PgBouncer;
const replicas: SubgraphServer[] = [];
let url: string;

const title = binary
  ? 'pedagogy through PgBouncer in transaction mode'
  : 'SKIPPED: pedagogy through PgBouncer — pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)';
if (!binary) console.warn(title);

(binary ? describe : describe.skip)(title, () => {
  beforeAll(async () => {
    bouncer = await PgBouncer.start(binary!, serverUrl);
    await ensureDatabases(serverUrl, [database]);
    const env = { PEDAGOGY_DATABASE_URL: bouncer.url(database), PEDAGOGY_DATABASE_DIRECT_URL: directUrl, PEDAGOGY_PORT: '0', LOG_LEVEL: 'silent' };
    // Two replicas at once: one migrates and seeds under the start lock, the other waits for it.
    const started = await Promise.allSettled([0, 1].map(() => createSubgraphServer(SUBGRAPHS.pedagogy, loadSubgraphConfig('pedagogy', env))));
    for (const result of started) if (result.status === 'fulfilled') replicas.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    url = await replicas[0]!.listen(0);
  }, 300_000);

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await bouncer?.stop();
    await dropDatabases(serverUrl, [database]);
  }, 60_000);

  it('migrated once, and the start lock, taken past the pooler, is not held by any pooled connection', async () => {
    const [runs] = await onServer(
      directUrl,
      async (c) => (await c.query('select count(*)::int as n, count(distinct name)::int as names from mikro_orm_migrations')).rows,
    );
    expect(runs).toEqual({ n: SUBGRAPHS.pedagogy.migrations.length, names: SUBGRAPHS.pedagogy.migrations.length });
    const [held] = await onServer(
      directUrl,
      async (c) =>
        (
          await c.query(`select count(*)::int as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = $1)`, [
            database,
          ])
        ).rows,
    );
    expect(held!.n).toBe(0);
  });

  it('answers a mutation and queries with statements that all went through PgBouncer', async () => {
    const input = await cherProjectInput(directUrl, 'Atelier robotique');
    const before = await bouncer.stats(database);
    replicas[0]!.sql.reset();
    const created = await askSubgraph(url, 'pedagogy', STAFF_18, CREATE_PROJECT, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data.createProject.project.partnerSchools).toEqual(input.partnerSchoolUais.map((uai) => ({ uai })));
    const { id } = created.data.createProject.project;
    const read = await askSubgraph(url, 'pedagogy', STAFF_18, PROJECT, { id });
    expect(read.data?.project).toEqual({ id, title: input.title });
    const after = await bouncer.stats(database);
    expect(replicas[0]!.sql.count).toBeGreaterThan(3);
    expect(after.queries - before.queries).toBeGreaterThanOrEqual(replicas[0]!.sql.count);
    expect(after.transactions).toBeGreaterThan(before.transactions);
  });
});
