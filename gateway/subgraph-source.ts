import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { injectTraceContext } from '../platform/tracing.js';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { REQUEST_ID_HEADER, requestId } from '../platform/request-id.js';
import { signViewer, VIEWER_HEADER } from '../platform/signature.js';
import type { GatewayContext } from './gateway.js';
import type { DataVersions } from './data-versions.js';
import { DATA_VERSION_HEADER } from '../platform/data-version.js';

/** Carries the operation's deadline from willSendRequest to the fetcher (never sent to the subgraph). */
const DEADLINE_HEADER = 'x-tne-deadline';

export interface SubgraphSourceOptions {
  name: string;
  url: string;
  signingSecret: string;
  signatureTtlSeconds: number;
  /** A subgraph that has not answered by then is reported unavailable. */
  timeoutMs: number;
  /** Where the response cache learns the subgraph's data version from its answers. */
  versions?: DataVersions;
}

/**
 * How the gateway talks to one subgraph: Node's fetch (undici keeps connections alive and pooled)
 * with a timeout, the viewer signed for each request, and a clear SERVICE_UNAVAILABLE error when
 * the subgraph cannot be reached or refuses the gateway. Such an error never carries the
 * subgraph's URL or answer; the rest of the query is still answered, and the next query reaches
 * the subgraph again once it is back.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SubgraphSourceOptions) {
    super({
      url: options.url,
      // Subgraphs publish no cache hints (their answers are no-store): how long an answer may be kept
      // is the gateway's response cache's decision, which their data versions keep exact.
      honorSubgraphCacheControlHeader: false,
      // Each call waits its own timeout, or what is left of the operation's budget if that is less.
      fetcher: ((url: string, init: RequestInit & { headers: Record<string, string> }) => {
        const { [DEADLINE_HEADER]: deadline, ...headers } = init.headers;
        const left = deadline ? Number(deadline) - Date.now() : options.timeoutMs;
        return fetch(url, { ...init, headers, signal: AbortSignal.timeout(Math.max(0, Math.min(options.timeoutMs, left))) });
      }) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Signed per subgraph request, so that even a long client request never sends an expired one.
    if ('viewer' in context) {
      const { signingSecret, signatureTtlSeconds, name } = this.options;
      const signature = await signViewer(context.viewer as GatewayContext['viewer'], signingSecret, signatureTtlSeconds, name);
      request.http?.headers.set(VIEWER_HEADER, signature);
    }
    if ('deadline' in context) request.http?.headers.set(DEADLINE_HEADER, String(context.deadline));
    // The client's request id, so that the subgraph's log lines of this request carry it too.
    const id = requestId();
    if (id) request.http?.headers.set(REQUEST_ID_HEADER, id);
    // The trace goes on in the subgraph (a no-op when tracing is off).
    if (request.http) injectTraceContext(request.http.headers);
  }

  // Gathers the subgraph's Server-Timing (its SQL) for the gateway's own header.
  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    context.timings?.add(this.options.name, response.http?.headers.get('server-timing'));
    this.options.versions?.learn(this.options.name, response.http?.headers.get(DATA_VERSION_HEADER));
    return response;
  }

  // A 400 carrying BAD_USER_INPUT is the client's input refused (a variable the subgraph's scalar
  // rejects: fractional cents, 2^53, a string for a number): passed on as such, naming the field.
  // Anything else is the subgraph failing the gateway.
  override async errorFromResponse(response: Response): Promise<GraphQLError> {
    const refused = response.status === 400 ? await inputErrorOf(response) : null;
    return refused ?? new GraphQLError(this.unavailable().message, { extensions: this.unavailable().extensions });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      const context = options.context as Partial<GatewayContext>;
      if (context.deadline !== undefined && Date.now() >= context.deadline) return { errors: [this.outOfTime()] };
      return { errors: [this.unavailable()] };
    }
  }

  private outOfTime() {
    return {
      message: `The operation ran out of its time budget before the ${this.options.name} service answered; its fields are null in this answer.`,
      extensions: { code: 'OPERATION_TIMEOUT', serviceName: this.options.name },
    };
  }

  private unavailable() {
    return {
      message: `The ${this.options.name} service is unavailable; its fields are null in this answer.`,
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.options.name },
    };
  }
}

/** The first BAD_USER_INPUT of a subgraph's 400 answer, with the field its message names ("at \"input.amountCents\""). */
async function inputErrorOf(response: Response): Promise<GraphQLError | null> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message?: string; extensions?: { code?: string } }> };
    const error = body.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (!error?.message) return null;
    const field = /at "(?:[^"]*\.)?([^".]+)"/.exec(error.message)?.[1] ?? /Variable "\$(\w+)"/.exec(error.message)?.[1];
    return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  } catch {
    return null; // not JSON: the subgraph failed
  }
}

/**
 * Connection refused, reset or timed out: the subgraph is down, unreachable or hung. Checked by
 * shape, not `instanceof`: fetch's errors may come from another realm (as under jest's VM modules).
 */
function isUnreachable(error: unknown): boolean {
  const { name, message, cause } = (error ?? {}) as { name?: string; message?: string; cause?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return name === 'TypeError' && message === 'fetch failed' && cause !== undefined;
}
