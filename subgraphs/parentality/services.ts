import { departmentSizesProvider, type DepartmentSizes } from '../../platform/department-sizes.js';
import { createGraphClient } from '../../platform/graph-client.js';
import type { ServiceDependencies, SubgraphServices } from '../../platform/server.js';

/** Parentality's long-lived helpers: the departments' sizes, asked of pedagogy through the graph. */
export interface ParentalityServices extends SubgraphServices {
  /** Every department's population and pupils (rankings normalise by them). */
  departmentSizes: () => Promise<DepartmentSizes>;
}

export function createParentalityServices({ config }: ServiceDependencies): ParentalityServices {
  const pedagogy = createGraphClient({ url: config.pedagogyUrl, subgraph: 'pedagogy', signingSecret: config.signingSecret, subject: 'service:parentality' });
  return { departmentSizes: departmentSizesProvider(pedagogy) };
}
