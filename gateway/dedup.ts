import type { ApolloGateway } from '@apollo/gateway';
import { mayReadHouseholds } from '../platform/access.js';
import type { Viewer } from '../platform/viewer.js';
import type { SharedBytes } from './shared-bytes.js';

type Executor = NonNullable<Awaited<ReturnType<ApolloGateway['load']>>['executor']>;
type RequestContext = Parameters<Executor>[0];
type Result = Awaited<ReturnType<Executor>>;

export interface DeduplicationOptions<C> {
  /** Who asks; part of the key, so that two viewers never share an answer. */
  viewerOf(context: C): Viewer;
  /** Gives a follower what the leader's execution left in its context (e.g. its timings). */
  share?(leader: C, follower: C): void;
}

/**
 * A key under which two requests are bound to get the same answer: same document, operation,
 * variables and viewer (role, departments and subject: the only request facts our subgraphs act
 * on, since the gateway forwards nothing else to them). Undefined for what must run on its own.
 */
function keyOf(request: RequestContext, viewer: Viewer): string | undefined {
  // Only reads: two identical mutations are two mutations.
  // No operation (an operationName the document does not have): nothing to share; Apollo answers it.
  if (request.operation?.operation !== 'query') return undefined;
  // Who may read household records has each read written to parentality's access log: each
  // request of theirs runs, so that every read is logged (they are few; dashboards are not them).
  if (mayReadHouseholds(viewer.role)) return undefined;
  const who = [viewer.role, [...viewer.departments].sort(), viewer.subject ?? null];
  return JSON.stringify([request.queryHash, request.operationName, request.request.variables ?? null, who]);
}

/**
 * In-flight deduplication: while a query runs, an identical one (see `keyOf`) waits for the same
 * execution instead of planning and fetching again. Dashboards open by many people at once send
 * exactly that; under such load the subgraphs and their databases do the work once per wave
 * instead of once per request. Nothing is kept once the execution ends: this is not a cache, an
 * answer is never older than the request that receives it.
 */
export function deduplicateInFlight<C>(executor: Executor, options: DeduplicationOptions<C>): Executor {
  const inFlight = new Map<string, { leader: C; result: Promise<Result> }>();
  return async (request) => {
    const context = request.context as C;
    const key = keyOf(request, options.viewerOf(context));
    if (key === undefined) return executor(request);
    const running = inFlight.get(key);
    if (running) {
      const result = await running.result;
      options.share?.(running.leader, context);
      // Apollo Server copies a result before formatting it; a shallow copy keeps each request's own.
      return { ...result };
    }
    const result = executor(request);
    inFlight.set(key, { leader: context, result });
    try {
      return await result;
    } finally {
      inFlight.delete(key);
    }
  };
}

/** Makes `gateway` run its queries through `deduplicateInFlight`. */
export function deduplicateGateway<C>(gateway: ApolloGateway, options: DeduplicationOptions<C>): ApolloGateway {
  const load = gateway.load.bind(gateway);
  gateway.load = async (loadOptions) => {
    const loaded = await load(loadOptions);
    return { ...loaded, executor: loaded.executor && deduplicateInFlight(loaded.executor, options) };
  };
  return gateway;
}

/**
 * Apollo Server's `stringifyResult`, writing each answer once: deduplicated requests share one
 * `data` object, and a national comparison's JSON (hundreds of KB) took a fifth of the gateway's
 * CPU under load when written again for each of them. Same text as Apollo's default; `shared`
 * also keeps its bytes, for the HTTP handler to write without encoding it again.
 */
export function stringifyOncePerAnswer(shared?: SharedBytes): (value: { data?: unknown; errors?: unknown; extensions?: unknown }) => string {
  const written = new WeakMap<object, string>();
  const write = (value: unknown) => `${JSON.stringify(value)}\n`;
  return (value) => {
    const { data } = value;
    // Errors are formatted per request: only plain answers are shared.
    if (!data || typeof data !== 'object' || value.errors || value.extensions) return write(value);
    let text = written.get(data);
    if (text === undefined) {
      text = write(value);
      written.set(data, text);
      shared?.remember(text);
    }
    return text;
  };
}
