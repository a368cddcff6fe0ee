import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendJson } from '../platform/http.js';
import { WEB_PAGES, type WebPage } from '../web/pages.js';
import type { GatewayConfig } from './config.js';
import { devTokenRoute } from './dev-token.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The pages' own policy: everything from this gateway, nothing from another host (the workbench must
 * work on a network without internet access, and a page that cannot reach elsewhere leaks nothing).
 * Monaco styles its editors inline and runs its language services in workers.
 */
const contentSecurityPolicy = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

interface StaticFile {
  body: Buffer;
  gzip?: Buffer;
}

/**
 * Serves the front end built by `scripts/web-build.ts` (`dist/web`): each page of `web/pages.ts` at its
 * path, hashed assets under `/assets/` (cached for good, gzip when the browser accepts it), the
 * workbench for a browser's GET on `/graphql`, its settings and, outside production, the development
 * token endpoint. Files are read once and kept: the build is immutable while the gateway runs.
 */
export function webServer(config: GatewayConfig) {
  // Only files that exist are kept: a client asking for made-up paths must not grow the cache.
  const cache = new Map<string, StaticFile>();
  const load = async (file: string): Promise<StaticFile | undefined> => {
    const cached = cache.get(file);
    if (cached) return cached;
    const body = await readFile(file).catch(() => undefined);
    if (!body) return undefined;
    const loaded = { body, gzip: await readFile(`${file}.gz`).catch(() => undefined) };
    cache.set(file, loaded);
    return loaded;
  };
  const framed = contentSecurityPolicy(config.EMBED_FRAME_ANCESTORS);
  const unframed = contentSecurityPolicy("'none'");
  const send = async (req: IncomingMessage, res: ServerResponse, relative: string, cacheControl: string, embeddable = false) => {
    const file = await load(path.join(config.WEB_DIST_PATH, relative));
    if (!file) return false;
    res.statusCode = 200;
    res.setHeader('content-type', TYPES[path.extname(relative)] ?? 'application/octet-stream');
    res.setHeader('cache-control', cacheControl);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('vary', 'accept-encoding');
    if (relative.endsWith('.html')) res.setHeader('content-security-policy', embeddable ? framed : unframed);
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) res.setHeader('content-encoding', 'gzip');
    res.end(req.method === 'HEAD' ? undefined : gzip ? file.gzip : file.body);
    return true;
  };
  const page = async (req: IncomingMessage, res: ServerResponse, target: WebPage) => {
    if (await send(req, res, path.join(target.name, 'index.html'), 'no-cache', target.embeddable)) return true;
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`La page « ${target.title} » n'est pas construite : « npm start » la construit (scripts/web-build.ts).\n`);
    return true;
  };
  const settings = (res: ServerResponse) => sendJson(res, 200, { developmentTokens: config.developmentTokens, trustedDocuments: config.TRUSTED_DOCUMENTS });
  const token = devTokenRoute(config);

  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === '/playground/token') return token(req, res);
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (url.pathname === '/playground/settings.json') {
      settings(res);
      return true;
    }
    const target = WEB_PAGES.find((p) => url.pathname === p.path || url.pathname === `${p.path}/`);
    if (target) return page(req, res, target);
    // A browser opening the API's address gets the workbench; GraphQL over GET (?query=) still works.
    if (url.pathname === '/graphql' && !url.searchParams.has('query') && /text\/html/.test(String(req.headers.accept ?? ''))) {
      return page(req, res, WEB_PAGES.find((p) => p.name === 'playground')!);
    }
    if (url.pathname.startsWith('/assets/') && !url.pathname.includes('..')) {
      return send(req, res, url.pathname.slice(1), 'public, max-age=31536000, immutable');
    }
    return false;
  };
}
