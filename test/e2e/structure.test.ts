import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_SCHOOL_PLANS } from '../../platform/seeds/demo-school-plan.js';
import { DEMO_BASSINS, DEMO_CIRCONSCRIPTIONS } from '../../platform/seeds/demo-structure.js';
import { FINISTERE_THEMES } from '../../subgraphs/pedagogy/calls/theme.js';
import { checkFunctionalMailbox } from '../../subgraphs/pedagogy/contacts/programme-contact.rules.js';
import { Stack } from '../stack.js';

/** Schools with their circonscription and bassin. */
const SCHOOLS = `query Schools($first: Int!) {
  schools(first: $first, filter: { departmentCodes: ["18", "29"] }) {
    nodes { uai kind degree circonscription { code name } bassin { code name } }
  }
}`;

/** The departments' structure: DSDEN, bassins, circonscriptions, programme contacts and calls' themes. */
const DEPARTMENTS = `{
  departments(codes: ["18", "29"]) {
    code
    dsden { name address postalCode communeCode }
    bassins { code name }
    circonscriptions { code name }
    contacts { role organisation label mailbox }
    calls { code themes }
  }
}`;

type School = { uai: string; kind: string; degree: string; circonscription: { code: string } | null; bassin: { code: string } | null };
type Department = {
  code: string;
  dsden: { name: string; address: string; postalCode: string; communeCode: string } | null;
  bassins: Array<{ code: string; name: string }>;
  circonscriptions: Array<{ code: string; name: string }>;
  contacts: Array<{ role: string; organisation: string; label: string; mailbox: string }>;
  calls: Array<{ code: string; themes: string[] }>;
};

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('the Éducation nationale structure and the programme contacts, through the gateway', () => {
  it('places écoles in a circonscription, and every school in a bassin of its department', async () => {
    const { data, errors } = await stack.query<{ schools: { nodes: School[] } }>(SCHOOLS, { variables: { first: 400 } });
    expect(errors).toBeUndefined();
    const schools = data!.schools.nodes;
    expect(schools.length).toBe(400);
    for (const school of schools) {
      const department = school.uai.slice(1, 3);
      expect(school.bassin?.code.slice(0, 2)).toBe(department);
      if (school.degree === 'FIRST') expect(school.circonscription?.code.slice(1, 3)).toBe(department);
      else expect(school.circonscription).toBeNull();
    }
    expect(new Set(schools.map((s) => s.kind))).toEqual(new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE', 'COLLEGE', 'LYCEE', 'LYCEE_PRO']));
  });

  it('answers each department’s DSDEN, bassins, circonscriptions, contacts and Finistère’s five themes', async () => {
    const { data, errors } = await stack.query<{ departments: Department[] }>(DEPARTMENTS);
    expect(errors).toBeUndefined();
    const [cher, finistere] = data!.departments as [Department, Department];
    expect(cher.dsden).toMatchObject({ postalCode: '18000', communeCode: '18033' });
    expect(finistere.dsden?.name).toMatch(/Finistère/);
    expect(cher.bassins.map((b) => b.name)).toEqual(['Bourges', 'Saint-Amand-Montrond', 'Vierzon']);
    expect(finistere.bassins.map((b) => b.code).sort()).toEqual(DEMO_BASSINS.filter((b) => b.departmentCode === '29').map((b) => b.code));
    expect(cher.circonscriptions).toHaveLength(DEMO_CIRCONSCRIPTIONS.filter((c) => c.departmentCode === '18').length);
    for (const department of [cher, finistere]) {
      expect(department.contacts.map((c) => c.role).sort()).toEqual([
        'CHARGE_DE_MISSION',
        'COUNCIL_REFERENT',
        'ERUN_REFERENT',
        'PARENTALITY_COORDINATOR',
        'PROJECT_LEAD',
      ]);
      // Functional mailboxes only: the rule accepts each as it is.
      for (const contact of department.contacts) expect(checkFunctionalMailbox(contact.mailbox)).toBe(contact.mailbox);
    }
    const ami = finistere.calls.find((c) => c.code === '29-AMI')!;
    expect(ami.themes).toEqual([...FINISTERE_THEMES]);
    for (const call of cher.calls) expect(call.themes).not.toContain('SCHOOL_NETWORKS');
  });

  it('costs as many SQL statements for 400 schools as for 10, and for both departments’ structure as for one', async () => {
    const schools = (first: number) => stack.countSql(() => stack.query(SCHOOLS, { variables: { first } }));
    expect(await schools(400)).toEqual(await schools(10));
    const departments = (codes: string[]) => stack.countSql(() => stack.query(DEPARTMENTS.replace('["18", "29"]', JSON.stringify(codes))));
    expect(await departments(['18', '29'])).toEqual(await departments(['18']));
  });
});

describe('the demonstration schools are in the declared proportions', () => {
  it('has, per department, kind and sector, the declared number of schools and pupils', async () => {
    const rows = await stack.sql<{ department_code: string; kind: string; sector: string; schools: number; pupils: number }>(
      'pedagogy',
      `select department_code, kind, sector, count(*)::int as schools, sum(pupils)::int as pupils
         from school where department_code in ('18', '29') group by 1, 2, 3`,
    );
    const declared = Object.entries(DEMO_SCHOOL_PLANS).flatMap(([code, plan]) =>
      plan.map((row) => ({ department_code: code, kind: row.kind, sector: row.sector, schools: row.schools, pupils: row.pupils })),
    );
    const key = (r: { department_code: string; kind: string; sector: string }) => `${r.department_code} ${r.kind} ${r.sector}`;
    expect([...rows].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(declared.sort((a, b) => key(a).localeCompare(key(b))));
  });

  it('gives pupils close to the departments’ real totals, and Finistère’s private share of the second degree', () => {
    const total = (code: string, degree: 'FIRST' | 'SECOND', sector?: string) =>
      DEMO_SCHOOL_PLANS[code]!.filter(
        (r) => (['COLLEGE', 'LYCEE', 'LYCEE_PRO'].includes(r.kind) ? 'SECOND' : 'FIRST') === degree && (!sector || r.sector === sector),
      ).reduce((sum, r) => sum + r.pupils, 0);
    // Cher: about 24,300 écoliers and 20,800 collégiens and lycéens; Finistère: about 79,000 and 73,000.
    expect(total('18', 'FIRST')).toBeGreaterThan(23_000);
    expect(total('18', 'FIRST')).toBeLessThan(26_500);
    expect(total('18', 'SECOND')).toBeGreaterThan(19_500);
    expect(total('18', 'SECOND')).toBeLessThan(22_500);
    expect(total('29', 'FIRST')).toBeGreaterThan(75_000);
    expect(total('29', 'SECOND')).toBeGreaterThan(68_000);
    const privateShare = total('29', 'SECOND', 'PRIVATE') / total('29', 'SECOND');
    expect(privateShare).toBeGreaterThan(0.4);
    expect(privateShare).toBeLessThan(0.5);
    // Private lycées exist in Finistère (the issue: none did), and Cher has more than three lycées.
    expect(DEMO_SCHOOL_PLANS['29']!.some((r) => r.kind.startsWith('LYCEE') && r.sector === 'PRIVATE')).toBe(true);
    expect(DEMO_SCHOOL_PLANS['18']!.filter((r) => r.kind.startsWith('LYCEE')).reduce((n, r) => n + r.schools, 0)).toBeGreaterThan(10);
  });
});
