import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../platform/pagination.js';
import type { PedagogyContext } from '../context.js';
import type { School } from '../schools/school.entity.js';
import { SchoolType } from '../schools/school.type.js';
import type { ResourceDeployment } from './resource.entity.js';
import { listDeployments, listResources, recordDeployment } from './resource.service.js';
import {
  RecordResourceDeploymentInput,
  ResourceDeploymentConnection,
  ResourceDeploymentFilter,
  ResourceDeploymentPayload,
  ResourceDeploymentType,
  ResourceType,
} from './resource.type.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => ResourceDeploymentType)
export class ResourceDeploymentResolver {
  @Query(() => [ResourceType], { description: 'The digital resources of the graph (ressources), by code.' })
  resources(@Ctx() ctx: PedagogyContext) {
    return listResources(ctx.em);
  }

  @Query(() => ResourceDeploymentConnection, { description: 'Resource deployments in schools, filtered and paged, by start date.' })
  resourceDeployments(
    @Arg('filter', () => ResourceDeploymentFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: ResourceDeploymentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: PedagogyContext,
  ) {
    return listDeployments(ctx.em, filter ?? undefined, page);
  }

  @Mutation(() => ResourceDeploymentPayload, { description: describeMutation('recordResourceDeployment', 'Records that a school uses a resource.') })
  async recordResourceDeployment(
    @Arg('input', () => RecordResourceDeploymentInput, { description: 'The deployment.' }) input: RecordResourceDeploymentInput,
    @Ctx() ctx: PedagogyContext,
  ) {
    return { deployment: await recordDeployment(ctx.em, ctx.viewer, input) };
  }

  @FieldResolver(() => SchoolType, { description: 'The school that uses the resource.' })
  school(@Root() deployment: ResourceDeployment, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.school.load(deployment.school.unwrap().uai);
  }

  @FieldResolver(() => ResourceType, { description: 'The resource deployed.' })
  resource(@Root() deployment: ResourceDeployment, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.resource.load(deployment.resource.unwrap().code);
  }
}

/** Adds School.resources: what the school uses, from when. */
@Resolver(() => SchoolType)
export class SchoolResourcesResolver {
  @FieldResolver(() => [ResourceDeploymentType], { description: 'Resources the school uses (ressources déployées), by start date.' })
  resources(@Root() school: School, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.deploymentsOfSchool.load(school.uai);
  }
}
