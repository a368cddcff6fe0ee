import { createGraphClient, type GraphClient } from '../common/graph-client.js';
import type { ServiceDependencies, SubgraphServices } from '../common/server.js';

/** Finance's long-lived helpers: a client of pedagogy (projects, schools) through the graph. */
export interface FinanceServices extends SubgraphServices {
  pedagogy: GraphClient;
}

export function createFinanceServices({ config }: ServiceDependencies): FinanceServices {
  return {
    pedagogy: createGraphClient({ url: config.pedagogyUrl, signingSecret: config.signingSecret, subject: 'service:finance' }),
  };
}
