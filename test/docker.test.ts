/**
 * The container files (Dockerfile, docker-compose.yml, docker/postgres-init.sql). No Docker engine
 * runs where these tests run, so nothing is built or started: this checks what can be checked
 * without one — every entry point compose names exists (as TypeScript source and compiled by
 * `npm run build`), the image is a multi-stage build that ships dist/, and each subgraph points at
 * its own database, which the init script creates.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, string> | string[];
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };
const services = compose.services;
const subgraphs = ['pedagogy', 'finance', 'parentality'];

/** A service's environment as a map, whether compose lists it as `KEY: value` or `- KEY=value`. */
function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

describe('docker-compose.yml', () => {
  it('declares the database, the three subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['finance', 'gateway', 'parentality', 'pedagogy', 'postgres']);
  });

  const built = Object.entries(services).filter(([, service]) => service.build !== undefined);
  it.each(built)('%s runs a compiled entry point that exists', (_name, service) => {
    const command = Array.isArray(service.command) ? service.command.join(' ') : String(service.command);
    const script = /\bdist\/(\S+)\.js\b/.exec(command);
    expect(script).not.toBeNull();
    expect(existsSync(path.join(root, `${script![1]}.ts`))).toBe(true);
    expect(existsSync(path.join(root, 'dist', `${script![1]}.js`))).toBe(true);
  });

  it('builds every application service from the Dockerfile', () => {
    expect(built.map(([name]) => name).sort()).toEqual(['finance', 'gateway', 'parentality', 'pedagogy']);
  });

  it.each(subgraphs)('%s uses its own database, created by the init script', (name) => {
    const created = [...read('docker/postgres-init.sql').matchAll(/CREATE DATABASE\s+"?(\w+)"?/gi)].map((m) => m[1]);
    const url = environment(services[name]!)[`${name.toUpperCase()}_DATABASE_URL`];
    expect(url).toMatch(/^postgres(ql)?:\/\/.*@postgres:5432\//);
    const database = /@postgres:5432\/(\w+)/.exec(url!)![1];
    expect(database).toBe(`tne_${name}`);
    expect(created).toContain(database);
  });

  it('commits no secret: the secrets come from the environment and are required', () => {
    for (const name of [...subgraphs, 'gateway']) {
      expect(environment(services[name]!).VIEWER_SIGNING_SECRET).toMatch(/^\$\{VIEWER_SIGNING_SECRET:\?/);
    }
    expect(environment(services.gateway!).JWT_JWKS_URL).toMatch(/^\$\{JWT_JWKS_URL:\?/);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('is a multi-stage build on node:24-slim that compiles and ships dist/', () => {
    expect(dockerfile.match(/^FROM node:24-slim\b/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^RUN npm run build\b/m);
    // The workbench's pages are built in the image too, from web/.
    expect(dockerfile).toMatch(/^COPY web\/ web\/$/m);
    expect(dockerfile).toMatch(/node dist\/scripts\/web-build\.js/);
    expect(dockerfile).toMatch(/^COPY --from=\S+ \S*dist\/?\s/m);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(dockerfile).toMatch(/^USER node\s*$/m);
  });
});
