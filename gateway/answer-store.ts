import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Redis } from 'ioredis';

/** An answer's data as the gateway sends it (the object itself, never copied once kept). */
export type AnswerData = Record<string, unknown>;

/**
 * Where the response cache keeps answers. The data objects themselves are kept in this process's
 * memory, so that a hit costs no parsing, and its JSON is written once per kept answer
 * (stringifyOncePerAnswer keys the text by the object): a national comparison answer is 750 KB.
 */
export interface AnswerStore {
  get(key: string): Promise<AnswerData | undefined>;
  set(key: string, data: AnswerData, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

/** Memory an answer holds, estimated from its JSON: the objects and the written text, about three times. */
const FOOTPRINT = 3;

function memoryLru(maxBytes: number): InMemoryLRUCache<{ data: AnswerData; bytes: number }> {
  return new InMemoryLRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes * FOOTPRINT });
}

/** In this gateway process only. */
export class MemoryAnswerStore implements AnswerStore {
  private readonly lru: ReturnType<typeof memoryLru>;

  constructor(maxBytes: number) {
    this.lru = memoryLru(maxBytes);
  }

  async get(key: string): Promise<AnswerData | undefined> {
    return (await this.lru.get(key))?.data;
  }

  async set(key: string, data: AnswerData, ttlSeconds: number, bytes = JSON.stringify(data).length): Promise<void> {
    await this.lru.set(key, { data, bytes }, { ttl: ttlSeconds });
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}

/**
 * Shared by every gateway replica through Redis, with this process's memory in front: an answer
 * another replica kept is parsed once here, then served from memory. Keys carry the data versions,
 * so an answer kept in memory is never one a write has made stale. A Redis failure is a miss.
 */
export class RedisAnswerStore implements AnswerStore {
  private readonly local: MemoryAnswerStore;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    maxBytes: number,
  ) {
    this.local = new MemoryAnswerStore(maxBytes);
  }

  async get(key: string): Promise<AnswerData | undefined> {
    const near = await this.local.get(key);
    if (near) return near;
    try {
      const [text, ttlMs] = await Promise.all([this.redis.get(this.prefix + key), this.redis.pttl(this.prefix + key)]);
      if (text === null || ttlMs <= 0) return undefined;
      const data = JSON.parse(text) as AnswerData;
      await this.local.set(key, data, ttlMs / 1000, text.length);
      return data;
    } catch {
      return undefined;
    }
  }

  async set(key: string, data: AnswerData, ttlSeconds: number): Promise<void> {
    const text = JSON.stringify(data);
    await this.local.set(key, data, ttlSeconds, text.length);
    try {
      await this.redis.set(this.prefix + key, text, 'PX', ttlSeconds * 1000);
    } catch {
      // dropped: the other replicas compute it again
    }
  }

  async close(): Promise<void> {
    await this.local.close();
  }
}
