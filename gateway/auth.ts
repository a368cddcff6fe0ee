import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { unauthenticated } from '../platform/errors.js';
import { isRole, PUBLIC_VIEWER, type Role, type Viewer } from '../platform/viewer.js';
import type { GatewayConfig } from './config.js';

const DEV_ISSUER = 'tne-graph-dev';

/**
 * Verifies the bearer JWT of a request and returns its viewer; no token is the PUBLIC viewer.
 * HS256 with a shared secret in development, or the keys of a JWKS URL (RS256/ES256) in production.
 * `alg: none`, a forged signature, an expired token or unknown claims are UNAUTHENTICATED.
 */
export function createAuthenticator(config: Pick<GatewayConfig, 'JWT_SECRET' | 'JWT_JWKS_URL' | 'JWT_ISSUER' | 'JWT_AUDIENCE'>) {
  const jwks: JWTVerifyGetKey | undefined = config.JWT_JWKS_URL ? createRemoteJWKSet(new URL(config.JWT_JWKS_URL)) : undefined;
  const secret = new TextEncoder().encode(config.JWT_SECRET);
  const options = {
    algorithms: jwks ? ['RS256', 'ES256', 'PS256'] : ['HS256'],
    audience: config.JWT_AUDIENCE,
    // A token without an expiry would be valid forever.
    requiredClaims: ['exp'],
    ...(config.JWT_ISSUER ? { issuer: config.JWT_ISSUER } : {}),
  };
  return async (authorization: string | undefined): Promise<Viewer> => {
    if (!authorization) return PUBLIC_VIEWER;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    try {
      const { payload } = jwks ? await jwtVerify(match[1]!, jwks, options) : await jwtVerify(match[1]!, secret, options);
      const { role, departments = [], sub } = payload as { role?: unknown; departments?: unknown; sub?: string };
      if (!isRole(role) || role === 'PUBLIC') throw new Error('no valid role claim');
      if (!Array.isArray(departments) || !departments.every((d) => typeof d === 'string')) {
        throw new Error('departments claim must be a list of codes');
      }
      return { role, departments, subject: sub };
    } catch {
      throw unauthenticated('The access token is invalid or expired.');
    }
  };
}

export interface DevTokenOptions {
  role: Role;
  departments?: string[];
  subject?: string;
  /** Lifetime, as jose reads it ("8h", "30s"). */
  expiresIn?: string;
}

/** A development token signed with the HS256 secret (`npm run token`, tests). */
export function issueDevToken(secret: string, audience: string, options: DevTokenOptions): Promise<string> {
  return new SignJWT({ role: options.role, departments: options.departments ?? [] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(DEV_ISSUER)
    .setAudience(audience)
    .setSubject(options.subject ?? `dev-${options.role.toLowerCase()}`)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(secret));
}
