import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { periodKey } from '../../../platform/loaders.js';
import { monthlyFields } from '../../../platform/indicator-fields.js';
import { FINANCE_INDICATORS } from '../indicators.js';
import { denseMonths, monthlyActivityLoader } from '../../../platform/months.js';
import { sqlLiteral } from '../../../platform/sql-literals.js';
import { Verdict } from '../../../platform/verdict.js';
import { Money, euros } from '../../../platform/types.js';
import type { FinanceContext } from '../context.js';
import { FinanceKpis } from './grant.kpis.js';

@ObjectType({ description: 'Finance activity of a department in one month (activité mensuelle), for trend charts.' })
export class FinanceMonth {
  @Field({ description: 'Month as an ISO year-month, "2023-09".' })
  month!: string;

  @Field(() => Money, { description: 'Payments made that month (versements).' })
  disbursed!: Money;

  /** Its indicators' measures: fields from the catalogue (monthlyFields). */
  decisions!: number;
  granted!: Money;
  equipmentGranted!: Money;
}
monthlyFields(FinanceMonth, FINANCE_INDICATORS);

const MEASURES = ['decisions', 'granted', 'disbursed', 'equipment'] as const;

/** Monthly activity of departments: one statement per period for every department asked. */
export const financeMonthlyLoader = (em: EntityManager) =>
  monthlyActivityLoader(em, MEASURES, [
    {
      from: 'subsidy s',
      key: 's.department_code',
      date: 's.decided_on',
      measures: { decisions: '1', granted: `case when s.verdict = ${sqlLiteral(Verdict.ACCEPTED)} then s.amount_cents else 0 end` },
    },
    { from: 'disbursement d join subsidy s on s.id = d.subsidy_id', key: 's.department_code', date: 'd.paid_on', measures: { disbursed: 'd.amount_cents' } },
    { from: 'equipment_grant g', key: 'g.department_code', date: 'g.granted_on', measures: { equipment: 'g.amount_cents' } },
  ]);

const zero = (month: string): FinanceMonth => ({ month, decisions: 0, granted: euros(0), disbursed: euros(0), equipmentGranted: euros(0) });

@Resolver(() => FinanceKpis)
export class FinanceMonthlyResolver {
  @FieldResolver(() => [FinanceMonth], {
    description: 'Activity month by month over the period, oldest first, with no gaps (from the first active month when the period is open).',
  })
  async monthly(@Root() kpis: FinanceKpis, @Ctx() ctx: FinanceContext): Promise<FinanceMonth[]> {
    const { departmentCode, range } = kpis.scope;
    const rows = await ctx.loaders.financeMonthly.load(periodKey(departmentCode, range));
    const months = rows.map((row) => ({
      month: row.month,
      decisions: row.decisions,
      granted: euros(row.granted),
      disbursed: euros(row.disbursed),
      equipmentGranted: euros(row.equipment),
    }));
    return denseMonths(range, months, zero);
  }
}
