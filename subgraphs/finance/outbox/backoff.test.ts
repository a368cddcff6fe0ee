import { describe, expect, it } from '@jest/globals';
import { REFUSED_BACKOFF, retryDelayMs, UNAVAILABLE_BACKOFF } from './backoff.js';

describe('outbox retry delays', () => {
  it('double from 1 s after each failure to reach the receiver, capped at 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50, 10_000].map((n) => retryDelayMs(n, UNAVAILABLE_BACKOFF))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('are much longer when the receiver refused the message, capped at an hour, never giving up', () => {
    expect([1, 2, 3, 7, 100].map((n) => retryDelayMs(n, REFUSED_BACKOFF))).toEqual([60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
  });

  it('treat a count of 0 (no failure yet) like the first failure', () => {
    expect(retryDelayMs(0, UNAVAILABLE_BACKOFF)).toBe(1_000);
  });
});
