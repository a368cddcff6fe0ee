import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack } from '../stack.js';

/** Schools with their department, commune, EPCI and the finance and parentality fields. */
const QUERY = `query Schools($first: Int!) {
  schools(first: $first) {
    totalCount
    nodes {
      uai name pupils
      department { code name pupils }
      commune { name epci { name } }
      finance { equipmentGranted { cents } grants }
      parentality { workshopsHeld { value } attendance { value suppressed } }
    }
  }
}`;

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('lists cost a constant number of SQL statements per subgraph', () => {
  it('is the same for 10 and for 100 schools', async () => {
    const counts = async (first: number) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(QUERY, { variables: { first } });
        expect(errors).toBeUndefined();
        expect(data.schools.nodes).toHaveLength(first);
      });
    const ten = await counts(10);
    const hundred = await counts(100);
    expect(hundred).toEqual(ten);
    // Pedagogy: page + total, departments, department stats, communes, EPCIs. Others: one aggregate each.
    expect(hundred.pedagogy).toBeLessThanOrEqual(6);
    expect(hundred.finance).toBe(1);
    expect(hundred.parentality).toBe(1);
  });

  it('compares all 101 departments with as many statements as 2', async () => {
    const compare = (codes: string[] | null) =>
      stack.countSql(() =>
        stack.query(
          `query C($codes: [ID!]) { departments(codes: $codes) {
          code pupils pedagogy { tneSchools { value } } finance { grants { value } } parentality { attendance { value } } } }`,
          {
            variables: { codes },
          },
        ),
      );
    expect(await compare(null)).toEqual(await compare(['18', '29']));
  });

  it('lists 500 projects with their schools, communes, call and themes with as many statements as 10', async () => {
    // Enough projects for a page of 500: the seed has fewer, so add plain ones in this file's database.
    await stack.sql(
      'pedagogy',
      `insert into project (call_id, department_code, lead_school_uai, title, themes, status, summary, pupils_reached, teachers_reached, version)
       select (select id from call where code = '18-INNOVATION'), '18', s.uai, 'Projet ' || n, '{ROBOTICS_CODING}', 'DRAFT', '', 0, 0, 1
         from generate_series(1, 500) n join lateral (select uai from school where department_code = '18' order by uai offset n % 50 limit 1) s on true`,
    );
    const query = `query P($first: Int!) { projects(first: $first) { totalCount nodes {
      title themes status call { code } campaign { name } leadSchool { uai commune { name epci { name } } }
      partnerSchools { uai commune { name } } department { name } } } }`;
    const count = (first: number) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(query, { variables: { first } });
        expect(errors).toBeUndefined();
        expect(data.projects.nodes).toHaveLength(first);
      });
    const ten = await count(10);
    expect(await count(500)).toEqual(ten);
  });
});
