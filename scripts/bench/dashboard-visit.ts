/** The requests of a dashboard visit, as the page sends them: persisted hashes and variables, no token. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BenchFailure } from './common.js';

/** The views a visitor opens: the default one, then another choice of departments, period and indicator. */
const VIEWS = [
  { codes: ['18', '29'], schoolYear: null, ranking: 'PedagogyRanking', indicator: 'PROJECTS_ACCEPTED', per: 'PER_THOUSAND_PUPILS' },
  { codes: ['29', '56', '35'], schoolYear: '2023-2024', ranking: 'FinanceRanking', indicator: 'COMMITTED', per: 'PER_TEN_THOUSAND_INHABITANTS' },
];

/** The request bodies of one visit, each tried once against `url` (an error stops the benchmark). */
export async function dashboardVisit(root: string, url: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(root, 'schema', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
  const id = (name: string) => {
    const found = Object.entries(manifest).find(([, text]) => new RegExp(`\\bquery ${name}\\b`).test(text));
    if (!found) throw new BenchFailure(`${name} is not in the manifest: run npm run codegen`);
    return found[0];
  };
  const body = (name: string, variables: Record<string, unknown>) => JSON.stringify({ documentId: id(name), operationName: name, variables });
  const bodies = [body('DashboardCatalogue', {})];
  for (const view of VIEWS) {
    const period = view.schoolYear ? { schoolYear: view.schoolYear } : null;
    bodies.push(
      body('DashboardComparison', { codes: view.codes, period }),
      body('DashboardTrends', { codes: view.codes }),
      body(view.ranking, { indicator: view.indicator, options: { per: view.per, ...(period ? { period } : {}) } }),
    );
  }
  for (const request of bodies) {
    const answer = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request })).json()) as {
      data?: unknown;
      errors?: unknown;
    };
    if (answer.errors || !answer.data) throw new BenchFailure(`a dashboard request failed: ${request.slice(0, 120)} → ${JSON.stringify(answer.errors)}`);
  }
  return bodies;
}
