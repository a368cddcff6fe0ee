import { expect } from '@jest/globals';
import type { FinanceServices } from '../subgraphs/finance/services.js';
import { tokenFor, type Stack } from './stack.js';

/** SQL on a subgraph's own database (read back, or set up what no mutation makes yet). */
export const sqlOf =
  (stack: Stack, name: 'pedagogy' | 'finance') =>
  <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    stack.sql<T>(name, text, params);

/** The finance process's outbox relay (tests flush it instead of waiting for its next poll). */
export const relayOf = (stack: Stack) => (stack.subgraphs.finance.services as FinanceServices).relay;

/** Every finance table a commission mutation may write, as rows (the outbox without its delivery state). */
export async function financeSnapshot(stack: Stack) {
  const sql = sqlOf(stack, 'finance');
  return {
    commission: await sql('select * from commission order by id'),
    subsidy: await sql('select * from subsidy order by id'),
    disbursement: await sql('select * from disbursement order by id'),
    outbox: await sql('select id, topic, payload, created_at from outbox_message order by id'),
    audit: await sql('select * from audit_entry order by id'),
    plans: await sql('select * from funding_plan order by id'),
    lines: await sql('select * from funding_line order by id'),
  };
}

export const DECIDE = `mutation($input: DecideProjectInput!) { decideProject(input: $input) {
  subsidy { id verdict version decidedOn reason amount { cents currency } disbursed { cents } remaining { cents } project { id } commission { id } }
} }`;
export const DISBURSE = `mutation($input: DisburseInput!) { disburse(input: $input) {
  disbursement { id amount { cents } paidOn } subsidy { id version disbursed { cents } remaining { cents } }
} }`;
const CREATE_COMMISSION = `mutation($input: CreateCommissionInput!) { createCommission(input: $input) { commission { id name meetsOn department { code } } } }`;
const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version } } }`;
export const MOVE = `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { id version status } } }`;

/** A commission of a department, created through the gateway. */
export async function createCommission(stack: Stack, token: string, departmentCode = '18', meetsOn = '2024-02-01'): Promise<string> {
  const { data, errors } = await stack.query(CREATE_COMMISSION, {
    token,
    variables: { input: { departmentCode, name: `Comité ${departmentCode} ${meetsOn}`, meetsOn } },
  });
  expect(errors).toBeUndefined();
  return data.createCommission.commission.id;
}

/** A new project of Cher's innovation call, submitted in 2023-24 and, unless asked otherwise, under review. */
export async function cherProject(stack: Stack, staff18: string, status: 'SUBMITTED' | 'UNDER_REVIEW' = 'UNDER_REVIEW'): Promise<string> {
  const sql = sqlOf(stack, 'pedagogy');
  const [call] = await sql<{ id: string }>(`select id from call where code = '18-INNOVATION'`);
  const [school] = await sql<{ uai: string }>(`select uai from school where department_code = '18' order by uai limit 1`);
  const input = { callId: call!.id, leadSchoolUai: school!.uai, title: 'Robots et webradio', themes: [] };
  const created = await stack.query(CREATE_PROJECT, { token: staff18, variables: { input } });
  expect(created.errors).toBeUndefined();
  let project = created.data.createProject.project as { id: string; version: number };
  // A past submission (the 2023-24 campaign window) is recorded by ADMIN; staff submit only today.
  const admin = await tokenFor('ADMIN');
  for (const [next, effectiveOn] of [
    ['SUBMITTED', '2024-01-10'],
    ['UNDER_REVIEW', '2024-01-15'],
  ] as const) {
    const moved = await stack.query(MOVE, {
      token: next === 'SUBMITTED' ? admin : staff18,
      variables: { input: { id: project.id, version: project.version, status: next, effectiveOn } },
    });
    expect(moved.errors).toBeUndefined();
    project = moved.data.changeProjectStatus.project;
    if (next === status) break;
  }
  return project.id;
}

/** A balanced funding plan for a project (total cost 10,000 €, 6,000 € requested), written in SQL. */
export async function fundingPlan(stack: Stack, projectId: string, departmentCode = '18', requestedCents = 600_000): Promise<void> {
  const sql = sqlOf(stack, 'finance');
  let [funder] = await sql<{ id: string }>(`select id from funder order by (kind = 'STATE') desc, id limit 1`);
  funder ??= (await sql<{ id: string }>(`insert into funder (kind, name, department_codes) values ('STATE', 'État', '{18,29}') returning id`))[0];
  await sql(
    `with plan as (insert into funding_plan (project_id, department_code, total_cost_cents, requested_subsidy_cents) values (?, ?, 1000000, ?) returning id)
     insert into funding_line (plan_id, position, funder_id, volet, amount_cents) select id, 0, ?, 'RESOURCES', 1000000 from plan`,
    [projectId, departmentCode, requestedCents, funder!.id],
  );
}

/** Waits until `probe` holds (polling), or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T>, holds: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (holds(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
