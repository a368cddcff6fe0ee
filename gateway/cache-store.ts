import type { Logger } from '../platform/logger.js';
import { closeRedis, connectRedis } from '../platform/redis.js';
import { type AnswerStore, MemoryAnswerStore, RedisAnswerStore } from './answer-store.js';
import type { GatewayConfig } from './config.js';
import { type DataVersions, LocalDataVersions, RedisDataVersions } from './data-versions.js';

export interface CacheStore {
  store: AnswerStore;
  versions: DataVersions;
  close(): Promise<void>;
}

/**
 * Where the response cache keeps its answers and reads the data versions, as RESPONSE_CACHE says:
 * nowhere (off), this process's memory, or Redis, shared by every gateway replica.
 */
export async function openCacheStore(config: GatewayConfig, logger: Logger): Promise<CacheStore | undefined> {
  if (config.RESPONSE_CACHE === 'off') return undefined;
  const maxBytes = config.RESPONSE_CACHE_MAX_MIB * 1024 * 1024;
  if (config.RESPONSE_CACHE === 'memory') {
    const store = new MemoryAnswerStore(maxBytes);
    return { store, versions: new LocalDataVersions(), close: () => store.close() };
  }
  const redis = await connectRedis(config.REDIS_URL!, logger);
  const store = new RedisAnswerStore(redis, `${config.REDIS_KEY_PREFIX}answer:`, maxBytes);
  return {
    store,
    versions: new RedisDataVersions(redis, config.REDIS_KEY_PREFIX),
    close: async () => {
      await store.close();
      await closeRedis(redis);
    },
  };
}
