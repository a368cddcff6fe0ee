import type { EntityManager } from '@mikro-orm/postgresql';

/** Brings the school summary (school-summary.entity.ts) in line, inside the writer's transaction. */
export async function refreshSchoolSummary(em: EntityManager): Promise<void> {
  await em.execute('refresh materialized view concurrently school_department_summary');
}
