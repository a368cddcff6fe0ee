// Why: on Kubernetes several replicas of each subgraph start at once on an empty database. One must
// migrate and seed while the others wait (they used to crash in the migration with a duplicate type),
// none may add rows twice, and with every finance replica relaying the outbox each commission
// decision must reach pedagogy exactly once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { databaseName, loadSubgraphConfig, START_WAVES, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { dropDatabases, ensureDatabases } from '../platform/database/create.js';
import { createSubgraphServer, type SubgraphServer } from '../platform/server.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { createGateway, type GatewayServer } from '../gateway/gateway.js';
import { cherProject, createCommission, DECIDE, eventually, fundingPlan } from './commissions.fixtures.js';
import { postGraphQL, type QueryOptions, type Stack, tokenFor } from './stack.js';

const REPLICAS = 3;
const serverUrl = process.env.TEST_DATABASE_URL!;

/** A platform of `replicas` processes per subgraph on databases of its own prefix, and one gateway per replica index up to `gateways`. */
class Replicated {
  readonly prefix = `r${randomBytes(4).toString('hex')}_`;
  readonly servers = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, [] as SubgraphServer[]])) as Record<SubgraphName, SubgraphServer[]>;
  readonly urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, [] as string[]])) as Record<SubgraphName, string[]>;
  readonly gateways: Array<{ server: GatewayServer; url: string }> = [];

  databases = () => SUBGRAPH_NAMES.map((name) => databaseName(name, this.prefix));

  async start(replicas: number, gateways: number): Promise<void> {
    // Each replica's start-up makes sure the databases exist, at the same moment as the others.
    await Promise.all(Array.from({ length: replicas }, () => ensureDatabases(serverUrl, this.databases())));
    for (const wave of START_WAVES) {
      await Promise.all(
        wave.flatMap((name) =>
          Array.from({ length: replicas }, async () => {
            const env = {
              DATABASE_URL: serverUrl,
              DATABASE_NAME_PREFIX: this.prefix,
              LOG_LEVEL: 'silent',
              OUTBOX_POLL_MS: '100',
              [`${name.toUpperCase()}_PORT`]: '0',
            };
            const pedagogy = this.urls.pedagogy[0];
            const server = await createSubgraphServer(SUBGRAPHS[name], loadSubgraphConfig(name, { ...env, ...(pedagogy ? { PEDAGOGY_URL: pedagogy } : {}) }));
            this.servers[name].push(server);
            this.urls[name].push(await server.listen(0));
          }),
        ),
      );
    }
    for (let i = 0; i < gateways; i++) {
      const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, this.urls[name][i % replicas]!]));
      const server = await createGateway(loadGatewayConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', ...urls }));
      this.gateways.push({ server, url: await server.listen(0) });
    }
  }

  sql<T = Record<string, unknown>>(name: SubgraphName, text: string, params: unknown[] = []): Promise<T[]> {
    return this.servers[name][0]!.orm.em.fork().getConnection().execute<T[]>(text, params);
  }

  /** Row counts of every table of a subgraph's database. */
  async rowCounts(name: SubgraphName): Promise<Record<string, number>> {
    const tables = await this.sql<{ t: string }>(
      name,
      `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { t } of tables) counts[t] = (await this.sql<{ n: number }>(name, `select count(*)::int as n from "${t}"`))[0]!.n;
    return counts;
  }

  /** What the commission fixtures need of a Stack, through gateway `index`. */
  asStack(index: number): Stack {
    const url = this.gateways[index]!.url;
    return { query: (query: string, options?: QueryOptions) => postGraphQL(url, query, options), sql: this.sql.bind(this) } as unknown as Stack;
  }

  async stop(): Promise<void> {
    for (const { server } of this.gateways) await server.stop().catch(() => undefined);
    for (const name of [...SUBGRAPH_NAMES].reverse()) for (const server of this.servers[name]) await server.stop().catch(() => undefined);
    await dropDatabases(serverUrl, this.databases());
  }
}

let replicated: Replicated;
let single: Replicated;
beforeAll(async () => {
  replicated = new Replicated();
  single = new Replicated();
  await replicated.start(REPLICAS, 2);
  await single.start(1, 0);
}, 300_000);
afterAll(async () => {
  await replicated?.stop();
  await single?.stop();
});

describe(`${REPLICAS} replicas of each subgraph started at once on empty databases`, () => {
  it('all started, and each migration ran once', async () => {
    for (const name of SUBGRAPH_NAMES) {
      expect(replicated.urls[name]).toHaveLength(REPLICAS);
      const [row] = await replicated.sql<{ runs: number; names: number }>(
        name,
        'select count(*)::int as runs, count(distinct name)::int as names from mikro_orm_migrations',
      );
      expect(row).toEqual({ runs: SUBGRAPHS[name].migrations.length, names: SUBGRAPHS[name].migrations.length });
    }
  });

  it('seeded every table with the rows of a single start, none twice', async () => {
    for (const name of SUBGRAPH_NAMES) expect({ name, counts: await replicated.rowCounts(name) }).toEqual({ name, counts: await single.rowCounts(name) });
  });

  it('answers through both gateways, each on its own replicas', async () => {
    for (const { url } of replicated.gateways) {
      const { data, errors } = await postGraphQL(
        url,
        '{ departments(codes: ["18", "29"]) { name pedagogy { tneSchools { value } } finance { grants { value } } } }',
      );
      expect(errors).toBeUndefined();
      expect(data.departments.map((d: { name: string }) => d.name)).toEqual(['Cher', 'Finistère']);
    }
  });

  it('delivers each commission decision to pedagogy exactly once while every finance replica relays', async () => {
    const [staff, member] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['18']), tokenFor('COMMISSION_MEMBER', ['18'])]);
    const commission = await createCommission(replicated.asStack(0), member);
    const projects: string[] = [];
    for (let i = 0; i < 6; i++) {
      const stack = replicated.asStack(i % 2);
      const projectId = await cherProject(stack, staff);
      await fundingPlan(stack, projectId);
      const { errors } = await stack.query(DECIDE, {
        token: member,
        variables: { input: { commissionId: commission, projectId, verdict: 'ACCEPTED', amountCents: 450_000 } },
      });
      expect(errors).toBeUndefined();
      projects.push(projectId);
    }
    const delivered = await eventually(
      () => replicated.sql<{ n: number }>('finance', 'select count(*)::int as n from outbox_message where delivered_at is null'),
      ([row]) => row!.n === 0,
      30_000,
    );
    expect(delivered[0]!.n).toBe(0);
    const receipts = await replicated.sql<{ project_id: string; n: number }>(
      'pedagogy',
      `select project_id, count(*)::int as n from commission_decision_receipt where project_id in (?) group by project_id`,
      [projects],
    );
    expect(receipts.map((r) => r.n)).toEqual(projects.map(() => 1)); // one receipt per project, none twice
    const accepted = await replicated.sql<{ project_id: string; n: number }>(
      'pedagogy',
      `select project_id, count(*)::int as n from project_status_change where project_id in (?) and to_status = 'ACCEPTED' group by project_id`,
      [projects],
    );
    expect(accepted.map((r) => r.n)).toEqual(projects.map(() => 1));
  });
});
