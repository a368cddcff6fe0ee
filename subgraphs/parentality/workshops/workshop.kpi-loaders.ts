import type { EntityManager } from '@mikro-orm/postgresql';
import { periodStatementLoader, placeholders, rangeCondition, rowsByPeriod } from '../../../platform/loaders.js';
import type { DateRange } from '../../../platform/period.js';
import type { WorkshopKind } from './workshop.entity.js';

/** Where a KPI is counted: per department or per school where the workshop was held. */
export type KpiKey = 'department_code' | 'school_uai';

/** One row of the kind breakdown; `kind` null is the total row (grouping set of the key alone). */
export interface KindRow {
  kind: WorkshopKind | null;
  workshops: number;
  attendance: number;
  households: number;
}

/**
 * Workshops, attendance and households reached (distinct households with a participation in a
 * workshop held in the period) per kind and in total, for all keys of a tick: one statement.
 */
const byKind = (em: EntityManager, key: KpiKey) =>
  rowsByPeriod<KindRow>(
    em,
    (keys, range) => {
      const period = rangeCondition('w.held_on', range);
      return {
        text: `select w.${key} as key, w.kind::text as kind, count(distinct w.id)::int as workshops,
                 coalesce(sum(w.attendance) filter (where coalesce(p.rank, 1) = 1), 0)::int as attendance,
                 count(distinct p.household_id)::int as households
            from workshop w
            left join (select workshop_id, household_id, row_number() over (partition by workshop_id) as rank
                         from workshop_participation) p on p.workshop_id = w.id
           where w.${key} in (${placeholders(keys)}) and ${period.sql}
           group by grouping sets ((w.${key}, w.kind), (w.${key}))`,
        params: [...keys, ...period.params],
      };
    },
    (row) => ({
      kind: (row.kind as WorkshopKind | null) ?? null,
      workshops: Number(row.workshops),
      attendance: Number(row.attendance),
      households: Number(row.households),
    }),
  );

/** Open loans at a date (the period's end), or now when the period is open-ended. */
function openAt(range: DateRange): { sql: string; params: string[] } {
  if (!range.to) return { sql: 'l.returned_on is null', params: [] };
  return { sql: 'l.starts_on <= ? and (l.returned_on is null or l.returned_on > ?)', params: [range.to, range.to] };
}

/** Devices on loan per department (loan's department) or per school (a child of the household there). */
const devicesOnLoan = (em: EntityManager, key: KpiKey) =>
  periodStatementLoader<number>(
    em,
    (keys, range) => {
      const open = openAt(range);
      const text =
        key === 'department_code'
          ? `select l.department_code as key, count(distinct l.device_id)::int as count from loan l
            where l.department_code in (${placeholders(keys)}) and ${open.sql} group by l.department_code`
          : `select s.uai as key, count(distinct l.device_id)::int as count
             from loan l join household h on h.id = l.household_id cross join unnest(h.children_school_uais) as s(uai)
            where s.uai in (${placeholders(keys)}) and ${open.sql} group by s.uai`;
      return { text, params: [...keys, ...open.params] };
    },
    (rows) => new Map(rows.map((row) => [String(row.key), Number(row.count)])),
    () => 0,
  );

/** Loaders of the KPI groups beyond the workshop totals, per department and per school. */
export const parentalityKpiLoaders = (em: EntityManager) => ({
  departmentKinds: byKind(em, 'department_code'),
  schoolKinds: byKind(em, 'school_uai'),
  departmentDevicesOnLoan: devicesOnLoan(em, 'department_code'),
  schoolDevicesOnLoan: devicesOnLoan(em, 'school_uai'),
});
