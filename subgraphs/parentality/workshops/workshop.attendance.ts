import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders } from '../../../platform/loaders.js';
import { schoolYearOf, type DateRange } from '../../../platform/period.js';
import type { ParentalityContext } from '../context.js';
import { isAuditedPeriod, mayReadSmallCells, suppressGrid, type SuppressedGrid } from '../privacy.js';
import { WorkshopKind } from './workshop.entity.js';

type Grid = Map<string, Map<string, number>>;

/** Attendance per department, school year ("2023-2024") and kind: one statement for every department. */
export const attendanceGridLoader = (em: EntityManager) =>
  new DataLoader<string, Grid>(async (codes) => {
    const rows = await em.getConnection('read').execute<Array<{ key: string; start: number; kind: string; attendance: number }>>(
      `select department_code as key, kind::text as kind,
              (extract(year from held_on)::int - case when extract(month from held_on) >= 9 then 0 else 1 end) as start,
              sum(attendance)::int as attendance
         from workshop where department_code in (${placeholders(codes)}) group by 1, 2, 3`,
      [...codes],
    );
    const grids = new Map<string, Grid>(codes.map((code) => [code, new Map()]));
    for (const row of rows) {
      const grid = grids.get(String(row.key))!;
      const year = `${row.start}-${Number(row.start) + 1}`;
      grid.set(year, (grid.get(year) ?? new Map()).set(row.kind, Number(row.attendance)));
    }
    return codes.map((code) => grids.get(code)!);
  });

const KINDS = Object.values(WorkshopKind);

/** Suppressed once per loaded table: a department's indicators, kinds and rankings read the same one. */
const suppressed = new WeakMap<Grid, SuppressedGrid>();

/** The department's attendance table as a viewer below its coordinator may see it (privacy.ts). */
async function shownGrid(ctx: ParentalityContext, departmentCode: string): Promise<SuppressedGrid> {
  const grid = await ctx.loaders.attendanceGrid.load(departmentCode);
  let shown = suppressed.get(grid);
  if (!shown) {
    shown = suppressGrid(grid, KINDS, ctx.privacyMinCell, false);
    suppressed.set(grid, shown);
  }
  return shown;
}

/**
 * A department's attendance over a period — of every kind, or of one — as the viewer may see it:
 * everything for its coordinator (and ADMIN); below, only a figure of the audited table (all time
 * or one school year, after suppression across years and kinds: `suppressGrid`); null otherwise.
 */
export async function auditedAttendance(
  ctx: ParentalityContext,
  departmentCode: string,
  range: DateRange,
  raw: number,
  kind?: WorkshopKind,
): Promise<number | null> {
  if (mayReadSmallCells(ctx.viewer, departmentCode)) return raw;
  if (!isAuditedPeriod(range)) return null;
  const grid = await shownGrid(ctx, departmentCode);
  const year = range.from === null ? null : schoolYearOf(range.from);
  if (kind) return year === null ? grid.kind(kind) : grid.cell(year, kind);
  return year === null ? grid.total : grid.year(year);
}
