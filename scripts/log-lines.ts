import { prettyFactory } from 'pino-pretty';

/** Control characters of logged texts shown escaped, as JSON writes them: a text cannot forge a line or a colour. */
function escapeControls(value: unknown): object {
  const walk = (v: unknown): unknown => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    if (typeof v === 'string') return v.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item)]));
    return v;
  };
  return walk(value) as object;
}

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
      return pretty(escapeControls(JSON.parse(line))).trimEnd();
    } catch {
      return line;
    }
  };
}
