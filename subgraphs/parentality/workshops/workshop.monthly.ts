import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodKey } from '../../../platform/loaders.js';
import { monthlyFields } from '../../../platform/indicator-fields.js';
import { PARENTALITY_INDICATORS } from '../indicators.js';
import { denseMonths, monthlyActivityLoader } from '../../../platform/months.js';
import { Kpi, kpi } from '../../../platform/types.js';
import type { ParentalityContext } from '../context.js';
import { countOfCut } from '../privacy.js';
import { ParentalityKpis } from './workshop.kpis.js';

@ObjectType({ description: 'Parentality activity of a department in one month (activité mensuelle), for trend charts.' })
export class ParentalityMonth {
  @Field({ description: 'Month as an ISO year-month, "2023-09".' })
  month!: string;

  /** Its indicators' measures: fields from the catalogue (monthlyFields). */
  workshopsHeld!: number;
  attendance!: Kpi;

  @Field(() => Kpi, { description: 'Device loans started that month (prêts): shown only to the coordinator and ADMIN, like attendance.' })
  loansStarted!: Kpi;
}
monthlyFields(ParentalityMonth, PARENTALITY_INDICATORS);

const MEASURES = ['workshops', 'attendance', 'loans'] as const;

/** Monthly activity of departments: one statement per period for every department asked. */
export const parentalityMonthlyLoader = (em: EntityManager) =>
  monthlyActivityLoader(em, MEASURES, [
    { from: 'workshop w', key: 'w.department_code', date: 'w.held_on', measures: { workshops: '1', attendance: 'w.attendance' } },
    { from: 'loan l', key: 'l.department_code', date: 'l.starts_on', measures: { loans: '1' } },
  ]);

@Resolver(() => ParentalityKpis)
export class ParentalityMonthlyResolver {
  @FieldResolver(() => [ParentalityMonth], {
    description:
      'Activity month by month over the period, oldest first, with no gaps (from the first active month when the period is open). Departments only: empty for a school.',
  })
  async monthly(@Root() kpis: ParentalityKpis, @Ctx() ctx: ParentalityContext): Promise<ParentalityMonth[]> {
    const { key, keyColumn, departmentCode, range, base } = kpis.scope;
    if (keyColumn !== 'department') return []; // schools have no monthly series
    const rows = await ctx.loaders.parentalityMonthly.load(periodKey(key, range));
    // Months are cuts that could be subtracted from the audited yearly tables (privacy.ts).
    const count = (value: number) => kpi(countOfCut(ctx, departmentCode, false, value), base);
    const months = rows.map((row) => ({ month: row.month, workshopsHeld: row.workshops, attendance: count(row.attendance), loansStarted: count(row.loans) }));
    return denseMonths(range, months, (month) => ({ month, workshopsHeld: 0, attendance: count(0), loansStarted: count(0) }));
  }
}
