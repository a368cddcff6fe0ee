import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { OrderDirection } from '../../../platform/pagination.js';
import { PeriodInput } from '../../../platform/types.js';

export { OrderDirection };
import { Theme } from '../calls/theme.js';
import { SchoolKind } from '../schools/school.entity.js';
import { ProjectStatus } from './project.lifecycle.js';
import { ProjectType } from './project.type.js';

@InputType({ description: 'Filters of a project list; all given filters apply together.' })
export class ProjectFilter {
  @Field(() => [ID], { nullable: true, description: 'Only projects of these departments.' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only projects answering these calls.' })
  callIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only projects submitted in these campaigns.' })
  campaignIds?: string[];

  @Field(() => [ProjectStatus], { nullable: true, description: 'Only projects with these statuses.' })
  statuses?: ProjectStatus[];

  @Field(() => [Theme], { nullable: true, description: 'Only projects with one of these themes.' })
  themes?: Theme[];

  @Field(() => PeriodInput, { nullable: true, description: 'Only projects submitted in this period (school year or dates).' })
  period?: PeriodInput;

  @Field(() => [SchoolKind], { nullable: true, description: 'Only projects whose lead school is of these kinds.' })
  schoolKinds?: SchoolKind[];

  @Field(() => [ID], { nullable: true, description: 'Only projects whose lead school lies in these priority territories.' })
  priorityTerritoryCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only projects led by or partnered with these schools (UAI).' })
  schoolUais?: string[];
}

export enum ProjectOrderField {
  TITLE = 'title',
  SUBMITTED_ON = 'submittedOn',
  STATUS = 'status',
}
registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: 'What projects are sorted by.',
  valuesConfig: { TITLE: { description: 'Title.' }, SUBMITTED_ON: { description: 'Submission day.' }, STATUS: { description: 'Status.' } },
});

@InputType({ description: 'Order of a project list.' })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: 'Field to sort by.' })
  field!: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}

@InputType({ description: 'A new project, created as a draft (brouillon).' })
export class CreateProjectInput {
  @Field(() => ID, { description: 'The call it answers.' })
  callId!: string;

  @Field(() => ID, { description: 'UAI of the lead school (établissement porteur).' })
  leadSchoolUai!: string;

  @Field(() => [ID], { defaultValue: [], description: 'UAIs of partner schools, where the call allows partnerships.' })
  partnerSchoolUais!: string[];

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field({ defaultValue: '', description: 'Summary (résumé).' })
  summary!: string;

  @Field(() => [Theme], { defaultValue: [], description: "Themes, among the call's." })
  themes!: Theme[];

  @Field(() => Int, { defaultValue: 0, description: 'Pupils reached.' })
  pupilsReached!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Teachers reached.' })
  teachersReached!: number;

  @Field(() => Int, { nullable: true, description: 'Girls among the pupils reached (filles touchées), at most pupilsReached; unrecorded when omitted.' })
  girlsReached?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Pupils with special educational needs among the pupils reached (élèves à besoins éducatifs particuliers), at most pupilsReached; unrecorded when omitted.',
  })
  specialNeedsReached?: number | null;
}

@InputType({ description: 'Changes to a project: content while a draft, reach at any time.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'Project id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one in the database means CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'New title (drafts only).' })
  title?: string;

  @Field({ nullable: true, description: 'New summary (drafts only).' })
  summary?: string;

  @Field(() => [Theme], { nullable: true, description: 'New themes (drafts only).' })
  themes?: Theme[];

  @Field(() => [ID], { nullable: true, description: 'New partner schools (drafts only).' })
  partnerSchoolUais?: string[];

  @Field(() => Int, { nullable: true, description: 'Pupils reached.' })
  pupilsReached?: number;

  @Field(() => Int, { nullable: true, description: 'Teachers reached.' })
  teachersReached?: number;

  @Field(() => Int, { nullable: true, description: 'Girls among the pupils reached (filles touchées), at most pupilsReached.' })
  girlsReached?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pupils with special educational needs among the pupils reached (élèves à besoins éducatifs particuliers), at most pupilsReached.',
  })
  specialNeedsReached?: number | null;
}

@InputType({ description: 'A move of a project to another status.' })
export class ChangeProjectStatusInput {
  @Field(() => ID, { description: 'Project id.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one in the database means CONFLICT.' })
  version!: number;

  @Field(() => ProjectStatus, { description: 'The new status.' })
  status!: ProjectStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day it took effect (default today; never in the future).' })
  effectiveOn?: string;

  @Field({ nullable: true, description: 'Reason (motif); required for REJECTED and WITHDRAWN.' })
  reason?: string;
}

@ObjectType({ description: 'Result of createProject.' })
export class CreateProjectPayload {
  @Field(() => ProjectType, { description: 'The new project.' })
  project!: ProjectType;
}

@ObjectType({ description: 'Result of updateProject.' })
export class UpdateProjectPayload {
  @Field(() => ProjectType, { description: 'The project as changed.' })
  project!: ProjectType;
}

@ObjectType({ description: 'Result of changeProjectStatus.' })
export class ChangeProjectStatusPayload {
  @Field(() => ProjectType, { description: 'The project in its new status.' })
  project!: ProjectType;
}
