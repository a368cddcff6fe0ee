/**
 * `npm run import:pix -- FILE [--school-year 2023-2024]`: imports a Pix results file as a school
 * exports it into the pedagogy database, with the same importer as the `importPixResults` mutation.
 * Prints progress, then what was written, or every bad line (nothing is written then).
 * Database: PEDAGOGY_DATABASE_URL or DATABASE_URL, else the embedded server of a running `npm start`.
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { schoolYearOf } from '../platform/period.js';
import { today } from '../platform/today.js';
import type { Viewer } from '../platform/viewer.js';
import { importPixResults } from '../subgraphs/pedagogy/pix/pix-import.js';
import { parseCommand, usageError } from './cli.js';
import { runPedagogyImport } from './pedagogy-import.js';

const USAGE = `usage: npm run import:pix -- FILE [--school-year 2023-2024] [--dry-run]   (default: the current school year)
Imports a Pix results file (see README) into pedagogy's database, through the running platform's
embedded server or DATABASE_URL / PEDAGOGY_DATABASE_URL. Results already there for a school, school
year and grade are replaced, and the command says how many; --dry-run reads, checks and counts
everything, then writes nothing.`;
const { values, positionals } = parseCommand(USAGE, {
  allowPositionals: true,
  options: { 'school-year': { type: 'string', default: schoolYearOf(today()) }, 'dry-run': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) usageError('give exactly one FILE to import');

/** Whoever may run this command reaches the database directly: it acts as ADMIN. */
const OPERATOR: Viewer = { role: 'ADMIN', departments: [], subject: 'import:pix command' };

const dryRun = values['dry-run'];
await runPedagogyImport({
  // The schools must be there already: the Pix results only name them.
  seed: false,
  dryRun,
  work: (tx) =>
    importPixResults(tx, OPERATOR, createReadStream(positionals[0]!, { encoding: 'utf8' }), {
      schoolYear: values['school-year'],
      onProgress: ({ lines, groups, errors }) => console.error(`… ${lines} lines read, ${groups} school × grade groups, ${errors} bad lines`),
    }),
  report: (imported, ms) => {
    const verb = dryRun ? 'would import (dry run: nothing written)' : 'imported';
    console.log(`${verb} ${imported.pupils} pupils of ${imported.schoolYear} as ${imported.groups.length} school × grade groups in ${ms} ms`);
    if (imported.replaced)
      console.log(`${dryRun ? 'would replace' : 'replaced'} the earlier results of ${imported.replaced} of these groups (same school, school year and grade)`);
    if (imported.ignoredColumns.length) console.log(`columns dropped unread (never stored): ${imported.ignoredColumns.join(', ')}`);
  },
  fault: ({ line, reason }) => `line ${line}: ${reason}`,
});
