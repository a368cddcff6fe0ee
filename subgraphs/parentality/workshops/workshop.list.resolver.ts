import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import { Kpi, kpi } from '../../../platform/types.js';
import type { ParentalityContext } from '../context.js';
import { PartnerOrganisationType } from '../partners/partner.type.js';
import { countOver, mayReadSmallCells } from '../privacy.js';
import { CommuneStub, DepartmentStub, SchoolStub } from '../stubs.js';
import { WorkshopFilter } from './workshop.inputs.js';
import { listWorkshops, workshopAggregates } from './workshop.queries.js';
import { WorkshopConnection, WorkshopListAggregates, WorkshopType } from './workshop.type.js';

/** A count among one workshop's attendance: a cut, hidden below the coordinator as attendance is; null when unrecorded. */
const reachOf = (workshop: WorkshopType, raw: number | null, ctx: ParentalityContext): Kpi | null =>
  raw === null ? null : kpi(mayReadSmallCells(ctx.viewer, workshop.departmentCode) ? raw : null, {});

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

  @FieldResolver(() => Kpi, {
    description: "Attendance (participants): shown to the department's coordinator and ADMIN; suppressed for others (statistical secrecy).",
  })
  attendance(@Root() workshop: WorkshopType, @Ctx() ctx: ParentalityContext): Kpi {
    // One workshop is a cut of the published totals: below the coordinator it is always hidden (privacy.ts).
    return kpi(mayReadSmallCells(ctx.viewer, workshop.departmentCode) ? workshop.rawAttendance : null, {});
  }

  @FieldResolver(() => Kpi, {
    nullable: true,
    description:
      "Girls among the children (or pupils) who came (filles touchées); null when not recorded; shown like attendance (the department's coordinator and ADMIN), suppressed for others.",
  })
  girlsReached(@Root() workshop: WorkshopType, @Ctx() ctx: ParentalityContext): Kpi | null {
    return reachOf(workshop, workshop.rawGirlsReached, ctx);
  }

  @FieldResolver(() => Kpi, {
    nullable: true,
    description:
      'Children (or pupils) with special educational needs among those who came (élèves à besoins éducatifs particuliers); null when not recorded; shown like attendance, suppressed for others.',
  })
  specialNeedsReached(@Root() workshop: WorkshopType, @Ctx() ctx: ParentalityContext): Kpi | null {
    return reachOf(workshop, workshop.rawSpecialNeedsReached, ctx);
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
    const { departments, attendance, households } = await workshopAggregates(ctx.em, connection.where, ctx.privacyMinCell);
    return { attendance: kpi(countOver(ctx, departments, attendance), {}), householdsReached: kpi(countOver(ctx, departments, households), {}) };
  }
}
