import { cols, type TableRows } from '../../../platform/seeds/bulk.js';
import { randomFor, seedUuid, type NationalDepartment } from '../../../platform/seeds/national.js';
import { nationalCalls, nationalProjects } from '../../../platform/seeds/national-projects.js';
import { trainingRows } from '../../pedagogy/seeds/national-activity.js';
import type { Verdict } from '../commissions/commission.entity.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { FunderKind } from '../funders/funder.entity.js';
import { grantorOf } from '../funders/grantor.js';
import type { FunderFacts } from '../plans/funding-plan.rules.js';
import { fundingPeriodOf } from './funding-period.js';
import { type EnvelopeRow, Ledger, type LedgerRows } from './ledger.js';
import { subjectColumns } from './ledger.write.js';
import { type ActivityCase, type EquipmentCase, fundActivities, fundEquipment, fundProjects, type ProjectCase, type StoryFunders } from './money-story.js';

const EQUIPMENT_THEMES = new Set(['DIGITAL_FOUNDATION', 'ROBOTICS_CODING']);
const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);

/** Funder ids by kind and territory (the State has none), and their facts for the rules. */
export interface NationalFunders {
  of(kind: string, territory: string | null): string;
  facts: readonly FunderFacts[];
}

/** The collectivity that owns a school (docs/DOMAIN.md): its commune (first degree), the department council, the region. */
function owner(kind: string, communeCode: string, department: NationalDepartment, funders: NationalFunders): string {
  if (FIRST_DEGREE.has(kind)) return funders.of(FunderKind.COMMUNE, communeCode);
  return kind === 'COLLEGE' ? funders.of(FunderKind.DEPARTMENT_COUNCIL, department.code) : funders.of(FunderKind.REGION, department.regionCode);
}

/** Submitted projects (8,000 € to 60,000 €), decided or not, with what the shared seed code says of them. */
function projectCases(department: NationalDepartment, seed: number, funders: NationalFunders): ProjectCase[] {
  const random = randomFor(seed, department.code, 'plans');
  const cases: ProjectCase[] = [];
  for (const project of nationalProjects(department, nationalCalls(department, seed), seed)) {
    if (!project.submittedOn) continue;
    cases.push({
      id: project.id,
      departmentCode: department.code,
      volet: EQUIPMENT_THEMES.has(project.theme) ? Volet.EQUIPMENT : Volet.RESOURCES,
      totalCents: random.int(800, 6000) * 1000,
      ownerId: owner(project.lead.kind, project.lead.communeCode, department, funders),
      verdict: project.verdict as Verdict | null,
      decidedOn: project.decidedOn,
      completedOn: project.history.find((h) => h.to === 'COMPLETED')?.on ?? null,
      withdrawn: project.status === 'WITHDRAWN',
    });
  }
  return cases;
}

/** The TNE schools' equipment, granted in the autumn of the year they joined (never before the programme). */
function equipmentCases(department: NationalDepartment, seed: number, funders: NationalFunders): EquipmentCase[] {
  const random = randomFor(seed, department.code, 'grants');
  const start = fundingPeriodOf(department.code).start;
  return department.schools
    .filter((s) => s.tneJoinedYear !== null)
    .map((school) => {
      const day = `${school.tneJoinedYear}-${String(random.int(10, 12))}-${String(random.int(1, 28)).padStart(2, '0')}`;
      return {
        uai: school.uai,
        departmentCode: department.code,
        totalCents: school.pupils * random.int(6_000, 16_000),
        ownerId: owner(school.kind, school.communeCode, department, funders),
        grantedOn: day < start ? start : day,
      };
    });
}

/** Pedagogy's national trainings (the same shared seed code) with their first and last sessions, and a parentality plan a school year. */
function activityCases(departments: readonly NationalDepartment[], seed: number): ActivityCase[] {
  const [trainings, , sessions] = trainingRows(departments, seed);
  const days = new Map<string, string[]>();
  for (const s of sessions!.rows) days.set(String(s[1]), [...(days.get(String(s[1])) ?? []), String(s[2])]);
  const cases: ActivityCase[] = [];
  for (const t of trainings!.rows) {
    const held = (days.get(String(t[0])) ?? []).sort();
    if (!held.length) continue;
    const random = randomFor(seed, String(t[0]), 'training-plan');
    cases.push({
      kind: 'training',
      key: String(t[0]),
      departmentCode: String(t[1]),
      totalCents: held.length * random.int(1_200, 2_400) * 100,
      startsOn: held[0]!,
      endsOn: held.at(-1)!,
    });
  }
  for (const department of departments) {
    const random = randomFor(seed, department.code, 'parentality-plans');
    const { start, end } = fundingPeriodOf(department.code);
    for (let year = Number(start.slice(0, 4)); `${year + 1}-06-30` <= end; year++) {
      const key = `${department.code}|${year}-${year + 1}`;
      const totalCents = random.int(50, 400) * 10_000;
      cases.push({ kind: 'parentality', key, departmentCode: department.code, totalCents, startsOn: `${year}-10-01`, endsOn: `${year + 1}-06-30` });
    }
  }
  return cases;
}

