/**
 * What department-scope.cases.ts builds its cases from: the API's mutations, and fresh records of
 * department 29 made for one case (as ADMIN, or in SQL where no mutation makes them).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import type { SubgraphName } from '../../platform/config.js';
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

export type Row = Record<string, unknown>;
export type Versioned = { id: string; version: number };

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
      this.stack.sql<T>(owner, text, params);
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
          dueOn: '2026-06-30',
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

export const TRAINING = (title: string) => ({
  departmentCode: '29',
  title,
  audience: 'FIRST_DEGREE',
  format: 'EAFC_COURSE',
  provider: 'EAFC',
  competenceCodes: ['3.4', '5.1'],
});
export const SESSION = { date: '2024-03-13', communeCode: '29019', hours: 3, capacity: 20, registered: 18 };
export const PIX_HEADER = `UAI;Niveau;Statut;Score;${['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'].join(';')}`;
