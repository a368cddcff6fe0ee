/**
 * The container files (Dockerfile, docker-compose.yml, docker/postgres-init.sql). No Docker engine
 * runs where these tests run, so nothing is built or started: this checks what can be checked
 * without one — every entry point compose names exists (as TypeScript source and compiled by
 * `npm run build`), the image is a multi-stage build that ships dist/, and each subgraph points at
 * its own database, which the init script creates, through PgBouncer in transaction mode
 * (docker/pgbouncer.ini), with its start-up going to PostgreSQL directly.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { databaseName, loadSubgraphConfig, SUBGRAPH_NAMES } from '../platform/config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
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
  it('declares the database, its pooler, the three subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['finance', 'gateway', 'parentality', 'pedagogy', 'pgbouncer', 'postgres']);
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
    const url = environment(services[name]!)[`${name.toUpperCase()}_DATABASE_DIRECT_URL`];
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

/** docker/pgbouncer.ini as sections of `key = value` settings (`;` starts a comment line). */
function pgbouncerIni(): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let section = '';
  for (const line of read('docker/pgbouncer.ini')
    .split('\n')
    .map((l) => l.trim())) {
    if (!line || line.startsWith(';') || line.startsWith('#')) continue;
    const heading = /^\[(\w+)\]$/.exec(line);
    if (heading) section = heading[1]!;
    else sections[section] = { ...sections[section], [line.slice(0, line.indexOf('=')).trim()]: line.slice(line.indexOf('=') + 1).trim() };
  }
  return sections;
}

describe('PgBouncer in docker-compose.yml', () => {
  const ini = pgbouncerIni();
  const pgbouncer = services.pgbouncer!;

  it('pools in transaction mode, tracking no prepared statement (the platform names none)', () => {
    expect(ini.pgbouncer).toMatchObject({ pool_mode: 'transaction', max_prepared_statements: '0', auth_type: 'scram-sha-256' });
  });

  it('runs a pinned image with docker/pgbouncer.ini, after PostgreSQL, its password from the environment', () => {
    // Pinned, and recent enough for max_prepared_statements (PgBouncer 1.21).
    const [major, minor] = (/^[\w./-]+pgbouncer:v?(\d+)\.(\d+)\.\d+/.exec(pgbouncer.image ?? '') ?? []).slice(1).map(Number);
    expect(major! * 100 + minor!).toBeGreaterThanOrEqual(121);
    expect(pgbouncer.volumes).toContain('./docker/pgbouncer.ini:/etc/pgbouncer/pgbouncer.ini:ro');
    expect(ini.pgbouncer!.auth_file).toBe('/etc/pgbouncer/userlist.txt');
    expect(environment(pgbouncer)).toMatchObject({ DB_USER: 'tne', DB_PASSWORD: expect.stringMatching(/^\$\{POSTGRES_PASSWORD:\?/) });
    expect(pgbouncer.depends_on?.postgres).toEqual({ condition: 'service_healthy' });
  });

  it.each(SUBGRAPH_NAMES)('%s serves through PgBouncer and starts up (lock, migrations) on PostgreSQL directly', (name) => {
    const database = databaseName(name);
    expect(ini.databases![database]).toBe('host=postgres port=5432');
    const env = environment(services[name]!);
    const upper = name.toUpperCase();
    expect(env[`${upper}_DATABASE_URL`]).toBe(`postgresql://tne:\${POSTGRES_PASSWORD:?set it}@pgbouncer:${ini.pgbouncer!.listen_port}/${database}`);
    expect(env[`${upper}_DATABASE_DIRECT_URL`]).toBe(`postgresql://tne:\${POSTGRES_PASSWORD:?set it}@postgres:5432/${database}`);
    expect(services[name]!.depends_on?.pgbouncer).toEqual({ condition: 'service_healthy' });
    // The names are the ones the subgraph reads.
    const resolved = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value.replace(/\$\{(\w+):\?[^}]*\}/g, 'p'.repeat(40))]));
    const config = loadSubgraphConfig(name, resolved);
    expect([new URL(config.databaseUrl).host, new URL(config.directUrl).host]).toEqual([`pgbouncer:${ini.pgbouncer!.listen_port}`, 'postgres:5432']);
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
