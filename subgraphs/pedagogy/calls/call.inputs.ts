import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { SchoolKind } from '../schools/school.entity.js';
import { CallKind, Eligibility } from './call.entity.js';
import { CallCampaignType, CallType } from './call.type.js';
import { SubmissionChannel } from './submission-channel.js';
import { Theme } from './theme.js';

@InputType({ description: 'A call for projects a department publishes.' })
export class CreateCallInput {
  @Field(() => ID, { description: 'Department code.' })
  departmentCode!: string;

  @Field({ description: 'Short stable code, unique in the graph, e.g. "18-ROBOTIQUE-2026".' })
  code!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field(() => CallKind, { description: 'Kind of call.' })
  kind!: CallKind;

  @Field(() => [Theme], { defaultValue: [], description: 'Themes; projects choose among them.' })
  themes!: Theme[];

  @Field(() => [SchoolKind], { defaultValue: [], description: 'Kinds of schools that may lead a project; empty: all.' })
  eligibleKinds!: SchoolKind[];

  @Field({ defaultValue: false, description: 'Whether projects may have partner schools.' })
  partnershipsAllowed!: boolean;

  @Field({ defaultValue: true, description: 'False to record existing practices without a funding request.' })
  fundingRequested!: boolean;

  @Field(() => SubmissionChannel, { nullable: true, description: 'How projects are submitted (modalité de dépôt); required with submissionUrl.' })
  submissionChannel?: SubmissionChannel | null;

  @Field(() => String, { nullable: true, description: 'Where to submit (lien de dépôt): https for forms and procedures, mailto: for email.' })
  submissionUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the procedure on the channel (libellé de la démarche).' })
  submissionLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation or role that runs the call (porteur); never a person.' })
  owner?: string | null;
}

@InputType({ description: 'A submission window added to a call.' })
export class AddCallCampaignInput {
  @Field(() => ID, { description: 'Call id.' })
  callId!: string;

  @Field({ description: 'Name, e.g. "Campagne 1 — 2026-2027".' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the window.' })
  opensOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the window.' })
  closesOn!: string;

  @Field(() => Eligibility, { defaultValue: Eligibility.ALL_SCHOOLS, description: 'Which schools may answer.' })
  eligibility!: Eligibility;
}

@ObjectType({ description: 'Result of createCall.' })
export class CreateCallPayload {
  @Field(() => CallType, { description: 'The new call (without campaigns yet).' })
  call!: CallType;
}

@ObjectType({ description: 'Result of addCallCampaign.' })
export class AddCallCampaignPayload {
  @Field(() => CallCampaignType, { description: 'The new campaign.' })
  campaign!: CallCampaignType;
}
