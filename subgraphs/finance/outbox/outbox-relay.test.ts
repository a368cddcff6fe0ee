import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { databaseName, deriveDatabaseUrl } from '../../../platform/config.js';
import { dropDatabases, ensureDatabases } from '../../../platform/database/create.js';
import { GraphAnswerError, GraphUnavailableError } from '../../../platform/graph-client.js';
import { migrate, openOrm, SqlCounter } from '../../../platform/orm.js';
import { finance } from '../module.js';
import { createOutboxRelay, type OutboxHandler } from './outbox-relay.js';

const server = process.env.TEST_DATABASE_URL!;
const database = databaseName('finance', `o${randomBytes(4).toString('hex')}_`);
const counter = new SqlCounter();
const silent = { warn: () => undefined, error: () => undefined };
let orm: MikroORM;

beforeAll(async () => {
  await ensureDatabases(server, [database]);
  orm = await openOrm(
    { name: 'finance', databaseUrl: deriveDatabaseUrl(server, database), entities: finance.entities, migrations: finance.migrations },
    counter,
  );
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close();
  await dropDatabases(server, [database]);
});
beforeEach(() => orm.em.fork().execute('delete from outbox_message'));

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => orm.em.fork().execute<T[]>(text, params);
const enqueue = async (n: number) => {
  for (let i = 0; i < n; i++)
    await sql(`insert into outbox_message (topic, payload, created_at) values ('test', ?, now() + ? * interval '1 ms')`, [JSON.stringify({ n: i }), i]);
};
const relayWith = (handler: OutboxHandler, batchSize = 20) => createOutboxRelay({ orm, logger: silent, handlers: { test: handler }, pollMs: 20, batchSize });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('outbox relay', () => {
  it('never lets two relays deliver the same message, and delivers each once', async () => {
    await enqueue(12);
    const calls: number[] = [];
    const slow: OutboxHandler = async (payload) => {
      calls.push(payload.n as number);
      await pause(15);
    };
    const [a, b] = await Promise.all([relayWith(slow, 4).flush(), relayWith(slow, 4).flush()]);
    expect(a + b).toBe(12);
    expect([...calls].sort((x, y) => x - y)).toEqual([...Array(12).keys()]);
    expect(await sql(`select count(*)::int as n from outbox_message where delivered_at is null or attempts <> 1`)).toEqual([{ n: 0 }]);
  });

  it('backs off when the receiver is down, stops the round, and delivers once it is back', async () => {
    await enqueue(2);
    let down = true;
    const calls: number[] = [];
    const relay = relayWith(async (payload) => {
      calls.push(payload.n as number);
      if (down) throw new GraphUnavailableError('pedagogy did not answer: connect ECONNREFUSED');
    });
    expect(await relay.flush()).toBe(0);
    expect(calls).toEqual([0]); // the round stopped: no point calling a receiver that is down
    const [first] = await sql<{ attempts: number; last_error: string; delay: number }>(
      `select attempts, last_error, extract(epoch from next_attempt_at - clock_timestamp()) as delay from outbox_message order by created_at limit 1`,
    );
    expect(first).toMatchObject({ attempts: 1, last_error: expect.stringContaining('ECONNREFUSED') });
    expect(Number(first!.delay)).toBeGreaterThan(0.5);
    expect(Number(first!.delay)).toBeLessThanOrEqual(1);
    down = false;
    expect(await relay.flush()).toBe(1); // the second message; the first waits for its next attempt
    await sql(`update outbox_message set next_attempt_at = now()`);
    expect(await relay.flush()).toBe(1);
    expect(await sql(`select attempts, last_error from outbox_message order by created_at`)).toEqual([
      { attempts: 2, last_error: null },
      { attempts: 1, last_error: null },
    ]);
  });

  it('records a refusal, retries it much later, and goes on with the other messages', async () => {
    await enqueue(2);
    const relay = relayWith(async (payload) => {
      if (payload.n === 0) throw new GraphAnswerError([{ message: 'A REJECTED project cannot become ACCEPTED', extensions: { code: 'BAD_USER_INPUT' } }]);
    });
    expect(await relay.flush()).toBe(1);
    const [refused] = await sql<{ delivered_at: Date | null; attempts: number; last_error: string; delay: number }>(
      `select delivered_at, attempts, last_error, extract(epoch from next_attempt_at - clock_timestamp()) as delay from outbox_message order by created_at limit 1`,
    );
    expect(refused).toMatchObject({ delivered_at: null, attempts: 1, last_error: 'BAD_USER_INPUT: A REJECTED project cannot become ACCEPTED' });
    expect(Number(refused!.delay)).toBeGreaterThan(50);
  });

  it('polls by itself once started, stops cleanly, and its statements are not counted as requests', async () => {
    const delivered: number[] = [];
    const relay = relayWith(async (payload) => void delivered.push(payload.n as number));
    counter.reset();
    relay.start();
    await enqueue(3);
    for (let i = 0; i < 100 && delivered.length < 3; i++) await pause(20);
    await relay.stop();
    expect(delivered).toEqual([0, 1, 2]);
    expect(counter.statements.filter((s) => s.includes('outbox_message') && !s.includes('insert'))).toEqual([]);
  });
});
