import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphClient } from '../../../platform/graph-client.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import type { Subsidy, Verdict } from './commission.entity.js';

/** Topic of the messages that carry a commission's verdict to pedagogy. */
export const DECISION_TOPIC = 'commission-decision';

/** What pedagogy needs to move the project: the decision's id makes a delivery idempotent. */
export interface DecisionPayload {
  decisionId: string;
  projectId: string;
  verdict: Verdict;
  decidedOn: string;
  reason: string | null;
}

/** Writes the message announcing a decision, in the decision's own transaction (outbox). */
export function announceDecision(tx: EntityManager, subsidy: Subsidy): void {
  const payload: DecisionPayload = {
    decisionId: subsidy.id,
    projectId: subsidy.projectId,
    verdict: subsidy.verdict,
    decidedOn: subsidy.decidedOn,
    reason: subsidy.reason,
  };
  tx.create(OutboxMessage, { topic: DECISION_TOPIC, payload: { ...payload } });
}

const RECORD = `mutation RecordCommissionDecision($input: RecordCommissionDecisionInput!) {
  recordCommissionDecision(input: $input) { project { id status } }
}`;

/**
 * Delivers a decision to pedagogy through the graph. Resolves once pedagogy has recorded it (or
 * had already: the mutation is idempotent on the decision id); throws the graph client's errors.
 */
export const deliverDecision =
  (pedagogy: GraphClient) =>
  async (payload: Record<string, unknown>): Promise<void> => {
    const { decisionId, projectId, verdict, decidedOn, reason } = payload as unknown as DecisionPayload;
    await pedagogy(RECORD, { input: { decisionId, projectId, verdict, decidedOn, reason } });
  };
