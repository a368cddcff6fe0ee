import { serviceUnavailable } from './errors.js';
import { GraphUnavailableError, type GraphClient } from './graph-client.js';
import type { KpiBase } from './types.js';

/** Every department's code and sizes (the bases of normalised KPIs), keyed by code, in code order. */
export type DepartmentSizes = Map<string, Required<KpiBase>>;

const QUERY = '{ departments { code population pupils } }';

/**
 * The sizes of every department, asked of pedagogy through the graph (finance and parentality own
 * no department table) and kept for `ttlMs`: populations and pupil counts change with a yearly
 * census or a new school, not between two dashboard refreshes. Concurrent callers share one call.
 */
export function departmentSizesProvider(pedagogy: GraphClient, ttlMs = 60_000): () => Promise<DepartmentSizes> {
  let cached: { at: number; sizes: Promise<DepartmentSizes> } | undefined;
  return () => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.sizes;
    const sizes = pedagogy<{ departments: Array<{ code: string; population: number; pupils: number }> }>(QUERY).then(
      ({ departments }) => new Map(departments.map((d) => [d.code, { inhabitants: d.population, pupils: d.pupils }])),
      (error: unknown) => {
        if (error instanceof GraphUnavailableError) {
          throw serviceUnavailable('The pedagogy service, which knows the departments, cannot be reached. Try again later.');
        }
        throw error;
      },
    );
    cached = { at: Date.now(), sizes };
    sizes.catch(() => (cached = undefined)); // a failed call is not kept: the next one retries
    return sizes;
  };
}
