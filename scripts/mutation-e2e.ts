/**
 * `npm run test:mutation:e2e [-- <words>]`: applies each declared mutant (or those whose id holds one of the words)
 * (scripts/mutants/declared.ts) in a sandbox copy of the checkout and runs the end-to-end tests it
 * names against it, through the real gateway and subgraphs; a mutant no test notices survives.
 * The tests first run once unmutated and must pass. Uses DATABASE_URL's server when set, else an
 * embedded one of its own (its own folder and port). Prints a line per mutant and the score;
 * exits 1 when a mutant survives or a declaration is out of date.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedServer } from './postgres/embedded.js';
import { projectRoot } from '../platform/paths.js';
import { DECLARED_MUTANTS, type DeclaredMutant } from './mutants/declared.js';
import { checkEdit, Sandbox } from './mutants/sandbox.js';
import { parseCommand } from './cli.js';

const USAGE = `usage: npm run test:mutation:e2e [-- WORD…]
Runs the declared end-to-end mutants (scripts/mutants/declared.ts), those whose id holds a WORD when given.`;
const { positionals } = parseCommand(USAGE, { allowPositionals: true, options: {} });
const TIMEOUT_MS = 5 * 60_000;
const MUTANTS_PG_PORT = 54349;

type Verdict = 'killed' | 'survived' | 'timeout';

async function database(): Promise<{ url: string; server?: EmbeddedServer }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const server = await startEmbeddedPostgres({ dataDir: path.join(projectRoot(), '.data', 'mutants-postgres'), port: MUTANTS_PG_PORT });
  return { url: server.url, server };
}

async function run(sandbox: Sandbox, mutant: DeclaredMutant, env: NodeJS.ProcessEnv): Promise<[Verdict, number]> {
  const started = performance.now();
  const { code } = await sandbox.with(mutant.edits, () => sandbox.jest(mutant.tests, mutant.name, env, TIMEOUT_MS));
  const seconds = (performance.now() - started) / 1000;
  return [code === 'timeout' ? 'timeout' : code === 0 ? 'survived' : 'killed', seconds];
}

async function main(): Promise<number> {
  const words = positionals.map((w) => w.toLowerCase());
  const root = projectRoot();
  const mutants = DECLARED_MUTANTS.filter((m) => !words.length || words.some((w) => m.id.toLowerCase().includes(w)));
  const stale = (await Promise.all(mutants.flatMap((m) => m.edits.map((edit) => checkEdit(root, edit))))).filter((e) => e !== null);
  if (stale.length) {
    console.error(`Out-of-date declarations in scripts/mutants/declared.ts:\n  ${stale.join('\n  ')}`);
    return 1;
  }
  const { url, server } = await database();
  const sandbox = await Sandbox.create(root);
  const env = { DATABASE_URL: url };
  try {
    const files = [...new Set(mutants.flatMap((m) => m.tests))];
    console.log(`${mutants.length} mutants over ${files.length} test files; first the tests unmutated…`);
    const baseline = await sandbox.jest(files, undefined, env, TIMEOUT_MS);
    if (baseline.code !== 0) {
      console.error(`${baseline.output.slice(-4000)}\nThe tests fail without any mutant: fix them first (npm test).`);
      return 1;
    }
    const verdicts: Verdict[] = [];
    for (const mutant of mutants) {
      const [verdict, seconds] = await run(sandbox, mutant, env);
      verdicts.push(verdict);
      console.log(
        `${verdict.padEnd(8)} ${seconds.toFixed(0).padStart(4)} s  ${mutant.id}  (${mutant.tests.join(', ')}${mutant.name ? ` -t "${mutant.name}"` : ''})`,
      );
    }
    const detected = verdicts.filter((v) => v !== 'survived').length;
    console.log(
      `score: ${((100 * detected) / Math.max(1, verdicts.length)).toFixed(1)} % (${detected} of ${verdicts.length} detected, ${verdicts.length - detected} survived)`,
    );
    return detected === verdicts.length ? 0 : 1;
  } finally {
    await sandbox.remove();
    await server?.stop();
  }
}

process.exitCode = await main();
