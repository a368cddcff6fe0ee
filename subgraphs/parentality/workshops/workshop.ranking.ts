import { indicatorResolver } from '../../../platform/indicator-resolvers.js';
import { departmentRankType } from '../../../platform/ranking.js';
import type { ParentalityContext } from '../context.js';
import { PARENTALITY_INDICATORS } from '../indicators.js';
import { DepartmentStub } from '../stubs.js';

export const DepartmentRank = departmentRankType(DepartmentStub);

/** `parentalityRanking` and `parentalityIndicators`, from the catalogue. */
export const ParentalityIndicatorResolver = indicatorResolver(PARENTALITY_INDICATORS, {
  rank: DepartmentRank,
  enumName: 'ParentalityIndicator',
  enumDescription: 'A parentality indicator departments can be ranked on (see parentalityIndicators), suppressed as the KPIs are.',
  rankingDescription:
    'Departments ranked on a parentality indicator (classement), raw or normalised, over a period; counts about persons suppressed as in Department.parentality.',
  sizes: (ctx: ParentalityContext) => ctx.services.departmentSizes(),
});
