import type { Stack } from './stack.js';

/** A project as the funding tests need it, read from pedagogy's database. */
export interface TestProject {
  id: string;
  departmentCode: string;
  regionCode: string;
  uai: string;
  kind: string;
  communeCode: string;
  epciSiren: string | null;
}

export const FIRST_DEGREE = ['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE'];

export const CREATE_PLAN = `mutation($input: CreateFundingPlanInput!) { createFundingPlan(input: $input) { fundingPlan {
  id version departmentCode project { id } totalCost { cents currency } requestedSubsidy { cents }
  lines { id position volet status amount { cents currency } funder { id kind } envelope { id } }
  pledged { cents } committed { cents } paid { cents } } } }`;
export const UPDATE_PLAN = `mutation($input: UpdateFundingPlanInput!) { updateFundingPlan(input: $input) { fundingPlan {
  id version totalCost { cents } requestedSubsidy { cents } lines { id volet status amount { cents } funder { id } } } } }`;
export const CHANGE_LINE = `mutation($input: ChangeFundingLineStatusInput!) { changeFundingLineStatus(input: $input) {
  fundingPlan { id version committed { cents } paid { cents } } line { id status committedOn paidOn envelope { id } } } }`;

export const eur = (cents: number) => ({ cents });

/**
 * Test data over the stack's databases: projects (pedagogy), funders and envelopes (finance, from
 * the seeds when they are there, inserted otherwise), and snapshots of every finance table.
 */
export class FundingFixture {
  private readonly used = new Set<string>();
  constructor(private readonly stack: Stack) {}

  pedagogy = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => this.stack.sql<T>('pedagogy', text, params);
  finance = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => this.stack.sql<T>('finance', text, params);

  /** An ACCEPTED project of the department not used yet by this file, with no funding plan nor decision (seeded ones are removed). */
  async project(departmentCode: string, kinds: string[] = FIRST_DEGREE): Promise<TestProject> {
    const rows = await this.pedagogy<TestProject>(
      `select p.id, p.department_code as "departmentCode", d.region_code as "regionCode", s.uai, s.kind,
              c.code as "communeCode", c.epci_siren as "epciSiren"
         from project p join school s on s.uai = p.lead_school_uai join commune c on c.code = s.commune_code
         join department d on d.code = p.department_code
        where p.department_code = ? and s.kind in (${kinds.map(() => '?').join(', ')}) order by (p.status = 'ACCEPTED') desc, p.id`,
      [departmentCode, ...kinds],
    );
    const project = rows.find((row) => !this.used.has(row.id));
    if (!project) throw new Error(`no project of ${departmentCode} led by a ${kinds.join('/')} is left`);
    this.used.add(project.id);
    // Free the project of its seeded plan and decision: these tests build their own.
    await this.finance('delete from disbursement where subsidy_id in (select id from subsidy where project_id = ?)', [project.id]);
    await this.finance('delete from subsidy where project_id = ?', [project.id]);
    await this.finance('delete from funding_plan where project_id = ?', [project.id]);
    return project;
  }

  /** The funder of this kind and territory (the State: territory null), inserted when the seeds lack it. */
  async funder(kind: string, territoryCode: string | null, departmentCodes: string[], name = `${kind} ${territoryCode ?? ''}`): Promise<string> {
    const find = () =>
      this.finance<{ id: string }>('select id from funder where kind = ? and territory_code is not distinct from ? order by name limit 1', [
        kind,
        territoryCode,
      ]);
    const [found] = await find();
    if (found) return found.id;
    await this.finance('insert into funder (kind, name, territory_code, department_codes) values (?, ?, ?, ?::text[])', [
      kind,
      name,
      territoryCode,
      `{${departmentCodes.join(',')}}`,
    ]);
    return (await find())[0]!.id;
  }

  /** The owner of a project's lead school as a funder (commune for an école, department council, region). */
  owner(project: TestProject): Promise<string> {
    if (FIRST_DEGREE.includes(project.kind)) return this.funder('COMMUNE', project.communeCode, [project.departmentCode]);
    if (project.kind === 'COLLEGE') return this.funder('DEPARTMENT_COUNCIL', project.departmentCode, [project.departmentCode]);
    return this.funder('REGION', project.regionCode, [project.departmentCode]);
  }

  /** The envelope of a funder for a department and volet, inserted with `amountCents` when missing. */
  async envelope(funderId: string, departmentCode: string, volet: string, amountCents: number): Promise<{ id: string; amountCents: number }> {
    await this.finance(
      `insert into envelope (funder_id, department_code, volet, amount_cents, starts_on, ends_on)
       values (?, ?, ?, ?, '2021-09-01', '2025-08-31') on conflict do nothing`,
      [funderId, departmentCode, volet, amountCents],
    );
    const [row] = await this.finance<{ id: string; amount_cents: string }>(
      'select id, amount_cents from envelope where funder_id = ? and department_code = ? and volet = ?',
      [funderId, departmentCode, volet],
    );
    return { id: row!.id, amountCents: Number(row!.amount_cents) };
  }

  /** Cents already committed or paid on an envelope. */
  async committedOn(envelopeId: string): Promise<number> {
    const [row] = await this.finance<{ used: string }>(
      `select coalesce(sum(amount_cents), 0) as used from funding_line where envelope_id = ? and status in ('COMMITTED', 'PAID')`,
      [envelopeId],
    );
    return Number(row!.used);
  }

  /** Every finance table a plan mutation may write, as a comparable digest (row count and content hash). */
  snapshot() {
    return this.finance(
      ['funding_plan', 'funding_line', 'envelope', 'audit_entry']
        .map(
          (table) => `select '${table}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${table} t`,
        )
        .join(' union all '),
    );
  }
}
