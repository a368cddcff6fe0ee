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
import { SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import type { EnvelopeRow } from './ledger.js';
import { fundingPeriodOf } from './funding-period.js';
import { moneyRows, type NationalFunders } from './national-plans.js';
import type { Volet } from '../envelopes/envelope.entity.js';
import type { FunderKind } from '../funders/funder.entity.js';

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
function envelopeRows(departments: readonly NationalDepartment[], seed: number, funders: NationalFunders): EnvelopeRow[] {
  return departments.flatMap((d) => {
    const population = d.communes.reduce((sum, c) => sum + (c.population ?? 0), 0);
    const tne = d.tneCohort !== null;
    const { start: startsOn, end: endsOn } = fundingPeriodOf(d.code);
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
      // At least 0.2 M€ (0.8 M€ of the State in a programme department, whose decisions must find room
      // for every subsidy they grant): the smallest departments still fund their projects.
      const floor = kind === 'STATE' ? 0.8 * M : 0.2 * M;
      const amount = Math.max(floor, Math.round(population * eurosPerInhabitant * 100));
      const id = seedUuid(seed, 'envelope', d.code, kind, volet);
      return { id, funderId, departmentCode: d.code, volet: volet as Volet, amountCents: amount, startsOn, endsOn };
    });
  });
}

/** The funders of the departments (and the State), by kind and territory, with their facts for the rules. */
async function nationalFunders(client: pg.ClientBase, codes: readonly string[]): Promise<NationalFunders> {
  const { rows } = await client.query<{ id: string; kind: FunderKind; name: string; territory_code: string | null; department_codes: string[] }>(
    `select id, kind, name, territory_code, department_codes from funder
      where kind = 'STATE' or department_codes && $1::text[] order by kind, territory_code, name, id`,
    [codes],
  );
  const ids = new Map<string, string>();
  for (const r of rows) if (!ids.has(`${r.kind}|${r.territory_code}`)) ids.set(`${r.kind}|${r.territory_code}`, r.id);
  return {
    of: (kind, territory) => {
      const id = ids.get(`${kind}|${territory}`);
      if (!id) throw new Error(`No ${kind} funder for ${territory ?? 'France'}: the normal seeds must run first.`);
      return id;
    },
    facts: rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, territoryCode: r.territory_code, departmentCodes: r.department_codes })),
  };
}

/**
 * Finance's national rows, in one transaction: funders, envelopes, and the money story of the
 * national projects, TNE schools, trainings and parentality years (national-plans.ts, derived from
 * the shared seed code, never read from pedagogy). Departments that
 * already have envelopes (only this seed adds them outside Cher and Finistère) are left alone.
 */
export function seedNationalFinance(pool: pg.Pool, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReport> {
  return seedDepartments(pool, run.departments, 'envelope', async (client, todo, counts) => {
    await writeWithProgress(client, funderRows(todo, run.seed), counts, progress, 'funders');
    const funders = await nationalFunders(
      client,
      todo.map((d) => d.code),
    );
    const envelopes = envelopeRows(todo, run.seed, funders);
    const fixed: TableRows = {
      table: 'envelope',
      columns: cols('id uuid', 'funder_id uuid', 'department_code', 'volet volet', 'amount_cents bigint', 'starts_on date', 'ends_on date'),
      rows: envelopes.map((e) => [e.id, e.funderId, e.departmentCode, e.volet, e.amountCents, e.startsOn, e.endsOn]),
    };
    const rest = [fixed, ...moneyRows(todo, run.seed, funders, envelopes, SEED_REFERENCE_DATE)];
    await writeWithProgress(client, rest, counts, progress, 'finance');
  });
}
