import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for dashboards and tests, from the composed API schema and the operations kept
 * in schema/operations/ (`npm run codegen`). The persisted-documents manifest it writes is what the
 * gateway will trust (trusted documents).
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { scalars: { SafeInt: 'number', LocalDate: 'string' }, enumsAsTypes: true },
    },
  },
};

export default config;
