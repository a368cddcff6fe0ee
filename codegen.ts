import { codegenConfig } from './scripts/codegen-config.js';

/** For graphql-codegen's own CLI and editors; `npm run codegen` uses the same configuration. */
export default codegenConfig;
