import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ConnectionType } from '@mikro-orm/core';
import { type PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';

/**
 * Where a unit of work reads when read replicas are configured. A replica lags the primary by the
 * time its replay takes, so whatever must see its own writes reads the primary: a mutation (its
 * answer shows what it wrote), a check another subgraph makes before a write, start-up and
 * background work. Queries read a replica. Without replicas every connection is the primary.
 */
interface Route {
  primary: boolean;
}

const route = new AsyncLocalStorage<Route>();

/** Runs work whose statements all go to the primary (start-up writes, background workers). */
export const onPrimary = <T>(work: () => T): T => route.run({ primary: true }, work);

/** Runs one HTTP request: it reads replicas until it turns out to need the primary. */
export const routedRequest = <T>(work: () => T): T => route.run({ primary: false }, work);

/** From inside a request: its remaining statements go to the primary. */
export function readOwnWrites(): void {
  const current = route.getStore();
  if (current) current.primary = true;
}

/** True while the current work reads the primary whatever a statement asks. */
export const readsPrimary = (): boolean => route.getStore()?.primary ?? false;

/**
 * MikroORM's PostgreSQL driver, whose read connection is the primary while the current work must
 * read its own writes. MikroORM resolves every statement's connection here: `em.find`, `em.count`
 * and query builders outside a transaction ask for a replica (`preferReadReplicas`), transactions,
 * flushes and `em.execute` for the primary, hand-written loaders for a replica with
 * `em.getConnection('read')`.
 */
export class ReplicaRoutingDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    return super.getConnection(readsPrimary() ? 'write' : type);
  }

  /** The primary and every replica, whatever the current route (replica-catch-up.ts asks each). */
  connections(): { primary: PostgreSqlConnection; replicas: readonly PostgreSqlConnection[] } {
    return { primary: this.connection, replicas: this.replicas };
  }
}

/** Turns a request to the primary once Apollo knows it is a mutation, before any resolver runs. */
export function mutationsOnPrimaryPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'mutation') readOwnWrites();
        },
      };
    },
  };
}
