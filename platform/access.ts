import type { Role } from './viewer.js';

/**
 * Who may do what: one row per action, the roles that may take it in their own departments (ADMIN
 * may always, everywhere). Every write check (requireRoleFor, the access modules) reads its roles
 * here, and tests hold the schema's descriptions against this table (docs/DOMAIN.md has it in words).
 */
export const ACCESS = {
  /** Publish calls for projects and add their campaigns (appels à projets). */
  publishCalls: ['DEPARTMENT_STAFF'],
  /** Create, change and move projects through their lifecycle up to UNDER_REVIEW. */
  writeProjects: ['DEPARTMENT_STAFF'],
  /** Set ACCEPTED or REJECTED by hand: nobody but ADMIN; commissions decide in finance, which delivers. */
  decideProjectsByHand: [],
  /** Record trainings and their sessions. */
  writeTraining: ['DEPARTMENT_STAFF'],
  /** Record resource deployments in schools. */
  recordDeployments: ['DEPARTMENT_STAFF'],
  /** Import Pix results. */
  importPix: ['DEPARTMENT_STAFF'],
  /** Create and change funding plans and move their lines. */
  writeFundingPlans: ['COMMISSION_MEMBER'],
  /** Create commissions, decide on projects, pay subsidies. */
  decideSubsidies: ['COMMISSION_MEMBER'],
  /** Read finance records of their departments (analysts read every department's). */
  readFinance: ['DEPARTMENT_STAFF', 'COMMISSION_MEMBER'],
  /** Read and write household and loan records (personal data), every read logged. */
  households: ['PARENTALITY_COORDINATOR'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACCESS;

/** The action each mutation of the API takes (every mutation is listed: a test holds it to the schema). */
export const MUTATION_ACTIONS = {
  createCall: 'publishCalls',
  addCallCampaign: 'publishCalls',
  createProject: 'writeProjects',
  updateProject: 'writeProjects',
  changeProjectStatus: 'writeProjects',
  recordCommissionDecision: 'decideProjectsByHand',
  createTraining: 'writeTraining',
  updateTraining: 'writeTraining',
  addTrainingSession: 'writeTraining',
  updateTrainingSession: 'writeTraining',
  recordResourceDeployment: 'recordDeployments',
  importPixResults: 'importPix',
  createFundingPlan: 'writeFundingPlans',
  updateFundingPlan: 'writeFundingPlans',
  changeFundingLineStatus: 'writeFundingPlans',
  createCommission: 'decideSubsidies',
  decideProject: 'decideSubsidies',
  disburse: 'decideSubsidies',
  registerHousehold: 'households',
  updateHousehold: 'households',
  recordParticipation: 'households',
  addDevice: 'households',
  lendDevice: 'households',
  returnDevice: 'households',
  recordWorkshopReach: 'households',
} as const satisfies Record<string, Action>;

/** Who may take an action, as the schema says it. */
export function whoMay(action: Action): string {
  const roles: readonly Role[] = ACCESS[action];
  return roles.length ? `Allowed to ${roles.join(' or ')} acting for the department concerned, and to ADMIN.` : 'Allowed to ADMIN only.';
}

/** A mutation's description: what it does, then who may call it, from the table above. */
export const describeMutation = (name: keyof typeof MUTATION_ACTIONS, what: string) => `${what} ${whoMay(MUTATION_ACTIONS[name])}`;

/**
 * Who explore the graph, nationally: with trusted documents enforced they may still send free-text
 * queries, and in production they alone may introspect the schema and read "did you mean" hints.
 */
export const EXPLORERS: readonly Role[] = ['ANALYST', 'ADMIN'];
export const mayExplore = (role: Role): boolean => EXPLORERS.includes(role);

/**
 * Who may read household records: the household action's roles and ADMIN. Each of their reads is
 * written to parentality's access log, so the gateway never shares or keeps an answer of theirs
 * (in-flight deduplication, response cache).
 */
export const mayReadHouseholds = (role: Role): boolean => role === 'ADMIN' || (ACCESS.households as readonly Role[]).includes(role);

/**
 * The API's types that hold personal data (households and their device loans), with their
 * connections and edges: an operation that selects one is never answered from a cache.
 */
export const PERSONAL_DATA_TYPES = ['Household', 'Loan'] as const;
const PERSONAL_TYPE_NAME = new RegExp(`^(${PERSONAL_DATA_TYPES.join('|')})(Connection|Edge)?$`);
export const isPersonalDataType = (typeName: string): boolean => PERSONAL_TYPE_NAME.test(typeName);
