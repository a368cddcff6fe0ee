import type { ApolloServerPlugin } from '@apollo/server';

/** One subgraph's SQL for one client request, summed over the gateway's fetches to it. */
interface SqlFigures {
  ms: number;
  statements: number;
}

/** One metric of a Server-Timing header, with its statement count when its description gives one. */
export interface TimingMetric {
  name: string;
  ms: number;
  statements: number;
}

/** Reads a Server-Timing header: `sql;dur=3.2;desc="7 statements", …` (empty when absent). */
export function parseServerTiming(header: string | null | undefined): TimingMetric[] {
  if (!header) return [];
  return header.split(',').map((metric) => {
    const [name = '', ...params] = metric.trim().split(';');
    const dur = params
      .find((p) => p.trim().startsWith('dur='))
      ?.trim()
      .slice(4);
    const statements = /(\d+) statements/.exec(params.find((p) => p.trim().startsWith('desc=')) ?? '')?.[1];
    return { name: name.trim(), ms: Number(dur) || 0, statements: Number(statements ?? 0) };
  });
}

/**
 * The subgraphs' SQL behind one client request, gathered from their Server-Timing headers as the
 * gateway's fetches come back, and answered in the gateway's own Server-Timing header
 * (`pedagogy-sql;dur=…;desc="… statements"`, one metric per subgraph): what the database cost
 * a query, visible to a client or a benchmark without access to the subgraphs' logs.
 */
export class SubgraphTimings {
  private readonly bySubgraph = new Map<string, SqlFigures>();

  add(subgraph: string, header: string | null | undefined): void {
    const figures = parseServerTiming(header).find((metric) => metric.name === 'sql');
    if (figures) this.accumulate(subgraph, figures);
  }

  /** Adds another request's figures (a deduplicated request shares its leader's execution). */
  addAll(other: SubgraphTimings): void {
    for (const [name, figures] of other.bySubgraph) this.accumulate(name, figures);
  }

  private accumulate(subgraph: string, figures: SqlFigures): void {
    const sum = this.bySubgraph.get(subgraph) ?? { ms: 0, statements: 0 };
    sum.ms += figures.ms;
    sum.statements += figures.statements;
    this.bySubgraph.set(subgraph, sum);
  }

  header(): string | undefined {
    if (this.bySubgraph.size === 0) return undefined;
    return [...this.bySubgraph].map(([name, { ms, statements }]) => `${name}-sql;dur=${ms.toFixed(2)};desc="${statements} statements"`).join(', ');
  }
}

/**
 * Sets the gateway response's Server-Timing from the request's gathered subgraph timings, for
 * every viewer or ADMIN only (`SERVER_TIMING`).
 */
export function serverTimingPlugin<C extends { timings: SubgraphTimings; viewer: { role: string } }>(audience: 'all' | 'admin' = 'all'): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (audience === 'admin' && contextValue.viewer.role !== 'ADMIN') return;
          const header = contextValue.timings.header();
          if (header) response.http.headers.set('server-timing', header);
        },
      };
    },
  };
}
