import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Department } from '../departments/department.entity.js';
import { SchoolKind } from '../schools/school.entity.js';
import { SubmissionChannel } from './submission-channel.js';
import { Theme } from './theme.js';

export enum CallKind {
  INNOVATION = 'INNOVATION',
  SPECIFIC = 'SPECIFIC',
  AMI = 'AMI',
  SEMINAR_CONTRIBUTION = 'SEMINAR_CONTRIBUTION',
  EXISTING_PRACTICE = 'EXISTING_PRACTICE',
}

/** Which schools may answer a campaign. */
export enum Eligibility {
  ALL_SCHOOLS = 'ALL_SCHOOLS',
  PRIORITY_TERRITORIES = 'PRIORITY_TERRITORIES',
}

/** A call for projects (appel à projets, appel à manifestation d'intérêt) of a department. */
@Entity({ tableName: 'call' })
export class Call {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  /** Short stable code, unique in the graph, e.g. "18-INNOVATION". */
  @Unique()
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Property({ type: 'string' })
  title!: string;

  @Enum({ items: () => CallKind, nativeEnumName: 'call_kind' })
  kind!: CallKind;

  @Enum({ items: () => Theme, array: true })
  themes: Theme[] = [];

  /** Kinds of schools that may lead a project; empty: every kind. */
  @Enum({ items: () => SchoolKind, array: true })
  eligibleKinds: SchoolKind[] = [];

  /** Projects may have partner schools besides their lead school. */
  @Property({ type: 'boolean' })
  partnershipsAllowed: boolean & Opt = false;

  /** False for the reporting of existing practices: a project without a funding request. */
  @Property({ type: 'boolean' })
  fundingRequested: boolean & Opt = true;

  /** How projects are submitted; null for calls published before channels were recorded. */
  @Enum({ items: () => SubmissionChannel, nativeEnumName: 'submission_channel', nullable: true })
  submissionChannel: SubmissionChannel | null = null;

  /** Where to submit: the form or the procedure (https), or a mailto: address. */
  @Property({ type: 'string', length: 500, nullable: true })
  submissionUrl: string | null = null;

  /** Name of the procedure on the channel, e.g. the e-démarches label to search for. */
  @Property({ type: 'string', nullable: true })
  submissionLabel: string | null = null;

  /** Organisation or role that runs the call and receives submissions (porteur): never a person. */
  @Property({ type: 'string', nullable: true })
  owner: string | null = null;

  @OneToMany(
    () => CallCampaign,
    (campaign) => campaign.call,
  )
  campaigns = new Collection<CallCampaign>(this);
}

/** A submission window of a call (campagne): projects are submitted between its dates. */
@Entity({ tableName: 'call_campaign' })
@Check({ name: 'call_campaign_window', expression: 'opens_on <= closes_on' })
export class CallCampaign {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Index()
  @ManyToOne(() => Call, { ref: true })
  call!: Ref<Call>;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'date' })
  opensOn!: string;

  @Property({ type: 'date' })
  closesOn!: string;

  @Enum({ items: () => Eligibility, nativeEnumName: 'eligibility' })
  eligibility!: Eligibility;
}
