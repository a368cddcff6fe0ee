import type pg from 'pg';
import { rowCount, seedDepartments, silentProgress, writeTables, type NationalReport, type ProgressFactory } from '../../../platform/seeds/bulk.js';
import type { NationalRun } from '../../../platform/seeds/national.js';
import { deploymentRows, trainingRows } from './national-activity.js';
import { refreshSummaries, SUMMARIES } from '../summaries.js';
import { pixGroups, pixRowCount, writePix } from './national-pix.js';
import { projectRows, referenceRows } from './national-rows.js';

/**
 * Pedagogy's national rows, in one transaction: communes, EPCIs and schools of every department
 * to fill, Pix aggregates, calls and projects with their history, trainings and deployments.
 * Departments that already have schools (only this seed adds schools outside Cher and Finistère)
 * are left as they are.
 */
export function seedNationalPedagogy(pool: pg.Pool, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReport> {
  return seedDepartments(pool, run.departments, 'school', async (client, todo, counts) => {
    const reference = referenceRows(todo);
    const activity = [...projectRows(todo, run.seed), ...trainingRows(todo, run.seed), ...deploymentRows(todo, run.seed)];
    const pix = todo.flatMap((d) => pixGroups(d, run.seed));
    const bar = progress('pedagogy', rowCount([...reference, ...activity]) + pixRowCount(pix));
    await writeTables(client, reference, counts, bar);
    await writePix(client, pix, counts, bar);
    await writeTables(client, activity, counts, bar);
    await refreshSummaries((sql) => client.query(sql), [...SUMMARIES.schools, ...SUMMARIES.pix]);
    // Their figures are generated: the graph says so wherever a department is shown.
    if (todo.length) await client.query('update department set synthetic = true where code = any($1::text[])', [todo.map((d) => d.code)]);
    bar.done();
  });
}
