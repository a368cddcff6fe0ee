/** Load for the fault scripts: workers that send one kind of request in a loop, every outcome timed and classified. */

/** What one request came to. */
export type Outcome = 'full' | 'partial' | 'refused' | 'failed';

export interface Sample {
  at: number;
  ms: number;
  outcome: Outcome;
  /** Why a request failed: its HTTP status, or the socket error. */
  reason?: string;
}

export interface LoadResult {
  samples: Sample[];
  /** When the load started (epoch ms). */
  started: number;
}

/**
 * Sends `request` from `workers` workers in a loop until `stop()` resolves. `full`: HTTP 200 and no
 * error; `partial`: 200 with errors (a subgraph missing: the gateway's partial answer); `refused`:
 * the connection was refused (nothing listened: the process was gone, no request was lost in
 * flight); `failed`: anything else — an error status, a reset connection, a broken answer.
 */
export async function runLoad(workers: number, request: (n: number) => Promise<Response>, stop: Promise<unknown>): Promise<LoadResult> {
  const started = Date.now();
  const samples: Sample[] = [];
  let stopping = false;
  void stop.then(() => (stopping = true));
  let n = 0;
  const worker = async () => {
    while (!stopping) {
      const at = Date.now();
      const { outcome, reason } = await classify(request(n++));
      samples.push({ at, ms: Date.now() - at, outcome, reason });
      if (outcome === 'refused') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { samples, started };
}

async function classify(pending: Promise<Response>): Promise<{ outcome: Outcome; reason?: string }> {
  try {
    const response = await pending;
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200) return { outcome: 'failed', reason: `HTTP ${response.status}` };
    return { outcome: body.errors?.length ? 'partial' : 'full' };
  } catch (error) {
    const { name, cause } = error as { name?: string; cause?: { code?: string } };
    const reason = cause?.code ?? name ?? 'error';
    return { outcome: reason === 'ECONNREFUSED' ? 'refused' : 'failed', reason };
  }
}

/** The reasons of the failed requests, counted: "ECONNRESET × 3". */
export function failures(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) if (s.outcome === 'failed') counts.set(s.reason ?? '?', (counts.get(s.reason ?? '?') ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reason} × ${n}`).join(', ') || 'none';
}

/** Counts of each outcome. */
export function tally(samples: Sample[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { full: 0, partial: 0, refused: 0, failed: 0 };
  for (const sample of samples) counts[sample.outcome] += 1;
  return counts;
}

/** Latency percentile of the answered requests, in ms. */
export function percentile(samples: Sample[], p: number): number {
  const sorted = samples
    .filter((s) => s.outcome === 'full' || s.outcome === 'partial')
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/** How long after `since` the first full answer came back, in ms (undefined if none did). */
export function recoveredAfter(samples: Sample[], since: number): number | undefined {
  const first = samples.filter((s) => s.at >= since && s.outcome === 'full').sort((a, b) => a.at - b.at)[0];
  return first ? first.at + first.ms - since : undefined;
}
