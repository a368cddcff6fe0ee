import type { Config } from 'jest';

/**
 * ESM all the way: @swc/jest compiles TypeScript (legacy decorators + metadata, as type-graphql and
 * MikroORM need) and jest runs under `--experimental-vm-modules` (see the npm test script).
 */
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/platform', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/scripts', '<rootDir>/web', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          target: 'es2023',
        },
        module: { type: 'es6' },
      },
    ],
  },
  // Decorator metadata (type-graphql, MikroORM) needs the polyfill before any entity or type loads.
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // End-to-end files start a whole stack each; two workers fit the machine's two cores.
  maxWorkers: 2,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/summary-reporter.cjs'],
};

export default config;