/**
 * Finance's national money, one story as in the demonstration (Ledger, money-story.ts): plans of
 * the submitted projects, decisions of the commissions on their decision days (the programme's
 * funder — the State in TNE departments, the department council elsewhere — committing its
 * requested share), payments, equipment plans of the TNE schools, training and parentality plans,
 * and envelopes for the collectivities that commit. Derived from the shared seed code, never read from pedagogy.
 */
export function moneyRows(
  departments: readonly NationalDepartment[],
  seed: number,
  funders: NationalFunders,
  envelopes: readonly EnvelopeRow[],
  now: string,
): TableRows[] {
  const ledger = new Ledger(funders.facts, envelopes, (...parts) => seedUuid(seed, ...parts), fundingPeriodOf, now);
  const story: StoryFunders = {
    councilOf: (code) => funders.of(FunderKind.DEPARTMENT_COUNCIL, code),
    grantorOf: (code) => {
      const { kind, territoryCode } = grantorOf(code);
      return funders.of(kind, territoryCode);
    },
  };
  const periodEnd = (code: string) => fundingPeriodOf(code).end;
  fundProjects(
    ledger,
    story,
    departments.flatMap((d) => projectCases(d, seed, funders)),
    periodEnd,
    now,
  );
  fundEquipment(
    ledger,
    story,
    departments.flatMap((d) => equipmentCases(d, seed, funders)),
    now,
  );
  fundActivities(ledger, story, activityCases(departments, seed), now);
  return tablesOf(ledger.finish());
}

/** The ledger's rows as the bulk writer takes them. */
function tablesOf(rows: LedgerRows): TableRows[] {
  return [
    {
      table: 'envelope',
      columns: cols('id uuid', 'funder_id uuid', 'department_code', 'volet volet', 'amount_cents bigint', 'starts_on date', 'ends_on date'),
      rows: rows.envelopes.map((e) => [e.id, e.funderId, e.departmentCode, e.volet, e.amountCents, e.startsOn, e.endsOn]),
    },
    {
      table: 'funding_plan',
      columns: cols(
        'id uuid',
        'project_id uuid',
        'school_uai',
        'training_id uuid',
        'parentality_year',
        'department_code',
        'total_cost_cents bigint',
        'requested_subsidy_cents bigint',
        'updated_at timestamptz',
      ),
      rows: rows.plans.map((p) => {
        const s = subjectColumns(p.subject);
        // A fixed time keeps two runs identical: the day of the plan's first commitment, else 2021-09-01.
        const at = p.lines.map((l) => l.committedOn).find((d) => d) ?? '2021-09-01';
        return [
          p.id,
          s.projectId,
          s.schoolUai,
          s.trainingId,
          s.parentalityYear,
          p.departmentCode,
          p.totalCostCents,
          p.requestedSubsidyCents,
          `${at}T12:00:00Z`,
        ];
      }),
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
        'committed_on date',
        'paid_on date',
      ),
      rows: rows.lines.map((l) => [l.id, l.planId, l.position, l.funderId, l.volet, l.envelopeId, l.amountCents, l.status, l.committedOn, l.paidOn]),
    },
    {
      table: 'commission',
      columns: cols('id uuid', 'department_code', 'name', 'meets_on date'),
      rows: rows.commissions.map((c) => [c.id, c.departmentCode, c.name, c.meetsOn]),
    },
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
      rows: rows.subsidies.map((s) => [s.id, s.commissionId, s.projectId, s.departmentCode, s.verdict, s.amountCents, s.reason, s.decidedOn]),
    },
    {
      table: 'disbursement',
      columns: cols('id uuid', 'subsidy_id uuid', 'amount_cents bigint', 'paid_on date'),
      rows: rows.disbursements.map((d) => [d.id, d.subsidyId, d.amountCents, d.paidOn]),
    },
  ];
}
