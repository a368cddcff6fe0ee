import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';

@ObjectType('AuditEntry', { description: "One financial change (entrée de la piste d'audit): who, when, what, before and after. Never changed." })
export class AuditEntryType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'When the change was committed (horodatage).' })
  at!: Date;

  @Field(() => ID, { description: 'Department of the record changed.' })
  departmentCode!: string;

  @Field({ description: 'Kind of record changed: "Commission", "Subsidy", "Disbursement", "FundingPlan"…' })
  entityType!: string;

  @Field(() => ID, { description: 'Identifier of the record changed.' })
  entityId!: string;

  @Field({ description: 'What was done: the mutation, e.g. "decideProject", "disburse".' })
  action!: string;

  @Field({ description: 'Who did it (subject of the access token; "service:<name>" for a platform service).' })
  actorSubject!: string;

  @Field({ description: 'The role they acted in.' })
  actorRole!: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The record before the change (état avant); null for a creation.' })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The record after the change (état après).' })
  after!: Record<string, unknown> | null;
}

@ObjectType('AuditEntryConnection', { description: "A page of the audit trail (piste d'audit), newest first (Relay connection)." })
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}

@InputType({ description: 'Filters of the audit trail; all given filters apply together.' })
export class AuditFilter {
  @Field(() => [ID], { nullable: true, description: "Only changes of these departments (a commission member's own by default)." })
  departmentCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Only changes of these kinds of record, e.g. "Subsidy".' })
  entityTypes?: string[];

  @Field({ nullable: true, description: 'Only changes at or after this instant.' })
  from?: Date;

  @Field({ nullable: true, description: 'Only changes before this instant.' })
  to?: Date;
}
