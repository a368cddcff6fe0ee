import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { isRole, type Viewer } from './viewer.js';

/** Header in which the gateway forwards the viewer to subgraphs. */
export const VIEWER_HEADER = 'x-tne-viewer';
const ISSUER = 'tne-graph-gateway';

/** The audience of a signature: the one subgraph it was made for. */
const audienceOf = (subgraph: string) => `tne-graph:${subgraph}`;

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs the viewer for ONE request to ONE subgraph (HMAC-SHA256): bound to that subgraph (audience),
 * with an id of its own (jti) that the subgraph accepts once, and a life of a few seconds. Subgraphs
 * trust only what the gateway vouched for, and a captured header is useless elsewhere, again or later.
 */
export async function signViewer(viewer: Viewer, secret: string, ttlSeconds: number, subgraph: string): Promise<string> {
  return new SignJWT({ role: viewer.role, departments: viewer.departments })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audienceOf(subgraph))
    .setSubject(viewer.subject ?? 'public')
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key(secret));
}

/**
 * The signature ids a subgraph has accepted, each kept until it expires: a second use of one is a
 * replay. Expired ids are swept as new ones come, so the memory is bounded by the traffic of one
 * signature lifetime.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time an unexpired id is offered; false for a replay. `expiresAt` in seconds. */
  accept(id: string, expiresAt: number, now = Date.now() / 1000): boolean {
    if (this.seen.size > 1000) for (const [seenId, expiry] of this.seen) if (expiry < now) this.seen.delete(seenId);
    if (this.seen.has(id)) return false;
    this.seen.set(id, expiresAt);
    return true;
  }
}

/** Verifies the header for this subgraph; throws on a missing, forged, foreign, expired, replayed or malformed one. */
export async function verifyViewer(token: string | undefined, secret: string, subgraph: string, replays: ReplayGuard): Promise<Viewer> {
  if (!token) throw new Error('missing viewer signature');
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ['HS256'],
    issuer: ISSUER,
    audience: audienceOf(subgraph),
    requiredClaims: ['exp', 'jti'],
  });
  const { role, departments, sub, jti, exp } = payload;
  if (!isRole(role)) throw new Error('signed viewer has no valid role');
  if (!Array.isArray(departments) || !departments.every((d) => typeof d === 'string')) {
    throw new Error('signed viewer has no valid departments');
  }
  if (!replays.accept(jti!, exp!)) throw new Error('viewer signature replayed');
  return { role, departments, subject: sub === 'public' ? undefined : sub };
}
