// `npm run test:mutation`: StrykerJS breaks the rule and access modules one change at a time and runs
// their unit tests (jest.mutation.config.ts) against each change; a change no test notices survives.
// Not part of `npm test`: it takes minutes on two cores. The report is written to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // Jest runs ES modules only with this flag.
  testRunnerNodeArgs: ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'],
  jest: { configFile: 'jest.mutation.config.ts', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // TypeScript 7 has no compiler API: point Stryker at no tsconfig so its sandbox leaves ours alone.
  tsconfigFile: 'tsconfig.stryker-none.json',
  mutate: [
    'platform/period.ts',
    'platform/today.ts',
    'platform/uai.ts',
    'platform/ids.ts',
    'platform/viewer.ts',
    'platform/authorization.ts',
    'platform/access.ts',
    'platform/ranking.ts',
    'platform/versions.ts',
    'subgraphs/parentality/privacy.ts',
    'subgraphs/parentality/disclosure.ts',
    'subgraphs/parentality/access/household-access.ts',
    'subgraphs/parentality/households/household.rules.ts',
    'subgraphs/pedagogy/projects/project.lifecycle.ts',
    'subgraphs/pedagogy/projects/project.rules.ts',
    'subgraphs/pedagogy/calls/call.rules.ts',
    'subgraphs/pedagogy/resources/resource.rules.ts',
    'subgraphs/pedagogy/training/training.rules.ts',
    'subgraphs/finance/plans/funding-plan.rules.ts',
    'subgraphs/finance/commissions/commission.rules.ts',
    'subgraphs/finance/access.ts',
    'subgraphs/finance/plans/funding-plan.access.ts',
    'subgraphs/finance/commissions/commission.access.ts',
    'gateway/auth.ts',
    'gateway/trusted-documents.ts',
  ],
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: 2,
  // Jest under --experimental-vm-modules keeps every module it loaded: a fresh runner every 20 mutants stays fast.
  maxTestRunnerReuse: 20,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.data', 'dist', 'reports', 'test-output', '.stryker-tmp'],
  thresholds: { high: 90, low: 85, break: null },
};
