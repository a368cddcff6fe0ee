import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { DefaultLogger, type LogContext, type Logger as OrmLogger, type LoggerOptions } from '@mikro-orm/core';
import { traceStatement } from './tracing.js';

/**
 * The SQL one GraphQL request sent: how many statements and their summed duration (from the
 * driver call to its answer, so pool waits count; concurrent statements each count in full).
 * Answered as a standard `Server-Timing` header, so that the gateway, a benchmark or a browser's
 * network panel sees what the database cost without logs. Always on: two clock reads and a
 * WeakMap entry per statement, nothing next to a round trip to PostgreSQL.
 */
export class SqlTally {
  statements = 0;
  ms = 0;

  /** `sql;dur=3.2;desc="7 statements"` (RFC: Server-Timing metric with a duration and a description). */
  header(): string {
    return `sql;dur=${this.ms.toFixed(2)};desc="${this.statements} statements"`;
  }
}

const current = new AsyncLocalStorage<SqlTally>();
/** When each statement went to the driver, keyed by its parameter array (a new one per execution). */
const started = new WeakMap<object, number>();

/** Runs one request's work; the statements it sends (even from batched loaders) are tallied. */
export const withSqlTally = <T>(tally: SqlTally, work: () => T): T => current.run(tally, work);

export const currentSqlTally = (): SqlTally | undefined => current.getStore();

/** From MikroORM's `onQuery`, called just before the statement is handed to the driver. */
export function sqlStarting(params: unknown): void {
  const tally = current.getStore();
  if (!tally) return;
  tally.statements += 1;
  if (params && typeof params === 'object') started.set(params, performance.now());
}

/**
 * From the ORM logger, called as soon as the statement answered. MikroORM's own `took` has a
 * whole-millisecond clock, too coarse for sub-millisecond statements: it is only the fallback.
 */
function sqlAnswered(context: LogContext): void {
  const tally = current.getStore();
  if (!tally || context.namespace === 'slow-query' || context.took === undefined) return;
  const start = context.params ? started.get(context.params) : undefined;
  tally.ms += start === undefined ? context.took : performance.now() - start;
}

/** MikroORM's default logger, which also reports each answered statement to the request's tally. */
export function timingLoggerFactory(options: LoggerOptions, onStatement?: (context: LogContext) => void): OrmLogger {
  const logger = DefaultLogger.create(options);
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    sqlAnswered(context);
    if (context.query && context.took !== undefined && context.namespace !== 'slow-query') traceStatement(context.query, context.took);
    onStatement?.(context);
    logQuery(context);
  };
  return logger;
}

/** Adds the request's `Server-Timing: sql;…` header to every GraphQL response. */
export function sqlTimingPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const tally = current.getStore();
          if (tally) response.http.headers.set('server-timing', tally.header());
        },
      };
    },
  };
}
