import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage } from 'node:http';
import { createLogger } from './logger.js';
import { requestId, requestIdOf, withRequestId } from './request-id.js';

/** A logger writing its JSON lines into an array. */
function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger('test', 'info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

const request = (id?: string) => ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as unknown as IncomingMessage;

describe('request ids', () => {
  it('keeps a plain id the request arrives with, and makes a new one otherwise', () => {
    expect(requestIdOf(request('gateway-1234'))).toBe('gateway-1234');
    for (const bad of [undefined, 'short', 'x'.repeat(65), 'forged\n{"level":60}', 'a b c d e f g h']) {
      expect(requestIdOf(request(bad))).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('is in every log line written while the request is served, and in no other', async () => {
    const { logger, lines } = capture();
    await withRequestId('request-0001', async () => {
      logger.info('before');
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn({ detail: 'x' }, 'after an await');
      expect(requestId()).toBe('request-0001');
    });
    logger.info('outside');
    expect(lines.map((l) => [l.msg, l.requestId])).toEqual([
      ['before', 'request-0001'],
      ['after an await', 'request-0001'],
      ['outside', undefined],
    ]);
  });

  it('writes JSON lines: a logged text cannot forge another line', () => {
    const raw: string[] = [];
    createLogger('test', 'info', { write: (line: string) => void raw.push(line) }).info({ title: 'x\n{"level":60,"msg":"forged"}' }, 'a\r\nb');
    expect(raw).toHaveLength(1);
    expect(raw[0]!.trimEnd().split('\n')).toHaveLength(1);
  });
});
