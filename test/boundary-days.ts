import type { SubgraphName } from '../platform/config.js';
import type { Stack } from './stack.js';

/**
 * Rows dated on the edges of periods, so that a boundary taken one day off (`<` for `<=`, `>` for
 * `>=`, a month cut at the 30th) changes a figure that a test checks against SQL. The seeds draw
 * days 1 to 28, so without these rows no datum sits on a boundary.
 * First and last day of the school year 2023-2024 and the days just outside it; the end of a
 * 31-day month and of a leap February, with the first days of the months after them.
 */
export const BOUNDARY_DAYS = ['2023-08-31', '2023-09-01', '2024-01-31', '2024-02-01', '2024-02-29', '2024-03-01', '2024-08-31', '2024-09-01'];

interface DatedTable {
  subgraph: SubgraphName;
  table: string;
  date: string;
  /** Which rows of the department to copy (the first by id). */
  where: string;
  /** Unique columns besides the id, given new uuids in the copy. */
  unique?: string[];
}

/** The dated facts behind the period KPIs and the monthly series. */
const DATED: DatedTable[] = [
  { subgraph: 'pedagogy', table: 'training_session', date: 'date', where: 'training_id in (select id from training where department_code = ?)' },
  { subgraph: 'pedagogy', table: 'project', date: 'submitted_on', where: 'department_code = ?' },
  {
    subgraph: 'pedagogy',
    table: 'project_status_change',
    date: 'effective_on',
    where: "to_status = 'SUBMITTED' and project_id in (select id from project where department_code = ?)",
  },
  { subgraph: 'pedagogy', table: 'resource_deployment', date: 'since', where: 'school_uai in (select uai from school where department_code = ?)' },
  { subgraph: 'finance', table: 'subsidy', date: 'decided_on', where: "department_code = ? and verdict = 'ACCEPTED'", unique: ['project_id'] },
  { subgraph: 'finance', table: 'disbursement', date: 'paid_on', where: 'subsidy_id in (select id from subsidy where department_code = ?)' },
  { subgraph: 'parentality', table: 'workshop', date: 'held_on', where: 'department_code = ?' },
];

/**
 * Copies one row of each dated table of the department onto every boundary day (a new id, the
 * rest of the row as it was), by SQL on each subgraph's own database. A copy that would repeat a
 * unique fact (a school's resource deployed twice the same day) is skipped: that day has its row
 * already. Then checks that every table has a row of the department on every boundary day.
 */
export async function addBoundaryRows(stack: Stack, departmentCode: string): Promise<void> {
  for (const { subgraph, table, date, where, unique = [] } of DATED) {
    const fresh = ['id', ...unique].map((column) => `'${column}', gen_random_uuid()`).join(', ');
    const connection = stack.subgraphs[subgraph].orm.em.fork().getConnection();
    for (const day of BOUNDARY_DAYS) {
      // jsonb_populate_record keeps every other column, whatever the table's shape.
      await connection.execute(
        `insert into ${table} select (jsonb_populate_record(null::${table}, to_jsonb(r) || jsonb_build_object(${fresh}, '${date}', ?::date))).*
           from (select * from ${table} where ${where} order by id limit 1) r on conflict do nothing`,
        [day, departmentCode],
      );
      const [{ count }] = await connection.execute<Array<{ count: number }>>(`select count(*)::int as count from ${table} where ${where} and ${date} = ?`, [
        departmentCode,
        day,
      ]);
      if (!count) throw new Error(`No ${table} row of department ${departmentCode} on ${day}.`);
    }
  }
  await addEquipmentBoundaryPlans(stack, departmentCode);
}

/**
 * Equipment grants are the committed lines of schools' equipment plans (the `equipment_grant`
 * view): on every boundary day, a plan of one line, a copy of the department's first committed
 * equipment line of the State (whose envelope has room), committed that day (a school key of its own: one plan per school).
 */
async function addEquipmentBoundaryPlans(stack: Stack, departmentCode: string): Promise<void> {
  const connection = stack.subgraphs.finance.orm.em.fork().getConnection();
  for (const day of BOUNDARY_DAYS) {
    await connection.execute(
      `with line as (select l.* from funding_line l join funding_plan p on p.id = l.plan_id
                      join funder f on f.id = l.funder_id
                      where p.department_code = ? and p.school_uai is not null and l.status <> 'PLEDGED' and f.kind = 'STATE' order by l.id limit 1),
            plan as (insert into funding_plan (school_uai, department_code, total_cost_cents, requested_subsidy_cents)
                     select ?, ?, amount_cents, 0 from line returning id)
       insert into funding_line (plan_id, position, funder_id, volet, envelope_id, amount_cents, status, committed_on)
       select plan.id, 0, line.funder_id, line.volet, line.envelope_id, line.amount_cents, 'COMMITTED', ?::date from plan, line`,
      [departmentCode, `Z${day.replaceAll('-', '').slice(1)}`, departmentCode, day],
    );
    const [{ count }] = await connection.execute<Array<{ count: number }>>(
      'select count(*)::int as count from equipment_grant where department_code = ? and granted_on = ?',
      [departmentCode, day],
    );
    if (!count) throw new Error(`No equipment_grant row of department ${departmentCode} on ${day}.`);
  }
}
