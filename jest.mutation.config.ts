import type { Config } from 'jest';
// Node loads this file by stripping its types, so the import names the .ts file itself.
import base from './jest.config.ts';

/**
 * The unit tests of the rule and access modules, for `npm run test:mutation` (StrykerJS runs them
 * once per mutant): no database, no stack, no global set-up.
 */
const config: Config = {
  ...base,
  roots: ['<rootDir>/platform', '<rootDir>/subgraphs', '<rootDir>/gateway'],
  testMatch: [
    '**/*.rules.test.ts',
    '**/*.lifecycle.test.ts',
    '**/privacy.test.ts',
    '**/disclosure.test.ts',
    '**/household-access.test.ts',
    '**/*.access.test.ts',
    '**/period.test.ts',
    '**/uai.test.ts',
    '**/viewer.test.ts',
    '**/authorization.test.ts',
    '**/platform/access.test.ts',
    '**/ids.test.ts',
    '**/ranking.test.ts',
    '**/auth.test.ts',
    '**/trusted-documents.test.ts',
    '**/limits.test.ts',
    '**/project-decision.test.ts',
    '**/resource.test.ts',
    '**/training.test.ts',
  ],
  globalSetup: undefined,
  globalTeardown: undefined,
  reporters: ['default'],
};

export default config;
