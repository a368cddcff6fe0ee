import { cols, type Row, type TableRows } from '../../../platform/seeds/bulk.js';
import { randomFor, seedUuid, type NationalDepartment } from '../../../platform/seeds/national.js';
import { addDays, nationalCalls, nationalProjects, type NationalProject } from '../../../platform/seeds/national-projects.js';

/** Funder ids by kind and territory (the State has none), read back after the funders are written. */
export interface FunderIds {
  of(kind: string, territory: string | null): string;
}

const EQUIPMENT_THEMES = new Set(['DIGITAL_FOUNDATION', 'ROBOTICS_CODING']);
const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);

/** The collectivity that owns the lead school (docs/DOMAIN.md): commune (else its EPCI), department council, region. */
function owner(project: NationalProject, department: NationalDepartment, funders: FunderIds): string {
  const { kind, communeCode } = project.lead;
  if (FIRST_DEGREE.has(kind)) return funders.of('COMMUNE', communeCode);
  return kind === 'COLLEGE' ? funders.of('DEPARTMENT_COUNCIL', department.code) : funders.of('REGION', department.regionCode);
}

/**
 * Funding plans of the submitted projects (lines add up to the total, in cents: half from the
 * programme's funder — the State in TNE departments, the department council elsewhere —, a quarter
 * from the owner of the lead school, the rest from the council), with each decision of the
 * commissions and the payments of accepted projects. A line is committed on its envelope only
 * while the envelope has room, as the envelope-overspend trigger demands; else it stays pledged.
 */
export function planRows(departments: readonly NationalDepartment[], seed: number, funders: FunderIds, envelopes: readonly Row[]): TableRows[] {
  const envelope = new Map(envelopes.map((e) => [`${e[1]}|${e[2]}|${e[3]}`, { id: e[0] as string, room: Number(e[4]) }]));
  const plans: Row[] = [];
  const lines: Row[] = [];
  const commissions = new Map<string, Row>();
  const subsidies: Row[] = [];
  const payments: Row[] = [];
  for (const department of departments) {
    const random = randomFor(seed, department.code, 'plans');
    const council = funders.of('DEPARTMENT_COUNCIL', department.code);
    const main = department.tneCohort === null ? council : funders.of('STATE', null);
    for (const project of nationalProjects(department, nationalCalls(department, seed), seed)) {
      if (!project.submittedOn || project.status === 'WITHDRAWN') continue;
      const planId = seedUuid(seed, 'plan', project.id);
      const volet = EQUIPMENT_THEMES.has(project.theme) ? 'EQUIPMENT' : 'RESOURCES';
      const total = random.int(800, 6000) * 1000; // 8,000 € to 60,000 €
      const requested = Math.round(total / 2);
      const quarter = Math.round(total / 4);
      const shares = new Map<string, number>();
      for (const [funder, amount] of [
        [main, requested],
        [owner(project, department, funders), quarter],
        [council, total - requested - quarter],
      ] as const) {
        shares.set(funder, (shares.get(funder) ?? 0) + amount);
      }
      plans.push([planId, project.id, department.code, total, requested, `${project.submittedOn}T12:00:00Z`]);
      const accepted = project.verdict === 'ACCEPTED';
      [...shares].forEach(([funder, amount], position) => {
        const budget = envelope.get(`${funder}|${department.code}|${volet}`);
        const committed = accepted && budget !== undefined && budget.room >= amount;
        if (committed) budget!.room -= amount;
        const status = committed ? (project.status === 'COMPLETED' ? 'PAID' : 'COMMITTED') : 'PLEDGED';
        lines.push([seedUuid(seed, 'line', planId, position), planId, position, funder, volet, committed ? budget!.id : null, amount, status]);
      });
      if (!project.verdict) continue;
      const year = project.decidedOn!.slice(0, 4);
      const key = `${department.code}|${year}`;
      const commission = commissions.get(key) ?? [seedUuid(seed, 'commission', key), department.code, `Comité de sélection ${year}`, project.decidedOn!];
      if (project.decidedOn! < (commission[3] as string)) commissions.set(key, [...commission.slice(0, 3), project.decidedOn!]);
      else commissions.set(key, commission);
      const subsidyId = seedUuid(seed, 'subsidy', project.id);
      subsidies.push([
        subsidyId,
        commission[0],
        project.id,
        department.code,
        project.verdict,
        accepted ? requested : 0,
        accepted ? null : 'Projet non retenu par la commission',
        project.decidedOn,
      ]);
      // Completed projects are paid in full; projects under way have had an advance of 40 %.
      if (project.status === 'COMPLETED') payments.push([seedUuid(seed, 'payment', subsidyId), subsidyId, requested, addDays(project.decidedOn!, 240)]);
      else if (accepted)
        payments.push([seedUuid(seed, 'payment', subsidyId), subsidyId, Math.max(1, Math.round(requested * 0.4)), addDays(project.decidedOn!, 30)]);
    }
  }
  return [
    {
      table: 'funding_plan',
      columns: cols('id uuid', 'project_id uuid', 'department_code', 'total_cost_cents bigint', 'requested_subsidy_cents bigint', 'updated_at timestamptz'),
      rows: plans,
    },
    {
      table: 'funding_line',
      columns: cols(
        'id uuid',
        'plan_id uuid',
        'position int',
        'funder_id uuid',
        'volet volet',
        'envelope_id uuid',
        'amount_cents bigint',
        'status line_status',
      ),
      rows: lines,
    },
    { table: 'commission', columns: cols('id uuid', 'department_code', 'name', 'meets_on date'), rows: [...commissions.values()] },
    {
      table: 'subsidy',
      columns: cols(
        'id uuid',
        'commission_id uuid',
        'project_id uuid',
        'department_code',
        'verdict verdict',
        'amount_cents bigint',
        'reason',
        'decided_on date',
      ),
      rows: subsidies,
    },
    { table: 'disbursement', columns: cols('id uuid', 'subsidy_id uuid', 'amount_cents bigint', 'paid_on date'), rows: payments },
  ];
}

const OWNER_KIND: Record<string, string> = {
  MATERNELLE: 'COMMUNE',
  ELEMENTAIRE: 'COMMUNE',
  PRIMAIRE: 'COMMUNE',
  COLLEGE: 'DEPARTMENT_COUNCIL',
  LYCEE: 'REGION',
  LYCEE_PRO: 'REGION',
};

/** Equipment grants of the TNE schools, State share and owner's share, as the demonstration seed makes them. */
export function grantRows(departments: readonly NationalDepartment[], seed: number): TableRows[] {
  const rows: Row[] = [];
  for (const department of departments) {
    const random = randomFor(seed, department.code, 'grants');
    for (const school of department.schools.filter((s) => s.tneJoinedYear !== null)) {
      const grantedOn = `${school.tneJoinedYear}-${String(random.int(10, 12))}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const total = school.pupils * random.int(6_000, 16_000);
      const state = Math.round(total / 2);
      for (const [kind, amount] of [
        ['STATE', state],
        [OWNER_KIND[school.kind]!, total - state],
      ] as const) {
        rows.push([
          seedUuid(seed, 'grant', school.uai, kind),
          department.code,
          school.uai,
          kind,
          amount,
          grantedOn,
          `Équipement numérique — ${school.name}`.slice(0, 255),
        ]);
      }
    }
  }
  return [
    {
      table: 'equipment_grant',
      columns: cols('id uuid', 'department_code', 'school_uai', 'funder_kind funder_kind', 'amount_cents bigint', 'granted_on date', 'label'),
      rows,
    },
  ];
}
