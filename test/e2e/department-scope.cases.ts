/**
 * The case table of department-scope.test.ts, one case per mutation of the API: a valid input aimed
 * at a record of department 29 (its records made fresh, as ADMIN, by the case itself, so that it runs
 * alone), the role the write needs, and an SQL probe of what the write changes. Apart from the test
 * so that the test stays short.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import type { SubgraphName } from '../../subgraphs/common/config.js';
import type { Role } from '../../subgraphs/common/viewer.js';
import { createCommission, fundingPlan } from '../commissions.fixtures.js';
import { eur, FundingFixture } from '../funding-fixtures.js';
import { tokenFor, type Stack } from '../stack.js';

/** The mutations of the client API. */
export const MUTATIONS = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'))
  .getMutationType()!
  .getFields();

/** The document of a mutation taking `$input`, with its type as the API declares it. */
export function documentOf(mutation: string, selection = '{ __typename }'): string {
  const field = MUTATIONS[mutation];
  if (!field) throw new Error(`schema/api.graphql has no mutation ${mutation}`);
  return `mutation($input: ${String(field.args[0]!.type)}) { ${mutation}(input: $input) ${selection} }`;
}

type Row = Record<string, unknown>;
type Versioned = { id: string; version: number };

/** Records of department 29 made for one case, as ADMIN (or in SQL where no mutation makes them). */
export class Fixtures {
  private readonly funding: FundingFixture;
  private token?: Promise<string>;
  constructor(private readonly stack: Stack) {
    this.funding = new FundingFixture(stack);
  }

  sql =
    (owner: SubgraphName) =>
    <T = Row>(text: string, params: unknown[] = []) =>
      this.stack.subgraphs[owner].orm.em.getConnection().execute<T[]>(text, params);
  row = async <T = Row>(owner: SubgraphName, text: string, params: unknown[] = []) => (await this.sql(owner)<T>(text, params))[0]!;
  count = async (owner: SubgraphName, from: string, params: unknown[] = []) =>
    (await this.row<{ n: number }>(owner, `select count(*)::int as n from ${from}`, params)).n;
  unique = () => randomBytes(3).toString('hex').toUpperCase();
  admin = () => (this.token ??= tokenFor('ADMIN'));

  /** The payload of a mutation run as ADMIN (a fixture: it must succeed). */
  async as<T = any>(mutation: string, input: object, selection: string): Promise<T> {
    const { data, errors } = await this.stack.query(documentOf(mutation, selection), { token: await this.admin(), variables: { input } });
    if (errors) throw new Error(`${mutation} as ADMIN: ${JSON.stringify(errors)}`);
    return data[mutation];
  }

  school = async () => (await this.row<{ uai: string }>('pedagogy', `select uai from school where department_code = '29' order by uai limit 1`)).uai;
  ami = async () => (await this.row<{ id: string }>('pedagogy', `select id from call where code = '29-AMI'`)).id;

  /** A new project of Finistère's AMI; under review: submitted in its 2023-24 campaign (by ADMIN, as a past submission). */
  async project(status: 'DRAFT' | 'UNDER_REVIEW' = 'DRAFT'): Promise<Versioned> {
    const input = { callId: await this.ami(), leadSchoolUai: await this.school(), title: `Projet ${this.unique()}` };
    let project: Versioned = (await this.as('createProject', input, '{ project { id version } }')).project;
    if (status === 'DRAFT') return project;
    for (const [next, effectiveOn] of [
      ['SUBMITTED', '2024-01-10'],
      ['UNDER_REVIEW', '2024-01-15'],
    ]) {
      project = (await this.as('changeProjectStatus', { id: project.id, version: project.version, status: next, effectiveOn }, '{ project { id version } }'))
        .project;
    }
    return project;
  }

  /** A project of 29 under review with its balanced funding plan (written in SQL, as commissions.fixtures does). */
  async plan() {
    const project = await this.project('UNDER_REVIEW');
    await fundingPlan(this.stack, project.id, '29');
    return this.row<Versioned & { project_id: string }>('finance', 'select id, version, project_id from funding_plan where project_id = ?', [project.id]);
  }

