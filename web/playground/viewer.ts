/** Who the workbench asks as: a bearer token kept for the browser tab (never in the URL or local storage). */
export const ROLE_LABELS: Record<string, string> = {
  PUBLIC: 'Public (sans jeton)',
  ANALYST: 'Analyste',
  DEPARTMENT_STAFF: 'Agent du département',
  COMMISSION_MEMBER: 'Membre de commission',
  PARENTALITY_COORDINATOR: 'Coordinateur parentalité',
  ADMIN: 'Administrateur',
};

export interface ViewerClaims {
  role: string;
  departments: string[];
  subject?: string;
  expiresAt?: Date;
}

export interface Settings {
  developmentTokens: boolean;
  trustedDocuments: 'off' | 'enforce';
}

const KEY = 'tne-graph:token';
export const storedToken = () => sessionStorage.getItem(KEY) ?? undefined;
export function storeToken(token: string | undefined): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

/** The claims a token states (read, not verified: the gateway verifies). */
export function claimsOf(token: string | undefined): ViewerClaims {
  if (!token) return { role: 'PUBLIC', departments: [] };
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      role?: string;
      departments?: string[];
      sub?: string;
      exp?: number;
    };
    return {
      role: payload.role ?? 'inconnu',
      departments: payload.departments ?? [],
      subject: payload.sub,
      expiresAt: payload.exp ? new Date(payload.exp * 1000) : undefined,
    };
  } catch {
    return { role: 'illisible', departments: [] };
  }
}

export async function loadSettings(): Promise<Settings> {
  const response = await fetch('/playground/settings.json').catch(() => undefined);
  if (!response?.ok) return { developmentTokens: false, trustedDocuments: 'off' };
  return (await response.json()) as Settings;
}

/** Asks the gateway for a development token (outside production only). */
export async function developmentToken(role: string, departments: string[]): Promise<string> {
  const response = await fetch('/playground/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, departments }),
  });
  const body = (await response.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body.token;
}
