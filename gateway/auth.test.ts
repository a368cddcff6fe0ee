import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator, issueDevToken } from './auth.js';

/** Production mode: tokens verified with the public keys of a JWKS URL (served here on loopback). */
let server: Server;
let jwksUrl: string;
type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
let privateKey: PrivateKey;
const otherKeys: Record<string, PrivateKey> = {};

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  // The identity provider may sign with elliptic curves or RSA-PSS too.
  const others: Array<Record<string, unknown>> = [];
  for (const alg of ['ES256', 'PS256']) {
    const other = await generateKeyPair(alg);
    otherKeys[alg] = other.privateKey;
    others.push({ ...(await exportJWK(other.publicKey)), kid: alg, alg, use: 'sig' });
  }
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk, ...others] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const sign = (claims: Record<string, unknown>, key: PrivateKey | Uint8Array, alg = 'RS256') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg, kid: 'k1' })
    .setAudience('tne-graph')
    .setIssuer('https://idp.example')
    .setSubject('u42')
    .setExpirationTime('5m')
    .sign(key);

describe('JWT verification with a JWKS URL', () => {
  const config = () => ({ JWT_SECRET: 'z'.repeat(40), JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'tne-graph' });

  it('accepts a token signed by the identity provider', async () => {
    const token = await sign({ role: 'COMMISSION_MEMBER', departments: ['29'] }, privateKey);
    expect(await createAuthenticator(config())(`Bearer ${token}`)).toEqual({ role: 'COMMISSION_MEMBER', departments: ['29'], subject: 'u42' });
  });

  it.each(['ES256', 'PS256'])('accepts a token signed with %s', async (alg) => {
    const token = await new SignJWT({ role: 'ANALYST' })
      .setProtectedHeader({ alg, kid: alg })
      .setAudience('tne-graph')
      .setIssuer('https://idp.example')
      .setSubject('u9')
      .setExpirationTime('5m')
      .sign(otherKeys[alg]!);
    expect(await createAuthenticator(config())(`Bearer ${token}`)).toEqual({ role: 'ANALYST', departments: [], subject: 'u9' });
  });

  it('refuses an HS256 token made with the development secret (no algorithm confusion)', async () => {
    const token = await sign({ role: 'ADMIN', departments: [] }, new TextEncoder().encode('z'.repeat(40)), 'HS256');
    await expect(createAuthenticator(config())(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token of another issuer', async () => {
    const token = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setAudience('tne-graph')
      .setIssuer('https://other.example')
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(createAuthenticator(config())(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('JWT verification with the development secret (HS256)', () => {
  const SECRET = 's'.repeat(40);
  const authenticate = createAuthenticator({ JWT_SECRET: SECRET, JWT_JWKS_URL: undefined, JWT_ISSUER: undefined, JWT_AUDIENCE: 'tne-graph' });
  const key = new TextEncoder().encode(SECRET);
  const hs256 = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (jwt) => jwt.setExpirationTime('5m')) =>
    build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('tne-graph').setSubject('u7')).sign(key);
  const refusal = async (authorization: string) => {
    try {
      await authenticate(authorization);
      return 'accepted';
    } catch (error) {
      const { message, extensions } = error as { message: string; extensions: { code: string; http?: { status: number } } };
      return `${extensions.code} ${extensions.http?.status} ${message}`;
    }
  };
  const INVALID = 'UNAUTHENTICATED 401 The access token is invalid or expired.';

  it('is the PUBLIC viewer without a token', async () => {
    expect(await authenticate(undefined)).toEqual({ role: 'PUBLIC', departments: [] });
    expect(await authenticate('')).toEqual({ role: 'PUBLIC', departments: [] });
  });

  it('accepts a development token, with its role, departments and subject', async () => {
    expect(await authenticate(`Bearer ${await issueDevToken(SECRET, 'tne-graph', { role: 'DEPARTMENT_STAFF', departments: ['18'] })}`)).toEqual({
      role: 'DEPARTMENT_STAFF',
      departments: ['18'],
      subject: 'dev-department_staff',
    });
    expect(await authenticate(`bearer   ${await hs256({ role: 'ANALYST' })}`)).toEqual({ role: 'ANALYST', departments: [], subject: 'u7' });
    expect(JSON.parse(Buffer.from((await issueDevToken(SECRET, 'tne-graph', { role: 'ANALYST' })).split('.')[0]!, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
  });

  it('issues development tokens that say who made them and until when', async () => {
    const token = await issueDevToken(SECRET, 'tne-graph', { role: 'ADMIN', subject: 'alice', expiresIn: '30s' });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ role: 'ADMIN', departments: [], sub: 'alice', iss: 'tne-graph-dev', aud: 'tne-graph' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(30);
    const defaults = JSON.parse(Buffer.from((await issueDevToken(SECRET, 'tne-graph', { role: 'ANALYST' })).split('.')[1]!, 'base64url').toString()) as Record<
      string,
      number
    >;
    expect(defaults.exp - defaults.iat).toBe(8 * 3600);
  });

  it.each([
    ['a header without Bearer', (t: string) => `Token ${t}`, 'UNAUTHENTICATED 401 The Authorization header must be "Bearer <token>".'],
    ['Bearer with nothing after it', () => 'Bearer ', 'UNAUTHENTICATED 401 The Authorization header must be "Bearer <token>".'],
    ['Bearer after something else', (t: string) => `Token Bearer ${t}`, 'UNAUTHENTICATED 401 The Authorization header must be "Bearer <token>".'],
    ['two tokens', (t: string) => `Bearer ${t} ${t}`, 'UNAUTHENTICATED 401 The Authorization header must be "Bearer <token>".'],
    ['a forged signature', (t: string) => `Bearer ${t.slice(0, -2)}xx`, INVALID],
  ])('refuses %s', async (_what, header, outcome) => {
    expect(await refusal(header(await hs256({ role: 'ADMIN' })))).toBe(outcome);
  });

  it.each<[string, Record<string, unknown>, ((jwt: SignJWT) => SignJWT) | undefined]>([
    ['no expiry', { role: 'ADMIN' }, (jwt) => jwt],
    ['an expired token', { role: 'ADMIN' }, (jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 60)],
    ['another audience', { role: 'ADMIN', aud: 'other' }, (jwt) => jwt.setAudience('other').setExpirationTime('5m')],
    ['no role', {}, undefined],
    ['an unknown role', { role: 'ROOT' }, undefined],
    ['the PUBLIC role', { role: 'PUBLIC' }, undefined],
    ['departments that are not a list', { role: 'DEPARTMENT_STAFF', departments: '18' }, undefined],
    ['departments that are not codes', { role: 'DEPARTMENT_STAFF', departments: [18] }, undefined],
  ])('refuses %s as invalid', async (_what, claims, build) => {
    expect(await refusal(`Bearer ${await hs256(claims, build)}`)).toBe(INVALID);
  });

  it('refuses alg: none', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ role: 'ADMIN', aud: 'tne-graph', exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
    expect(await refusal(`Bearer ${header}.${payload}.`)).toBe(INVALID);
  });
});