  commission = async () => createCommission(this.stack, await this.admin(), '29');
  state = () => this.funding.funder('STATE', null, ['18', '29']);

  /** An accepted subsidy of 6,000 € on a project of 29, nothing paid yet. */
  async subsidy(): Promise<Versioned> {
    const plan = await this.plan();
    const input = { commissionId: await this.commission(), projectId: plan.project_id, verdict: 'ACCEPTED', amountCents: 600_000 };
    return (await this.as('decideProject', input, '{ subsidy { id version } }')).subsidy;
  }

  /** A pledged line of a foundation of 29 (which has a training envelope of 1,000 €), in a new plan. */
  async pledgedLine() {
    const code = `DS${this.unique()}`;
    const funder = await this.funding.funder('OTHER', code, ['29'], `Fondation ${code}`);
    const envelope = await this.funding.envelope(funder, '29', 'TRAINING', 100_000);
    const lines = [
      { funderId: funder, volet: 'TRAINING', amount: eur(900) },
      { funderId: await this.state(), volet: 'TRAINING', amount: eur(100) },
    ];
    const input = { projectId: (await this.project('UNDER_REVIEW')).id, totalCost: eur(1_000), requestedSubsidy: eur(100), lines };
    const { fundingPlan: plan } = await this.as('createFundingPlan', input, '{ fundingPlan { id version lines { id } } }');
    return { planId: plan.id as string, version: plan.version as number, lineId: plan.lines[0].id as string, envelopeId: envelope.id };
  }

  partner = async () =>
    (await this.row<{ id: string }>('parentality', `select id from partner_organisation where department_code = '29' order by id limit 1`)).id;
  workshop = async () => (await this.row<{ id: string }>('parentality', `select id from workshop where department_code = '29' order by id limit 1`)).id;
  household = async (): Promise<string> =>
    (
      await this.as(
        'registerHousehold',
        {
          partnerId: await this.partner(),
          reference: `DS-${this.unique()}`,
          communeCode: '29019',
          childrenCount: 2,
        },
        '{ household { id } }',
      )
    ).household.id;
  device = async (): Promise<string> =>
    (await this.as('addDevice', { partnerId: await this.partner(), kind: 'TABLET', label: `DS-${this.unique()}` }, '{ device { id } }')).device.id;
  loan = async (): Promise<string> =>
    (
      await this.as(
        'lendDevice',
        {
          deviceId: await this.device(),
          householdId: await this.household(),
          startsOn: '2025-09-01',
          dueOn: '2099-06-30',
        },
        '{ loan { id } }',
      )
    ).loan.id;

  call = async (): Promise<string> =>
    (await this.as('createCall', { departmentCode: '29', code: `29-DS-${this.unique()}`, title: 'Appel de test', kind: 'INNOVATION' }, '{ call { id } }')).call
      .id;
  training = async (): Promise<Versioned> => (await this.as('createTraining', TRAINING(`Formation ${this.unique()}`), '{ training { id version } }')).training;
  session = async (): Promise<Versioned> =>
    (await this.as('addTrainingSession', { trainingId: (await this.training()).id, ...SESSION }, '{ session { id version } }')).session;
}

const TRAINING = (title: string) => ({
  departmentCode: '29',
  title,
  audience: 'FIRST_DEGREE',
  format: 'EAFC_COURSE',
  provider: 'EAFC',
  competenceCodes: ['3.4', '5.1'],
});
const SESSION = { date: '2024-03-13', communeCode: '29019', hours: 3, capacity: 20, registered: 18 };
const PIX_HEADER = `UAI;Niveau;Statut;Score;${['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].join(';')}`;

/** What a case sends, and the SQL read of what it changes, with the value it must read once the write is accepted. */
export interface Aim {
  input: Record<string, unknown>;
  probe: () => Promise<unknown>;
  after: unknown;
}

