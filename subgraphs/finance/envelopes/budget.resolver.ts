import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { periodKey } from '../../../platform/loaders.js';
import { euros } from '../../../platform/types.js';
import { Verdict } from '../commissions/commission.entity.js';
import type { FinanceContext } from '../context.js';
import { indicatorValues } from '../../../platform/indicator-fields.js';
import { FINANCE_INDICATORS } from '../indicators.js';
import { FinanceKpis } from '../grants/grant.kpis.js';
import { BudgetKpis } from './budget.kpis.js';
import { Volet } from './envelope.entity.js';
import { sumOf as sum } from '../money.js';

@Resolver(() => FinanceKpis)
export class BudgetKpisResolver {
  @FieldResolver(() => BudgetKpis, { description: 'Envelopes, commitments, payments, leverage and decisions of the department.' })
  async budget(@Root() kpis: FinanceKpis, @Ctx() ctx: FinanceContext): Promise<BudgetKpis> {
    const { departmentCode, range } = kpis.scope;
    const key = periodKey(departmentCode, range);
    const [envelopes, lines, verdicts] = await Promise.all([
      ctx.loaders.envelopesByVolet.load(key),
      ctx.loaders.linesByVolet.load(key),
      ctx.loaders.subsidiesByVerdict.load(key),
    ]);
    const [values, remaining] = await Promise.all([
      indicatorValues(FINANCE_INDICATORS, 'budget', ctx, kpis.scope),
      FINANCE_INDICATORS.entries.REMAINING.value(ctx, departmentCode, range),
    ]);
    return {
      ...values,
      remaining: euros(remaining ?? 0),
      byVolet: Object.values(Volet).map((volet) => {
        const budget = sum(
          envelopes.filter((e) => e.volet === volet),
          (e) => e.cents,
        );
        const used = lines.filter((l) => l.volet === volet);
        const voletCommitted = sum(used, (l) => l.committed);
        return {
          volet,
          envelopes: euros(budget),
          committed: euros(voletCommitted),
          paid: euros(sum(used, (l) => l.paid)),
          remaining: euros(budget - voletCommitted),
        };
      }),
      subsidiesByVerdict: Object.values(Verdict).map((verdict) => {
        const row = verdicts.find((v) => v.verdict === verdict);
        return { verdict, count: row?.count ?? 0, amount: euros(row?.cents ?? 0) };
      }),
    };
  }
}
