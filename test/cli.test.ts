import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { projectRoot } from '../platform/paths.js';

/**
 * The commands' manners (the compiled scripts, as `npm run` starts them): `--help` prints the usage
 * and exits 0; a bad option or value is ONE line on stderr, exit 2, no stack trace; an invalid
 * configuration is its message, exit 1. `npm run --silent token` prints the token only.
 */
const run = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = spawnSync(process.execPath, [`dist/scripts/${script}.js`, ...args], { cwd: projectRoot(), env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
};

/** Every command of package.json, by its compiled script. */
const COMMANDS = [
  'token',
  'import-pix',
  'import-schools',
  'seed-national',
  'migration-sql',
  'migration-create',
  'compose',
  'codegen',
  'extract-reference',
  'web-build',
  'bench',
  'bench-start',
  'bench-dashboard',
  'faults',
  'mutation-e2e',
  'start',
];

it('covers every command of package.json', async () => {
  const { readFile } = await import('node:fs/promises');
  const scripts = JSON.parse(await readFile(`${projectRoot()}/package.json`, 'utf8')).scripts as Record<string, string>;
  const compiled = Object.values(scripts).flatMap((line) => [...line.matchAll(/node (?:--\S+ )*dist\/scripts\/([\w-]+)\.js/g)].map((m) => m[1]!));
  expect([...new Set(compiled)].sort()).toEqual([...COMMANDS].sort());
});

describe.each(COMMANDS)('%s', (script) => {
  it('prints its usage with --help, exit 0', () => {
    const { status, stdout } = run(script, ['--help']);
    expect([status, /^usage: npm (run|start)/.test(stdout)]).toEqual([0, true]);
  });

  it('refuses an unknown option in one line, exit 2', () => {
    const { status, stderr } = run(script, ['--nope']);
    expect({ status, stderr }).toEqual({ status: 2, stderr: "Unknown option '--nope' (see --help)" });
  });
});

describe('npm run import:schools', () => {
  it.each([
    [[], 'give exactly one directory FILE to import'],
    [['a.csv', 'b.csv'], 'give exactly one directory FILE to import'],
    [['a.csv', '--departments', '18,999'], '--departments: "999" is not a department code such as 18, 29, 2A or 971'],
    [['a.csv', '--rentree', 'soon'], '--rentree takes a year such as 2024 (got "soon")'],
  ])('refuses %p in one line, exit 2, before any database work', (args, message) => {
    expect(run('import-schools', args)).toEqual({ status: 2, stdout: '', stderr: `${message} (see --help)` });
  });
});

describe('npm run token', () => {
  it.each([
    [['--role', 'FOO'], '--role must be one of ANALYST, DEPARTMENT_STAFF, COMMISSION_MEMBER, PARENTALITY_COORDINATOR, ADMIN (got "FOO")'],
    [['--role', 'PUBLIC'], '--role must be one of ANALYST, DEPARTMENT_STAFF, COMMISSION_MEMBER, PARENTALITY_COORDINATOR, ADMIN (got "PUBLIC")'],
    [['--role', 'DEPARTMENT_STAFF', '--department', '999'], '--department "999" is not a department code such as 18, 29, 2A or 971'],
    [['--role', 'DEPARTMENT_STAFF'], '--role DEPARTMENT_STAFF acts for departments: give at least one --department'],
    [['--role', 'ADMIN', '--expires', 'soon'], '--expires takes a duration such as 30m, 8h or 2d (got "soon")'],
  ])('refuses %p in one line, exit 2', (args, message) => {
    expect(run('token', args)).toEqual({ status: 2, stdout: '', stderr: `${message} (see --help)` });
  });

  it('prints only the token, a JWT', () => {
    const { status, stdout, stderr } = run('token', ['--role', 'DEPARTMENT_STAFF', '--department', '18', '--department', '2a']);
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const payload = JSON.parse(Buffer.from(stdout.split('.')[1]!, 'base64url').toString());
    expect(payload).toMatchObject({ role: 'DEPARTMENT_STAFF', departments: ['18', '2A'] });
  });

  it('reports an invalid configuration by its message, exit 1, no stack trace', () => {
    const { status, stderr } = run('token', ['--role', 'ADMIN'], { GATEWAY_PORT: 'abc' });
    expect(status).toBe(1);
    expect(stderr.split('\n')[0]).toBe('Invalid configuration:');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
