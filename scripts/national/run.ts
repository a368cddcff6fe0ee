import pg from 'pg';
import { loadSubgraphConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../platform/config.js';
import { silentProgress, type NationalReport, type ProgressFactory } from '../../platform/seeds/bulk.js';
import type { NationalRun } from '../../platform/seeds/national.js';
import { seedNationalFinance } from '../../subgraphs/finance/seeds/national.seed.js';
import { seedNationalParentality } from '../../subgraphs/parentality/seeds/national.seed.js';
import { seedNationalPedagogy } from '../../subgraphs/pedagogy/seeds/national.seed.js';

export type NationalReports = Record<SubgraphName, NationalReport>;

const SEEDS: Record<SubgraphName, (pool: pg.Pool, run: NationalRun, progress: ProgressFactory) => Promise<NationalReport>> = {
  pedagogy: seedNationalPedagogy,
  finance: seedNationalFinance,
  parentality: seedNationalParentality,
};

/**
 * Adds the national rows of a prepared run (`prepareNationalRun`) to the three databases named by
 * `env` (as the subgraphs would read it), one transaction per subgraph; departments a database
 * already has are skipped there.
 */
export async function seedNational(env: NodeJS.ProcessEnv, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReports> {
  const reports = {} as NationalReports;
  for (const name of SUBGRAPH_NAMES) {
    const pool = new pg.Pool({ connectionString: loadSubgraphConfig(name, env).databaseUrl, max: 1 });
    pool.on('error', () => undefined); // a server stopping under us fails the query, not the process
    try {
      reports[name] = await SEEDS[name](pool, run, progress);
      // Fresh statistics, so that the planner sizes the national tables right from the first query.
      if (reports[name].seeded.length) await pool.query('analyze');
    } finally {
      await pool.end();
    }
  }
  return reports;
}
