import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { SchoolKind } from '../schools/school.entity.js';
import { CallKind, Eligibility } from './call.entity.js';
import { SubmissionChannel } from './submission-channel.js';
import { Theme } from './theme.js';

registerEnumType(CallKind, {
  name: 'CallKind',
  description: "Kind of call (type d'appel).",
  valuesConfig: {
    INNOVATION: { description: 'Innovation call, open all year (appel à projets innovants).' },
    SPECIFIC: { description: 'Themed call (appel à projets thématique).' },
    AMI: { description: "Call for expressions of interest, by campaign (appel à manifestation d'intérêt)." },
    SEMINAR_CONTRIBUTION: { description: 'Call for contributions to a seminar (appel à contributions).' },
    EXISTING_PRACTICE: { description: "Reporting of existing practices, without a funding request (valoriser l'existant)." },
  },
});
registerEnumType(Eligibility, {
  name: 'Eligibility',
  description: 'Which schools may answer a campaign (éligibilité).',
  valuesConfig: {
    ALL_SCHOOLS: { description: 'Every school of the department.' },
    PRIORITY_TERRITORIES: { description: "Only schools of the department's priority territories (territoires prioritaires)." },
  },
});

@ObjectType('Call', { description: 'A call for projects of a department (appel à projets / AMI).' })
export class CallType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Short stable code, e.g. "18-INNOVATION".' })
  code!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field(() => CallKind, { description: 'Kind of call.' })
  kind!: CallKind;

  @Field(() => [Theme], { description: 'Themes of the call (thématiques).' })
  themes!: Theme[];

  @Field(() => [SchoolKind], { description: 'Kinds of schools that may lead a project; empty: all.' })
  eligibleKinds!: SchoolKind[];

  @Field({ description: 'Whether projects may have partner schools (partenariats).' })
  partnershipsAllowed!: boolean;

  @Field({ description: 'False for the reporting of existing practices: no funding is requested.' })
  fundingRequested!: boolean;

  @Field(() => SubmissionChannel, { nullable: true, description: 'How projects are submitted (modalité de dépôt); null when not recorded.' })
  submissionChannel!: SubmissionChannel | null;

  @Field(() => String, { nullable: true, description: 'Where to submit (lien de dépôt): the form or procedure (https), or a mailto: address.' })
  submissionUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the procedure on the channel (libellé de la démarche), e.g. the e-démarches label.' })
  submissionLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Organisation or role that runs the call and receives submissions (porteur); never a person.' })
  owner!: string | null;
}

@ObjectType('CallCampaign', { description: 'A submission window of a call (campagne).' })
export class CallCampaignType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Name, e.g. "Campagne 2 — 2023-2024".' })
  name!: string;

  @Field(() => LocalDateResolver, { description: 'First day projects may be submitted (ouverture).' })
  opensOn!: string;

  @Field(() => LocalDateResolver, { description: 'Last day projects may be submitted (clôture).' })
  closesOn!: string;

  @Field(() => Eligibility, { description: 'Which schools may answer.' })
  eligibility!: Eligibility;
}

@InputType({ description: 'Filters of a list of calls.' })
export class CallFilter {
  @Field(() => [ID], { nullable: true, description: 'Only calls of these departments.' })
  departmentCodes?: string[];

  @Field(() => [CallKind], { nullable: true, description: 'Only calls of these kinds.' })
  kinds?: CallKind[];

  @Field(() => [Theme], { nullable: true, description: 'Only calls with one of these themes.' })
  themes?: Theme[];
}
