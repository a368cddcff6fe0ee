import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProgressFactory } from '../../../../platform/seeds/bulk.js';
import { refreshSummariesIn, SUMMARIES } from '../../summaries.js';
import { type CommuneDepartments, type SchoolRecord, schoolFaults } from '../school.rules.js';
import { saveSchools } from '../school.write.js';
import { readDirectory } from './directory-read.js';
import { LineReport, reportError } from './line-report.js';
import { type PupilCounts, readPupilCounts } from './pupil-counts.js';

/** A file to read: its name (as the report gives it), its content, and its line count when known (for the progress bar). */
export interface NamedSource {
  name: string;
  source: Readable;
  lines?: number;
}

export interface ImportDirectoryOptions {
  directory: NamedSource;
  /** Official pupil counts files (écoles, collèges, lycées): a school's count is the sum of its lines in them. */
  pupils?: readonly NamedSource[];
  /** Department codes to import ("18", "2A"); every department of the file when absent. */
  departments?: readonly string[];
  /** Rentrée of the counts to read (2024 for 2024-2025); the latest of each file when absent. */
  rentree?: number;
  progress?: ProgressFactory;
}

/** A school the import created or changed, and the line of the directory that gave it. */
export interface SchoolChange {
  line: number;
  uai: string;
}

export interface DirectoryImport {
  /** Data lines of the directory file. */
  lines: number;
  /** Schools the file gives (each once), all written or found as they are. */
  schools: number;
  created: SchoolChange[];
  updated: SchoolChange[];
  unchanged: number;
  /** Lines left aside, with how many, by reason. */
  skipped: Array<[reason: string, lines: number]>;
  /** Lines repeating an earlier one exactly. */
  repeated: number;
  circonscriptions: { created: number; updated: number };
  bassins: { created: number; updated: number };
  pupils: {
    files: Array<{ file: string; rentree: number | null; schools: number }>;
    /** Schools whose count comes from the count files. */
    fromFiles: number;
    /** Schools whose count is the directory's own (Nombre_d_eleves), none being in the files. */
    fromDirectory: number;
    /** Schools with no count at all: they keep the one they had (0 for a new school). */
    none: number;
    /** Counts in the files of schools this import does not hold (closed, left aside, other kinds): not used. */
    unmatched: number;
  };
}

/**
 * Imports the national school directory into `tx` (a transaction the caller opened): reads every
 * file, checks every school against the rules of school.rules.ts, then writes all of them, or
 * nothing when any line is bad (BAD_USER_INPUT with the line-numbered report).
 */
export async function importSchoolDirectory(tx: EntityManager, options: ImportDirectoryOptions): Promise<DirectoryImport> {
  const report = new LineReport();
  const departments = options.departments && new Set(options.departments);
  const faultIn = (file: string) => (line: number, uai: string | null, reason: string) => report.add({ file, line, uai, reason });
  const { directory } = options;
  const reading = await withLineBar(options.progress, 'directory', directory, (onLine) =>
    readDirectory(directory.source, { departments, onLine, fault: faultIn(directory.name) }),
  );
  const counts: PupilCounts[] = [];
  for (const file of options.pupils ?? []) {
    counts.push(
      await withLineBar(options.progress, 'pupils', file, (onLine) =>
        readPupilCounts(file.source, { file: file.name, rentree: options.rentree, departments, onLine, fault: faultIn(file.name) }),
      ),
    );
  }
  const pupils = applyCounts(
    reading.schools.map((s) => s.school),
    counts,
  );
  const communes = await communeDepartments(tx);
  for (const { line, school } of reading.schools) {
    const faults = schoolFaults(school, communes);
    if (faults.length) report.add({ file: directory.name, line, uai: school.uai, reason: faults.join('; ') });
  }
  if (report.count) throw reportError(report);

  const bar = options.progress?.('writing', reading.schools.length);
  const saved = await saveSchools(
    tx,
    reading.schools.map((s) => s.school),
    (rows) => bar?.tick(rows),
  );
  bar?.done();
  if (saved.created.length || saved.updated.length) await refreshSummariesIn(tx, SUMMARIES.schools);
  const lineOf = new Map(reading.schools.map((s) => [s.school.uai, s.line]));
  const changes = (uais: string[]) => uais.map((uai) => ({ line: lineOf.get(uai)!, uai })).sort((a, b) => a.line - b.line);
  return {
    lines: reading.lines,
    schools: reading.schools.length,
    created: changes(saved.created),
    updated: changes(saved.updated),
    unchanged: reading.schools.length - saved.created.length - saved.updated.length,
    skipped: [...reading.skipped].sort((a, b) => b[1] - a[1]),
    repeated: reading.repeated,
    circonscriptions: saved.circonscriptions,
    bassins: saved.bassins,
    pupils,
  };
}

/**
 * Gives each school the sum of its counts over the files (a lycée polyvalent is in the general and
 * the vocational file), which replaces the directory's own count.
 */
function applyCounts(schools: SchoolRecord[], files: readonly PupilCounts[]): DirectoryImport['pupils'] {
  const total = new Map<string, number>();
  for (const file of files) for (const [uai, { pupils }] of file.counts) total.set(uai, (total.get(uai) ?? 0) + pupils);
  let fromFiles = 0;
  for (const school of schools) {
    const pupils = total.get(school.uai);
    if (pupils === undefined) continue;
    school.pupils = pupils;
    fromFiles++;
    total.delete(school.uai);
  }
  const none = schools.filter((s) => s.pupils === null).length;
  return {
    files: files.map((f) => ({ file: f.file, rentree: f.rentree, schools: f.counts.size })),
    fromFiles,
    fromDirectory: schools.length - fromFiles - none,
    none,
    unmatched: total.size,
  };
}

async function communeDepartments(em: EntityManager): Promise<CommuneDepartments> {
  const rows = await em.execute<Array<{ code: string; department_code: string }>>('select code, department_code from commune');
  return new Map(rows.map((r) => [r.code, r.department_code]));
}

/** Runs a read with a progress bar counted in lines, when the file's line count is known. */
async function withLineBar<T>(
  progress: ProgressFactory | undefined,
  label: string,
  file: NamedSource,
  read: (onLine: (line: number) => void) => Promise<T>,
): Promise<T> {
  const bar = progress?.(label, file.lines ?? 0);
  let done = 0;
  const result = await read((line) => {
    bar?.tick(line - done);
    done = line;
  });
  bar?.done();
  return result;
}
