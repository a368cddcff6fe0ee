import { indicatorResolver } from '../../../platform/indicator-resolvers.js';
import { departmentRankType } from '../../../platform/ranking.js';
import type { FinanceContext } from '../context.js';
import { FINANCE_INDICATORS } from '../indicators.js';
import { DepartmentStub } from '../stubs.js';

export const DepartmentRank = departmentRankType(DepartmentStub);

/** `financeRanking` and `financeIndicators`, from the catalogue. */
export const FinanceIndicatorResolver = indicatorResolver(FINANCE_INDICATORS, {
  rank: DepartmentRank,
  enumName: 'FinanceIndicator',
  enumDescription: 'A finance indicator departments can be ranked on (see financeIndicators). Amounts are compared in cents.',
  rankingDescription: 'Departments ranked on a finance indicator (classement), raw or normalised, over a period. Public: budgets are public.',
  sizes: (ctx: FinanceContext) => ctx.services.departmentSizes(),
});
