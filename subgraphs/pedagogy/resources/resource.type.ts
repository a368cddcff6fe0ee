import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { PeriodInput } from '../../../platform/types.js';
import { ResourceKind } from './resource.entity.js';

registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'Kind of digital resource (type de ressource).',
  valuesConfig: {
    ENT: { description: 'Digital workspace (environnement numérique de travail), e.g. PrimOT.' },
    ROBOTICS_KIT: { description: 'Class kit of educational robots (kit de robotique).' },
    VR_SET: { description: 'Class set of virtual reality headsets (casques de réalité virtuelle).' },
    TABLET_CLASS_SET: { description: 'Mobile class set of tablets (classe mobile).' },
    TEACHER_RESOURCE_ACCOUNT: { description: 'Teacher accounts on a national resource service (compte ressources enseignant).' },
    OTHER: { description: 'Another resource (autre ressource).' },
  },
});

@ObjectType('Resource', { description: 'A digital resource schools can be given (ressource numérique).' })
export class ResourceType {
  @Field(() => ID, { description: 'Code, e.g. "PRIMOT".' })
  code!: string;

  @Field({ description: 'Name (nom).' })
  name!: string;

  @Field(() => ResourceKind, { description: 'Kind (type).' })
  kind!: ResourceKind;
}

@ObjectType('ResourceDeployment', { description: "A school's use of a resource since a date (déploiement de ressource)." })
export class ResourceDeploymentType {
  @Field(() => ID, { description: 'Identifier (UUID).' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Date from which the school uses it (depuis le).' })
  since!: string;

  @Field(() => Int, { description: 'Units deployed (unités): accounts, kits, headsets or tablets.' })
  units!: number;
}

@InputType({ description: 'Filters of a deployment list; all given filters apply together.' })
export class ResourceDeploymentFilter {
  @Field(() => [ID], { nullable: true, description: 'Only deployments in schools of these departments (codes).' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only deployments in these schools (UAIs).' })
  schoolUais?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only deployments of these resources (codes).' })
  resourceCodes?: string[];

  @Field(() => [ResourceKind], { nullable: true, description: 'Only deployments of resources of these kinds.' })
  kinds?: ResourceKind[];

  @Field(() => PeriodInput, { nullable: true, description: 'Only deployments that started in this school year or date range.' })
  period?: PeriodInput;
}

@InputType({ description: 'A school starts using a resource (nouveau déploiement).' })
export class RecordResourceDeploymentInput {
  @Field(() => ID, { description: 'UAI of the school.' })
  schoolUai!: string;

  @Field(() => ID, { description: 'Code of the resource, e.g. "PRIMOT".' })
  resourceCode!: string;

  @Field(() => LocalDateResolver, { description: 'Date from which the school uses it.' })
  since!: string;

  @Field(() => Int, { description: 'Units deployed (at least 1).' })
  units!: number;
}

@ObjectType({ description: 'Result of recording a deployment.' })
export class ResourceDeploymentPayload {
  @Field(() => ResourceDeploymentType, { description: 'The deployment as stored.' })
  deployment!: ResourceDeploymentType;
}

@ObjectType('ResourceDeploymentConnection', { description: 'A page of resource deployments (Relay connection).' })
export class ResourceDeploymentConnection extends ConnectionType(ResourceDeploymentType, 'ResourceDeployment') {}
