import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { Theme } from '../calls/theme.js';
import { ProjectStatus } from './project.lifecycle.js';

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Status of a project in its lifecycle (statut).',
  valuesConfig: {
    DRAFT: { description: 'Being written (brouillon).' },
    SUBMITTED: { description: 'Submitted in a campaign window (déposé).' },
    UNDER_REVIEW: { description: 'Being examined (en instruction).' },
    ACCEPTED: { description: 'Accepted by the commission (retenu).' },
    REJECTED: { description: 'Not accepted (non retenu); final.' },
    IN_PROGRESS: { description: 'Being carried out (en cours).' },
    COMPLETED: { description: 'Carried out (terminé); final.' },
    WITHDRAWN: { description: 'Withdrawn by its school (abandonné); final.' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType('Project', { description: 'A pedagogical project (projet) answering a call, led by a school.' })
export class ProjectType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field({ description: 'Summary (résumé).' })
  summary!: string;

  @Field(() => [Theme], { description: 'Themes (thématiques).' })
  themes!: Theme[];

  @Field(() => ProjectStatus, { description: 'Current status.' })
  status!: ProjectStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day it was submitted (date de dépôt); null for a draft.' })
  submittedOn!: string | null;

  @Field(() => Int, { description: 'Pupils reached (élèves touchés).' })
  pupilsReached!: number;

  @Field(() => Int, { description: 'Teachers reached (enseignants impliqués).' })
  teachersReached!: number;

  @Field(() => Int, { nullable: true, description: 'Girls among the pupils reached (filles touchées); null when not recorded.' })
  girlsReached!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pupils with special educational needs among the pupils reached (élèves à besoins éducatifs particuliers); null when not recorded.',
  })
  specialNeedsReached!: number | null;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with every change.' })
  version!: number;
}

@ObjectType('ProjectStatusChange', { description: "One change of a project's status (historique)." })
export class ProjectStatusChangeType {
  @Field(() => ProjectStatus, { nullable: true, description: 'Status before; null at creation.' })
  fromStatus!: ProjectStatus | null;

  @Field(() => ProjectStatus, { description: 'Status after.' })
  toStatus!: ProjectStatus;

  @Field(() => LocalDateResolver, { description: 'Day the change took effect.' })
  effectiveOn!: string;

  @Field({ description: 'When it was recorded (ISO date-time).' })
  recordedAt!: Date;

  @Field({ description: 'Who recorded it (user id from the access token).' })
  recordedBy!: string;

  @Field({ description: 'Role of who recorded it.' })
  recordedByRole!: string;

  @Field(() => String, { nullable: true, description: 'Reason given (motif), required for a rejection or withdrawal.' })
  reason!: string | null;
}

@ObjectType('ProjectConnection', { description: 'A page of projects (Relay connection).' })
export class ProjectConnection extends ConnectionType(ProjectType, 'Project') {}
