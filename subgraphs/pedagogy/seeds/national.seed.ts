import type pg from 'pg';
import { departmentsAlreadySeeded, inTransaction, RowCounts, silentProgress, writeTables, type NationalReport, type ProgressFactory } from '../../common/seeds/bulk.js';
import type { NationalRun } from '../../common/seeds/national.js';
import { deploymentRows, trainingRows } from './national-activity.js';
import { SUMMARY_LOCK } from '../pix/pix-summary.js';
import { pixGroups, pixRowCount, writePix } from './national-pix.js';
import { projectRows, referenceRows } from './national-rows.js';

/**
 * Pedagogy's national rows, in one transaction: communes, EPCIs and schools of every department
 * to fill, Pix aggregates, calls and projects with their history, trainings and deployments.
 * Departments that already have schools (only this seed adds schools outside Cher and Finistère)
 * are left as they are.
 */
export function seedNationalPedagogy(pool: pg.Pool, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReport> {
  return inTransaction(pool, async (client) => {
    const done = await departmentsAlreadySeeded(client, 'school', run.departments.map((d) => d.code));
    const todo = run.departments.filter((d) => !done.has(d.code));
    const counts = new RowCounts();
    const reference = referenceRows(todo);
    const activity = [...projectRows(todo, run.seed), ...trainingRows(todo, run.seed), ...deploymentRows(todo, run.seed)];
    const pix = todo.flatMap((d) => pixGroups(d, run.seed));
    const rows = [...reference, ...activity].reduce((sum, t) => sum + t.rows.length, 0) + pixRowCount(pix);
    const bar = progress('pedagogy', rows);
    await writeTables(client, reference, counts, bar);
    await writePix(client, pix, counts, bar);
    await writeTables(client, activity, counts, bar);
    // The summaries the department KPIs read (pix-summary.entity.ts, school-summary.entity.ts).
    await client.query(`select pg_advisory_xact_lock(${SUMMARY_LOCK})`);
    for (const view of ['school_department_summary', 'pix_department_year', 'pix_domain_year']) {
      await client.query(`refresh materialized view concurrently ${view}`);
    }
    bar.done();
    return { seeded: todo.map((d) => d.code), skipped: [...done], counts };
  });
}
