import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { badInput, codedError, forbidden } from '../../../platform/errors.js';
import type { Role, Viewer } from '../../../platform/viewer.js';
import type { PixGroup, PixReport } from './pix-aggregate.js';
import { readPixResults, type PixProgress } from './pix-read.js';
import { refreshSummariesIn, SUMMARIES } from '../summaries.js';
import { writePixGroups } from './pix-write.js';
import { ACCESS } from '../../../platform/access.js';

/**
 * The Pix importer, shared by `npm run import:pix` and the `importPixResults` mutation: stream and
 * aggregate the file, check the viewer may write for every school in it, refuse the whole file when
 * any line is bad, else upsert the sums in the caller's transaction.
 */

export const PIX_IMPORTERS: readonly Role[] = ACCESS.importPix;
const ACTION = 'import Pix results';

export interface ImportPixOptions {
  schoolYear: string;
  onProgress?: (progress: PixProgress) => void;
  progressEvery?: number;
}

export interface PixImport {
  schoolYear: string;
  pupils: number;
  groups: PixGroup[];
  /** Ids of the result rows written (one per group). */
  resultIds: number[];
  /** Groups (school × grade) whose earlier results of that school year this import replaced. */
  replaced: number;
  ignoredColumns: string[];
}

/** Before reading anything: PUBLIC must sign in, and only staff (or ADMIN) import. */
export function requirePixImporter(viewer: Viewer): void {
  // A field-level error, as requireRoleFor raises it: no HTTP 401 for the whole response.
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', `Sign in to ${ACTION}.`);
  if (viewer.role !== 'ADMIN' && !PIX_IMPORTERS.includes(viewer.role)) throw forbidden(`Your role (${viewer.role}) does not allow you to ${ACTION}.`);
}

/** Checks a school year such as "2023-2024" (two consecutive years). */
export function parseSchoolYear(input: string): string {
  const match = /^(\d{4})-(\d{4})$/.exec(input.trim());
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw badInput(`"${input}" is not a school year such as "2023-2024".`, 'schoolYear');
  }
  return match[0];
}

/** Runs the import inside `tx` (a transaction the caller opened): all groups or nothing. */
export async function importPixResults(tx: EntityManager, viewer: Viewer, source: Readable, options: ImportPixOptions): Promise<PixImport> {
  requirePixImporter(viewer);
  const schoolYear = parseSchoolYear(options.schoolYear);
  const reading = await readPixResults(source, { ...options, schoolDepartment: schoolDirectory(tx) });
  // Authorisation before the report: a viewer learns nothing about another department's file.
  for (const code of new Set(reading.groups.map((g) => g.departmentCode))) requireRoleFor(viewer, PIX_IMPORTERS, code, ACTION);
  if (reading.report.count) throw reportError(reading.report);
  const { ids: resultIds, replaced } = await writePixGroups(tx, schoolYear, reading.groups);
  await refreshSummariesIn(tx, SUMMARIES.pix);
  return { schoolYear, pupils: reading.pupils, groups: reading.groups, resultIds, replaced, ignoredColumns: reading.ignoredColumns };
}

/** BAD_USER_INPUT carrying the line-numbered report (`extensions.report`), capped, with the full count. */
export function reportError(report: PixReport) {
  const shown = report.errors.length < report.count ? ` (the first ${report.errors.length} are listed)` : '';
  return codedError('BAD_USER_INPUT', `The file has ${report.count} bad line(s)${shown}; nothing was imported.`, {
    report: report.errors,
    errorCount: report.count,
  });
}

/** Department of a known school, by UAI (one small statement per distinct school of the file). */
export function schoolDirectory(em: EntityManager) {
  return async (uai: string): Promise<string | null> => {
    const rows = await em.execute<Array<{ department_code: string }>>('select department_code from school where uai = ?', [uai]);
    return rows[0]?.department_code ?? null;
  };
}

/** A CSV held in a string as a stream of 64 KiB pieces, so that lines are read as from a file. */
export function csvSource(csv: string): Readable {
  const size = 64 * 1024;
  return Readable.from(
    (function* () {
      for (let at = 0; at < csv.length; at += size) yield csv.slice(at, at + size);
    })(),
  );
}
