/**
 * A container's environment as its process would see it, with stand-ins for what Secrets hold: each
 * variable in order, Kubernetes' `$(VAR)` expansion applied, every `secretKeyRef` replaced by a value
 * of the shape that Secret key holds in production.
 */
import { randomBytes } from 'node:crypto';

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean }; [source: string]: unknown };
}

const letters = (length: number) =>
  randomBytes(length * 2)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, length);

/**
 * What each Secret key holds, by key: the keys of the Secrets deploy/README.md says to create and of
 * those CloudNativePG generates (`tne-<name>-app`). A key not listed here fails the test: say its shape.
 */
const SECRET_SHAPES: Record<string, () => string> = {
  // CloudNativePG: the database owner, and a password of 64 letters and digits.
  username: () => 'tne',
  password: () => letters(64),
  'viewer-signing-secret': () => randomBytes(32).toString('base64url'),
  'jwt-jwks-url': () => 'https://identity.example/.well-known/jwks.json',
  'jwt-issuer': () => 'https://identity.example/',
  'redis-url': () => `redis://default:${letters(32)}@redis:6379/0`,
};

export function secretValue(ref: { name: string; key: string }): string {
  const shape = SECRET_SHAPES[ref.key];
  if (!shape) throw new Error(`no stand-in for the Secret key ${ref.name}/${ref.key}: add its shape to SECRET_SHAPES`);
  return shape();
}

/** The environment, expanded; fails on a variable set twice, or a source other than a value or a Secret key. */
export function expandEnv(vars: EnvVar[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of vars) {
    // Kubernetes accepts a name twice and the last wins, while `$(VAR)` above it saw the first.
    if (variable.name in env) throw new Error(`${variable.name} is set twice`);
    if (variable.valueFrom) {
      const ref = variable.valueFrom.secretKeyRef;
      if (!ref || Object.keys(variable.valueFrom).length !== 1) throw new Error(`${variable.name}: only secretKeyRef is expected`);
      env[variable.name] = secretValue(ref);
    } else {
      // `$$` escapes a `$`; a reference to a variable not defined above stays as written, as Kubernetes does.
      env[variable.name] = (variable.value ?? '').replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, name?: string) =>
        name === undefined ? '$' : (env[name] ?? whole),
      );
    }
  }
  return env;
}

/** The variables another variable's value names as `$(VAR)`. */
export function referencedNames(vars: EnvVar[]): Set<string> {
  return new Set(vars.flatMap((variable) => [...(variable.value ?? '').matchAll(/(?<!\$)\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)].map((match) => match[1]!)));
}

/** Runs a configuration loader on `env` and returns what it returned and which variables it read. */
export function readBy<T>(load: (env: NodeJS.ProcessEnv) => T, env: Record<string, string>): { result: T; read: Set<string> } {
  const read = new Set<string>();
  const watched = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key);
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
  });
  return { result: load(watched), read };
}
