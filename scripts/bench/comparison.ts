/** The measured operation: the comparison dashboard's persisted document, for two and for all departments. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BenchFailure } from './common.js';
import { CONTENDERS, type GatewayName } from './contenders.js';

export interface Scenario {
  name: string;
  /** The HTTP body both gateways get, byte for byte. */
  body: string;
  /** Departments the answer must hold. */
  departments: number;
}

const DEPARTMENTS_IN_FRANCE = 101;

/** The text of CompareDepartments as published in the manifest (so our gateway counts it as trusted). */
async function comparisonDocument(root: string): Promise<string> {
  const manifestPath = path.join(root, 'schema', 'generated', 'persisted-documents.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, string>;
  const text = Object.values(manifest).find((document) => /\bquery CompareDepartments\b/.test(document));
  if (!text) throw new BenchFailure(`CompareDepartments is not in ${manifestPath}: run npm run codegen`);
  return text;
}

export async function comparisonScenarios(root: string): Promise<Scenario[]> {
  const query = await comparisonDocument(root);
  return [
    { name: 'Cher + Finistère (codes ["18","29"])', body: JSON.stringify({ query, variables: { codes: ['18', '29'] } }), departments: 2 },
    // `codes` omitted: every department (the operation's `$codes: [ID!]` is optional).
    { name: 'national (all 101 departments)', body: JSON.stringify({ query }), departments: DEPARTMENTS_IN_FRANCE },
  ];
}

/** JSON with object keys sorted, so that two gateways' answers compare whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function answer(gateway: GatewayName, url: string, scenario: Scenario): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: scenario.body });
  const text = await res.text();
  const fail = (why: string) => new BenchFailure(`${scenario.name}: ${gateway} gateway ${why}: ${text.slice(0, 500)}`);
  if (res.status !== 200) throw fail(`answered HTTP ${res.status}`);
  const body = JSON.parse(text) as { data?: { departments?: unknown[] }; errors?: unknown[] };
  if (body.errors?.length) throw fail('answered with errors');
  const count = body.data?.departments?.length;
  if (count !== scenario.departments) throw fail(`answered ${count ?? 'no'} departments instead of ${scenario.departments}`);
  return canonical(body.data);
}

/** Fails loudly unless every gateway answers the scenario with data, no errors, and the same data as ours. */
export async function checkAnswers(scenario: Scenario, gateways: Partial<Record<GatewayName, string>>): Promise<void> {
  const ours = await answer('ours', gateways.ours!, scenario);
  for (const [name, url] of Object.entries(gateways) as Array<[GatewayName, string]>) {
    if (name === 'ours') continue;
    const theirs = await answer(name, url, scenario);
    if (theirs === ours) continue;
    const at = [...ours].findIndex((char, i) => char !== theirs[i]);
    const label = CONTENDERS[name].label;
    throw new BenchFailure(
      `${scenario.name}: ${label}'s data differ from ours (from character ${at}):\n  ours: …${ours.slice(Math.max(0, at - 80), at + 120)}\n  ${label}: …${theirs.slice(Math.max(0, at - 80), at + 120)}`,
    );
  }
}
