import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROGRAMMES, SEED_REFERENCE_DATE } from '../../platform/programme.js';
import { prepareNationalRun } from '../../platform/seeds/national.js';
import { isWorkingDay } from '../../platform/working-days.js';
import { seedNational } from '../../scripts/national/run.js';
import type { SubgraphName } from '../../platform/config.js';
import { Stack } from '../stack.js';

/**
 * The seeded data obey the platform's own rules: the demonstration data of Cher and Finistère and a
 * sample of the national data set (TNE departments 2A, 86 and 971, and Lozère outside the
 * programme), each invariant one SQL statement over a subgraph's database that returns the
 * offending rows (at most 20), expected to return none. The seeds' reference date is
 * SEED_REFERENCE_DATE (platform/programme.ts): nothing is dated after it, and a project of a
 * programme that ended before it is in a final status. The campaign "(en cours)" that the
 * demonstration opens on the day it is seeded, for live submissions, is the one row allowed past it.
 */
let stack: Stack;
const NATIONAL_SAMPLE = ['2A', '48', '86', '971'];
const REF = `'${SEED_REFERENCE_DATE}'::date`;
const LIVE_CAMPAIGN = `'%(en cours)'`;
/** The programmes as a table, for the databases that do not store them (finance, parentality). */
const PROGRAMME_TABLE = `(values ${[...PROGRAMMES]
  .map(([code, p]) => `('${code}', '${p.programmeStart}'::date, '${p.programmeEnd}'::date)`)
  .join(', ')}) as programme(department_code, programme_start, programme_end)`;

beforeAll(async () => {
  stack = await Stack.start();
  await seedNational(stack.subgraphEnv('pedagogy', 0), await prepareNationalRun({ seed: 11, departments: NATIONAL_SAMPLE }));
}, 180_000);
afterAll(() => stack?.stop());

/** Runs an invariant's statement and expects no offending row (the rows are printed when some are found). */
async function expectNone(name: SubgraphName, invariant: string, text: string): Promise<void> {
  const rows = await stack.sql(name, `${text} limit 20`);
  expect({ invariant, rows }).toEqual({ invariant, rows: [] });
}

/** Days (first column `day`) of a statement that are not working days, with the rest of their row. */
async function expectWorkingDays(name: SubgraphName, invariant: string, text: string): Promise<void> {
  const rows = (await stack.sql<{ day: string }>(name, text)).filter((row) => !isWorkingDay(row.day)).slice(0, 20);
  expect({ invariant, rows }).toEqual({ invariant, rows: [] });
}

/** English theme words that must not appear in French titles and summaries. */
const ENGLISH = `'(robotics|coding|digital|girls|moving with|foundation|parentality|citizenship|[a-z]_[a-z])'`;

/** How many rows a statement counts (first column of its only row). */
const count = async (name: SubgraphName, text: string) => Number(Object.values((await stack.sql(name, text))[0] ?? {})[0] ?? 0);

it('has rows to check in every table the invariants read, demonstration and national sample alike', async () => {
  for (const code of ['18', '29', ...NATIONAL_SAMPLE]) {
    const where = `department_code = '${code}'`;
    const rows = {
      verdicts: await count(
        'pedagogy',
        `select count(*) from project_status_change h join project p on p.id = h.project_id where p.${where} and h.to_status in ('ACCEPTED', 'REJECTED')`,
      ),
      sessions: await count('pedagogy', `select count(*) from training_session s join training t on t.id = s.training_id where t.${where}`),
      workshops: await count('parentality', `select count(*) from workshop where ${where}`),
      loans: await count('parentality', `select count(*) from loan where ${where}`),
    };
    expect({ code, empty: Object.keys(rows).filter((key) => rows[key as keyof typeof rows] === 0) }).toEqual({ code, empty: [] });
  }
  for (const table of ['commission', 'subsidy', 'disbursement'])
    expect({ table, rows: await count('finance', `select count(*) from ${table}`) }).not.toEqual({ table, rows: 0 });
  expect(await count('pedagogy', `select count(*) from project_status_change where to_status in ('ACCEPTED', 'REJECTED')`)).toBeGreaterThan(100);
});