export interface ScopeCase {
  /** The subgraph whose database the write changes. */
  owner: SubgraphName;
  /** The role the write needs: held for 18 it is refused, held for 29 accepted. */
  role: Role;
  /** Who is accepted instead, where no role of a department may make the write at all. */
  acceptedAs?: 'ADMIN';
  aim: (f: Fixtures) => Promise<Aim>;
}

const counted = (f: Fixtures, owner: SubgraphName, from: string, params: unknown[]) => ({ probe: () => f.count(owner, from, params), after: 1 });

export const CASES: Record<string, ScopeCase> = {
  createCommission: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const name = `Comité ${f.unique()}`;
      return { input: { departmentCode: '29', name, meetsOn: '2024-03-01' }, ...counted(f, 'finance', 'commission where name = ?', [name]) };
    },
  },
  decideProject: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const plan = await f.plan();
      const input = { commissionId: await f.commission(), projectId: plan.project_id, verdict: 'ACCEPTED', amountCents: 450_000 };
      return { input, ...counted(f, 'finance', 'subsidy where project_id = ?', [plan.project_id]) };
    },
  },
  disburse: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const { id, version } = await f.subsidy();
      const probe = () =>
        f.row('finance', 'select version, (select count(*)::int from disbursement where subsidy_id = s.id) as paid from subsidy s where id = ?', [id]);
      return { input: { subsidyId: id, version, amountCents: 100_000, paidOn: '2024-03-01' }, probe, after: { version: version + 1, paid: 1 } };
    },
  },
  createFundingPlan: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const { id } = await f.project('UNDER_REVIEW');
      const input = {
        projectId: id,
        totalCost: eur(5_000),
        requestedSubsidy: eur(5_000),
        lines: [{ funderId: await f.state(), volet: 'TRAINING', amount: eur(5_000) }],
      };
      return { input, ...counted(f, 'finance', 'funding_plan where project_id = ?', [id]) };
    },
  },
  updateFundingPlan: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const { id, version } = await f.plan();
      const probe = () => f.row('finance', 'select version, requested_subsidy_cents::int as requested from funding_plan where id = ?', [id]);
      return { input: { id, version, requestedSubsidy: eur(500_000) }, probe, after: { version: version + 1, requested: 500_000 } };
    },
  },
  changeFundingLineStatus: {
    owner: 'finance',
    role: 'COMMISSION_MEMBER',
    aim: async (f) => {
      const { planId, version, lineId, envelopeId } = await f.pledgedLine();
      const probe = () => f.row('finance', 'select status, envelope_id from funding_line where id = ?', [lineId]);
      return { input: { planId, version, lineId, status: 'COMMITTED', envelopeId }, probe, after: { status: 'COMMITTED', envelope_id: envelopeId } };
    },
  },
  addDevice: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const label = `DS-${f.unique()}`;
      return { input: { partnerId: await f.partner(), kind: 'TABLET', label }, ...counted(f, 'parentality', 'device where label = ?', [label]) };
    },
  },
  lendDevice: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const deviceId = await f.device();
      const input = { deviceId, householdId: await f.household(), startsOn: '2025-09-01', dueOn: '2099-06-30' };
      return { input, ...counted(f, 'parentality', 'loan where device_id = ?', [deviceId]) };
    },
  },
  returnDevice: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const loanId = await f.loan();
      const probe = () => f.row('parentality', 'select returned_on::text from loan where id = ?', [loanId]);
      return { input: { loanId, returnedOn: '2025-10-01' }, probe, after: { returned_on: '2025-10-01' } };
    },
  },
  registerHousehold: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const reference = `DS-${f.unique()}`;
      const input = { partnerId: await f.partner(), reference, communeCode: '29019', childrenCount: 2 };
      return { input, ...counted(f, 'parentality', 'household where reference = ?', [reference]) };
    },
  },
  updateHousehold: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const id = await f.household();
      const probe = () => f.row('parentality', 'select children_count from household where id = ?', [id]);
      return { input: { id, childrenCount: 3 }, probe, after: { children_count: 3 } };
    },
  },
  recordParticipation: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const householdId = await f.household();
      return {
        input: { householdId, workshopId: await f.workshop() },
        ...counted(f, 'parentality', 'workshop_participation where household_id = ?', [householdId]),
      };
    },
  },
  importPixResults: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const uai = await f.school();
      const csv = `${PIX_HEADER}\n${uai};Troisième;certifié;300;${Array(16).fill('2').join(';')}\n`;
      return { input: { csv, schoolYear: '2027-2028' }, ...counted(f, 'pedagogy', `pix_result where school_uai = ? and school_year = '2027-2028'`, [uai]) };
    },
  },
  createCall: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const code = `29-DS-${f.unique()}`;
      return { input: { departmentCode: '29', code, title: 'Appel de test', kind: 'INNOVATION' }, ...counted(f, 'pedagogy', 'call where code = ?', [code]) };
    },
  },
  addCallCampaign: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const callId = await f.call();
      const input = { callId, name: 'Campagne 2030', opensOn: '2030-09-01', closesOn: '2030-10-15' };
      return { input, ...counted(f, 'pedagogy', 'call_campaign where call_id = ?', [callId]) };
    },
  },
  createProject: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const title = `Projet ${f.unique()}`;
      const input = { callId: await f.ami(), leadSchoolUai: await f.school(), title };
      return { input, ...counted(f, 'pedagogy', 'project where title = ?', [title]) };
    },
  },
  updateProject: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const { id, version } = await f.project();
      const probe = () => f.row('pedagogy', 'select title, version from project where id = ?', [id]);
      return { input: { id, version, title: 'Webradio du collège' }, probe, after: { title: 'Webradio du collège', version: version + 1 } };
    },
  },
  changeProjectStatus: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const { id, version } = await f.project();
      const probe = () => f.row('pedagogy', 'select status, version from project where id = ?', [id]);
      return { input: { id, version, status: 'WITHDRAWN', reason: 'Équipe partie' }, probe, after: { status: 'WITHDRAWN', version: version + 1 } };
    },
  },
  // No department's role records a decision in pedagogy: finance's relay (as ADMIN) or an ADMIN does,
  // after a COMMISSION_MEMBER of the project's department took it with decideProject (case above).
  recordCommissionDecision: {
    owner: 'pedagogy',
    role: 'COMMISSION_MEMBER',
    acceptedAs: 'ADMIN',
    aim: async (f) => {
      const { id } = await f.project('UNDER_REVIEW');
      const probe = () => f.row('pedagogy', 'select status from project where id = ?', [id]);
      return { input: { decisionId: randomUUID(), projectId: id, verdict: 'ACCEPTED', decidedOn: '2024-02-01' }, probe, after: { status: 'ACCEPTED' } };
    },
  },
  recordResourceDeployment: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const uai = await f.school();
      const input = { schoolUai: uai, resourceCode: 'THYMIO', since: '2030-06-03', units: 8 };
      return { input, ...counted(f, 'pedagogy', `resource_deployment where school_uai = ? and resource_code = 'THYMIO' and since = '2030-06-03'`, [uai]) };
    },
  },
  createTraining: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const title = `Formation ${f.unique()}`;
      return { input: TRAINING(title), ...counted(f, 'pedagogy', 'training where title = ?', [title]) };
    },
  },
  updateTraining: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const { id, version } = await f.training();
      const probe = () => f.row('pedagogy', 'select title, version from training where id = ?', [id]);
      return { input: { id, version, title: 'Robotique au cycle 3' }, probe, after: { title: 'Robotique au cycle 3', version: version + 1 } };
    },
  },
  addTrainingSession: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const { id } = await f.training();
      return { input: { trainingId: id, ...SESSION }, ...counted(f, 'pedagogy', 'training_session where training_id = ?', [id]) };
    },
  },
  updateTrainingSession: {
    owner: 'pedagogy',
    role: 'DEPARTMENT_STAFF',
    aim: async (f) => {
      const { id, version } = await f.session();
      const probe = () => f.row('pedagogy', 'select attended, version from training_session where id = ?', [id]);
      return { input: { id, version, attended: 12 }, probe, after: { attended: 12, version: version + 1 } };
    },
  },
};
