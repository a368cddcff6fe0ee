import pg from 'pg';
import type { SubgraphName } from '../platform/config.js';

/**
 * Fingerprints of a set of departments' rows, per table: a count and an md5 over the rows in text
 * form. Funders are named by kind and territory rather than id, since the normal seeds give them
 * random ids; everything the national seed writes has fixed ids and dates.
 */
const QUERIES: Record<SubgraphName, Record<string, string>> = {
  pedagogy: {
    commune: 'select * from commune where department_code = any($1)',
    school: 'select * from school where department_code = any($1)',
    pix_result: 'select r.* from pix_result r join school s on s.uai = r.school_uai where s.department_code = any($1)',
    pix_competence_result:
      'select c.*, r.school_uai, r.school_year from pix_competence_result c join pix_result r on r.id = c.result_id join school s on s.uai = r.school_uai where s.department_code = any($1)',
    call: 'select c.*, k.name, k.opens_on, k.closes_on from call c left join call_campaign k on k.call_id = c.id where c.department_code = any($1)',
    project: 'select * from project where department_code = any($1)',
    project_partner: 'select x.* from project_partner x join project p on p.id = x.project_id where p.department_code = any($1)',
    project_status_change: 'select h.* from project_status_change h join project p on p.id = h.project_id where p.department_code = any($1)',
    training:
      'select t.*, array(select competence_code from training_competence c where c.training_id = t.id order by 1) from training t where department_code = any($1)',
    training_session: 'select x.* from training_session x join training t on t.id = x.training_id where t.department_code = any($1)',
    resource_deployment: 'select d.* from resource_deployment d join school s on s.uai = d.school_uai where s.department_code = any($1)',
  },
  finance: {
    funder: 'select kind, name, territory_code, department_codes from funder where department_codes && $1::text[]',
    envelope:
      'select e.id, f.kind, f.territory_code, e.department_code, e.volet, e.amount_cents, e.starts_on, e.ends_on from envelope e join funder f on f.id = e.funder_id where e.department_code = any($1)',
    funding_plan: 'select * from funding_plan where department_code = any($1)',
    funding_line:
      'select l.id, l.plan_id, l.position, f.kind, f.territory_code, l.volet, l.envelope_id, l.amount_cents, l.status, l.committed_on, l.paid_on from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id where p.department_code = any($1)',
    commission: 'select * from commission where department_code = any($1)',
    subsidy: 'select * from subsidy where department_code = any($1)',
    disbursement: 'select d.* from disbursement d join subsidy s on s.id = d.subsidy_id where s.department_code = any($1)',
    equipment_grant: 'select * from equipment_grant where department_code = any($1)',
  },
  parentality: {
    partner_organisation: 'select * from partner_organisation where department_code = any($1)',
    workshop: 'select * from workshop where department_code = any($1)',
    household: 'select * from household where department_code = any($1)',
    workshop_participation: 'select x.* from workshop_participation x join household h on h.id = x.household_id where h.department_code = any($1)',
    device: 'select * from device where department_code = any($1)',
    loan: 'select * from loan where department_code = any($1)',
  },
};

export type Fingerprints = Record<string, string>;

/** `table: count md5` for every table of the three databases, restricted to the departments. */
export async function fingerprints(urls: Record<SubgraphName, string>, departments: readonly string[]): Promise<Fingerprints> {
  const result: Fingerprints = {};
  for (const [name, queries] of Object.entries(QUERIES) as Array<[SubgraphName, Record<string, string>]>) {
    const client = new pg.Client({ connectionString: urls[name] });
    await client.connect();
    try {
      for (const [table, sql] of Object.entries(queries)) {
        const { rows } = await client.query(`select count(*)::int as n, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as sum from (${sql}) x`, [
          departments,
        ]);
        result[`${name}.${table}`] = `${rows[0].n} ${rows[0].sum}`;
      }
    } finally {
      await client.end();
    }
  }
  return result;
}

/** The first column of the first row of a statement. */
export async function scalar(url: string, sql: string, params: unknown[] = []): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(sql, params);
    return Object.values(rows[0] ?? {})[0];
  } finally {
    await client.end();
  }
}
