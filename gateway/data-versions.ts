import type { Redis } from 'ioredis';
import { SUBGRAPH_NAMES } from '../platform/config.js';
import { dataVersionKey } from '../platform/data-version.js';

/**
 * What the gateway knows of the subgraphs' data versions (platform/data-version.ts), which the
 * response cache keys every answer by.
 */
export interface DataVersions {
  /** A subgraph's answer carried its version header. */
  learn(subgraph: string, header: string | null | undefined): void;
  /** The versions now, as one key part; null when they cannot be known (Redis down): no caching. */
  current(): Promise<string | null>;
}

/**
 * In one gateway process: the latest write time each subgraph reported. A write through this
 * gateway is seen before its answer leaves; a write elsewhere (another gateway, a script) only once
 * this gateway hears from that subgraph again, or when the cached answers expire.
 */
export class LocalDataVersions implements DataVersions {
  private readonly versions = new Map<string, number>(SUBGRAPH_NAMES.map((name) => [name, 0]));

  learn(subgraph: string, header: string | null | undefined): void {
    const version = Number(header);
    if (Number.isSafeInteger(version) && version > (this.versions.get(subgraph) ?? 0)) this.versions.set(subgraph, version);
  }

  async current(): Promise<string> {
    return [...this.versions.values()].join('.');
  }
}

/**
 * Shared by every gateway replica: the counters the subgraphs increment in Redis before a mutation's
 * answer leaves. One MGET per cacheable request (a fraction of a millisecond on a local network).
 */
export class RedisDataVersions implements DataVersions {
  private readonly keys: string[];

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = SUBGRAPH_NAMES.map((name) => dataVersionKey(prefix, name));
  }

  learn(): void {
    // Redis is the only source: versions learned by one replica would split the replicas' keys.
  }

  async current(): Promise<string | null> {
    try {
      return (await this.redis.mget(...this.keys)).map((version) => version ?? '0').join('.');
    } catch {
      return null;
    }
  }
}
