import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Schools and pupils per department and TNE joining year (0: not in the TNE), a materialised
 * view: the department counts (schools, TNE schools by a year, pupils) read about a thousand rows
 * instead of scanning every school of France on each request. Refreshed by the transaction that
 * writes schools (`refreshSummaries`, summaries.ts).
 */
@Entity({
  tableName: 'school_department_summary',
  view: { materialized: true },
  expression: `select department_code, coalesce(tne_joined_year, 0) as joined_year, count(*)::int as schools, sum(pupils)::bigint as pupils
  from school group by department_code, coalesce(tne_joined_year, 0)`,
})
export class SchoolDepartmentSummary {
  [PrimaryKeyProp]?: ['departmentCode', 'joinedYear'];

  @PrimaryKey({ type: 'string' })
  departmentCode!: string;

  @PrimaryKey({ type: 'integer' })
  joinedYear!: number;

  @Property({ type: 'integer' })
  schools!: number;

  @Property({ type: 'bigint' })
  pupils!: string;
}
