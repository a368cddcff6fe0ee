import { pino, type Logger } from 'pino';
import { requestId } from './request-id.js';

/**
 * One structured logger per process; `name` tells which service wrote a line, and a line written
 * while a request is served carries its id (the gateway's, passed to every subgraph it asks), so
 * one request is followed across processes. JSON lines: a text logged cannot forge another line.
 */
export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    mixin: () => {
      const id = requestId();
      return id ? { requestId: id } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
