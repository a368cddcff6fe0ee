import { once } from 'node:events';
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
