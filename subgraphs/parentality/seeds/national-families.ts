import { checkLoanDates, checkReturn } from '../devices/loan.rules.js';
import { SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import { cols, type Row, type TableRows } from '../../../platform/seeds/bulk.js';
import type { DemoSchool } from '../../../platform/seeds/demo-schools.js';
import { randomFor, seedUuid, type NationalDepartment } from '../../../platform/seeds/national.js';
import type { Random } from '../../../platform/seeds/random.js';

/** Where a department's families are reached: its TNE schools, or elsewhere the schools of its largest towns. */
export function anchorSchools(department: NationalDepartment): DemoSchool[] {
  if (department.tneCohort !== null) return department.schools.filter((s) => s.tneJoinedYear !== null);
  const towns = new Set(
    [...department.communes]
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code))
      .slice(0, 8)
      .map((c) => c.code),
  );
  return department.schools.filter((s) => towns.has(s.communeCode));
}

const date = (random: Random, years: readonly number[]) =>
  `${random.pick(years)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;

/**
 * Households (pseudonymous references issued by their partner: `N<department>P<partner>-<number>`,
 * letters, digits and `-` only), their participations, the device pool and its loans: a device has
 * at most one open loan (the partial unique index), its earlier loans are returned.
 */
export function familyRows(
  department: NationalDepartment,
  seed: number,
  partners: readonly string[],
  workshops: ReadonlyArray<{ id: string; communeCode: string }>,
): TableRows[] {
  const random = randomFor(seed, department.code, 'families');
  const anchors = anchorSchools(department);
  const households: Row[] = [];
  const participations: Row[] = [];
  const count = department.tneCohort !== null ? anchors.length * 2 : 20 + Math.round(department.schools.length / 40);
  const numbers = partners.map(() => 0);
  for (let i = 0; i < count && anchors.length; i++) {
    const school = random.pick(anchors);
    const p = random.int(0, partners.length - 1);
    const id = seedUuid(seed, 'household', department.code, i);
    const reference = `N${department.code}P${p + 1}-${String(++numbers[p]!).padStart(5, '0')}`;
    households.push([
      id,
      reference,
      partners[p]!,
      department.code,
      school.communeCode,
      random.int(1, 4),
      [school.uai],
      random.next() < 0.5,
      random.next() < 0.25,
      random.next() < 0.35,
      random.next() < 0.6,
      date(random, [2022, 2023, 2024, 2025]),
    ]);
    const nearby = workshops.filter((w) => w.communeCode === school.communeCode);
    const chosen = new Set<string>();
    for (let k = random.int(0, 2); k > 0 && nearby.length; k--) chosen.add(random.pick(nearby).id);
    for (const workshop of chosen) participations.push([id, workshop]);
  }
  const devices: Row[] = [];
  const loans: Row[] = [];
  const pool = department.tneCohort !== null ? 40 + Math.round(anchors.length / 10) : 15;
  for (let i = 1; i <= pool; i++) {
    const id = seedUuid(seed, 'device', department.code, i);
    const status = i % 40 === 0 ? 'RETIRED' : i % 15 === 0 ? 'IN_REPAIR' : 'IN_SERVICE';
    devices.push([
      id,
      department.code,
      random.pick(partners),
      random.pick(['LAPTOP', 'LAPTOP', 'TABLET', 'ROUTER_4G']),
      `NAT-${department.code}-${String(i).padStart(4, '0')}`,
      status,
    ]);
    if (status !== 'IN_SERVICE' || !households.length) continue;
    const loan = (n: number, startsOn: string, dueOn: string, returnedOn: string | null) => {
      // The device service's rules: due within a school year of the start, returned after it.
      checkLoanDates(startsOn, dueOn);
      if (returnedOn) checkReturn(startsOn, returnedOn, SEED_REFERENCE_DATE);
      loans.push([seedUuid(seed, 'loan', id, n), id, random.pick(households)[0]!, department.code, startsOn, dueOn, returnedOn]);
    };
    loan(1, '2024-09-02', '2025-06-27', `2025-06-${String(random.int(10, 27)).padStart(2, '0')}`);
    if (i % 3 === 0) continue; // back in the pool
    loan(2, `2025-09-${String(random.int(1, 30)).padStart(2, '0')}`, i % 7 === 1 ? '2026-01-30' : '2026-07-03', null);
  }
  return [
    {
      table: 'household',
      rows: households,
      columns: cols(
        'id uuid',
        'reference',
        'partner_id uuid',
        'department_code',
        'commune_code',
        'children_count int',
        'children_school_uais text[]',
        'no_computer bool',
        'no_internet bool',
        'mobile_only bool',
        'needs_support_with_online_procedures bool',
        'registered_on date',
      ),
    },
    { table: 'workshop_participation', columns: cols('household_id uuid', 'workshop_id uuid'), rows: participations },
    { table: 'device', columns: cols('id uuid', 'department_code', 'partner_id uuid', 'kind device_kind', 'label', 'status device_status'), rows: devices },
    {
      table: 'loan',
      columns: cols('id uuid', 'device_id uuid', 'household_id uuid', 'department_code', 'starts_on date', 'due_on date', 'returned_on date'),
      rows: loans,
    },
  ];
}
