import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { type Kpi, kpi } from '../../../platform/types.js';
import type { ParentalityContext } from '../context.js';
import { countOfCut, mayReadSmallCells, suppressTable } from '../privacy.js';
import { auditedAttendance, auditedCount, type PersonMeasure } from './workshop.attendance.js';
import { WorkshopKind } from './workshop.entity.js';
import type { KindRow } from './workshop.kpi-loaders.js';
import { ParentalityKindKpis, ParentalityKpis, type KpiScope } from './workshop.kpis.js';

const KINDS = Object.values(WorkshopKind);
const EMPTY: Omit<KindRow, 'kind'> = { workshops: 0, attendance: 0, households: 0 };

async function kindRows(scope: KpiScope, ctx: ParentalityContext) {
  const loader = scope.keyColumn === 'department' ? ctx.loaders.departmentKinds : ctx.loaders.schoolKinds;
  const rows = await loader.load(periodKey(scope.key, scope.range));
  const total = rows.find((row) => row.kind === null) ?? { ...EMPTY, kind: null };
  const perKind = KINDS.map((kind) => rows.find((row) => row.kind === kind) ?? { ...EMPTY, kind });
  return { total, perKind };
}

/** A count about persons of the scope: primary suppression, or hidden entirely where the scope says so. */
const personCount = (scope: KpiScope, ctx: ParentalityContext, value: number) => countOfCut(ctx, scope.departmentCode, !scope.hideBelowCoordinator, value);

/**
 * The girls or the children with special needs reached, of the scope: a department's from its
 * audited table of that measure, as attendance; a school's is a cut (hidden below the coordinator).
 */
async function reached(scope: KpiScope, ctx: ParentalityContext, measure: Exclude<PersonMeasure, 'attendance'>): Promise<Kpi> {
  const loader = scope.keyColumn === 'department' ? ctx.loaders.departmentWorkshops : ctx.loaders.schoolWorkshops;
  const raw = (await loader.load(periodKey(scope.key, scope.range)))[measure];
  const value = scope.keyColumn === 'department' ? await auditedCount(ctx, measure, scope.departmentCode, scope.range, raw) : personCount(scope, ctx, raw);
  return kpi(value, scope.base);
}

/** Households reached, devices on loan, girls and children with special needs reached, and the breakdown by kind: loaded only when asked. */
@Resolver(() => ParentalityKpis)
export class ParentalityKpisResolver {
  // The field itself (type, description) is the catalogue's: see ParentalityKpis.
  @FieldResolver()
  async householdsReached(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<Kpi> {
    const { total } = await kindRows(kpis.scope, ctx);
    return kpi(personCount(kpis.scope, ctx, total.households), kpis.scope.base);
  }

  @FieldResolver()
  girlsReached(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<Kpi> {
    return reached(kpis.scope, ctx, 'girls');
  }

  @FieldResolver()
  specialNeedsReached(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<Kpi> {
    return reached(kpis.scope, ctx, 'specialNeeds');
  }

  @FieldResolver()
  async devicesOnLoan(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<Kpi> {
    const { scope } = kpis;
    const loader = scope.keyColumn === 'department' ? ctx.loaders.departmentDevicesOnLoan : ctx.loaders.schoolDevicesOnLoan;
    return kpi(personCount(scope, ctx, await loader.load(periodKey(scope.key, scope.range))), scope.base);
  }

  @FieldResolver(() => [ParentalityKindKpis], {
    description: 'The same indicators per kind of workshop (every kind); cells hidden with secondary suppression against the total.',
  })
  async byKind(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<ParentalityKindKpis[]> {
    const { scope } = kpis;
    const { total, perKind } = await kindRows(scope, ctx);
    const reveal = mayReadSmallCells(ctx.viewer, scope.departmentCode);
    const hidden = scope.hideBelowCoordinator && !reveal;
    // Attendance adds up across kinds and school years: one audited table of the department
    // (suppressGrid). Households reached do not add up across years: suppressed per period.
    const attendance = await Promise.all(
      perKind.map((row) => (hidden ? null : auditedAttendance(ctx, scope.departmentCode, scope.range, row.attendance, row.kind!))),
    );
    const households = suppressTable(
      perKind.map((row) => row.households),
      total.households,
      ctx.privacyMinCell,
      reveal,
    );
    return perKind.map((row, index) => ({
      kind: row.kind!,
      workshopsHeld: kpi(row.workshops, scope.base),
      attendance: kpi(attendance[index]!, scope.base),
      householdsReached: kpi(hidden ? null : households.cells[index]!, scope.base),
    }));
  }
}
