import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

/** Independent reads of the pedagogy database, to check what the graph answers. */
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);

// `first` is a variable: the gateway's cost limit multiplies literal page sizes (a dashboard would page).
const CHER_TRAININGS = `query CherTrainings($first: Int = 500) {
  trainings(first: $first, filter: { departmentCodes: ["18"] }) {
    totalCount
    nodes {
      id title format audience hoursDelivered teachersTrained startsOn
      sessions { date hours capacity registered attended commune { code name } venue }
      parent { title } children { title }
    }
  }
}`;

describe("Cher's trainings with hours delivered and teachers trained, in one query", () => {
  it('matches an independent SQL computation, training by training', async () => {
    const { data, errors } = await stack.query(CHER_TRAININGS);
    expect(errors).toBeUndefined();
    const expected = await sql<{ id: string; hours: number; attended: number }>(
      `select t.id, coalesce(sum(s.hours), 0)::float8 as hours, coalesce(sum(s.attended), 0)::int as attended
         from training t left join training_session s on s.training_id = t.id where t.department_code = '18' group by t.id`,
    );
    expect(data.trainings.totalCount).toBe(expected.length);
    expect(data.trainings.nodes).toHaveLength(expected.length);
    const byId = new Map(expected.map((row) => [row.id, row]));
    for (const training of data.trainings.nodes) {
      expect(training.hoursDelivered).toBeCloseTo(Number(byId.get(training.id)!.hours), 6);
      expect(training.teachersTrained).toBe(Number(byId.get(training.id)!.attended));
      for (const s of training.sessions) expect(s.attended <= s.registered && s.registered <= s.capacity).toBe(true);
    }
    const dates = data.trainings.nodes.map((t: { startsOn: string | null }) => t.startsOn ?? '9999-12-31');
    expect([...dates].sort()).toEqual(dates);
  });

  it('holds the "Terre numérique" seminar in Vierzon on 16-17 November 2022 with its ExplorCamp workshops', async () => {
    const { data } = await stack.query(CHER_TRAININGS);
    const seminar = data.trainings.nodes.find((t: { title: string }) => t.title.includes('Terre numérique'));
    expect(seminar).toMatchObject({ format: 'SEMINAR', parent: null });
    expect(seminar.sessions.map((s: { date: string; commune: { name: string } }) => [s.date, s.commune.name])).toEqual([
      ['2022-11-16', 'Vierzon'],
      ['2022-11-17', 'Vierzon'],
    ]);
    const workshops = seminar.children.map((c: { title: string }) => c.title).join(' | ');
    for (const theme of [/robotique/i, /création numérique/i, /bouger avec le numérique/i, /oral/i]) expect(workshops).toMatch(theme);
    const workshop = data.trainings.nodes.find((t: { title: string }) => t.title === seminar.children[0].title);
    expect(workshop).toMatchObject({ format: 'EXPLORCAMP_WORKSHOP', parent: { title: seminar.title } });
  });

  it('gives the department KPIs of both departments in one query, equal to SQL, and Finistère its seminar of 20-21 November 2023', async () => {
    const { data, errors } = await stack.query(`{
      departments(codes: ["18", "29"]) { code pedagogy(period: { schoolYear: "2023-2024" }) { training {
        trainings { value } sessions { value } hoursDelivered { value perThousandPupils } teachersTrained { value perTenThousandInhabitants }
        teacherHours { value } hoursByAudience { audience hours teachersTrained }
      } } }
      trainings(first: 10, filter: { departmentCodes: ["29"], formats: [SEMINAR], period: { from: "2023-11-20", to: "2023-11-21" } }) {
        nodes { title sessions { date } children { format } }
      }
    }`);
    expect(errors).toBeUndefined();
    const rows = await sql<{ code: string; trainings: number; sessions: number; hours: number; attended: number; teacher_hours: number }>(
      `select t.department_code as code, count(distinct t.id)::int as trainings, count(*)::int as sessions, sum(s.hours)::float8 as hours,
              sum(s.attended)::int as attended, sum(s.hours * s.attended)::float8 as teacher_hours
         from training t join training_session s on s.training_id = t.id
        where s.date between '2023-09-01' and '2024-08-31' and t.department_code in ('18', '29') group by t.department_code order by 1`,
    );
    expect(rows.map((r) => r.code)).toEqual(['18', '29']);
    for (const row of rows) {
      const kpis = data.departments.find((d: { code: string }) => d.code === row.code).pedagogy.training;
      expect(kpis.trainings.value).toBe(row.trainings);
      expect(kpis.sessions.value).toBe(row.sessions);
      expect(kpis.hoursDelivered.value).toBe(Math.round(row.hours));
      expect(kpis.teachersTrained.value).toBe(row.attended);
      expect(kpis.teacherHours.value).toBe(Math.round(row.teacher_hours));
      const byAudience = kpis.hoursByAudience.reduce((sum: number, a: { hours: number }) => sum + a.hours, 0);
      expect(byAudience).toBeCloseTo(row.hours, 1);
      expect(kpis.hoursByAudience).toHaveLength(4);
    }
    const [seminar] = data.trainings.nodes;
    expect(seminar.sessions.map((s: { date: string }) => s.date)).toEqual(['2023-11-20', '2023-11-21']);
    expect(seminar.children.length).toBeGreaterThan(0);
  });

  it('filters by audience, provider and competence, and pages without overlap', async () => {
    const query = `query($after: String) { trainings(first: 7, after: $after, orderBy: { field: TITLE, direction: DESC },
      filter: { departmentCodes: ["29"], audiences: [FIRST_DEGREE], competenceCodes: ["3.4"], providers: [EAFC, INSPE, DRANE, RESEAU_CANOPE, OTHER] }) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id title audience competences { code domain { code } } } } }`;
    const first = await stack.query(query);
    expect(first.errors).toBeUndefined();
    const second = await stack.query(query, { variables: { after: first.data.trainings.pageInfo.endCursor } });
    const nodes = [...first.data.trainings.nodes, ...second.data.trainings.nodes];
    expect(new Set(nodes.map((n: { id: string }) => n.id)).size).toBe(nodes.length);
    for (const node of nodes) {
      expect(node.audience).toBe('FIRST_DEGREE');
      expect(node.competences.map((c: { code: string }) => c.code)).toContain('3.4');
    }
    const [{ count }] = await sql<{ count: number }>(
      `select count(*)::int as count from training t where department_code = '29' and audience = 'FIRST_DEGREE'
          and exists (select 1 from training_competence c where c.training_id = t.id and c.competence_code = '3.4')`,
    );
    expect(first.data.trainings.totalCount).toBe(count);
    const bad = await stack.query('{ trainings(after: "bm90LWEtY3Vyc29y") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a list of trainings costs a constant number of SQL statements', () => {
  const LIST = `query($first: Int!, $filter: TrainingFilter) { trainings(first: $first, filter: $filter) { totalCount nodes {
    title hoursDelivered teachersTrained teacherHours sessionCount department { name }
    sessions { date hours commune { name epci { name } } training { title } }
    competences { code domain { name } } parent { title } children { title }
  } } }`;

  /** Loaders run only for what a page holds, so each list holds workshops (parents), seminars (children) and communes. */
  it('is the same for the 10 or so trainings of the "Terre numérique" days and for all 200+', async () => {
    const count = (first: number, filter: object | null, check: (nodes: any[]) => void) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(LIST, { variables: { first, filter } });
        expect(errors).toBeUndefined();
        check(data.trainings.nodes);
        expect(data.trainings.nodes.some((n: any) => n.parent && n.sessions.some((s: any) => s.commune?.epci))).toBe(true);
        expect(data.trainings.nodes.some((n: any) => n.children.length > 0)).toBe(true);
      });
    const days = { departmentCodes: ['18'], period: { from: '2022-11-16', to: '2022-11-17' } };
    const few = await count(10, days, (nodes) => expect(nodes.length).toBeLessThanOrEqual(10));
    const all = await count(500, null, (nodes) => expect(nodes.length).toBeGreaterThanOrEqual(200));
    expect(all).toEqual(few);
  });

  it('computes the training KPIs of all 101 departments with as many statements as for 2', async () => {
    const compare = (codes: string[] | null) =>
      stack.countSql(() =>
        stack.query(
          `query($codes: [ID!]) { departments(codes: $codes) { code pedagogy(period: { schoolYear: "2022-2023" }) {
          training { trainings { value } hoursDelivered { value } hoursByAudience { audience hours } } } } }`,
          { variables: { codes } },
        ),
      );
    expect(await compare(null)).toEqual(await compare(['18', '29']));
  });
});
