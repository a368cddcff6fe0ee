import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer.js';

/** What every resolver receives: a request-scoped entity manager, the viewer and fresh loaders. */
export interface SubgraphContext<Loaders = unknown, Services = unknown> {
  em: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  /** Smallest count about persons that may be shown below the privileged roles (statistical secrecy). */
  privacyMinCell: number;
  /** The subgraph's long-lived helpers (e.g. a client of another subgraph). */
  services: Services;
}
