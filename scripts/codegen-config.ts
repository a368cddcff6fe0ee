import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for dashboards and tests, from the composed API schema and the operations kept
 * in schema/operations/. The persisted-documents manifest it writes is what the gateway trusts.
 */
export const codegenConfig: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: { scalars: { SafeInt: 'number', LocalDate: 'string', DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' }, enumsAsTypes: true },
    },
  },
};
