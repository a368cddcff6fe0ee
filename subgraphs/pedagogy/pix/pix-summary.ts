import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises the writers that refresh summaries: a refresh takes its snapshot before it waits for
 * another one's lock, so two imports committing together would otherwise leave the view without
 * the first one's rows. The lock is the transaction's, released at commit.
 */
export async function lockSummaries(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(${SUMMARY_LOCK})`);
}

/** The advisory lock key of the summary refreshes ("tne-sum" in hex digits, any constant would do). */
export const SUMMARY_LOCK = 0x746e6573756d;

/**
 * Brings the Pix summaries (pix-summary.entity.ts) in line with the results, inside the writer's
 * transaction: readers keep the previous summary (CONCURRENTLY) until the write commits, and a
 * failed write leaves both as they were. About a second for a million competence rows.
 */
export async function refreshPixSummaries(em: EntityManager): Promise<void> {
  await lockSummaries(em);
  await em.execute('refresh materialized view concurrently pix_department_year');
  await em.execute('refresh materialized view concurrently pix_domain_year');
}
