import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * Data versions: how the gateway's response cache learns that a subgraph wrote. Each subgraph has a
 * version that changes whenever it commits a mutation; the cache keys every answer by the versions
 * of the subgraphs, so an answer computed before a write is never found after it.
 *
 * A version travels two ways:
 * - in a header of each of the subgraph's answers: the process's last write time (ms). The gateway
 *   that sent the mutation reads it before it answers the client; times compare across replicas.
 * - in Redis when configured: a counter per subgraph incremented before the mutation's answer
 *   leaves, which every gateway replica reads, so a write through one gateway, or the finance
 *   outbox relay's delivery to pedagogy, is seen by all.
 */
export const DATA_VERSION_HEADER = 'x-tne-data-version';

/** The Redis key of a subgraph's version counter. */
export const dataVersionKey = (prefix: string, subgraph: string) => `${prefix}data-version:${subgraph}`;

export class DataVersion {
  /** Starts at the process's start: a subgraph restarted on other data (a new seed) is a new version. */
  private lastWrite = Date.now();

  constructor(
    private readonly subgraph: string,
    private readonly redis?: { client: Redis; prefix: string },
    private readonly logger?: Pick<Logger, 'warn'>,
    /** What must hold before a write is published (the read replicas have replayed it). */
    private readonly beforePublish: () => Promise<void> = async () => undefined,
  ) {}

  get header(): string {
    return String(this.lastWrite);
  }

  /** Records a write: resolves once every gateway can see it. */
  async bump(): Promise<void> {
    await this.beforePublish();
    this.lastWrite = Math.max(Date.now(), this.lastWrite + 1);
    if (!this.redis) return;
    try {
      await this.redis.client.incr(dataVersionKey(this.redis.prefix, this.subgraph));
    } catch (error) {
      // The cached answers then live until their time-to-live: said once per failure, never fatal.
      this.logger?.warn({ err: error }, 'could not publish the data version: cached answers may be stale until they expire');
    }
  }
}

/** Bumps the version after every mutation (written or not: a refused one costs one miss) and sends it. */
export function dataVersionPlugin<C extends BaseContext>(version: DataVersion): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation === 'mutation') await version.bump();
          response.http.headers.set(DATA_VERSION_HEADER, version.header);
        },
      };
    },
  };
}
