import type { EntityManager } from '@mikro-orm/postgresql';
import { periodStatementLoader, placeholders } from '../../../platform/loaders.js';
import { schoolYearOf, type DateRange } from '../../../platform/period.js';

/** School counts of a department, computed in SQL for all requested departments at once. */
export interface DepartmentStats {
  schools: number;
  pupils: number;
  /** Schools that had joined the TNE by the end of the period. */
  tneSchools: number;
  tnePupils: number;
}

const empty = (): DepartmentStats => ({ schools: 0, pupils: 0, tneSchools: 0, tnePupils: 0 });

/** Keys: `periodKey(code, range)`; one statement for every department and period of the request. */
export function departmentStatsLoader(em: EntityManager) {
  return periodStatementLoader<DepartmentStats>(
    em,
    (codes, range: DateRange) => {
      // A school counts as TNE in a period when it joined in or before the period's last school year.
      const lastYear = range.to ? Number(schoolYearOf(range.to).slice(0, 4)) : null;
      // From the summary per department and joining year (school-summary.entity.ts; 0: never joined).
      const joined = lastYear === null ? 'joined_year <> 0' : 'joined_year <> 0 and joined_year <= ?';
      return {
        text: `select department_code as key, sum(schools)::int as schools, coalesce(sum(pupils), 0)::int as pupils,
              coalesce(sum(schools) filter (where ${joined}), 0)::int as tne_schools,
              coalesce(sum(pupils) filter (where ${joined}), 0)::int as tne_pupils
         from school_department_summary where department_code in (${placeholders(codes)}) group by department_code`,
        params: lastYear === null ? codes : [lastYear, lastYear, ...codes],
      };
    },
    (rows) =>
      new Map(
        rows.map((r) => [
          String(r.key),
          { schools: Number(r.schools), pupils: Number(r.pupils), tneSchools: Number(r.tne_schools), tnePupils: Number(r.tne_pupils) },
        ]),
      ),
    empty,
  );
}
