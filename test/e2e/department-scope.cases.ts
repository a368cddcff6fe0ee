/**
 * The case table of department-scope.test.ts, one case per mutation of the API: a valid input aimed
 * at a record of department 29 (its records made fresh, as ADMIN, by the case itself, so that it runs
 * alone), the role the write needs, and an SQL probe of what the write changes. Apart from the test
 * so that the test stays short.
 */
import type { SubgraphName } from '../../platform/config.js';
import type { Role } from '../../platform/viewer.js';
import { randomUUID } from 'node:crypto';
import { eur } from '../funding-fixtures.js';
import { PIX_HEADER, SESSION, TRAINING, type Fixtures } from './department-scope.fixtures.js';

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
      // A day of the fixture envelope's period (2021-09-01 to 2025-08-31).
      const input = { planId, version, lineId, status: 'COMMITTED', envelopeId, on: '2024-03-04' };
      return { input, probe, after: { status: 'COMMITTED', envelope_id: envelopeId } };
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
      const input = { deviceId, householdId: await f.household(), startsOn: '2025-09-01', dueOn: '2026-06-30' };
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
  recordWorkshopReach: {
    owner: 'parentality',
    role: 'PARENTALITY_COORDINATOR',
    aim: async (f) => {
      const workshopId = await f.workshop();
      // A figure other than the one recorded now (the case may run again on the same workshop).
      const { girls } = await f.row<{ girls: number | null }>('parentality', 'select girls_reached as girls from workshop where id = ?', [workshopId]);
      const girlsReached = girls === 1 ? 2 : 1;
      return { input: { workshopId, girlsReached }, ...counted(f, 'parentality', 'workshop where id = ? and girls_reached = ?', [workshopId, girlsReached]) };
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
