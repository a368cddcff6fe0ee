import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '../platform/logger.js';
import { closeRedis, connectRedis, RedisKeyValueCache } from '../platform/redis.js';
import type { GatewayConfig } from './config.js';
import { type DataVersions, LocalDataVersions, RedisDataVersions } from './data-versions.js';

export interface CacheStore {
  cache: KeyValueCache<string>;
  versions: DataVersions;
  close(): Promise<void>;
}

/**
 * Where the response cache keeps its answers and reads the data versions, as RESPONSE_CACHE says:
 * nowhere (off), this process's memory, or Redis, shared by every gateway replica.
 */
export async function openCacheStore(config: GatewayConfig, logger: Logger): Promise<CacheStore | undefined> {
  if (config.RESPONSE_CACHE === 'off') return undefined;
  if (config.RESPONSE_CACHE === 'memory') {
    const cache = new InMemoryLRUCache<string>({
      maxSize: config.RESPONSE_CACHE_MAX_MIB * 1024 * 1024,
      sizeCalculation: (value) => value.length,
    });
    return { cache, versions: new LocalDataVersions(), close: async () => cache.clear() };
  }
  const redis = await connectRedis(config.REDIS_URL!, logger);
  return {
    cache: new RedisKeyValueCache(redis, `${config.REDIS_KEY_PREFIX}answer:`),
    versions: new RedisDataVersions(redis, config.REDIS_KEY_PREFIX),
    close: () => closeRedis(redis),
  };
}
