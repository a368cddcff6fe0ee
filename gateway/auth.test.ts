import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from './auth.js';

/** Production mode: tokens verified with the public keys of a JWKS URL (served here on loopback). */
let server: Server;
let jwksUrl: string;
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: PrivateKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const sign = (claims: Record<string, unknown>, key: PrivateKey | Uint8Array, alg = 'RS256') =>
  new SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' }).setAudience('tne-graph').setIssuer('https://idp.example')
    .setSubject('u42').setExpirationTime('5m').sign(key);

describe('JWT verification with a JWKS URL', () => {
  const config = () => ({ JWT_SECRET: 'z'.repeat(40), JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'tne-graph' });

  it('accepts a token signed by the identity provider', async () => {
    const token = await sign({ role: 'COMMISSION_MEMBER', departments: ['29'] }, privateKey);
    expect(await createAuthenticator(config())(`Bearer ${token}`)).toEqual({ role: 'COMMISSION_MEMBER', departments: ['29'], subject: 'u42' });
  });

  it('refuses an HS256 token made with the development secret (no algorithm confusion)', async () => {
    const token = await sign({ role: 'ADMIN', departments: [] }, new TextEncoder().encode('z'.repeat(40)), 'HS256');
    await expect(createAuthenticator(config())(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token of another issuer', async () => {
    const token = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setAudience('tne-graph')
      .setIssuer('https://other.example').setExpirationTime('5m').sign(privateKey);
    await expect(createAuthenticator(config())(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
