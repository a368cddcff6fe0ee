import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import type { Department } from '../departments/department.entity.js';
import { ProjectType } from '../projects/project.type.js';
import { PriorityTerritoryType } from '../territories/priority-territory.type.js';
import type { Call, CallCampaign } from './call.entity.js';
import { AddCallCampaignInput, AddCallCampaignPayload, CreateCallInput, CreateCallPayload } from './call.inputs.js';
import { addCallCampaign, createCall } from './call.mutations.js';
import { listCalls } from './call.service.js';
import { CallCampaignType, CallFilter, CallType } from './call.type.js';
import { parseId } from '../../../platform/ids.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => CallType)
export class CallResolver {
  @Query(() => [CallType], { description: 'Calls for projects, by department then code.' })
  calls(@Arg('filter', () => CallFilter, { nullable: true, description: 'Filters.' }) filter: CallFilter | null, @Ctx() ctx: PedagogyContext) {
    return listCalls(ctx.em, filter ?? {});
  }

  @Query(() => CallType, { nullable: true, description: 'One call by id; unknown is NOT_FOUND.' })
  async call(@Arg('id', () => ID, { description: 'Call id.' }) id: string, @Ctx() ctx: PedagogyContext) {
    const call = await ctx.loaders.call.load(parseId(id));
    if (!call) throw notFound(`No call has the id "${id}".`);
    return call;
  }

  @Mutation(() => CreateCallPayload, { description: describeMutation('createCall', 'Publishes a call for projects.') })
  async createCall(@Arg('input', () => CreateCallInput, { description: 'The call.' }) input: CreateCallInput, @Ctx() ctx: PedagogyContext) {
    return { call: await createCall(ctx.em, ctx.loaders, ctx.viewer, input) };
  }

  @Mutation(() => AddCallCampaignPayload, { description: describeMutation('addCallCampaign', 'Adds a submission window to a call; windows may not overlap.') })
  async addCallCampaign(@Arg('input', () => AddCallCampaignInput, { description: 'The window.' }) input: AddCallCampaignInput, @Ctx() ctx: PedagogyContext) {
    return { campaign: await addCallCampaign(ctx.em, ctx.viewer, input) };
  }

  @FieldResolver(() => DepartmentType, { description: 'Department that runs the call.' })
  department(@Root() call: Call, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(call.department.unwrap().code);
  }

  @FieldResolver(() => [CallCampaignType], { description: 'Submission windows, oldest first.' })
  campaigns(@Root() call: Call, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.campaignsOfCall.load(call.id);
  }
}

@Resolver(() => CallCampaignType)
export class CallCampaignResolver {
  @FieldResolver(() => CallType, { description: 'The call of this campaign.' })
  call(@Root() campaign: CallCampaign, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.call.load(campaign.call.unwrap().id);
  }

  @FieldResolver(() => [ProjectType], { description: 'Projects submitted in this campaign, by title.' })
  projects(@Root() campaign: CallCampaign, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.projectsOfCampaign.load(campaign.id);
  }
}

@Resolver(() => DepartmentType)
export class DepartmentCallsResolver {
  @FieldResolver(() => [CallType], { description: 'Calls for projects of the department.' })
  calls(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.callsOfDepartment.load(department.code);
  }

  @FieldResolver(() => [PriorityTerritoryType], { description: 'Priority territories of the department (territoires prioritaires).' })
  priorityTerritories(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.territoriesOfDepartment.load(department.code);
  }
}
