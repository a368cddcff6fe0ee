import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import { PageArgs } from '../../../platform/pagination.js';
import { householdListDepartments, logHouseholdRead, requireHouseholdAccess, requireHouseholdRole } from '../access/household-access.js';
import type { ParentalityContext } from '../context.js';
import { PartnerOrganisationType } from '../partners/partner.type.js';
import { CommuneStub, SchoolStub } from '../stubs.js';
import type { Household } from './household.entity.js';
import {
  HouseholdFilter,
  RecordParticipationInput,
  RecordParticipationPayload,
  RegisterHouseholdInput,
  RegisterHouseholdPayload,
  UpdateHouseholdInput,
  UpdateHouseholdPayload,
} from './household.inputs.js';
import { listHouseholds } from './household.queries.js';
import { recordParticipation, registerHousehold, updateHousehold } from './household.service.js';
import { HouseholdConnection, HouseholdType } from './household.type.js';
import { parseId } from '../../../platform/ids.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => HouseholdType)
export class HouseholdResolver {
  @Query(() => HouseholdConnection, {
    description: 'Households (foyers) of the departments you coordinate (ADMIN: all), paged. Every read is logged.',
  })
  async households(
    @Arg('filter', () => HouseholdFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: HouseholdFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ParentalityContext,
  ) {
    const departments = householdListDepartments(ctx.viewer, filter?.departmentCodes, 'read households');
    const connection = await listHouseholds(ctx.em, departments, filter ?? undefined, page);
    await logHouseholdRead(ctx.em, ctx.viewer, 'households', connection.nodes);
    return connection;
  }

  @Query(() => HouseholdType, { nullable: true, description: 'One household by id (coordinator of its department or ADMIN); unknown is NOT_FOUND. Logged.' })
  async household(@Arg('id', () => ID, { description: 'Household id.' }) id: string, @Ctx() ctx: ParentalityContext) {
    requireHouseholdRole(ctx.viewer, 'read households');
    const household = await ctx.loaders.household.load(parseId(id));
    if (!household) throw notFound(`No household has the id "${id}".`);
    requireHouseholdAccess(ctx.viewer, household.departmentCode, 'read this household');
    await logHouseholdRead(ctx.em, ctx.viewer, 'household', [household]);
    return household;
  }

  @Mutation(() => RegisterHouseholdPayload, { description: describeMutation('registerHousehold', 'Registers a household with its partner.') })
  async registerHousehold(
    @Arg('input', () => RegisterHouseholdInput, { description: 'The household.' }) input: RegisterHouseholdInput,
    @Ctx() ctx: ParentalityContext,
  ) {
    const household = await registerHousehold(ctx.em, ctx.viewer, input);
    await logHouseholdRead(ctx.em, ctx.viewer, 'registerHousehold', [household]); // the payload is a read too
    return { household };
  }

  @Mutation(() => UpdateHouseholdPayload, { description: describeMutation('updateHousehold', 'Changes a household.') })
  async updateHousehold(
    @Arg('input', () => UpdateHouseholdInput, { description: 'The changes.' }) input: UpdateHouseholdInput,
    @Ctx() ctx: ParentalityContext,
  ) {
    const household = await updateHousehold(ctx.em, ctx.viewer, input);
    await logHouseholdRead(ctx.em, ctx.viewer, 'updateHousehold', [household]);
    return { household };
  }

  @Mutation(() => RecordParticipationPayload, {
    description: describeMutation('recordParticipation', 'Records that a household took part in a workshop of its department.'),
  })
  async recordParticipation(
    @Arg('input', () => RecordParticipationInput, { description: 'The participation.' }) input: RecordParticipationInput,
    @Ctx() ctx: ParentalityContext,
  ) {
    const household = await recordParticipation(ctx.em, ctx.viewer, input);
    await logHouseholdRead(ctx.em, ctx.viewer, 'recordParticipation', [household]);
    return { household };
  }

  @FieldResolver(() => PartnerOrganisationType, { description: 'The partner organisation that supports the household.' })
  partner(@Root() household: Household, @Ctx() ctx: ParentalityContext) {
    return ctx.loaders.householdPartner.load(household.partner.id);
  }

  @FieldResolver(() => CommuneStub, { description: 'Commune of the household (commune de résidence).' })
  commune(@Root() household: Household) {
    return { code: household.communeCode };
  }

  @FieldResolver(() => [SchoolStub], { description: 'Schools of the children (établissements des enfants), by UAI.' })
  childrenSchools(@Root() household: Household) {
    return household.childrenSchoolUais.map((uai) => ({ uai }));
  }
}
