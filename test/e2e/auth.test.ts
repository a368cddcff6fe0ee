import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { DEV_JWT_SECRET, DEV_SIGNING_SECRET } from '../../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../../platform/signature.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/gateway.js';
import { postGraphQL, Stack, tokenFor } from '../stack.js';

const QUERY = '{ department(code: "18") { name } }';
const run = promisify(execFile);
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('the gateway authenticates', () => {
  it('serves PUBLIC without a token and accepts a valid development token', async () => {
    expect((await stack.query(QUERY)).data).toEqual({ department: { name: 'Cher' } });
    const token = await tokenFor('ANALYST');
    expect((await stack.query(QUERY, { token })).data).toEqual({ department: { name: 'Cher' } });
  });

  it('accepts the token that `npm run token` prints', async () => {
    const script = fileURLToPath(new URL('../../dist/scripts/token.js', import.meta.url));
    const { stdout } = await run(process.execPath, [script, '--role', 'DEPARTMENT_STAFF', '--department', '18']);
    const token = stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    expect((await stack.query(QUERY, { token })).data).toEqual({ department: { name: 'Cher' } });
  });

  const refused: Array<[string, () => Promise<string>]> = [
    [
      'forged (signed with another secret)',
      () =>
        new SignJWT({ role: 'ADMIN', departments: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('tne-graph')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode('x'.repeat(48))),
    ],
    [
      'expired',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        return new SignJWT({ role: 'ADMIN', departments: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('tne-graph')
          .setIssuedAt(now - 7200)
          .setExpirationTime(now - 3600)
          .sign(new TextEncoder().encode(DEV_JWT_SECRET));
      },
    ],
    ['alg: none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ role: 'ADMIN', departments: [], aud: 'tne-graph', exp: 9_999_999_999 })}.`],
    [
      'for another audience',
      () =>
        new SignJWT({ role: 'ADMIN', departments: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('elsewhere')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(DEV_JWT_SECRET)),
    ],
    [
      'with an unknown role',
      () =>
        new SignJWT({ role: 'SUPERUSER', departments: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('tne-graph')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(DEV_JWT_SECRET)),
    ],
    ['malformed', async () => 'not-a-jwt'],
    [
      'without an expiry',
      () =>
        new SignJWT({ role: 'ADMIN', departments: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setAudience('tne-graph')
          .sign(new TextEncoder().encode(DEV_JWT_SECRET)),
    ],
  ];

  it.each(refused)('refuses a %s token with UNAUTHENTICATED (401) and no data', async (_label, make) => {
    const response = await stack.query(QUERY, { token: await make() });
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('subgraphs accept only requests the gateway signed', () => {
  const direct = (headers: Record<string, string>) => postGraphQL(stack.urls.pedagogy, QUERY, { headers });

  it('refuses a request without a signature (401)', async () => {
    const response = await direct({});
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signature made with another secret, an expired one and a garbled one', async () => {
    const forged = await signViewer({ role: 'ADMIN', departments: [] }, 'y'.repeat(48), 10, 'pedagogy');
    const expired = await new SignJWT({ role: 'ADMIN', departments: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('tne-graph-gateway')
      .setAudience('tne-graph:pedagogy')
      .setJti('a-past-request')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode(DEV_SIGNING_SECRET));
    for (const signature of [forged, expired, 'garbage']) {
      const response = await direct({ [VIEWER_HEADER]: signature });
      expect(response.status).toBe(401);
    }
  });

  it('answers a request carrying a valid signature', async () => {
    const signature = await signViewer({ role: 'PUBLIC', departments: [] }, DEV_SIGNING_SECRET, 10, 'pedagogy');
    const response = await direct({ [VIEWER_HEADER]: signature });
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ department: { name: 'Cher' } });
  });

  it('refuses a captured signature replayed to the same subgraph, or sent to another one', async () => {
    const signature = await signViewer({ role: 'ADMIN', departments: [] }, DEV_SIGNING_SECRET, 10, 'pedagogy');
    expect((await direct({ [VIEWER_HEADER]: signature })).status).toBe(200);
    const replayed = await direct({ [VIEWER_HEADER]: signature });
    expect([replayed.status, replayed.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const forFinance = await signViewer({ role: 'ADMIN', departments: [] }, DEV_SIGNING_SECRET, 10, 'finance');
    expect((await direct({ [VIEWER_HEADER]: forFinance })).status).toBe(401);
  });

  it('refuses a signature once its life is over', async () => {
    const brief = await signViewer({ role: 'ADMIN', departments: [] }, DEV_SIGNING_SECRET, 1, 'pedagogy');
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await direct({ [VIEWER_HEADER]: brief })).status).toBe(401);
  });

  it('keeps health checks open without a signature', async () => {
    const base = stack.urls.pedagogy.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });
});

describe('the gateway page', () => {
  it('serves a local landing page at / that loads nothing from the internet', async () => {
    const res = await fetch(stack.gatewayUrl.replace('/graphql', '/'));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('tne-graph');
    expect(html).not.toMatch(/src="https?:|href="https?:/);
  });
});

describe('request limits at the gateway', () => {
  it('refuses a query nested deeper than the limit, and one with too many aliases', async () => {
    const deep = `{ commune(code: "18033") { epci { communes { epci { communes { epci { communes { epci { communes { epci { communes { epci { name } } } } } } } } } } } } }`;
    const tooDeep = await stack.query(deep);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
    expect(tooDeep.data).toBeUndefined();
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: department(code: "18") { name }`).join(' ');
    const tooMany = await stack.query(`{ ${aliases} }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('still serves introspection for the playground', async () => {
    const { data } = await stack.query('{ __schema { queryType { name } } }');
    expect(data.__schema.queryType.name).toBe('Query');
  });
});

describe('a subgraph that refuses the gateway', () => {
  it('is reported as SERVICE_UNAVAILABLE without its URL or answer', async () => {
    const config = loadGatewayConfig({
      GATEWAY_PORT: '0',
      LOG_LEVEL: 'silent',
      VIEWER_SIGNING_SECRET: 'w'.repeat(40),
      PEDAGOGY_URL: stack.urls.pedagogy,
      FINANCE_URL: stack.urls.finance,
      PARENTALITY_URL: stack.urls.parentality,
    });
    const misconfigured = await createGateway(config);
    try {
      const response = await postGraphQL(await misconfigured.listen(0), QUERY);
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', serviceName: 'pedagogy' });
      expect(JSON.stringify(response)).not.toContain(stack.urls.pedagogy);
    } finally {
      await misconfigured.stop();
    }
  });
});
