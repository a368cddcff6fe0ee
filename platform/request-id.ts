import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header carrying a request's id: from the gateway to every subgraph it asks, and back to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a caller may choose: short, plain characters only (it lands in every log line). */
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

const current = new AsyncLocalStorage<string>();

/** The id of the request being served, where one is (in a request's async work). */
export const requestId = (): string | undefined => current.getStore();

/** The id a request arrives with when acceptable (the gateway's, passed on), else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}

/** Runs a request's work under its id: logs written meanwhile carry it. */
export const withRequestId = <T>(id: string, work: () => T): T => current.run(id, work);
