import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor, type GraphQLResponse } from '../stack.js';
import { departmentOfUai, departmentOfUaiSql } from '../../platform/uai.js';

let stack: Stack;
let staff18: string;
let admin: string;
beforeAll(async () => {
  stack = await Stack.start();
  [staff18, admin] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['18']), tokenFor('ADMIN')]);
});
afterAll(() => stack?.stop());

/** Independent reads of the pedagogy database, to check what the graph answers. */
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);

const deployments = () => sql('select * from resource_deployment order by id');

/** A school of a department, TNE or not, with no deployment of the resource yet. */
async function schoolOf(departmentCode: string, tne = true) {
  const [row] = await sql<{ uai: string }>(
    `select uai from school where department_code = ? and tne_joined_year is ${tne ? 'not' : ''} null order by uai limit 1`,
    [departmentCode],
  );
  return row!.uai;
}

describe('resource deployments through the gateway', () => {
  it('shows what each TNE school of Cher uses, equal to SQL, with PrimOT in its écoles', async () => {
    const { data, errors } = await stack.query(`query($first: Int = 100) {
      schools(first: $first, filter: { departmentCodes: ["18"], tne: true }) { nodes { uai kind resources { since units resource { code kind } school { uai } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.schools.nodes.length).toBeGreaterThan(30);
    const rows = await sql<{ uai: string; count: number }>(
      `select s.uai, count(d.id)::int as count from school s left join resource_deployment d on d.school_uai = s.uai
        where s.department_code = '18' and s.tne_joined_year is not null group by s.uai`,
    );
    const expected = new Map(rows.map((r) => [r.uai, r.count]));
    for (const school of data.schools.nodes) {
      expect(school.resources).toHaveLength(expected.get(school.uai)!);
      for (const deployment of school.resources) expect(deployment.school.uai).toBe(school.uai);
      if (['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE'].includes(school.kind)) {
        expect(school.resources.map((d: { resource: { code: string } }) => d.resource.code)).toContain('PRIMOT');
      }
    }
  });

  it('lists deployments with filters, pages them without overlap, and counts them in the KPIs', async () => {
    const page = `query($after: String) { resourceDeployments(first: 20, after: $after, filter: { departmentCodes: ["29"], kinds: [ROBOTICS_KIT, VR_SET] }) {
      totalCount pageInfo { endCursor } nodes { id since resource { kind } school { department { code } } } } }`;
    const first = await stack.query(page);
    const second = await stack.query(page, { variables: { after: first.data.resourceDeployments.pageInfo.endCursor } });
    const nodes = [...first.data.resourceDeployments.nodes, ...second.data.resourceDeployments.nodes];
    expect(new Set(nodes.map((n: { id: string }) => n.id)).size).toBe(nodes.length);
    const dates = nodes.map((n: { since: string }) => n.since);
    expect([...dates].sort()).toEqual(dates);
    for (const node of nodes) {
      expect(['ROBOTICS_KIT', 'VR_SET']).toContain(node.resource.kind);
      expect(node.school.department.code).toBe('29');
    }
    const { data } = await stack.query(`{ departments(codes: ["18", "29"]) { code pedagogy(period: { schoolYear: "2022-2023" }) {
      resources { deployments { value } units { value } schoolsEquipped { value } byKind { kind deployments units } } } } }`);
    const rows = await sql<{ code: string; deployments: number; units: number; schools: number }>(
      `select s.department_code as code, count(*)::int as deployments, sum(d.units)::int as units, count(distinct s.uai)::int as schools
         from resource_deployment d join school s on s.uai = d.school_uai
        where d.since between '2022-09-01' and '2023-08-31' group by 1 order by 1`,
    );
    expect(rows.map((r) => r.code)).toEqual(['18', '29']);
    for (const row of rows) {
      const kpis = data.departments.find((d: { code: string }) => d.code === row.code).pedagogy.resources;
      expect(kpis).toMatchObject({ deployments: { value: row.deployments }, units: { value: row.units }, schoolsEquipped: { value: row.schools } });
      expect(kpis.byKind.reduce((sum: number, k: { units: number }) => sum + k.units, 0)).toBe(row.units);
    }
  });
});

const RECORD = `mutation($input: RecordResourceDeploymentInput!) { recordResourceDeployment(input: $input) {
  deployment { id since units resource { code } school { uai } } } }`;

describe('staff record deployments in their department only', () => {
  it('records a deployment for a school of Cher', async () => {
    const schoolUai = await schoolOf('18', false);
    const input = { schoolUai, resourceCode: 'thymio', since: '2024-01-15', units: 8 };
    const { data, errors } = await stack.query(RECORD, { token: staff18, variables: { input } });
    expect(errors).toBeUndefined();
    expect(data.recordResourceDeployment.deployment).toMatchObject({ units: 8, resource: { code: 'THYMIO' }, school: { uai: schoolUai } });
  });

  const refusals: Array<[string, () => Promise<GraphQLResponse>, string]> = [
    [
      'a school of Finistère for staff of Cher',
      async () =>
        stack.query(RECORD, {
          token: staff18,
          variables: { input: { schoolUai: await schoolOf('29'), resourceCode: 'VR_CLASS_SET', since: '2024-01-15', units: 10 } },
        }),
      'FORBIDDEN',
    ],
    [
      'a viewer who is not signed in',
      async () => stack.query(RECORD, { variables: { input: { schoolUai: await schoolOf('18'), resourceCode: 'THYMIO', since: '2024-01-15', units: 10 } } }),
      'UNAUTHENTICATED',
    ],
    [
      'no unit',
      async () =>
        stack.query(RECORD, {
          token: staff18,
          variables: { input: { schoolUai: await schoolOf('18'), resourceCode: 'THYMIO', since: '2024-01-15', units: 0 } },
        }),
      'BAD_USER_INPUT',
    ],
    [
      'an unknown resource',
      async () =>
        stack.query(RECORD, {
          token: admin,
          variables: { input: { schoolUai: await schoolOf('18'), resourceCode: 'HOLODECK', since: '2024-01-15', units: 1 } },
        }),
      'BAD_USER_INPUT',
    ],
    [
      'the same resource twice from the same day',
      async () => {
        const [d] = await sql<{ school_uai: string; resource_code: string; since: string }>(
          `select school_uai, resource_code, since::text as since from resource_deployment order by id limit 1`,
        );
        return stack.query(RECORD, {
          token: admin,
          variables: { input: { schoolUai: d!.school_uai, resourceCode: d!.resource_code, since: d!.since, units: 3 } },
        });
      },
      'CONFLICT',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_label, attempt, code) => {
    const before = await deployments();
    const response = await attempt();
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(await deployments()).toEqual(before);
  });
});

describe('the department of a UAI in SQL', () => {
  it('is the one departmentOfUai gives and the school records, for every school and prefix', async () => {
    const sql = departmentOfUaiSql('uai');
    const em = stack.subgraphs.pedagogy.orm.em.fork();
    const [{ wrong }] = await em.execute(`select count(*)::int as wrong from school where ${sql} <> department_code`);
    expect(wrong).toBe(0);
    for (const uai of ['0180005H', '0290001A', '6200001A', '7200001A', '9710001A', '9760001A', '0750001A']) {
      const [{ code }] = await em.execute(`select ${sql} as code from (select ?::text as uai) u`, [uai]);
      expect(code).toBe(departmentOfUai(uai));
    }
  });
});
