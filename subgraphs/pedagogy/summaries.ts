import type { EntityManager } from '@mikro-orm/postgresql';

/** The materialised summaries the department KPIs read, by what their rows come from. */
export const SUMMARIES = {
  /** school-summary.entity.ts */
  schools: ['school_department_summary'],
  /** pix-summary.entity.ts */
  pix: ['pix_department_year', 'pix_domain_year'],
} as const;

/** The advisory lock key of the summary refreshes ("tne-sum" in hex digits, any constant would do). */
const SUMMARY_LOCK = 0x746e6573756d;

/** Runs one statement in the writer's transaction (an entity manager's or a pg client's). */
export type Execute = (sql: string) => Promise<unknown>;

/**
 * Brings summaries in line with the rows just written, inside the writer's transaction: readers
 * keep the previous summary (CONCURRENTLY) until the write commits, and a failed write leaves it
 * as it was. The writers are serialised first: a refresh takes its snapshot before it waits for
 * another one's lock, so two imports committing together would otherwise leave a view without the
 * first one's rows. About a second for a million Pix competence rows.
 */
export async function refreshSummaries(execute: Execute, views: readonly string[]): Promise<void> {
  await execute(`select pg_advisory_xact_lock(${SUMMARY_LOCK})`);
  for (const view of views) await execute(`refresh materialized view concurrently ${view}`);
}

/** `refreshSummaries` in an entity manager's transaction. */
export const refreshSummariesIn = (em: EntityManager, views: readonly string[]) => refreshSummaries((sql) => em.execute(sql), views);
