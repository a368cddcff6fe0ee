// Why: a newcomer follows the README literally. Every code block in it must run as written against
// the real platform: shell blocks in bash (only the address changes, to this test's gateway), GraphQL
// blocks against the API, the Pix example as the importer reads it, the embedding example's page.
// A block this test cannot run says why below, and a new kind of block fails until it is handled.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { projectRoot } from '../../platform/paths.js';
import { Stack, tokenFor } from '../stack.js';

interface Block {
  lang: string;
  code: string;
  /** Line of the opening fence, for messages. */
  line: number;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
/** Fenced blocks, indented ones (in lists) included, their indentation removed. */
const BLOCKS: Block[] = [...readme.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
  lang: m[2]!,
  code: m[3]!.replace(new RegExp(`^ {${m[1]!.length}}`, 'gm'), ''),
  line: readme.slice(0, m.index).split('\n').length,
}));

/** Blocks not run here, each with the reason. */
const NOT_RUN: Array<[RegExp, string]> = [[/^npm install && npm start/, 'installs and starts the platform: .ci/run does it in a fresh clone']];
const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
const hasVariables = (code: string) => parse(code).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions?.length ?? 0) > 0);

/** Runs a script in bash (errors stop it), for its exit status and output. */
async function bash(script: string): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { cwd: projectRoot(), timeout: 120_000 });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { status: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

let stack: Stack;
let origin: string;
beforeAll(async () => {
  stack = await Stack.start();
  origin = stack.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => stack?.stop());

describe("the README's code blocks", () => {
  it('are all of a kind this test runs', () => {
    expect(BLOCKS.length).toBeGreaterThan(15);
    expect([...new Set(BLOCKS.map((b) => b.lang))].sort()).toEqual(['', 'csv', 'graphql', 'html', 'sh']);
  });

  it('GraphQL: every block is valid against the API schema, and those without variables answer without error', async () => {
    const token = await tokenFor('ANALYST');
    const graphql = BLOCKS.filter((b) => b.lang === 'graphql');
    for (const block of graphql) {
      expect({ line: block.line, errors: validate(schema, parse(block.code)).map((e) => e.message) }).toEqual({ line: block.line, errors: [] });
      // With variables, they are the staff walkthrough's steps, which test/e2e/walkthrough.test.ts runs in order.
      if (hasVariables(block.code)) continue;
      const { errors } = await stack.query(block.code, { token });
      expect({ line: block.line, errors }).toEqual({ line: block.line, errors: undefined });
    }
    expect(graphql.length).toBeGreaterThan(8);
  });

  it('shell: every block runs in bash as written (the address aside), exits 0 and prints no GraphQL error', async () => {
    const shell = BLOCKS.filter((b) => b.lang === 'sh' && !NOT_RUN.some(([pattern]) => pattern.test(b.code)));
    expect(shell.length).toBeGreaterThanOrEqual(2);
    for (const block of shell) {
      const script = block.code.replaceAll('http://127.0.0.1:4000', origin).replaceAll('http://localhost:4000', origin);
      // Asynchronously: the gateway it calls runs in this process and must go on answering.
      const run = await bash(script);
      expect({ line: block.line, status: run.status, stderr: run.status ? run.stderr : '' }).toEqual({ line: block.line, status: 0, stderr: '' });
      const answer = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { data?: unknown; errors?: unknown };
      expect({ line: block.line, errors: answer.errors, data: answer.data !== undefined }).toEqual({ line: block.line, errors: undefined, data: true });
    }
  });

  it('the Pix example: its lines are those of the valid fixture the importer takes', () => {
    const [example] = BLOCKS.filter((b) => b.lang === 'csv');
    const fixture = readFileSync(new URL('../../subgraphs/pedagogy/pix/fixtures/pix-valid.csv', import.meta.url), 'utf8')
      .replace(/^\uFEFF/, '') // the file starts with a byte-order mark, as spreadsheets write it
      .split(/\r?\n/);
    for (const line of example!.code.trim().split('\n')) expect(fixture).toContain(line);
  });

  it('the embedding example: the page it frames is served, and other sites may frame it', async () => {
    const [html] = BLOCKS.filter((b) => b.lang === 'html');
    const src = new URL(/src="([^"]+)"/.exec(html!.code)![1]!);
    const page = await fetch(`${origin}${src.pathname}${src.search}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });
});
