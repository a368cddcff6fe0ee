import { prettyFactory } from 'pino-pretty';

/** Turns one line of a child's output into what the launcher prints. */
export type LineFormat = (line: string) => string;

/**
 * In a terminal, the subgraphs' and the gateway's JSON log lines (pino) are printed readable — time,
 * level, message, then the fields; piped (CI, a file, a log collector) they stay JSON, one per line.
 * Lines that are not JSON (the database's) pass unchanged.
 */
export function lineFormat(terminal: boolean, colorize = terminal): LineFormat {
  if (!terminal) return (line) => line;
  const pretty = prettyFactory({ colorize, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
  return (line) => {
    if (!line.startsWith('{')) return line;
    try {
      return pretty(JSON.parse(line) as object).trimEnd();
    } catch {
      return line;
    }
  };
}
