import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders } from '../../../platform/loaders.js';
import { schoolYearOf, type DateRange } from '../../../platform/period.js';
import type { ParentalityContext } from '../context.js';
import { isAuditedPeriod, mayReadSmallCells, suppressGrid, type SuppressedGrid } from '../privacy.js';
import { WorkshopKind } from './workshop.entity.js';

type Grid = Map<string, Map<string, number>>;

/** The additive counts about persons of workshops, each its own audited table: who came, and whom they reached among them. */
export type PersonMeasure = 'attendance' | 'girls' | 'specialNeeds';
const COLUMNS: Record<PersonMeasure, string> = { attendance: 'attendance', girls: 'girls_reached', specialNeeds: 'special_needs_reached' };
const MEASURES = Object.keys(COLUMNS) as PersonMeasure[];
type Grids = Record<PersonMeasure, Grid>;

/** Each measure per department, school year ("2023-2024") and kind: one statement for every department. */
export const attendanceGridLoader = (em: EntityManager) =>
  new DataLoader<string, Grids>(async (codes) => {
    const sums = MEASURES.map((m) => `coalesce(sum(${COLUMNS[m]}), 0)::int as "${m}"`).join(', ');
    const rows = await em.getConnection('read').execute<Array<Record<string, unknown> & { key: string; start: number; kind: string }>>(
      `select department_code as key, kind::text as kind,
              (extract(year from held_on)::int - case when extract(month from held_on) >= 9 then 0 else 1 end) as start,
              ${sums}
         from workshop where department_code in (${placeholders(codes)}) group by 1, 2, 3`,
      [...codes],
    );
    const grids = new Map<string, Grids>(codes.map((code) => [code, { attendance: new Map(), girls: new Map(), specialNeeds: new Map() }]));
    for (const row of rows) {
      const year = `${row.start}-${Number(row.start) + 1}`;
      for (const measure of MEASURES) {
        const grid = grids.get(String(row.key))![measure];
        grid.set(year, (grid.get(year) ?? new Map()).set(row.kind, Number(row[measure])));
      }
    }
    return codes.map((code) => grids.get(code)!);
  });

const KINDS = Object.values(WorkshopKind);

/** Suppressed once per loaded table: a department's indicators, kinds and rankings read the same one. */
const suppressed = new WeakMap<Grid, SuppressedGrid>();

/** The department's table of a measure as a viewer below its coordinator may see it (privacy.ts). */
async function shownGrid(ctx: ParentalityContext, departmentCode: string, measure: PersonMeasure): Promise<SuppressedGrid> {
  const grid = (await ctx.loaders.attendanceGrid.load(departmentCode))[measure];
  let shown = suppressed.get(grid);
  if (!shown) {
    shown = suppressGrid(grid, KINDS, ctx.privacyMinCell, false);
    suppressed.set(grid, shown);
  }
  return shown;
}

/**
 * A department's count of a measure over a period — of every kind, or of one — as the viewer may
 * see it: everything for its coordinator (and ADMIN); below, only a figure of the audited table
 * (all time or one school year, after suppression across years and kinds: `suppressGrid`); null
 * otherwise. The girls and the children with special needs reached add up over years and kinds as
 * attendance does, so each is one such table of its own.
 */
export async function auditedCount(
  ctx: ParentalityContext,
  measure: PersonMeasure,
  departmentCode: string,
  range: DateRange,
  raw: number,
  kind?: WorkshopKind,
): Promise<number | null> {
  if (mayReadSmallCells(ctx.viewer, departmentCode)) return raw;
  if (!isAuditedPeriod(range)) return null;
  const grid = await shownGrid(ctx, departmentCode, measure);
  const year = range.from === null ? null : schoolYearOf(range.from);
  if (kind) return year === null ? grid.kind(kind) : grid.cell(year, kind);
  return year === null ? grid.total : grid.year(year);
}

/** A department's attendance over a period, as the viewer may see it (`auditedCount`). */
export const auditedAttendance = (ctx: ParentalityContext, departmentCode: string, range: DateRange, raw: number, kind?: WorkshopKind) =>
  auditedCount(ctx, 'attendance', departmentCode, range, raw, kind);
