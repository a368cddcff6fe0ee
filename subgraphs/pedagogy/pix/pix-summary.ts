import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Brings the Pix summaries (pix-summary.entity.ts) in line with the results, inside the writer's
 * transaction: readers keep the previous summary (CONCURRENTLY) until the write commits, and a
 * failed write leaves both as they were. About a second for a million competence rows.
 */
export async function refreshPixSummaries(em: EntityManager): Promise<void> {
  await em.execute('refresh materialized view concurrently pix_department_year');
  await em.execute('refresh materialized view concurrently pix_domain_year');
}
