/**
 * What the gateway's readiness says of each subgraph: "ok", or "unavailable" when its own
 * readiness does not answer 200 within a second. The gateway stays ready while one is down (it
 * answers the rest, with an error naming the missing one), so a balancer keeps it; operators read
 * which subgraph is out here.
 */
export async function subgraphHealth(urls: Record<string, string>): Promise<{ subgraphs: Record<string, 'ok' | 'unavailable'> }> {
  const states = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const readiness = new URL('/health/ready', url);
      const ok = await fetch(readiness, { signal: AbortSignal.timeout(1_000) })
        .then((response) => response.ok)
        .catch(() => false);
      return [name, ok ? 'ok' : 'unavailable'] as const;
    }),
  );
  return { subgraphs: Object.fromEntries(states) };
}
