/**
 * The gateway's web side without subgraphs (it starts from the committed supergraph): the built
 * workbench, its assets, its settings, and the development token endpoint — present in development,
 * absent (404) in production. `npm test`'s global setup builds the front end first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gunzipSync } from 'node:zlib';
import { createAuthenticator } from './auth.js';
import { loadGatewayConfig } from './config.js';
import { createGateway, type GatewayServer } from './gateway.js';

const start = async (env: Record<string, string>) => {
  const gateway = await createGateway(loadGatewayConfig({ LOG_LEVEL: 'silent', ...env }));
  const url = (await gateway.listen(0)).replace('/graphql', '');
  return { gateway, url };
};
const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  VIEWER_SIGNING_SECRET: 'another-production-secret-of-32-characters',
};
const postToken = (url: string, body: unknown) =>
  fetch(`${url}/playground/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the workbench in development', () => {
  let dev: { gateway: GatewayServer; url: string };
  beforeAll(async () => {
    dev = await start({});
  });
  afterAll(() => dev.gateway.stop());

  it('serves the workbench at /playground with a policy that allows no other host', async () => {
    const res = await fetch(`${dev.url}/playground`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Atelier d’analyse');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  it('serves its hashed assets for good, gzip when accepted', async () => {
    const html = await (await fetch(`${dev.url}/playground/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/playground-[\w-]+\.js$/);
    const plain = await fetch(`${dev.url}${script}`, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-encoding')).toBeNull();
    // Node's fetch would inflate transparently: ask with a raw request to see the compressed bytes.
    const { request } = await import('node:http');
    const gzipped = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
      request(`${dev.url}${script}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.bytes.length).toBeLessThan(body.length);
    expect(gunzipSync(gzipped.bytes).equals(body)).toBe(true);
    expect((await fetch(`${dev.url}/assets/../package.json`)).status).toBe(404);
    expect((await fetch(`${dev.url}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('gives a browser opening /graphql the workbench, and GraphQL clients the API', async () => {
    const page = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Atelier d’analyse');
    const query = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('links the root page to the workbench and the API, in French', async () => {
    const html = await (await fetch(`${dev.url}/`)).text();
    expect(html).toContain('<a href="/playground">Atelier d’analyse</a>');
    expect(html).toContain('<a href="/graphql">API GraphQL</a>');
  });

  it('tells the workbench that development tokens exist', async () => {
    const res = await fetch(`${dev.url}/playground/settings.json`);
    expect(await res.json()).toEqual({ developmentTokens: true, trustedDocuments: 'off' });
  });

  it('issues a development token the gateway accepts, for the role and departments asked', async () => {
    const res = await postToken(dev.url, { role: 'DEPARTMENT_STAFF', departments: ['18', '2A'] });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const viewer = await createAuthenticator(loadGatewayConfig({}))(`Bearer ${token}`);
    expect(viewer).toMatchObject({ role: 'DEPARTMENT_STAFF', departments: ['18', '2A'] });
  });

  it.each([
    ['an unknown role', { role: 'ROOT' }],
    ['PUBLIC, which has no token', { role: 'PUBLIC' }],
    ['a malformed department', { role: 'ANALYST', departments: ['999'] }],
    ['no role', { departments: ['18'] }],
  ])('refuses %s with 400', async (_what, body) => {
    const res = await postToken(dev.url, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/^Rôle ou départements invalides/);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(`${dev.url}/playground/token`, { method: 'POST', body: 'role=ADMIN' });
    expect(res.status).toBe(400);
  });
});

describe('the workbench in production', () => {
  let prod: { gateway: GatewayServer; url: string };
  beforeAll(async () => {
    prod = await start(PRODUCTION);
  });
  afterAll(() => prod.gateway.stop());

  it('has no development token endpoint (404)', async () => {
    const res = await postToken(prod.url, { role: 'ADMIN' });
    expect(res.status).toBe(404);
  });

  it('still serves the workbench, saying tokens must be pasted', async () => {
    expect((await fetch(`${prod.url}/playground`)).status).toBe(200);
    expect(await (await fetch(`${prod.url}/playground/settings.json`)).json()).toEqual({ developmentTokens: false, trustedDocuments: 'off' });
  });
});
