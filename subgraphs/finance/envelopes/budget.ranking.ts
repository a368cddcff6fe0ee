import { Arg, Args, Ctx, Query, Resolver, registerEnumType } from 'type-graphql';
import { periodKey } from '../../common/loaders.js';
import type { DateRange } from '../../common/period.js';
import { buildRanking, departmentRankType, RankingArgs, type RankedIndicator } from '../../common/ranking.js';
import type { FinanceContext } from '../context.js';
import type { FinanceLoaders } from '../loaders.js';
import { DepartmentStub } from '../stubs.js';

export enum FinanceIndicator {
  EQUIPMENT_GRANTED = 'EQUIPMENT_GRANTED',
  GRANTS = 'GRANTS',
  ENVELOPES = 'ENVELOPES',
  COMMITTED = 'COMMITTED',
  PAID = 'PAID',
  REMAINING = 'REMAINING',
  CONSUMPTION_RATE = 'CONSUMPTION_RATE',
  LEVERAGE = 'LEVERAGE',
  SUBSIDIES_GRANTED = 'SUBSIDIES_GRANTED',
  DECISIONS = 'DECISIONS',
}
registerEnumType(FinanceIndicator, {
  name: 'FinanceIndicator',
  description: 'A finance indicator departments can be ranked on (the fields of FinanceKpis). Amounts are compared in cents.',
  valuesConfig: {
    EQUIPMENT_GRANTED: { description: 'Equipment grants to schools, in cents.' },
    GRANTS: { description: 'Number of equipment grants.' },
    ENVELOPES: { description: 'Envelopes in force in the period, in cents.' },
    COMMITTED: { description: 'Co-financing committed (programme-wide), in cents.' },
    PAID: { description: 'Co-financing paid (programme-wide), in cents.' },
    REMAINING: { description: 'Envelopes in force minus commitments, in cents (may be negative when a period narrows the envelopes).' },
    CONSUMPTION_RATE: { description: 'Committed per euro of envelope, 0 to 1 (compared raw only; null without an envelope).' },
    LEVERAGE: { description: 'Collectivity euros committed per State euro (compared raw only).' },
    SUBSIDIES_GRANTED: { description: 'Subsidies accepted by commissions in the period, in cents.' },
    DECISIONS: { description: 'Commission decisions taken in the period.' },
  },
});

export const DepartmentRank = departmentRankType(DepartmentStub);

const sum = <T>(rows: T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

type Value = (loaders: FinanceLoaders, key: string) => Promise<number | null>;
const indicator =
  (value: Value, kind: { money?: boolean; ratio?: boolean } = {}) =>
  (loaders: FinanceLoaders): RankedIndicator => ({ ...kind, value: (code: string, range: DateRange) => value(loaders, periodKey(code, range)) });
const money = { money: true };

/** Each indicator read from the loader of its KPI group: one statement for every department. */
const INDICATORS: Record<FinanceIndicator, (loaders: FinanceLoaders) => RankedIndicator> = {
  EQUIPMENT_GRANTED: indicator(async (l, key) => (await l.departmentGrants.load(key)).cents, money),
  GRANTS: indicator(async (l, key) => (await l.departmentGrants.load(key)).count),
  ENVELOPES: indicator(async (l, key) => sum(await l.envelopesByVolet.load(key), (e) => e.cents), money),
  COMMITTED: indicator(async (l, key) => sum(await l.linesByVolet.load(key), (r) => r.committed), money),
  PAID: indicator(async (l, key) => sum(await l.linesByVolet.load(key), (r) => r.paid), money),
  REMAINING: indicator(async (l, key) => {
    const [envelopes, lines] = await Promise.all([l.envelopesByVolet.load(key), l.linesByVolet.load(key)]);
    return sum(envelopes, (e) => e.cents) - sum(lines, (r) => r.committed);
  }, money),
  CONSUMPTION_RATE: indicator(
    async (l, key) => {
      const [envelopes, lines] = await Promise.all([l.envelopesByVolet.load(key), l.linesByVolet.load(key)]);
      const budget = sum(envelopes, (e) => e.cents);
      return budget ? Math.round((sum(lines, (r) => r.committed) / budget) * 10_000) / 10_000 : null;
    },
    { ratio: true },
  ),
  LEVERAGE: indicator(
    async (l, key) => {
      const lines = await l.linesByVolet.load(key);
      const state = sum(
        lines.filter((r) => r.state),
        (r) => r.committed,
      );
      return state ? Math.round(((sum(lines, (r) => r.committed) - state) / state) * 10_000) / 10_000 : null;
    },
    { ratio: true },
  ),
  SUBSIDIES_GRANTED: indicator(
    async (l, key) =>
      sum(
        (await l.subsidiesByVerdict.load(key)).filter((v) => v.verdict === 'ACCEPTED'),
        (v) => v.cents,
      ),
    money,
  ),
  DECISIONS: indicator(async (l, key) => sum(await l.subsidiesByVerdict.load(key), (v) => v.count)),
};

@Resolver()
export class FinanceRankingResolver {
  @Query(() => [DepartmentRank], {
    description: 'Departments ranked on a finance indicator (classement), raw or normalised, over a period. Public: budgets are public.',
  })
  async financeRanking(
    @Arg('indicator', () => FinanceIndicator, { description: 'The indicator compared.' }) indicator: FinanceIndicator,
    @Args(() => RankingArgs) { options }: RankingArgs,
    @Ctx() ctx: FinanceContext,
  ) {
    return buildRanking(await ctx.services.departmentSizes(), INDICATORS[indicator](ctx.loaders), options);
  }
}
