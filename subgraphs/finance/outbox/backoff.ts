/** Delays between delivery attempts: doubling from a first delay up to a cap. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/** The receiver could not be reached (down, timed out): retry soon, then less and less often. */
export const UNAVAILABLE_BACKOFF: Backoff = { firstMs: 1_000, maxMs: 30_000 };

/**
 * The receiver answered but refused (e.g. the project cannot move to that status now): a person
 * has to look, so retry rarely — the message is never dropped.
 */
export const REFUSED_BACKOFF: Backoff = { firstMs: 60_000, maxMs: 3_600_000 };

/** Delay before the next attempt, after `attempts` failed attempts (1 after the first failure). */
export function retryDelayMs(attempts: number, { firstMs, maxMs }: Backoff): number {
  const doublings = Math.min(Math.max(attempts, 1) - 1, 30);
  return Math.min(maxMs, firstMs * 2 ** doublings);
}