describe('pedagogy: calls, projects and their histories', () => {
  it('campaigns open before they close, never overlap within a call, and lie within the programme', async () => {
    await expectNone(
      'pedagogy',
      'campaign window reversed',
      `select c.id, c.opens_on::text, c.closes_on::text from call_campaign c where c.opens_on > c.closes_on`,
    );
    await expectNone(
      'pedagogy',
      'campaigns of one call overlap',
      `select a.name, b.name as other, a.call_id from call_campaign a join call_campaign b
          on b.call_id = a.call_id and b.id <> a.id and a.opens_on <= b.closes_on and b.opens_on <= a.closes_on`,
    );
    await expectNone(
      'pedagogy',
      'campaign outside the programme',
      `select k.code, c.name, c.opens_on::text, c.closes_on::text from call_campaign c join call k on k.id = c.call_id
         join department d on d.code = k.department_code
        where d.programme_start is not null and c.name not like ${LIVE_CAMPAIGN}
          and (c.opens_on < d.programme_start or c.closes_on > d.programme_end)`,
    );
    await expectNone(
      'pedagogy',
      'campaign after the reference date',
      `select name, closes_on::text from call_campaign where closes_on > ${REF} and name not like ${LIVE_CAMPAIGN}`,
    );
  });

  it('projects are submitted inside their campaign, as their history says', async () => {
    await expectNone(
      'pedagogy',
      'submission outside its campaign',
      `select p.id, p.submitted_on::text, c.opens_on::text, c.closes_on::text from project p join call_campaign c on c.id = p.campaign_id
        where p.submitted_on not between c.opens_on and c.closes_on`,
    );
    await expectNone(
      'pedagogy',
      "submission date differs from the history's",
      `select p.id, p.submitted_on::text, h.effective_on::text from project p join project_status_change h on h.project_id = p.id and h.to_status = 'SUBMITTED'
        where p.submitted_on is distinct from h.effective_on`,
    );
    await expectNone(
      'pedagogy',
      'campaign of another call',
      `select p.id from project p join call_campaign c on c.id = p.campaign_id where c.call_id <> p.call_id`,
    );
  });

  it('histories follow the lifecycle in date order and end in the project status', async () => {
    await expectNone(
      'pedagogy',
      'a move dated before the move that led to its starting status',
      `select a.project_id, a.to_status, a.effective_on::text, b.to_status as next, b.effective_on::text as next_on
         from project_status_change a join project_status_change b on b.project_id = a.project_id and b.from_status = a.to_status
        where b.effective_on < a.effective_on`,
    );
    await expectNone(
      'pedagogy',
      'status without a history ending in it',
      `select p.id, p.status from project p
        where not exists (select 1 from project_status_change h where h.project_id = p.id and h.to_status = p.status)
           or exists (select 1 from project_status_change h where h.project_id = p.id and h.from_status = p.status)`,
    );
    await expectNone(
      'pedagogy',
      'history does not start with a draft',
      `select p.id from project p where (select count(*) from project_status_change h where h.project_id = p.id and h.from_status is null and h.to_status = 'DRAFT') <> 1`,
    );
    await expectNone(
      'pedagogy',
      'rejection or withdrawal without a reason',
      `select project_id, to_status from project_status_change where to_status in ('REJECTED', 'WITHDRAWN') and coalesce(trim(reason), '') = ''`,
    );
  });

  it("each campaign's verdicts fall on one commission day of its department: a working day after the campaign closed", async () => {
    await expectNone(
      'pedagogy',
      'several verdict days for one department and campaign',
      `select p.department_code, c.name, array_agg(distinct h.effective_on::text) as days from project p
         join call_campaign c on c.id = p.campaign_id
         join project_status_change h on h.project_id = p.id and h.to_status in ('ACCEPTED', 'REJECTED')
        group by p.department_code, c.id, c.name having count(distinct h.effective_on) > 1`,
    );
    await expectNone(
      'pedagogy',
      'verdict before the campaign closed',
      `select p.id, c.closes_on::text, h.effective_on::text from project p join call_campaign c on c.id = p.campaign_id
         join project_status_change h on h.project_id = p.id and h.to_status in ('ACCEPTED', 'REJECTED')
        where h.effective_on <= c.closes_on`,
    );
    await expectWorkingDays(
      'pedagogy',
      'verdict on a day off',
      `select distinct h.effective_on::text as day, p.department_code from project_status_change h join project p on p.id = h.project_id
        where h.to_status in ('ACCEPTED', 'REJECTED')`,
    );
  });

  it('every move lies within the programme and by the reference date; ended programmes hold only final projects', async () => {
    await expectNone(
      'pedagogy',
      'move outside the programme',
      `select p.department_code, h.project_id, h.to_status, h.effective_on::text from project_status_change h
         join project p on p.id = h.project_id join department d on d.code = p.department_code
        where d.programme_start is not null and h.effective_on not between d.programme_start and d.programme_end`,
    );
    await expectNone(
      'pedagogy',
      'move after the reference date',
      `select project_id, to_status, effective_on::text from project_status_change where effective_on > ${REF}`,
    );
    await expectNone(
      'pedagogy',
      'project still open after its programme ended',
      `select p.department_code, p.id, p.status from project p join department d on d.code = p.department_code
        where d.programme_end < ${REF} and p.status not in ('COMPLETED', 'REJECTED', 'WITHDRAWN')`,
    );
  });

  it('titles and summaries are in French', async () => {
    await expectNone('pedagogy', 'English in a project', `select id, title, summary from project where title ~* ${ENGLISH} or summary ~* ${ENGLISH}`);
    await expectNone('pedagogy', 'English in a call', `select code, title from call where title ~* ${ENGLISH}`);
    await expectNone('pedagogy', 'English in a training', `select id, title from training where title ~* ${ENGLISH}`);
  });
});

