import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination.js';
import { Kpi, kpi } from '../../common/types.js';
import type { ParentalityContext } from '../context.js';
import { PartnerOrganisationType } from '../partners/partner.type.js';
import { countFor, countOver } from '../privacy.js';
import { CommuneStub, DepartmentStub, SchoolStub } from '../stubs.js';
import { WorkshopFilter } from './workshop.inputs.js';
import { listWorkshops, workshopAggregates } from './workshop.queries.js';
import { WorkshopConnection, WorkshopListAggregates, WorkshopType } from './workshop.type.js';

@Resolver(() => WorkshopType)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: 'Workshops, filtered and paged, latest first.' })
  workshops(
    @Arg('filter', () => WorkshopFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: WorkshopFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ParentalityContext,
  ) {
    return listWorkshops(ctx.em, filter ?? undefined, page);
  }

  @FieldResolver(() => Kpi, { description: 'Attendance (participants); suppressed below the statistical-secrecy threshold.' })
  attendance(@Root() workshop: WorkshopType, @Ctx() ctx: ParentalityContext): Kpi {
    return kpi(countFor(ctx, workshop.departmentCode, workshop.rawAttendance), {});
  }

  @FieldResolver(() => PartnerOrganisationType, { nullable: true, description: 'The partner organisation that ran it.' })
  async partner(@Root() workshop: WorkshopType, @Ctx() ctx: ParentalityContext) {
    return workshop.partnerId ? ctx.loaders.partner.load(workshop.partnerId) : null;
  }

  @FieldResolver(() => SchoolStub, { nullable: true, description: 'The school where it was held, if held in a school.' })
  school(@Root() workshop: WorkshopType) {
    return workshop.schoolUai ? { uai: workshop.schoolUai } : null;
  }

  @FieldResolver(() => CommuneStub, { description: 'The commune where it was held.' })
  commune(@Root() workshop: WorkshopType) {
    return { code: workshop.communeCode };
  }

  @FieldResolver(() => DepartmentStub, { description: 'Department of the workshop.' })
  department(@Root() workshop: WorkshopType) {
    return { code: workshop.departmentCode };
  }
}

@Resolver(() => WorkshopConnection)
export class WorkshopConnectionResolver {
  @FieldResolver(() => WorkshopListAggregates, {
    description: 'Counts over the whole filtered list; a filter narrowing to a few families gets them suppressed.',
  })
  async aggregates(@Root() connection: WorkshopConnection, @Ctx() ctx: ParentalityContext): Promise<WorkshopListAggregates> {
    const { departments, attendance, households, singleSmallCell } = await workshopAggregates(ctx.em, connection.where, ctx.privacyMinCell);
    // Secondary suppression: with one hidden workshop, the total minus the shown ones would give it.
    const total = singleSmallCell && countOver(ctx, departments, 1) === null ? null : countOver(ctx, departments, attendance);
    return { attendance: kpi(total, {}), householdsReached: kpi(countOver(ctx, departments, households), {}) };
  }
}
