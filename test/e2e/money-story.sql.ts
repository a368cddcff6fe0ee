import type { SubgraphName } from '../../platform/config.js';
import { isWorkingDay } from '../../platform/working-days.js';

/** SQL on a subgraph's database with `$1`… placeholders (see `bind`). */
type Sql = <T = Record<string, unknown>>(name: SubgraphName, text: string, values?: unknown[]) => Promise<T[]>;

/** `$1`, `$2`… written once each where they are used, as the `?` placeholders the test stack's SQL takes. */
export function bind(text: string, values: readonly unknown[]): [string, unknown[]] {
  const params: unknown[] = [];
  const positional = text.replace(/\$(\d+)/g, (_, n: string) => {
    params.push(values[Number(n) - 1]);
    return '?';
  });
  return [positional, params];
}

/** Lines of a plan of the department ($1), with their funder's kind: what most checks read. */
const LINES = `funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id where p.department_code = $1`;

/** Per project plan: the grantor's engaged and paid lines, the subsidy and what was paid of it. */
const PER_PROJECT = `select p.id,
    coalesce((select sum(l.amount_cents) from funding_line l join funder f on f.id = l.funder_id
               where l.plan_id = p.id and f.kind = 'STATE' and l.status in ('COMMITTED', 'PAID')), 0) as engaged,
    coalesce((select sum(l.amount_cents) from funding_line l join funder f on f.id = l.funder_id
               where l.plan_id = p.id and f.kind = 'STATE' and l.status = 'PAID'), 0) as paid,
    coalesce(s.amount_cents, 0) as granted,
    coalesce((select sum(d.amount_cents) from disbursement d where d.subsidy_id = s.id), 0) as disbursed
  from funding_plan p left join subsidy s on s.project_id = p.project_id
  where p.department_code = $1 and p.project_id is not null`;

/** Each invariant as the SQL counting the rows that break it, on finance's database. */
const CHECKS: Record<string, string> = {
  unbalancedPlans: `select count(*) from funding_plan p where p.department_code = $1
      and p.total_cost_cents <> (select coalesce(sum(amount_cents), 0) from funding_line where plan_id = p.id)`,
  disbursedBeyondSubsidy: `select count(*) from subsidy s where s.department_code = $1
      and s.amount_cents < (select coalesce(sum(amount_cents), 0) from disbursement where subsidy_id = s.id)`,
  engagedWithoutMatchingEnvelope: `select count(*) from ${LINES} and l.status <> 'PLEDGED' and not exists (select 1 from envelope e
      where e.id = l.envelope_id and e.funder_id = l.funder_id and e.department_code = p.department_code and e.volet = l.volet)`,
  datesOutsideEnvelope: `select count(*) from ${LINES} and l.status <> 'PLEDGED' and exists (select 1 from envelope e where e.id = l.envelope_id
      and (l.committed_on not between e.starts_on and e.ends_on or (l.paid_on is not null and l.paid_on not between e.starts_on and e.ends_on)))`,
  paidBeforeCommitted: `select count(*) from ${LINES} and l.paid_on < l.committed_on`,
  envelopesOverspent: `select count(*) from envelope e where e.department_code = $1 and e.amount_cents <
      (select coalesce(sum(amount_cents), 0) from funding_line where envelope_id = e.id and status <> 'PLEDGED')`,
  decisionsBeforeMeeting: `select count(*) from subsidy s join commission c on c.id = s.commission_id
      where s.department_code = $1 and (s.decided_on < c.meets_on or c.department_code <> s.department_code)`,
  paymentsBeforeDecision: `select count(*) from disbursement d join subsidy s on s.id = d.subsidy_id where s.department_code = $1 and d.paid_on < s.decided_on`,
};

/** Only where the State grants the subsidies (the programme's departments): its lines follow the commission. */
const STATE_CHECKS: Record<string, string> = {
  stateEngagedNotGranted: `select count(*) from (${PER_PROJECT}) x where engaged <> granted`,
  statePaidNotFullyDisbursed: `select count(*) from (${PER_PROJECT}) x where paid <> case when granted > 0 and disbursed = granted then granted else 0 end`,
  stateCommittedBeforeDecision: `select count(*) from ${LINES} and p.project_id is not null and f.kind = 'STATE' and l.status <> 'PLEDGED'
      and not exists (select 1 from subsidy s where s.project_id = p.project_id and s.verdict = 'ACCEPTED' and s.decided_on <= l.committed_on)`,
};

/**
 * The invariants of the money story broken in a department, by name with the number of rows
 * breaking each (an empty object when all hold). `grantor` is who grants the commission's
 * subsidies there: the State in the programme's departments, the department council elsewhere.
 */
export async function moneyViolations(sql: Sql, code: string, { grantor }: { grantor: 'STATE' | 'DEPARTMENT_COUNCIL' }) {
  const checks = grantor === 'STATE' ? { ...CHECKS, ...STATE_CHECKS } : CHECKS;
  const broken: Record<string, number> = {};
  for (const [name, text] of Object.entries(checks)) {
    const [row] = await sql<{ count: string }>('finance', text, [code]);
    if (Number(row?.count ?? 0)) broken[name] = Number(row!.count);
  }
  const days = await sql<{ day: string }>('finance', "select to_char(meets_on, 'YYYY-MM-DD') as day from commission where department_code = $1", [code]);
  const closed = days.filter((r) => !isWorkingDay(r.day)).length;
  if (closed) broken.commissionsOnClosedDays = closed;
  return broken;
}
