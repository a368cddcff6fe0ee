import { randomBytes } from 'node:crypto';
import { databaseName, loadSubgraphConfig, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config.js';
import { dropDatabases, ensureDatabases } from '../platform/database/create.js';
import { DEV_JWT_SECRET } from '../platform/env.js';
import { createSubgraphServer, type SubgraphServer } from '../platform/server.js';
import type { Role } from '../platform/viewer.js';
import { SUBGRAPHS } from '../subgraphs/index.js';
import type { FinanceServices } from '../subgraphs/finance/services.js';
import { issueDevToken } from '../gateway/auth.js';
import { loadGatewayConfig } from '../gateway/config.js';
import { createGateway, type GatewayServer } from '../gateway/gateway.js';
import { REQUEST_ID_HEADER } from '../platform/request-id.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface QueryOptions {
  token?: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** POSTs a GraphQL request and returns status, data and errors. */
export async function postGraphQL<T = any>(url: string, query: string, options: QueryOptions = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, ...body };
}

/** A development token as `npm run token` makes it. */
export const tokenFor = (role: Role, departments: string[] = [], expiresIn = '1h') =>
  issueDevToken(DEV_JWT_SECRET, 'tne-graph', { role, departments, expiresIn });

/**
 * The real platform in this process, on free ports: three subgraphs (each with its own fresh,
 * migrated and seeded databases on the test server) behind the real gateway, over HTTP.
 */
export class Stack {
  readonly subgraphs = {} as Record<SubgraphName, SubgraphServer>;
  readonly urls = {} as Record<SubgraphName, string>;
  /** GraphQL requests the subgraphs have received, by the request id they carried. */
  private readonly received = new Map<string, number>();

  /**
   * Sends one request under an id of its own (the gateway passes it to every subgraph it asks) and
   * says how many requests the subgraphs received for it: background work of other requests (the
   * outbox relay, a cache refresh) never counts.
   */
  async traced<T>(send: (headers: Record<string, string>) => Promise<T>): Promise<{ answer: T; reached: number }> {
    const id = `test-${randomBytes(8).toString('hex')}`;
    const answer = await send({ [REQUEST_ID_HEADER]: id });
    return { answer, reached: this.received.get(id) ?? 0 };
  }
  private readonly gateways: GatewayServer[] = [];
  gatewayUrl = '';
  private readonly prefix = `t${randomBytes(4).toString('hex')}_`;
  private readonly serverUrl = process.env.TEST_DATABASE_URL!;
  private extraSubgraphEnv: Record<string, string> = {};

  /** `subgraphEnv`: settings every subgraph gets besides the stack's own (e.g. REDIS_URL). */
  static async start(options: { subgraphEnv?: Record<string, string> } = {}): Promise<Stack> {
    const stack = new Stack();
    stack.extraSubgraphEnv = options.subgraphEnv ?? {};
    try {
      await stack.startAll();
    } catch (error) {
      await stack.stop(); // a half-started stack would keep jest from exiting
      throw error;
    }
    return stack;
  }

  private async startAll(): Promise<void> {
    await ensureDatabases(this.serverUrl, this.databases());
    for (const name of SUBGRAPH_NAMES) this.urls[name] = await this.startSubgraph(name, 0);
    this.gatewayUrl = await this.startGateway({});
  }

  /**
   * Another gateway over this stack's subgraphs, configured as `env` says (production settings:
   * TRUSTED_DOCUMENTS=enforce, INTROSPECTION=explorers…); stopped with the stack. Its URL.
   */
  async startGateway(env: Record<string, string>): Promise<string> {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, this.urls[name]])),
      ...env,
    });
    const gateway = await createGateway(config);
    this.gateways.push(gateway);
    return gateway.listen(0);
  }

  databases(): string[] {
    return SUBGRAPH_NAMES.map((name) => databaseName(name, this.prefix));
  }

  /** The environment a subgraph process would get. */
  subgraphEnv(name: SubgraphName, port: number): NodeJS.ProcessEnv {
    return {
      DATABASE_URL: this.serverUrl,
      DATABASE_NAME_PREFIX: this.prefix,
      LOG_LEVEL: 'silent',
      // Finance's outbox relay polls often, so that decisions reach pedagogy quickly in tests.
      OUTBOX_POLL_MS: '100',
      [`${name.toUpperCase()}_PORT`]: String(port),
      // Pedagogy starts first, so the others can ask it about projects and schools.
      ...(this.urls.pedagogy ? { PEDAGOGY_URL: this.urls.pedagogy } : {}),
      ...this.extraSubgraphEnv,
    };
  }

  async startSubgraph(name: SubgraphName, port: number): Promise<string> {
    const server = await createSubgraphServer(SUBGRAPHS[name], loadSubgraphConfig(name, this.subgraphEnv(name, port)));
    this.subgraphs[name] = server;
    server.httpServer.on('request', (req: { url?: string; headers: Record<string, unknown> }) => {
      const id = req.headers[REQUEST_ID_HEADER];
      if (req.url?.startsWith('/graphql') && typeof id === 'string') this.received.set(id, (this.received.get(id) ?? 0) + 1);
    });
    return server.listen(port);
  }

  async stopSubgraph(name: SubgraphName): Promise<void> {
    await this.subgraphs[name].stop();
  }

  /** Restarts a stopped subgraph on the port it had. */
  async restartSubgraph(name: SubgraphName): Promise<void> {
    await this.startSubgraph(name, Number(new URL(this.urls[name]).port));
  }

  /** Rows of an SQL statement on a subgraph's own database (test data set up or read back). */
  sql<T = Record<string, unknown>>(name: SubgraphName, text: string, params: unknown[] = []): Promise<T[]> {
    return this.subgraphs[name].orm.em.fork().getConnection().execute<T[]>(text, params);
  }

  query<T = any>(query: string, options?: QueryOptions) {
    return postGraphQL<T>(this.gatewayUrl, query, options);
  }

  /**
   * Counts the SQL statements each subgraph sends while a read runs, warm: it runs once uncounted
   * first, so the department sizes other subgraphs ask of pedagogy (kept a minute) are cached, and
   * the outbox is flushed, so that no background work of another request falls into the count.
   * A count then measures the request under test only, however loaded the machine.
   */
  async countSql(action: () => Promise<unknown>): Promise<Record<SubgraphName, number>> {
    await action();
    await (this.subgraphs.finance.services as FinanceServices).relay.flush();
    for (const name of SUBGRAPH_NAMES) this.subgraphs[name].sql.reset();
    await action();
    return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, this.subgraphs[name].sql.count])) as Record<SubgraphName, number>;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.gateways.map((gateway) => gateway.stop()));
    await Promise.allSettled(SUBGRAPH_NAMES.map((name) => this.subgraphs[name]?.stop()));
    await dropDatabases(this.serverUrl, this.databases());
  }
}