describe('pedagogy: schools, trainings and events', () => {
  it('TNE schools joined in a school year of their programme, only in TNE departments', async () => {
    await expectNone(
      'pedagogy',
      'TNE school outside the programme',
      `select s.uai, s.department_code, s.tne_joined_year from school s join department d on d.code = s.department_code
        where s.tne_joined_year is not null and (d.programme_start is null
           or s.tne_joined_year not between extract(year from d.programme_start) and extract(year from d.programme_end) - 1)`,
    );
  });

  it('in the years only priority territories could take part, TNE schools joining are in one', async () => {
    await expectNone(
      'pedagogy',
      'TNE school outside the priority territories in a priority-only year',
      `select s.uai, s.department_code, s.tne_joined_year, s.commune_code from school s join commune m on m.code = s.commune_code
        where m.priority_territory_code is null and exists (
          select 1 from call_campaign c join call k on k.id = c.call_id
           where k.department_code = s.department_code and c.eligibility = 'PRIORITY_TERRITORIES'
             and s.tne_joined_year = extract(year from c.opens_on - interval '8 months'))`,
    );
  });

  it('training sessions and events are held on working days within the programme', async () => {
    await expectNone(
      'pedagogy',
      'session outside the programme',
      `select t.department_code, t.title, s.date::text from training_session s join training t on t.id = s.training_id
         join department d on d.code = t.department_code
        where (d.programme_start is not null and s.date not between d.programme_start and d.programme_end) or s.date > ${REF}`,
    );
    await expectWorkingDays(
      'pedagogy',
      'session on a day off',
      `select distinct s.date::text as day, t.department_code from training_session s join training t on t.id = s.training_id`,
    );
    await expectNone(
      'pedagogy',
      'event outside the programme',
      `select e.code, e.starts_on::text, e.ends_on::text from event e join department d on d.code = e.department_code
        where e.ends_on < e.starts_on or (d.programme_start is not null and (e.starts_on < d.programme_start or e.ends_on > d.programme_end))`,
    );
  });
});

