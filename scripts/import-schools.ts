/**
 * `npm run import:schools -- FILE [--pupils FILE]… [--departments 18,29] [--rentree 2024] [--dry-run]`:
 * imports the national school directory (« Annuaire de l'éducation ») into the pedagogy database, with
 * the official pupil counts when given. All or nothing: every bad line is listed and nothing is written.
 * Database: PEDAGOGY_DATABASE_URL or DATABASE_URL, else the embedded server of a running `npm start`
 * (or one started for the command), migrated and seeded as `npm start` would.
 */
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { identifierFlaw } from '../platform/identifiers.js';
import { type DirectoryImport, importSchoolDirectory, type NamedSource } from '../subgraphs/pedagogy/schools/directory/directory-import.js';
import { parseCommand, usageError } from './cli.js';
import { runPedagogyImport } from './pedagogy-import.js';
import { progressBars } from './national/progress.js';

const USAGE = `usage: npm run import:schools -- FILE [--pupils FILE]… [--departments 18,29] [--rentree 2024] [--dry-run]
Imports the national school directory (fr-en-annuaire-education, see README) into pedagogy's database,
through the running platform's embedded server or DATABASE_URL / PEDAGOGY_DATABASE_URL. Schools are
created or updated where the directory differs; a second run changes nothing.
  --pupils FILE      official pupil counts (fr-en-ecoles-effectifs-nb_classes, the collèges' and
                     lycées' files); repeat it for each file. Without them, the directory's own count.
  --departments      only these departments' lines (the others are left aside)
  --rentree YEAR     the counts of this rentrée (2024 for 2024-2025); by default each file's latest
  --dry-run          read, check and count everything, then write nothing`;
const { values, positionals } = parseCommand(USAGE, {
  allowPositionals: true,
  options: {
    pupils: { type: 'string', multiple: true, default: [] },
    departments: { type: 'string' },
    rentree: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) usageError('give exactly one directory FILE to import');
const departments = values.departments?.split(',').map((code) => code.trim().toUpperCase());
for (const code of departments ?? [])
  if (identifierFlaw('department', code)) usageError(`--departments: "${code}" is not a department code such as 18, 29, 2A or 971`);
const rentreeMatch = values.rentree === undefined ? undefined : /^(\d{4})(?:-\d{4})?$/.exec(values.rentree.trim());
if (rentreeMatch === null) usageError(`--rentree takes a year such as 2024 (got "${values.rentree}")`);
const rentree = rentreeMatch ? Number(rentreeMatch[1]) : undefined;

/** Lines of a file (for the progress bar's total), counted as bytes stream by. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) for (const byte of chunk) if (byte === 10) lines++;
  return lines;
}

async function source(file: string): Promise<NamedSource> {
  return { name: path.basename(file), lines: await countLines(file), source: createReadStream(file, { encoding: 'utf8' }) };
}

function printImport(result: DirectoryImport, dryRun: boolean, ms: number): void {
  const p = result.pupils;
  console.log(
    `${dryRun ? 'would import (dry run: nothing written)' : 'imported'} ${result.schools} schools of ${result.lines} lines in ${ms} ms: ` +
      `${result.created.length} created, ${result.updated.length} updated, ${result.unchanged} unchanged`,
  );
  console.log(`circonscriptions: ${result.circonscriptions.created} created, ${result.circonscriptions.updated} renamed`);
  console.log(`bassins: ${result.bassins.created} created, ${result.bassins.updated} renamed`);
  if (result.skipped.length) console.log(`left aside: ${result.skipped.map(([reason, n]) => `${n} × ${reason}`).join('; ')}`);
  if (result.repeated) console.log(`lines repeating an earlier one: ${result.repeated}`);
  for (const f of p.files) console.log(`pupil counts of ${f.file}: rentrée ${f.rentree ?? 'none'}, ${f.schools} schools`);
  console.log(`pupils: ${p.fromFiles} schools counted from the files, ${p.fromDirectory} from the directory, ${p.none} without a count`);
  if (p.unmatched) console.log(`counts of schools not imported, left aside: ${p.unmatched}`);
  for (const [verb, changes] of [
    ['created', result.created],
    ['updated', result.updated],
  ] as const) {
    const shown = changes.slice(0, 20).map((c) => `line ${c.line} ${c.uai}`);
    if (shown.length) console.log(`${verb}: ${shown.join(', ')}${changes.length > shown.length ? `, and ${changes.length - shown.length} more` : ''}`);
  }
}

await runPedagogyImport({
  seed: true,
  dryRun: values['dry-run'],
  work: async (tx) => {
    const directory = await source(positionals[0]!);
    const pupils = await Promise.all(values.pupils.map(source));
    const [lines, schools] = [progressBars(process.stderr, 'lines'), progressBars(process.stderr, 'schools')];
    return importSchoolDirectory(tx, {
      directory,
      pupils,
      departments,
      rentree,
      progress: (label, total) => (label === 'writing' ? schools : lines)(label, total),
    });
  },
  report: (result, ms) => printImport(result, values['dry-run'], ms),
  fault: ({ file, line, uai, reason }) => `${file} line ${line}${uai ? ` (${uai})` : ''}: ${reason}`,
});
