/** Polls the gateway with a real federated query until it answers correctly. */
import type { ChildProcess } from 'node:child_process';
import { sleep } from './common.js';

const POLL_INTERVAL_MS = 100;
const ATTEMPT_TIMEOUT_MS = 5_000;

/** Touches all three subgraphs, so the answer proves the whole stack (and its data) is up. */
export const QUERY = '{ departments(codes: ["18","29"]) { code name finance { grants { value } } parentality { workshopsHeld { value } } } }';

export type AnswerOutcome = { kind: 'answered' } | { kind: 'exited'; how: string } | { kind: 'timeout'; lastError: string };

/** One attempt: undefined when the answer is the expected one, else what went wrong. */
async function ask(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (res.status !== 200) return `HTTP ${res.status}: ${text.slice(0, 300)}`;
    const body = JSON.parse(text) as { data?: { departments?: unknown[] } | null; errors?: unknown[] };
    if (!body.errors?.length && Array.isArray(body.data?.departments) && body.data.departments.length === 2) {
      return undefined;
    }
    return `HTTP 200 but not the expected answer: ${text.slice(0, 300)}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return cause ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Asks `url` until it answers correctly, `child` (the launcher) exits, or `deadline` passes. */
export async function waitForAnswer(url: string, child: ChildProcess, deadline: number): Promise<AnswerOutcome> {
  let lastError = 'no attempt made';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      return { kind: 'exited', how: child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}` };
    }
    const left = deadline - Date.now();
    if (left <= 0) return { kind: 'timeout', lastError };
    const error = await ask(url, Math.min(ATTEMPT_TIMEOUT_MS, left));
    if (error === undefined) return { kind: 'answered' };
    lastError = error;
    await sleep(POLL_INTERVAL_MS);
  }
}
