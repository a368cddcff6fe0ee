import { Arg, Args, Ctx, Query, Resolver, registerEnumType } from 'type-graphql';
import { periodKey } from '../../common/loaders.js';
import type { DateRange } from '../../common/period.js';
import { buildRanking, departmentRankType, RankingArgs, type RankedIndicator } from '../../common/ranking.js';
import type { ParentalityContext } from '../context.js';
import { countOfCut, isAuditedPeriod } from '../privacy.js';
import { DepartmentStub } from '../stubs.js';
import { auditedAttendance } from './workshop.attendance.js';

export enum ParentalityIndicator {
  WORKSHOPS_HELD = 'WORKSHOPS_HELD',
  ATTENDANCE = 'ATTENDANCE',
  HOUSEHOLDS_REACHED = 'HOUSEHOLDS_REACHED',
  DEVICES_ON_LOAN = 'DEVICES_ON_LOAN',
}
registerEnumType(ParentalityIndicator, {
  name: 'ParentalityIndicator',
  description: 'A parentality indicator departments can be ranked on (the fields of ParentalityKpis), suppressed as they are.',
  valuesConfig: {
    WORKSHOPS_HELD: { description: 'Workshops held (not about persons: never suppressed).' },
    ATTENDANCE: { description: 'Attendance of the workshops (about persons).' },
    HOUSEHOLDS_REACHED: { description: 'Distinct households reached (about persons).' },
    DEVICES_ON_LOAN: { description: 'Devices on an open loan at the end of the period (about persons).' },
  },
});

export const DepartmentRank = departmentRankType(DepartmentStub);

/**
 * A count about persons is shown as Department.parentality shows it: whole school years or all
 * time, with primary suppression below the department's coordinator; other periods are cuts,
 * hidden from those viewers (privacy.ts). Hidden values are unranked, listed last.
 */
function aboutPersons(ctx: ParentalityContext, read: (code: string, range: DateRange) => Promise<number>): RankedIndicator {
  return {
    value: async (code, range) => countOfCut(ctx, code, isAuditedPeriod(range), await read(code, range)),
  };
}

const totals = (ctx: ParentalityContext, code: string, range: DateRange) =>
  ctx.loaders.departmentKinds.load(periodKey(code, range)).then((rows) => rows.find((row) => row.kind === null));

const INDICATORS: Record<ParentalityIndicator, (ctx: ParentalityContext) => RankedIndicator> = {
  WORKSHOPS_HELD: (ctx) => ({ value: async (code, range) => (await ctx.loaders.departmentWorkshops.load(periodKey(code, range))).workshops }),
  // Additive over the years: the same series suppression as Department.parentality.attendance.
  ATTENDANCE: (ctx) => ({
    value: async (code, range) => auditedAttendance(ctx, code, range, (await ctx.loaders.departmentWorkshops.load(periodKey(code, range))).attendance),
  }),
  HOUSEHOLDS_REACHED: (ctx) => aboutPersons(ctx, async (code, range) => (await totals(ctx, code, range))?.households ?? 0),
  DEVICES_ON_LOAN: (ctx) => aboutPersons(ctx, (code, range) => ctx.loaders.departmentDevicesOnLoan.load(periodKey(code, range))),
};

@Resolver()
export class ParentalityRankingResolver {
  @Query(() => [DepartmentRank], {
    description:
      'Departments ranked on a parentality indicator (classement), raw or normalised, over a period; counts about persons suppressed as in Department.parentality.',
  })
  async parentalityRanking(
    @Arg('indicator', () => ParentalityIndicator, { description: 'The indicator compared.' }) indicator: ParentalityIndicator,
    @Args(() => RankingArgs) { options }: RankingArgs,
    @Ctx() ctx: ParentalityContext,
  ) {
    return buildRanking(await ctx.services.departmentSizes(), INDICATORS[indicator](ctx), options);
  }
}
