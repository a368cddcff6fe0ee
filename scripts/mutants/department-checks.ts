import type { DeclaredMutant } from './declared.js';

const SCOPE_TEST = 'test/e2e/department-scope.test.ts';

type Check = [file: string, find: string, department: string];
const HOUSEHOLD: Check = [
  'subgraphs/parentality/households/household.service.ts',
  'requireHouseholdAccess(viewer, household.departmentCode, action)',
  'household.departmentCode',
];
const TRAINING: Check = [
  'subgraphs/pedagogy/training/training.service.ts',
  'authoriseTrainingWrite(viewer, training.department.unwrap().code, action)',
  'training.department.unwrap().code',
];

/**
 * Per write, its checks that the viewer acts for the record's department, changed to check the
 * viewer's own first department instead (so staff of 18 pass on a record of 29). A check shared
 * by several writes (a household's, a training's) makes one mutant per write, each run against
 * that write's test alone.
 */
const DEPARTMENT_CHECKS: Array<[write: string, ...checks: Check[]]> = [
  [
    'createCommission',
    ['subgraphs/finance/commissions/commission.service.ts', "requireRoleFor(viewer, DECIDERS, departmentCode, 'create commissions')", 'departmentCode'],
  ],
  [
    'decideProject',
    [
      'subgraphs/finance/commissions/commission.service.ts',
      "requireRoleFor(viewer, DECIDERS, commission.departmentCode, 'decide on projects')",
      'commission.departmentCode',
    ],
    [
      'subgraphs/finance/commissions/commission.service.ts',
      "requireRoleFor(viewer, DECIDERS, plan.departmentCode, 'decide on projects')",
      'plan.departmentCode',
    ],
  ],
  [
    'disburse',
    [
      'subgraphs/finance/commissions/disbursement.service.ts',
      "requireRoleFor(viewer, DECIDERS, subsidy.departmentCode, 'pay subsidies')",
      'subsidy.departmentCode',
    ],
  ],
  [
    'createFundingPlan',
    ['subgraphs/finance/plans/funding-plan.service.ts', 'requireRoleFor(viewer, PLAN_WRITERS, project.departmentCode, action)', 'project.departmentCode'],
  ],
  [
    'updateFundingPlan',
    ['subgraphs/finance/plans/funding-plan.service.ts', 'requireRoleFor(viewer, PLAN_WRITERS, known.departmentCode, action)', 'known.departmentCode'],
    ['subgraphs/finance/plans/funding-plan.service.ts', 'requireRoleFor(viewer, PLAN_WRITERS, p.departmentCode, action)', 'p.departmentCode'],
  ],
  [
    'changeFundingLineStatus',
    ['subgraphs/finance/plans/funding-line.service.ts', 'requireRoleFor(viewer, PLAN_WRITERS, p.departmentCode, action)', 'p.departmentCode'],
  ],
  [
    'addDevice',
    ['subgraphs/parentality/devices/device.service.ts', "requireHouseholdAccess(viewer, partner.departmentCode, 'add devices')", 'partner.departmentCode'],
  ],
  [
    'registerHousehold',
    [
      'subgraphs/parentality/households/household.service.ts',
      "requireHouseholdAccess(viewer, partner.departmentCode, 'register households')",
      'partner.departmentCode',
    ],
  ],
  ['createCall', ['subgraphs/pedagogy/calls/call.mutations.ts', "requireRoleFor(viewer, WRITERS, department.code, 'publish calls')", 'department.code']],
  [
    'addCallCampaign',
    [
      'subgraphs/pedagogy/calls/call.mutations.ts',
      "requireRoleFor(viewer, WRITERS, call.department.unwrap().code, 'change calls')",
      'call.department.unwrap().code',
    ],
  ],
  [
    'createProject',
    [
      'subgraphs/pedagogy/projects/project.service.ts',
      "requireRoleFor(viewer, WRITERS, call.department.unwrap().code, 'create projects')",
      'call.department.unwrap().code',
    ],
  ],
  [
    'updateProject',
    [
      'subgraphs/pedagogy/projects/project.service.ts',
      "requireRoleFor(viewer, WRITERS, project.department.unwrap().code, 'change projects')",
      'project.department.unwrap().code',
    ],
  ],
  [
    'changeProjectStatus',
    [
      'subgraphs/pedagogy/projects/project.service.ts',
      "requireRoleFor(viewer, WRITERS, project.department.unwrap().code, 'change the status of projects')",
      'project.department.unwrap().code',
    ],
  ],
  [
    'recordResourceDeployment',
    [
      'subgraphs/pedagogy/resources/resource.service.ts',
      "requireRoleFor(viewer, WRITERS, school.department.unwrap().code, 'record a resource deployment')",
      'school.department.unwrap().code',
    ],
  ],
  ['importPixResults', ['subgraphs/pedagogy/pix/pix-import.ts', 'requireRoleFor(viewer, PIX_IMPORTERS, code, ACTION)', 'code']],
  [
    'lendDevice',
    HOUSEHOLD,
    ['subgraphs/parentality/devices/device.service.ts', "requireHouseholdAccess(viewer, device.departmentCode, 'lend devices')", 'device.departmentCode'],
  ],
  [
    'returnDevice',
    ['subgraphs/parentality/devices/device.service.ts', "requireHouseholdAccess(viewer, loan.departmentCode, 'record returns')", 'loan.departmentCode'],
  ],
  ['updateHousehold', HOUSEHOLD],
  ['recordParticipation', HOUSEHOLD],
  [
    'recordWorkshopReach',
    ['subgraphs/parentality/workshops/workshop.service.ts', 'requireHouseholdAccess(viewer, workshop.departmentCode, ACTION)', 'workshop.departmentCode'],
  ],
  [
    'createTraining',
    [
      'subgraphs/pedagogy/training/training.service.ts',
      "authoriseTrainingWrite(viewer, input.departmentCode.trim().toUpperCase(), 'create a training')",
      'input.departmentCode.trim().toUpperCase()',
    ],
  ],
  ['updateTraining', TRAINING],
  ['addTrainingSession', TRAINING],
  [
    'updateTrainingSession',
    [
      'subgraphs/pedagogy/training/training-session.service.ts',
      "authoriseTrainingWrite(viewer, training.department.unwrap().code, 'change a training session')",
      'training.department.unwrap().code',
    ],
  ],
];

export const departmentMutants: DeclaredMutant[] = [
  ...DEPARTMENT_CHECKS.map(([write, ...checks]) => ({
    id: `${write}: department not checked`,
    edits: checks.map(([file, find, department]) => ({ file, find, replace: find.replace(department, "(viewer.departments[0] ?? '')") })),
    tests: [SCOPE_TEST],
    name: `${write}: staff of 18`,
  })),
  // The one write no department role may make: finance (as ADMIN) applies its decisions.
  {
    id: 'recordCommissionDecision: staff let through',
    edits: [
      { file: 'subgraphs/pedagogy/projects/project-decision.service.ts', find: "if (viewer.role !== 'ADMIN')", replace: "if (viewer.role === 'ANALYST')" },
    ],
    tests: [SCOPE_TEST],
    name: 'recordCommissionDecision: staff of 18',
  },
];
