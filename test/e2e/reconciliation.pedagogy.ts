import { expect } from '@jest/globals';
import type { DateRange } from '../../platform/period.js';
import { type ComparedDepartment, expectBreakdown, type Sql } from './reconciliation.breakdown.js';

/** `column` within the range, as SQL with its parameters (open ends are unbounded). */
export function within(column: string, range: DateRange): { sql: string; params: unknown[] } {
  return {
    sql: `(?::date is null or ${column} >= ?::date) and (?::date is null or ${column} <= ?::date)`,
    params: [range.from, range.from, range.to, range.to],
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
const EXACT_RATIOS = new Set(['hoursDelivered', 'teacherHours']);

/**
 * Walks an answer and checks every Kpi (raw value and its two ratios) and MoneyKpi (cents and
 * per-size cents) against the department's sizes; returns how many it checked.
 */
export function checkNormalised(node: unknown, pupils: number, population: number): number {
  if (!node || typeof node !== 'object') return 0;
  const record = node as Record<string, any>;
  if ('suppressed' in record && 'perThousandPupils' in record && typeof record.value === 'number') {
    expect(record.perThousandPupils).toBe(pupils ? round3((record.value * 1000) / pupils) : null);
    expect(record.perTenThousandInhabitants).toBe(population ? round3((record.value * 10_000) / population) : null);
    return 1;
  }
  if (record.value && typeof record.value.cents === 'number' && 'perThousandPupils' in record) {
    expect(record.perThousandPupils?.cents ?? null).toBe(pupils ? Math.round((record.value.cents * 1000) / pupils) : null);
    expect(record.perTenThousandInhabitants?.cents ?? null).toBe(population ? Math.round((record.value.cents * 10_000) / population) : null);
    return 1;
  }
  // Training hours are shown rounded to the hour while their ratios use exact hours: checked apart.
  const children = Object.entries(record).filter(([key]) => !EXACT_RATIOS.has(key));
  return children.reduce<number>((sum, [, child]) => sum + checkNormalised(child, pupils, population), 0);
}

/** Every pedagogy KPI of the comparison against SQL on pedagogy's database. */
export async function reconcilePedagogy(d: ComparedDepartment, range: DateRange, sql: Sql) {
  const code = d.code;
  const p = d.pedagogy;
  expect(d.pupils).toBe(await sql('select coalesce(sum(pupils), 0) from school where department_code = ?', [code]));
  expect(d.population).toBe(await sql('select population from department where code = ?', [code]));
  expect(p.schools.value).toBe(await sql('select count(*) from school where department_code = ?', [code]));
  // TNE schools: joined by the last school year of the period (every one that joined, all time).
  const lastYear = range.to ? Number(range.to.slice(0, 4)) - (Number(range.to.slice(5, 7)) >= 9 ? 0 : 1) : 9999;
  const tne = [code, lastYear];
  expect(p.tneSchools.value).toBe(await sql('select count(*) from school where department_code = ? and tne_joined_year <= ?', tne));
  expect(p.pupilsReached.value).toBe(await sql('select coalesce(sum(pupils), 0) from school where department_code = ? and tne_joined_year <= ?', tne));

  const submitted = range.from || range.to ? within('submitted_on', range) : { sql: 'true', params: [] };
  const projects = (select: string, extra = 'true') =>
    sql(`select ${select} from project where department_code = ? and ${submitted.sql} and ${extra}`, [code, ...submitted.params]);
  expect(p.projects.projects.value).toBe(await projects('count(*)'));
  expect(p.projects.accepted.value).toBe(await projects('count(*)', "status in ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED')"));
  expect(p.projects.pupilsReached.value).toBe(await projects('coalesce(sum(pupils_reached), 0)'));
  expect(p.projects.teachersReached.value).toBe(await projects('coalesce(sum(teachers_reached), 0)'));
  expect(p.projects.girlsReached.value).toBe(await projects('coalesce(sum(girls_reached), 0)'));
  expect(p.projects.specialNeedsReached.value).toBe(await projects('coalesce(sum(special_needs_reached), 0)'));
  const grouped = (select: string, by: string) =>
    sql.rows(`select ${select} from project where department_code = ? and ${submitted.sql} group by ${by}`, [code, ...submitted.params]);
  expectBreakdown(
    p.projects.byStatus,
    (r) => r.status,
    (r) => ({ count: r.count }),
    await grouped('status::text as key, count(*) as count', 'status'),
  );
  expectBreakdown(
    p.projects.byTheme,
    (r) => r.theme,
    (r) => ({ count: r.count }),
    await grouped('unnest(themes)::text as key, count(*) as count', '1'),
  );

  const sessions = within('s.date', range);
  const training = (select: string, extra = 'true') =>
    sql(`select ${select} from training_session s join training t on t.id = s.training_id where t.department_code = ? and ${sessions.sql} and ${extra}`, [
      code,
      ...sessions.params,
    ]);
  const t = p.training;
  expect(t.trainings.value).toBe(await training('count(distinct t.id)'));
  expect(t.sessions.value).toBe(await training('count(*)'));
  const hours = await training('coalesce(sum(s.hours), 0)');
  const teacherHours = await training('coalesce(sum(s.hours * s.attended), 0)');
  expect(t.hoursDelivered.value).toBe(Math.round(hours));
  expect(t.teacherHours.value).toBe(Math.round(teacherHours));
  expect(t.hoursDelivered.perThousandPupils).toEqual(d.pupils ? expect.closeTo((hours * 1000) / d.pupils, 3) : null);
  expect(t.teacherHours.perTenThousandInhabitants).toBeCloseTo((teacherHours * 10_000) / d.population, 3);
  expect(t.teachersTrained.value).toBe(await training('coalesce(sum(s.attended), 0)'));
  const byAudience = await sql.rows(
    `select t.audience::text as key, sum(s.hours) as hours, sum(s.hours * s.attended) as "teacherHours", sum(s.attended) as "teachersTrained"
       from training_session s join training t on t.id = s.training_id where t.department_code = ? and ${sessions.sql} group by t.audience`,
    [code, ...sessions.params],
  );
  expectBreakdown(
    t.hoursByAudience,
    (a) => a.audience,
    ({ hours, teacherHours, teachersTrained }) => ({ hours, teacherHours, teachersTrained }),
    byAudience,
  );

  // A school year counts when its 1 September lies in the period.
  const years = within("(left(r.school_year, 4) || '-09-01')::date", range);
  const pix = (select: string) =>
    sql(`select ${select} from pix_result r join school s on s.uai = r.school_uai where s.department_code = ? and ${years.sql}`, [code, ...years.params]);
  const candidates = await pix('coalesce(sum(r.candidates), 0)');
  const certified = await pix('coalesce(sum(r.certified), 0)');
  expect(p.pix.candidates.value).toBe(candidates);
  expect(p.pix.certified.value).toBe(certified);
  expect(p.pix.certificationRate).toBe(candidates ? certified / candidates : null);
  const scored = await pix('coalesce(sum(r.scored), 0)');
  expect(p.pix.meanScore).toEqual(scored ? expect.closeTo((await pix('sum(r.score_sum)')) / scored, 9) : null);
  const levels = await sql.rows(
    `select split_part(pc.competence_code, '.', 1) as key, sum(pc.level_sum)::float / nullif(sum(pc.assessed), 0) as "meanLevel"
       from pix_competence_result pc join pix_result r on r.id = pc.result_id join school s on s.uai = r.school_uai
      where s.department_code = ? and ${years.sql} group by 1`,
    [code, ...years.params],
  );
  expectBreakdown(
    p.pix.meanLevelByDomain,
    (m) => m.domain.code,
    (m) => ({ meanLevel: m.meanLevel }),
    levels,
    null,
  );

  const since = within('d.since', range);
  const deployments = (select: string, extra = 'true') =>
    sql(
      `select ${select} from resource_deployment d join school s on s.uai = d.school_uai join resource r on r.code = d.resource_code
          where s.department_code = ? and ${since.sql} and ${extra}`,
      [code, ...since.params],
    );
  expect(p.resources.deployments.value).toBe(await deployments('count(*)'));
  expect(p.resources.units.value).toBe(await deployments('coalesce(sum(d.units), 0)'));
  expect(p.resources.schoolsEquipped.value).toBe(await deployments('count(distinct d.school_uai)'));
  const byKind = await sql.rows(
    `select r.kind::text as key, count(*) as deployments, sum(d.units) as units, count(distinct d.school_uai) as schools
       from resource_deployment d join school s on s.uai = d.school_uai join resource r on r.code = d.resource_code
      where s.department_code = ? and ${since.sql} group by r.kind`,
    [code, ...since.params],
  );
  expectBreakdown(
    p.resources.byKind,
    (k) => k.kind,
    ({ deployments, units, schools }) => ({ deployments, units, schools }),
    byKind,
  );
}
