/** One bounded load run with autocannon: a fixed number of connections for a fixed time. */
import autocannon from 'autocannon';

export interface LoadOptions {
  connections: number;
  durationS: number;
}

export interface LoadResult {
  requests: number;
  requestsPerS: number;
  p50: number;
  p95: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Instances running now, so that Ctrl-C can stop them before the processes under them go. */
const running = new Set<autocannon.Instance>();

export function stopLoad(): void {
  for (const instance of running) instance.stop();
}

/**
 * POSTs `body` to `url` on `connections` keep-alive connections for `durationS` seconds, each
 * connection sending its next request when the previous one answered (a closed loop). Latencies
 * are kept one by one (autocannon's own summary has no 95th percentile).
 */
export function runLoad(url: string, body: string | readonly string[], options: LoadOptions): Promise<LoadResult> {
  // Several bodies: each connection sends them in turn, again and again (a visitor's requests).
  const bodies = typeof body === 'string' ? [body] : body;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: bodies.map((b) => ({ method: 'POST', body: b })),
        connections: options.connections,
        duration: options.durationS,
        timeout: 30,
      },
      (error, result) => {
        running.delete(instance);
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        resolve({
          requests: sorted.length,
          requestsPerS: sorted.length / result.duration,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          errors: result.errors,
          non2xx: result.non2xx,
        });
      },
    );
    running.add(instance);
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
}
