import { describe, expect, it } from '@jest/globals';
import { listMigration } from './migration-index.js';

describe('listing a new migration in index.ts', () => {
  it('adds it to a list formatted one per line with a trailing comma, leaving no hole', () => {
    const index = "import { A } from './A.js';\nimport { B } from './B.js';\n\nexport const migrations = [\n  A,\n  B,\n];\n";
    expect(listMigration(index, 'C')).toBe(
      "import { A } from './A.js';\nimport { B } from './B.js';\nimport { C } from './C.js';\n\nexport const migrations = [\n  A,\n  B, C];\n",
    );
  });

  it('adds it to a list on one line', () => {
    const index = "import { A } from './A.js';\n\nexport const migrations = [A];\n";
    expect(listMigration(index, 'B')).toBe("import { A } from './A.js';\nimport { B } from './B.js';\n\nexport const migrations = [A, B];\n");
  });
});
