import { once } from 'node:events';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * A Redis client that fails fast: the response cache and the data versions are an optimisation,
 * so when Redis is down a command fails within `commandTimeout` instead of queueing, and the
 * request goes on without the cache (never waiting for Redis to come back). Resolves once
 * connected, or after `waitMs` if Redis does not answer (the client keeps trying in the background).
 */
export async function connectRedis(url: string, logger: Pick<Logger, 'warn'>, waitMs = 2_000): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 250,
    // Reconnect forever, at most every 2 s: Redis may come back at any time.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  });
  let warned = false;
  redis.on('error', (error) => {
    // One line per outage, not one per reconnection attempt.
    if (!warned) logger.warn({ err: error }, 'Redis unavailable: answering without it');
    warned = true;
  });
  redis.on('ready', () => {
    warned = false;
  });
  // A first connection error ends the wait too (once() rejects on 'error'): Redis is down, go on without it.
  await Promise.race([once(redis, 'ready').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
  return redis;
}

/** Closes a client whether or not it is connected (quit waits for a connection that may never come). */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}

/**
 * Apollo's key-value cache interface over Redis, for the response cache shared by gateway replicas.
 * A failed read is a miss and a failed write is dropped: Redis being down never fails a request.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      const ttl = options?.ttl;
      if (ttl) await this.redis.set(this.prefix + key, value, 'PX', Math.round(ttl * 1000));
      else await this.redis.set(this.prefix + key, value);
    } catch {
      // dropped: the next request computes the answer again
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
