import { departmentSizesProvider, type DepartmentSizes } from '../../platform/department-sizes.js';
import { createGraphClient, type GraphClient } from '../../platform/graph-client.js';
import type { ServiceDependencies, SubgraphServices } from '../../platform/server.js';
import { DECISION_TOPIC, deliverDecision } from './commissions/decision.message.js';
import { createOutboxRelay, type OutboxRelay } from './outbox/outbox-relay.js';

/** Finance's long-lived helpers: a client of pedagogy (projects, schools) through the graph, and the outbox relay. */
export interface FinanceServices extends SubgraphServices {
  pedagogy: GraphClient;
  /** Every department's population and pupils (rankings normalise by them), asked of pedagogy. */
  departmentSizes: () => Promise<DepartmentSizes>;
  /** Delivers the outbox (commission decisions to pedagogy); runs while the server listens. */
  relay: OutboxRelay;
}

export function createFinanceServices({ config, orm, logger }: ServiceDependencies): FinanceServices {
  const pedagogy = createGraphClient({ url: config.pedagogyUrl, subgraph: 'pedagogy', signingSecret: config.signingSecret, subject: 'service:finance' });
  const relay = createOutboxRelay({ orm, logger, pollMs: config.outboxPollMs, handlers: { [DECISION_TOPIC]: deliverDecision(pedagogy) } });
  return {
    pedagogy,
    departmentSizes: departmentSizesProvider(pedagogy),
    relay,
    start: () => relay.start(),
    stop: () => relay.stop(),
  };
}
