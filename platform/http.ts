import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { REQUEST_ID_HEADER, requestIdOf, withRequestId } from './request-id.js';
import { inServerSpan } from './tracing.js';

/** A plain route next to GraphQL (health checks, landing page). */
export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpHandlerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  routes?: Record<string, Route>;
  graphqlPath?: string;
  /** Rewrites a parsed JSON body before Apollo sees it (the gateway resolves trusted document ids). */
  transformBody?: (body: unknown, req: IncomingMessage) => unknown;
  /** What to write for an answer's text (the gateway: bytes shared by several requests, encoded once). */
  bodyOf?: (text: string) => string | Buffer;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /**
   * A smaller limit for every request but uploads: a body above `bytes` is refused (413) unless
   * `isUpload` says its request carries a file (the gateway: the Pix import), which `maxBodyBytes` bounds.
   */
  ordinary?: { bytes: number; isUpload: (body: unknown) => boolean };
  /**
   * Set while the server is stopping: every answer then says `Connection: close`, so that clients
   * stop sending on their kept-alive connections before those are closed under them.
   */
  draining?: { on: boolean };
  /** Serves what the routes cannot name exactly (the gateway's web pages); true when it answered. */
  serve?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
}

/**
 * One small Node HTTP handler for the gateway and every subgraph: GraphQL at `/graphql` through
 * Apollo Server's framework-neutral `executeHTTPGraphQLRequest`, plus plain routes. No web
 * framework is needed for this, and both kinds of process answer the same way.
 */
export function createHttpHandler<C extends BaseContext>(options: HttpHandlerOptions<C>) {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  return (req: IncomingMessage, res: ServerResponse) => {
    const id = requestIdOf(req);
    res.setHeader(REQUEST_ID_HEADER, id);
    if (options.draining?.on) res.setHeader('connection', 'close');
    return withRequestId(id, () => inServerSpan(req, res, () => handle(req, res)));
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const route = options.routes?.[`${req.method} ${url.pathname}`];
      if (route) return await route(req, res);
      if (options.serve && (await options.serve(req, res, url))) return;
      if (url.pathname !== graphqlPath) return sendJson(res, 404, { error: 'not found' });
      // Answers depend on the viewer and change with every write: no browser or proxy keeps one.
      res.setHeader('cache-control', 'no-store');
      const body = await readBody(req, maxBodyBytes);
      if (body === TOO_LARGE) {
        // The rest of the body stays unread: the connection cannot carry another request, so it closes.
        res.setHeader('connection', 'close');
        return sendJson(res, 413, { error: 'request body too large' });
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const raw = parseBody(body, headers.get('content-type'));
      const parsed = raw === INVALID || !options.transformBody ? raw : options.transformBody(raw, req);
      if (options.ordinary && body.length > options.ordinary.bytes && !options.ordinary.isUpload(parsed)) {
        return sendJson(res, 413, { error: `request body too large: ${options.ordinary.bytes} bytes at most, but for a file upload` });
      }
      if (parsed === INVALID) return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body: parsed },
        context: () => options.context(req),
      });
      res.statusCode = result.status ?? 200;
      for (const [name, value] of result.headers) res.setHeader(name, value);
      if (result.body.kind === 'complete') return void res.end(options.bodyOf ? options.bodyOf(result.body.string) : result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

const TOO_LARGE = Symbol('too large');
const INVALID = Symbol('invalid');

export async function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return TOO_LARGE;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(body: string, contentType: string | undefined): unknown {
  if (!body) return undefined;
  if (!contentType?.includes('json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    return INVALID;
  }
}

/** `GET /health/live` (the process answers) and `GET /health/ready` (its dependencies answer too). */
export function healthRoutes(ready: () => Promise<boolean>, details?: () => Promise<Record<string, unknown>>): Record<string, Route> {
  return {
    'GET /health/live': (_req, res) => sendJson(res, 200, { status: 'ok' }),
    'GET /health/ready': async (_req, res) => {
      const [ok, more] = await Promise.all([ready().catch(() => false), details?.().catch(() => ({})) ?? {}]);
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', ...more });
    },
  };
}
