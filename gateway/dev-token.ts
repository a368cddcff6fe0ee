import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { readBody, sendJson } from '../platform/http.js';
import { DEPARTMENT_CODE } from '../platform/department-code.js';
import { ROLES } from '../platform/viewer.js';
import { issueDevToken } from './auth.js';
import type { GatewayConfig } from './config.js';

const request = z.object({
  role: z.enum(ROLES.filter((role) => role !== 'PUBLIC') as [string, ...string[]]),
  departments: z.array(z.string().regex(DEPARTMENT_CODE)).max(101).default([]),
});

/**
 * `POST /playground/token {role, departments}`: the workbench's viewer picker obtains a development
 * token, as `npm run token` prints one. It exists only outside production (404 there, as for any
 * unknown address), and only where the gateway verifies tokens with its own secret.
 */
export function devTokenRoute(config: GatewayConfig) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!config.developmentTokens) return false;
    let body: unknown;
    try {
      const text = await readBody(req, 4096);
      body = JSON.parse(typeof text === 'string' ? text : '');
    } catch {
      sendJson(res, 400, { error: 'Corps attendu : {"role": "ANALYST", "departments": ["18"]} en JSON.' });
      return true;
    }
    const parsed = request.safeParse(body);
    if (!parsed.success) {
      sendJson(res, 400, { error: `Rôle ou départements invalides : ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}.` });
      return true;
    }
    const expiresIn = '8h';
    const token = await issueDevToken(config.JWT_SECRET, config.JWT_AUDIENCE, {
      role: parsed.data.role as (typeof ROLES)[number],
      departments: parsed.data.departments,
      expiresIn,
    });
    res.setHeader('cache-control', 'no-store');
    sendJson(res, 200, { token, role: parsed.data.role, departments: parsed.data.departments });
    return true;
  };
}
