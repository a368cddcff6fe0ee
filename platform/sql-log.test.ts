import { describe, expect, it } from '@jest/globals';
import { createLogger } from './logger.js';
import { withRequestId } from './request-id.js';
import { maskedSql, sqlDebugLog } from './sql-log.js';

describe('SQL in logs', () => {
  it('masks every literal value, and keeps placeholders, identifiers and the statement shape', () => {
    const sql = `select h0.* from "household" as h0 where h0."id" = '0b7c…-4e1f' and h0.reference = 'O''Brien' and h0.children_count > 2 and h0.code in ($1, $2) limit 51`;
    expect(maskedSql(sql)).toBe(
      `select h0.* from "household" as h0 where h0."id" = '?' and h0.reference = '?' and h0.children_count > ? and h0.code in ($1, $2) limit ?`,
    );
  });

  it('logs each statement at debug level, masked, with the request id; nothing above debug', () => {
    const lines: Array<Record<string, unknown>> = [];
    const write = (line: string) => void lines.push(JSON.parse(line));
    const context = { query: `select * from household where id = 'a7f0d7a2-1111-4222-8333-944455556666'`, took: 3, level: 'info' as const };
    withRequestId('request-0042', () => sqlDebugLog(createLogger('parentality', 'debug', { write }))(context));
    sqlDebugLog(createLogger('parentality', 'info', { write }))(context);
    expect(lines.map(({ msg, sql, ms, requestId }) => ({ msg, sql, ms, requestId }))).toEqual([
      { msg: 'sql', sql: `select * from household where id = '?'`, ms: 3, requestId: 'request-0042' },
    ]);
  });
});
