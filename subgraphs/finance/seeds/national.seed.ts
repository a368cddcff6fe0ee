import type pg from 'pg';
import {
  cols,
  seedDepartments,
  silentProgress,
  writeWithProgress,
  type NationalReport,
  type ProgressFactory,
  type TableRows,
} from '../../../platform/seeds/bulk.js';
import { seedUuid, type NationalDepartment, type NationalRun } from '../../../platform/seeds/national.js';
import { grantRows, planRows, type FunderIds } from './national-plans.js';

const FUNDER = cols('id uuid', 'kind funder_kind', 'name', 'territory_code', 'department_codes text[]');
/** A funder shared with departments filled earlier (a region, an EPCI across a border) funds these ones too. */
const EXTEND =
  'on conflict (kind, territory_code) do update set department_codes = array(select distinct unnest(funder.department_codes || excluded.department_codes) order by 1)';

/** Regions, department councils, EPCIs and communes of the departments (the State is the normal seed's). */
function funderRows(departments: readonly NationalDepartment[], seed: number): TableRows[] {
  const row = (kind: string, name: string, territory: string, codes: string[]) => [seedUuid(seed, 'funder', kind, territory), kind, name, territory, codes];
  const byRegion = new Map<string, NationalDepartment[]>();
  for (const d of departments) byRegion.set(d.regionCode, [...(byRegion.get(d.regionCode) ?? []), d]);
  const epcis = new Map<string, { name: string; codes: Set<string> }>();
  for (const d of departments) {
    for (const e of d.epcis) {
      const entry = epcis.get(e.code) ?? { name: e.nom, codes: new Set<string>() };
      epcis.set(e.code, entry);
      entry.codes.add(d.code);
    }
  }
  return [
    {
      table: 'funder',
      columns: FUNDER,
      onConflict: EXTEND,
      rows: [
        ...[...byRegion].map(([code, list]) =>
          row(
            'REGION',
            `Région ${list[0]!.regionName}`,
            code,
            list.map((d) => d.code),
          ),
        ),
        ...departments.map((d) => row('DEPARTMENT_COUNCIL', `Conseil départemental — ${d.name}`, d.code, [d.code])),
        ...[...epcis].sort(([a], [b]) => a.localeCompare(b)).map(([siren, e]) => row('EPCI', e.name, siren, [...e.codes].sort())),
        ...departments.flatMap((d) => d.communes.map((c) => row('COMMUNE', `Commune de ${c.nom}`, c.code, [d.code]))),
      ],
    },
  ];
}

const M = 100_000_000; // one million euros, in cents

/**
 * Envelopes in proportion to population: a programme department gets about 11 € an inhabitant over
 * three years (Finistère's 10 M€ for 930,000), State and department council; elsewhere the council
 * funds a smaller digital plan alone. The region adds equipment everywhere.
 */
function envelopeRows(departments: readonly NationalDepartment[], seed: number, funders: FunderIds): TableRows[] {
  const rows = departments.flatMap((d) => {
    const population = d.communes.reduce((sum, c) => sum + (c.population ?? 0), 0);
    const tne = d.tneCohort !== null;
    const [startsOn, endsOn] = tne ? [`${d.tneCohort}-09-01`, `${d.tneCohort! + 3}-08-31`] : ['2022-09-01', '2026-08-31'];
    const budget: Array<[string, string, number]> = tne
      ? [
          ['STATE', 'EQUIPMENT', 3.4],
          ['STATE', 'TRAINING', 1.3],
          ['STATE', 'RESOURCES', 1.1],
          ['STATE', 'PARENTALITY', 0.65],
          ['DEPARTMENT_COUNCIL', 'EQUIPMENT', 2.1],
          ['DEPARTMENT_COUNCIL', 'TRAINING', 0.45],
          ['DEPARTMENT_COUNCIL', 'PARENTALITY', 0.5],
          ['REGION', 'EQUIPMENT', 1.3],
        ]
      : [
          ['DEPARTMENT_COUNCIL', 'EQUIPMENT', 1.6],
          ['DEPARTMENT_COUNCIL', 'RESOURCES', 0.5],
          ['DEPARTMENT_COUNCIL', 'TRAINING', 0.3],
          ['DEPARTMENT_COUNCIL', 'PARENTALITY', 0.3],
          ['REGION', 'EQUIPMENT', 0.6],
        ];
    return budget.map(([kind, volet, eurosPerInhabitant]) => {
      const funderId = funders.of(kind, kind === 'STATE' ? null : kind === 'REGION' ? d.regionCode : d.code);
      // At least 0.2 M€: the smallest departments still fund a few projects.
      const amount = Math.max(0.2 * M, Math.round(population * eurosPerInhabitant * 100));
      return [seedUuid(seed, 'envelope', d.code, kind, volet), funderId, d.code, volet, amount, startsOn, endsOn];
    });
  });
  return [
    {
      table: 'envelope',
      columns: cols('id uuid', 'funder_id uuid', 'department_code', 'volet volet', 'amount_cents bigint', 'starts_on date', 'ends_on date'),
      rows,
    },
  ];
}

async function funderIds(client: pg.ClientBase): Promise<FunderIds> {
  const { rows } = await client.query<{ id: string; kind: string; territory_code: string | null }>(
    'select id, kind, territory_code from funder order by kind, territory_code, name, id',
  );
  const ids = new Map<string, string>();
  for (const r of rows) if (!ids.has(`${r.kind}|${r.territory_code}`)) ids.set(`${r.kind}|${r.territory_code}`, r.id);
  return {
    of: (kind, territory) => {
      const id = ids.get(`${kind}|${territory}`);
      if (!id) throw new Error(`No ${kind} funder for ${territory ?? 'France'}: the normal seeds must run first.`);
      return id;
    },
  };
}

/**
 * Finance's national rows, in one transaction: funders, envelopes, funding plans with their lines,
 * commissions, decisions and disbursements of the national projects (derived from the shared seed
 * code, never read from pedagogy), and equipment grants of the TNE schools. Departments that
 * already have envelopes (only this seed adds them outside Cher and Finistère) are left alone.
 */
export function seedNationalFinance(pool: pg.Pool, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReport> {
  return seedDepartments(pool, run.departments, 'envelope', async (client, todo, counts) => {
    await writeWithProgress(client, funderRows(todo, run.seed), counts, progress, 'funders');
    const ids = await funderIds(client);
    const envelopes = envelopeRows(todo, run.seed, ids);
    const rest = [...envelopes, ...planRows(todo, run.seed, ids, envelopes[0]!.rows), ...grantRows(todo, run.seed)];
    await writeWithProgress(client, rest, counts, progress, 'finance');
  });
}
