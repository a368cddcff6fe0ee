/**
 * Lists a new migration in a subgraph's `migrations/index.ts`: its import after the others, its class
 * last in the list, whether the list is on one line or formatted one per line with a trailing comma.
 */
export function listMigration(index: string, className: string): string {
  return index.replace(/^(import .*\n)(?!import)/m, `$1import { ${className} } from './${className}.js';\n`).replace(/,?\s*\];\s*$/, `, ${className}];\n`);
}
