import type { LogContext } from '@mikro-orm/core';
import type { Logger } from './logger.js';

/**
 * A statement as the logs may show it: every literal value masked. The driver's text can hold
 * the values themselves (household ids, names, amounts), which personal-data rules keep out of
 * logs; the shape of the statement is what a developer needs to follow a request.
 */
export function maskedSql(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\b\d+(?:\.\d+)?\b/g, (digits, offset: number, all: string) => (/[$\w]$/.test(all.slice(0, offset)) ? digits : '?'));
}

/**
 * Logs each answered statement at debug level, masked, with its duration: the logger's mixin adds
 * the request id, so a request is followed from the gateway down to its SQL. Off above debug.
 */
export function sqlDebugLog(logger: Logger): (context: LogContext) => void {
  return (context) => {
    if (!logger.isLevelEnabled('debug') || !context.query) return;
    logger.debug({ sql: maskedSql(context.query), ms: context.took }, 'sql');
  };
}
