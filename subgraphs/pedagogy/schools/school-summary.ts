import type { EntityManager } from '@mikro-orm/postgresql';
import { lockSummaries } from '../pix/pix-summary.js';

/** Brings the school summary (school-summary.entity.ts) in line, inside the writer's transaction. */
export async function refreshSchoolSummary(em: EntityManager): Promise<void> {
  await lockSummaries(em); // see pix-summary.ts: one refresher at a time
  await em.execute('refresh materialized view concurrently school_department_summary');
}
