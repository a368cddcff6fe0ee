import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Verdict } from '../../../platform/verdict.js';

export { Verdict };
import { LocalDateResolver } from 'graphql-scalars';
import { ProjectType } from './project.type.js';

@InputType({ description: "A commission's decision, taken in finance, to apply to its project (delivered by finance's outbox)." })
export class RecordCommissionDecisionInput {
  @Field(() => ID, { description: "The decision's id in finance; a second delivery of the same id changes nothing." })
  decisionId!: string;

  @Field(() => ID, { description: 'The project decided on.' })
  projectId!: string;

  @Field(() => Verdict, { description: 'The verdict (avis).' })
  verdict!: Verdict;

  @Field(() => LocalDateResolver, { description: 'Day of the decision; the status change takes effect then.' })
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: 'Reason (motif); required for REJECTED.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of recordCommissionDecision.' })
export class RecordCommissionDecisionPayload {
  @Field(() => ProjectType, { description: 'The project, in the status the decision gives it.' })
  project!: ProjectType;
}
