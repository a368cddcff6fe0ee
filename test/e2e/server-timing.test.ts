import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseServerTiming } from '../../gateway/server-timing.js';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { DEV_SIGNING_SECRET } from '../../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../../platform/signature.js';
import { PUBLIC_VIEWER } from '../../platform/viewer.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { createGateway } from '../../gateway/gateway.js';
import { Stack, tokenFor } from '../stack.js';

const QUERY = `query C($codes: [ID!]) { departments(codes: $codes) {
  code pupils pedagogy { tneSchools { value } } finance { grants { value } } parentality { attendance { value } } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('Server-Timing: the SQL behind an answer', () => {
  it("gives, per subgraph, the statements each subgraph counted and their time, in the gateway's answer", async () => {
    let header: string | null = null;
    const counted = await stack.countSql(async () => {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { codes: ['18', '29'] } }),
      });
      expect(res.status).toBe(200);
      header = res.headers.get('server-timing');
      await res.json();
    });
    const metrics = parseServerTiming(header);
    for (const name of SUBGRAPH_NAMES) {
      const metric = metrics.find((m) => m.name === `${name}-sql`);
      expect(metric).toBeDefined();
      expect(metric!.statements).toBe(counted[name]);
      expect(metric!.ms).toBeGreaterThan(0);
    }
    expect(header).toMatch(/^pedagogy-sql;dur=\d+\.\d+;desc="\d+ statements"/);
  });

  it('is answered by a subgraph on its own GraphQL responses', async () => {
    const res = await fetch(stack.urls.pedagogy, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: await signViewer(PUBLIC_VIEWER, DEV_SIGNING_SECRET, 10, 'pedagogy') },
      body: JSON.stringify({ query: '{ departments(codes: ["18"]) { code name } }' }),
    });
    expect(res.status).toBe(200);
    const [metric] = parseServerTiming(res.headers.get('server-timing'));
    expect(metric).toMatchObject({ name: 'sql' });
    expect(metric!.statements).toBeGreaterThan(0);
  });

  it('goes to ADMIN only when SERVER_TIMING=admin (the production default)', async () => {
    expect(loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), VIEWER_SIGNING_SECRET: 'y'.repeat(40) }).serverTimingFor).toBe('admin');
    const gateway = await createGateway(
      loadGatewayConfig({
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        SERVER_TIMING: 'admin',
        PEDAGOGY_URL: stack.urls.pedagogy,
        FINANCE_URL: stack.urls.finance,
        PARENTALITY_URL: stack.urls.parentality,
      }),
    );
    try {
      const url = await gateway.listen(0);
      const timing = async (token?: string) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: QUERY, variables: { codes: ['18'] } }),
        });
        await res.json();
        return res.headers.get('server-timing');
      };
      expect(await timing()).toBeNull();
      expect(await timing(await tokenFor('ANALYST'))).toBeNull();
      expect(await timing(await tokenFor('ADMIN'))).toMatch(/pedagogy-sql;dur=/);
    } finally {
      await gateway.stop();
    }
  });
});

describe('one request id from the gateway to every subgraph', () => {
  it('is passed to each subgraph the gateway asks, and given back to the client', async () => {
    const seen: Record<string, unknown[]> = { pedagogy: [], finance: [], parentality: [] };
    const listeners = Object.keys(seen).map((name) => {
      const listener = (req: { headers: Record<string, unknown> }) => void seen[name]!.push(req.headers['x-request-id']);
      stack.subgraphs[name as keyof typeof stack.subgraphs].httpServer.on('request', listener);
      return [name, listener] as const;
    });
    try {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'dashboard-req-42' },
        body: JSON.stringify({ query: '{ departments(codes: ["18"]) { name finance { grants { value } } parentality { workshopsHeld { value } } } }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('dashboard-req-42');
      expect((await res.json()).errors).toBeUndefined();
      for (const name of Object.keys(seen)) expect(seen[name]).toContain('dashboard-req-42');
      // Without one (or with one that is not plain), the gateway makes its own.
      const fresh = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'bad id\n' },
        body: '{"query":"{ __typename }"}',
      });
      expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      for (const [name, listener] of listeners) stack.subgraphs[name as keyof typeof stack.subgraphs].httpServer.off('request', listener);
    }
  });
});
