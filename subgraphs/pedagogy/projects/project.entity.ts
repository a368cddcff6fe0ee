import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Call, CallCampaign } from '../calls/call.entity.js';
import { Theme } from '../calls/theme.js';
import { Department } from '../departments/department.entity.js';
import { School } from '../schools/school.entity.js';
import { ProjectStatus } from './project.lifecycle.js';

/** A pedagogical project (projet) answering a call, led by a school. */
@Entity({ tableName: 'project' })
@Check({ name: 'project_reach_non_negative', expression: 'pupils_reached >= 0 and teachers_reached >= 0' })
@Check({ name: 'project_girls_within_pupils', expression: 'girls_reached >= 0 and girls_reached <= pupils_reached' })
@Check({ name: 'project_special_needs_within_pupils', expression: 'special_needs_reached >= 0 and special_needs_reached <= pupils_reached' })
export class Project {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Call, { ref: true })
  call!: Ref<Call>;

  /** The campaign the project was submitted in; null while a draft. */
  @Index()
  @ManyToOne(() => CallCampaign, { ref: true, nullable: true })
  campaign: Ref<CallCampaign> | null = null;

  /** Department of the call and of the lead school (kept for filters and authorisation). */
  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Index()
  @ManyToOne(() => School, { ref: true, fieldName: 'lead_school_uai' })
  leadSchool!: Ref<School>;

  @ManyToMany(() => School, undefined, { pivotTable: 'project_partner', joinColumn: 'project_id', inverseJoinColumn: 'school_uai' })
  partnerSchools = new Collection<School>(this);

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'text' })
  summary: string & Opt = '';

  @Enum({ items: () => Theme, array: true })
  themes: Theme[] = [];

  @Index()
  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  status: ProjectStatus & Opt = ProjectStatus.DRAFT;

  @Property({ type: 'date', nullable: true })
  submittedOn: string | null = null;

  @Property({ type: 'integer' })
  pupilsReached: number & Opt = 0;

  @Property({ type: 'integer' })
  teachersReached: number & Opt = 0;

  /** Girls among the pupils reached (filles touchées), when recorded: the programme's aim for digital careers. */
  @Property({ type: 'integer', nullable: true })
  girlsReached: (number & Opt) | null = null;

  /** Pupils with special educational needs among the pupils reached (élèves à besoins éducatifs particuliers), when recorded. */
  @Property({ type: 'integer', nullable: true })
  specialNeedsReached: (number & Opt) | null = null;

  /** Optimistic lock: an update carrying an older version is refused (CONFLICT). */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @OneToMany(
    () => ProjectStatusChange,
    (change) => change.project,
  )
  history = new Collection<ProjectStatusChange>(this);
}

/** One status change of a project: who moved it, when, from what to what (historique). */
@Entity({ tableName: 'project_status_change' })
export class ProjectStatusChange {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Project, { ref: true })
  project!: Ref<Project>;

  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status', nullable: true })
  fromStatus: ProjectStatus | null = null;

  @Enum({ items: () => ProjectStatus, nativeEnumName: 'project_status' })
  toStatus!: ProjectStatus;

  /** The day the change took effect (may be recorded later than it happened). */
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt!: Date & Opt;

  /** Subject (user id) and role of who recorded it. */
  @Property({ type: 'string' })
  recordedBy!: string;

  @Property({ type: 'string' })
  recordedByRole!: string;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
