import { SignJWT, jwtVerify } from 'jose';
import { isRole, type Viewer } from './viewer.js';

/** Header in which the gateway forwards the viewer to subgraphs. */
export const VIEWER_HEADER = 'x-tne-viewer';
const ISSUER = 'tne-graph-gateway';
const AUDIENCE = 'tne-graph-subgraph';

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs the viewer for one subgraph request (HMAC-SHA256, short lifetime): subgraphs trust only
 * what the gateway vouched for, and a captured header is useless after `ttlSeconds`.
 */
export async function signViewer(viewer: Viewer, secret: string, ttlSeconds: number): Promise<string> {
  return new SignJWT({ role: viewer.role, departments: viewer.departments })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(viewer.subject ?? 'public')
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/** Verifies the header; throws on a missing, forged, expired or malformed signature. */
export async function verifyViewer(token: string | undefined, secret: string): Promise<Viewer> {
  if (!token) throw new Error('missing viewer signature');
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: AUDIENCE,
    requiredClaims: ['exp'],
  });
  const { role, departments, sub } = payload;
  if (!isRole(role)) throw new Error('signed viewer has no valid role');
  if (!Array.isArray(departments) || !departments.every((d) => typeof d === 'string')) {
    throw new Error('signed viewer has no valid departments');
  }
  return { role, departments, subject: sub === 'public' ? undefined : sub };
}
