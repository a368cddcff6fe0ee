import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, rangeCondition, rowsByPeriod } from '../../../platform/loaders.js';
import type { DateRange } from '../../../platform/period.js';
import { sqlList, sqlLiteral } from '../../../platform/sql-literals.js';
import { FunderKind } from '../funders/funder.entity.js';
import { ENGAGED_STATUSES, LineStatus } from '../plans/funding-plan.entity.js';

/** Envelopes in force during a range: they start before it ends and end after it starts. */
function inForce(range: DateRange) {
  const parts: string[] = [];
  const params: string[] = [];
  if (range.to) {
    parts.push('starts_on <= ?');
    params.push(range.to);
  }
  if (range.from) {
    parts.push('ends_on >= ?');
    params.push(range.from);
  }
  return { sql: parts.join(' and ') || 'true', params };
}

const num = (value: unknown) => Number(value ?? 0);

/** Budget breakdowns per department and period: three statements for all departments of a request. */
export const budgetLoaders = (em: EntityManager) => ({
  envelopesByVolet: rowsByPeriod(
    em,
    (keys, range) => {
      const period = inForce(range);
      return {
        text: `select department_code as key, volet, sum(amount_cents)::bigint as cents from envelope
              where department_code in (${placeholders(keys)}) and ${period.sql} group by 1, 2`,
        params: [...keys, ...period.params],
      };
    },
    (r) => ({ volet: String(r.volet), cents: num(r.cents) }),
  ),

  /**
   * Commitments narrowed by their day: committed = lines COMMITTED or PAID whose commitment falls in
   * the period, paid = PAID lines whose payment does (all time when open). The State's funders are a
   * handful among tens of thousands of collectivities: a hashed sub-select of them costs far less
   * than joining every funder (4× at national scale).
   */
  linesByVolet: rowsByPeriod(
    em,
    (keys, range) => {
      const committed = rangeCondition('l.committed_on', range);
      const paid = rangeCondition('l.paid_on', range);
      return {
        text: `select p.department_code as key, l.volet, l.funder_id in (select id from funder where kind = ${sqlLiteral(FunderKind.STATE)}) as state,
                  coalesce(sum(l.amount_cents) filter (where l.status in (${sqlList(ENGAGED_STATUSES)}) and ${committed.sql}), 0)::bigint as committed,
                  coalesce(sum(l.amount_cents) filter (where l.status = ${sqlLiteral(LineStatus.PAID)} and ${paid.sql}), 0)::bigint as paid
             from funding_line l join funding_plan p on p.id = l.plan_id
            where p.department_code in (${placeholders(keys)}) group by 1, 2, 3`,
        params: [...committed.params, ...paid.params, ...keys],
      };
    },
    (r) => ({ volet: String(r.volet), state: r.state === true, committed: num(r.committed), paid: num(r.paid) }),
  ),

  subsidiesByVerdict: rowsByPeriod(
    em,
    (keys, range) => {
      const period = rangeCondition('decided_on', range);
      return {
        text: `select department_code as key, verdict, count(*)::int as count, coalesce(sum(amount_cents), 0)::bigint as cents
               from subsidy where department_code in (${placeholders(keys)}) and ${period.sql} group by 1, 2`,
        params: [...keys, ...period.params],
      };
    },
    (r) => ({ verdict: String(r.verdict), count: num(r.count), cents: num(r.cents) }),
  ),
});
