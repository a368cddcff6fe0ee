import { pino, type Logger } from 'pino';

/** One structured logger per process; `name` tells which service wrote a line. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}

export type { Logger };
