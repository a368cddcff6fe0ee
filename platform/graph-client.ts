import { REQUEST_ID_HEADER, requestId } from './request-id.js';
import { injectTraceContext } from './tracing.js';
import { signViewer, VIEWER_HEADER } from './signature.js';

export interface GraphClientOptions {
  /** GraphQL URL of the subgraph to call (another subgraph of the platform). */
  url: string;
  signingSecret: string;
  /** The subgraph called, whose audience the signature names. */
  subgraph: string;
  /** Who calls, for the receiver's logs and audit: e.g. "service:finance". */
  subject: string;
  timeoutMs?: number;
}

/** The call failed before an answer came back (down, refused, timed out): worth retrying. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
}

/** The subgraph answered with GraphQL errors: not worth retrying as is. */
export class GraphAnswerError extends Error {
  override name = 'GraphAnswerError';
  constructor(readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }>) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/** A service's signature is made for one request, sent at once: a few seconds of life are plenty. */
const SIGNATURE_TTL_SECONDS = 10;

export type GraphClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/**
 * How a subgraph asks another one for what it does not own ("through the graph"): a GraphQL
 * request signed as a platform service (role ADMIN, subject `service:<name>`), exactly as the
 * gateway signs a viewer — the receiver checks it like any other request.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  return async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const signature = await signViewer(
      { role: 'ADMIN', departments: [], subject: options.subject },
      options.signingSecret,
      SIGNATURE_TTL_SECONDS,
      options.subgraph,
    );
    let response: Response;
    const headers = new Headers({
      'content-type': 'application/json',
      [VIEWER_HEADER]: signature,
      ...(requestId() ? { [REQUEST_ID_HEADER]: requestId()! } : {}),
    });
    injectTraceContext(headers); // the request's trace goes on in the subgraph asked
    try {
      response = await fetch(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new GraphUnavailableError(`${options.url} did not answer: ${(error as Error).message}`);
    }
    if (!response.ok && response.status !== 400) throw new GraphUnavailableError(`${options.url} answered HTTP ${response.status}`);
    const body = (await response.json()) as { data?: T; errors?: GraphAnswerError['errors'] };
    if (body.errors?.length) throw new GraphAnswerError(body.errors);
    return body.data as T;
  };
}