describe('parentality', () => {
  it('workshops are held within their department programme, by the reference date', async () => {
    await expectNone(
      'parentality',
      'workshop outside the programme',
      `select w.department_code, w.topic, w.held_on::text from workshop w left join ${PROGRAMME_TABLE} on programme.department_code = w.department_code
        where w.held_on > ${REF} or (programme.programme_start is not null and w.held_on not between programme.programme_start and programme.programme_end)`,
    );
  });

  it('loans are due within a school year of their start and returned after it', async () => {
    await expectNone(
      'parentality',
      'loan dates out of order or too long',
      `select id, starts_on::text, due_on::text, returned_on::text from loan
        where due_on < starts_on or due_on > starts_on + 366 or returned_on < starts_on or returned_on > ${REF} or starts_on > ${REF}`,
    );
    await expectNone(
      'parentality',
      'loan of a device to a household of another department',
      `select l.id from loan l join device d on d.id = l.device_id join household h on h.id = l.household_id
        where d.department_code <> h.department_code or l.department_code <> d.department_code`,
    );
  });

  it("workshops' schools and communes exist in pedagogy, in the workshop's department", async () => {
    const workshops = await stack.sql<{ school_uai: string | null; commune_code: string | null; department_code: string }>(
      'parentality',
      'select distinct school_uai, commune_code, department_code from workshop',
    );
    const schools = new Map(
      (await stack.sql<{ uai: string; department_code: string }>('pedagogy', 'select uai, department_code from school')).map((s) => [s.uai, s.department_code]),
    );
    const communes = new Map(
      (await stack.sql<{ code: string; department_code: string }>('pedagogy', 'select code, department_code from commune')).map((c) => [
        c.code,
        c.department_code,
      ]),
    );
    const offending = workshops.filter(
      (w) =>
        (w.school_uai !== null && schools.get(w.school_uai) !== w.department_code) ||
        (w.commune_code !== null && communes.get(w.commune_code) !== w.department_code),
    );
    expect(offending.slice(0, 20)).toEqual([]);
  });
});

describe('finance dates (seeded by the finance seeds)', () => {
  it('commissions meet on working days within the programme', async () => {
    await expectWorkingDays('finance', 'commission on a day off', `select meets_on::text as day, department_code, name from commission`);
    await expectNone(
      'finance',
      'commission outside the programme',
      `select c.department_code, c.name, c.meets_on::text from commission c join ${PROGRAMME_TABLE} on programme.department_code = c.department_code
        where c.meets_on not between programme.programme_start and programme.programme_end or c.meets_on > ${REF}`,
    );
  });

  it('decisions are dated on or after their meeting, payments on or after their decision', async () => {
    await expectNone(
      'finance',
      'decision before its meeting',
      `select s.project_id, s.decided_on::text, c.meets_on::text from subsidy s join commission c on c.id = s.commission_id where s.decided_on < c.meets_on`,
    );
    await expectNone(
      'finance',
      'payment before its decision',
      `select d.id, d.paid_on::text, s.decided_on::text from disbursement d join subsidy s on s.id = d.subsidy_id where d.paid_on < s.decided_on or d.paid_on > ${REF}`,
    );
  });

  it("finance's decisions are pedagogy's verdicts: same project, verdict and day", async () => {
    const decisions = await stack.sql<{ project_id: string; verdict: string; decided_on: string }>(
      'finance',
      'select project_id, verdict, decided_on::text from subsidy',
    );
    const verdicts = new Map(
      (
        await stack.sql<{ project_id: string; to_status: string; effective_on: string }>(
          'pedagogy',
          `select project_id, to_status, effective_on::text from project_status_change where to_status in ('ACCEPTED', 'REJECTED')`,
        )
      ).map((v) => [v.project_id, `${v.to_status} ${v.effective_on}`]),
    );
    const offending = decisions.filter((d) => verdicts.get(d.project_id) !== `${d.verdict} ${d.decided_on}`);
    expect(offending.slice(0, 20)).toEqual([]);
  });
});
