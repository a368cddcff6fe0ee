import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../../platform/errors.js';
import { PageArgs } from '../../../platform/pagination.js';
import { CallCampaignType, CallType } from '../calls/call.type.js';
import type { PedagogyContext } from '../context.js';
import { DepartmentType } from '../departments/department.type.js';
import { SchoolType } from '../schools/school.type.js';
import type { Project } from './project.entity.js';
import {
  ChangeProjectStatusInput,
  ChangeProjectStatusPayload,
  CreateProjectInput,
  CreateProjectPayload,
  ProjectFilter,
  ProjectOrder,
  UpdateProjectInput,
  UpdateProjectPayload,
} from './project.inputs.js';
import { listProjects } from './project.queries.js';
import { changeProjectStatus, createProject, updateProject } from './project.service.js';
import { ProjectConnection, ProjectStatusChangeType, ProjectType } from './project.type.js';
import { parseId } from '../../../platform/ids.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => ProjectType)
export class ProjectResolver {
  @Query(() => ProjectType, { nullable: true, description: 'One project by id; unknown is NOT_FOUND.' })
  async project(@Arg('id', () => ID, { description: 'Project id.' }) id: string, @Ctx() ctx: PedagogyContext) {
    const project = await ctx.loaders.project.load(parseId(id));
    if (!project) throw notFound(`No project has the id "${id}".`);
    return project;
  }

  @Query(() => ProjectConnection, { description: 'Projects, filtered, ordered (by title by default) and paged.' })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, { nullable: true, description: 'Order; title ascending by default.' }) orderBy: ProjectOrder | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listProjects(ctx.em, filter ?? undefined, orderBy ?? undefined, page);
  }

  @Mutation(() => CreateProjectPayload, { description: describeMutation('createProject', 'Creates a draft project under a call.') })
  async createProject(@Arg('input', () => CreateProjectInput, { description: 'The project.' }) input: CreateProjectInput, @Ctx() ctx: PedagogyContext) {
    return { project: await createProject(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => UpdateProjectPayload, { description: describeMutation('updateProject', 'Changes a project.') })
  async updateProject(@Arg('input', () => UpdateProjectInput, { description: 'The changes.' }) input: UpdateProjectInput, @Ctx() ctx: PedagogyContext) {
    return { project: await updateProject(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => ChangeProjectStatusPayload, {
    description: describeMutation('changeProjectStatus', 'Moves a project along its lifecycle; an illegal move is BAD_USER_INPUT naming the allowed ones.'),
  })
  async changeProjectStatus(
    @Arg('input', () => ChangeProjectStatusInput, { description: 'The move.' }) input: ChangeProjectStatusInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return { project: await changeProjectStatus(ctx.em, ctx.viewer, input) };
  }

  @FieldResolver(() => CallType, { description: 'The call the project answers.' })
  call(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.call.load(project.call.unwrap().id);
  }

  @FieldResolver(() => CallCampaignType, { nullable: true, description: 'The campaign it was submitted in; null for a draft.' })
  async campaign(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    if (!project.campaign) return null;
    const campaigns = await ctx.loaders.campaignsOfCall.load(project.call.unwrap().id);
    return campaigns.find((c) => c.id === project.campaign!.unwrap().id) ?? null;
  }

  @FieldResolver(() => DepartmentType, { description: 'Department of the project.' })
  department(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.department.load(project.department.unwrap().code);
  }

  @FieldResolver(() => SchoolType, { description: 'The lead school (établissement porteur).' })
  leadSchool(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.school.load(project.leadSchool.unwrap().uai);
  }

  @FieldResolver(() => [SchoolType], { description: 'Partner schools (établissements partenaires), by UAI.' })
  async partnerSchools(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    const uais = await ctx.loaders.partnerUais.load(project.id);
    return (await ctx.loaders.school.loadMany(uais)).filter((s) => s && !(s instanceof Error));
  }

  @FieldResolver(() => [ProjectStatusChangeType], { description: 'Status history, oldest first (historique).' })
  history(@Root() project: Project, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.historyOfProject.load(project.id);
  }
}
