import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeUai } from '../../platform/uai.js';
import { Stack } from '../stack.js';

/** The README's example: one query, three subgraphs, Cher and Finistère side by side. */
const COMPARE_CHER_FINISTERE = /* GraphQL */ `
  query CompareCherFinistere {
    departments(codes: ["18", "29"]) {
      code
      name
      academy
      population
      pupils
      pedagogy { schools { value } tneSchools { value perThousandPupils } }
      finance { equipmentGranted { value { cents currency } perThousandPupils { cents } } grants { value } }
      parentality { workshopsHeld { value perTenThousandInhabitants } attendance { value suppressed } }
    }
  }
`;

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('one query through the gateway reaches the three subgraphs', () => {
  it('compares Cher and Finistère with data from pedagogy, finance and parentality', async () => {
    const { status, data, errors } = await stack.query(COMPARE_CHER_FINISTERE);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    const [cher, finistere] = data.departments;
    expect(cher).toMatchObject({ code: '18', name: 'Cher', academy: 'Orléans-Tours' });
    expect(finistere).toMatchObject({ code: '29', name: 'Finistère', academy: 'Rennes' });
    // Real INSEE populations: Cher about 300,000 inhabitants, Finistère about 915,000.
    expect(cher.population).toBeGreaterThan(280_000);
    expect(cher.population).toBeLessThan(320_000);
    expect(finistere.population).toBeGreaterThan(880_000);
    expect(finistere.population).toBeLessThan(960_000);
    for (const department of [cher, finistere]) {
      expect(department.pedagogy.tneSchools.value).toBeGreaterThanOrEqual(35);
      expect(department.finance.equipmentGranted.value.currency).toBe('EUR');
      expect(Number.isSafeInteger(department.finance.equipmentGranted.value.cents)).toBe(true);
      expect(department.finance.equipmentGranted.value.cents).toBeGreaterThan(0);
      expect(department.finance.grants.value).toBeGreaterThan(0);
      expect(department.parentality.workshopsHeld.value).toBeGreaterThan(0);
      // Normalised values follow from the raw ones and the sizes that pedagogy owns.
      expect(department.pedagogy.tneSchools.perThousandPupils).toBeCloseTo((department.pedagogy.tneSchools.value * 1000) / department.pupils, 2);
      expect(department.parentality.workshopsHeld.perTenThousandInhabitants).toBeCloseTo(
        (department.parentality.workshopsHeld.value * 10_000) / department.population,
        2,
      );
    }
  });

  it('lists every French department (101) with its académie', async () => {
    const { data } = await stack.query('{ departments { code name academy regionName } }');
    expect(data.departments).toHaveLength(101);
    expect(data.departments.find((d: { code: string }) => d.code === '2A')).toMatchObject({ name: 'Corse-du-Sud', academy: 'Corse' });
    expect(data.departments.find((d: { code: string }) => d.code === '971')).toMatchObject({ academy: 'Guadeloupe' });
  });

  it('gives real communes with their EPCI, and the EPCI with its members', async () => {
    const { data, errors } = await stack.query(`{
      commune(code: "18033") { name population department { code } epci { siren name communes { code } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.commune.name).toBe('Bourges');
    expect(data.commune.population).toBeGreaterThan(60_000);
    expect(data.commune.department.code).toBe('18');
    expect(data.commune.epci.name).toMatch(/Bourges/);
    expect(data.commune.epci.communes.map((c: { code: string }) => c.code)).toContain('18033');
  });

  it('pages through schools with a Relay connection and filters', async () => {
    const query = `query Page($after: String) {
      schools(first: 10, after: $after, filter: { departmentCodes: ["29"], tne: true }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { uai tneJoinedYear department { code } } }
      }
    }`;
    const first = await stack.query(query);
    const second = await stack.query(query, { variables: { after: first.data.schools.pageInfo.endCursor } });
    expect(first.data.schools.totalCount).toBe(40);
    expect(first.data.schools.edges).toHaveLength(10);
    expect(first.data.schools.pageInfo.hasNextPage).toBe(true);
    const uais = [...first.data.schools.edges, ...second.data.schools.edges].map((e: { node: { uai: string } }) => e.node.uai);
    expect(new Set(uais).size).toBe(20);
    expect([...uais].sort()).toEqual(uais);
    for (const edge of second.data.schools.edges) {
      expect(edge.node.department.code).toBe('29');
      expect(edge.node.tneJoinedYear).not.toBeNull();
    }
  });
});

describe('bad input gets a clear error code', () => {
  it('refuses a UAI whose check letter is wrong (BAD_USER_INPUT) and says which letter is right', async () => {
    // Refused by the gateway before any subgraph: no data at all.
    const { data, errors } = await stack.query('{ school(uai: "0180001X") { uai } }');
    expect(data?.school ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('0180001D');
  });

  it('finds a school by a valid UAI, and answers NOT_FOUND for an unknown one', async () => {
    const found = await stack.query('{ school(uai: "0180001D") { uai department { code } } }');
    expect(found.data.school).toEqual({ uai: '0180001D', department: { code: '18' } });
    const missing = await stack.query(`{ school(uai: "${makeUai('0189999')}") { uai } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for an unknown department code and BAD_USER_INPUT for a malformed one', async () => {
    // "20" was Corsica's code until 1976: well formed, but no department has it now.
    const unknown = await stack.query('{ department(code: "20") { name } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await stack.query('{ departments(codes: ["18", "975"]) { name } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const code of ['96', 'XYZ', '1']) {
      const malformed = await stack.query(`{ department(code: "${code}") { name } }`);
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a period that is not a school year', async () => {
    const { errors } = await stack.query('{ department(code: "29") { finance(period: { schoolYear: "2023-2025" }) { grants { value } } } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
