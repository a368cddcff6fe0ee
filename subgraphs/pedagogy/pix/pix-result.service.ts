import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { codedError } from '../../../platform/errors.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { parseUai } from '../../../platform/uai.js';
import { actsFor, type Role, type Viewer } from '../../../platform/viewer.js';
import type { PedagogyContext } from '../context.js';
import { parseDepartmentCode } from '../departments/department.service.js';
import { csvSource, importPixResults, parseSchoolYear, requirePixImporter } from './pix-import.js';
import { PixResult } from './pix-result.entity.js';
import type { ImportPixResultsInput, ImportPixResultsPayload, PixResultFilter } from './pix-result.type.js';

/** Roles that read every department's results by school; the other signed-in roles read their departments'. */
const NATIONAL_READERS: ReadonlySet<Role> = new Set(['ANALYST', 'ADMIN']);

/** True when the viewer may read the results of a school of this department (PUBLIC: KPIs only). */
export function mayReadPixOf(viewer: Viewer, departmentCode: string): boolean {
  return NATIONAL_READERS.has(viewer.role) || actsFor(viewer, departmentCode);
}

/** Departments whose results the viewer may list: null for all. */
function readScope(viewer: Viewer): string[] | null {
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', 'Sign in to read Pix results by school; the department indicators are public.');
  return NATIONAL_READERS.has(viewer.role) ? null : viewer.departments;
}

/** Translates the public filter, within the viewer's scope, into a query on results. */
function pixWhere(filter: PixResultFilter, scope: string[] | null): FilterQuery<PixResult> {
  const and: object[] = [];
  if (scope) and.push({ school: { department: { $in: scope } } });
  if (filter.departmentCodes) and.push({ school: { department: { $in: filter.departmentCodes.map(parseDepartmentCode) } } });
  if (filter.schoolUais) and.push({ school: { $in: filter.schoolUais.map(parseUai) } });
  if (filter.schoolYears) and.push({ schoolYear: { $in: filter.schoolYears.map(parseSchoolYear) } });
  if (filter.grades) and.push({ grade: { $in: filter.grades } });
  return (and.length ? { $and: and } : {}) as FilterQuery<PixResult>;
}

const ORDER = { school: 'asc', schoolYear: 'asc', grade: 'asc' } as const;
const keyOf = (r: PixResult) => [r.school.unwrap().uai, r.schoolYear, r.grade].join('|');

/** Rows after a cursor in (school, school year, grade) order: keyset pagination. */
function afterCursor(cursor: string): FilterQuery<PixResult> {
  const [uai, year, grade] = decodeCursor(cursor).split('|');
  return {
    $or: [{ school: { $gt: uai } }, { school: uai, schoolYear: { $gt: year } }, { school: uai, schoolYear: year, grade: { $gt: grade } }],
  } as FilterQuery<PixResult>;
}

/** A page of results by school, school year and grade: two statements, the page and its total. */
export async function listPixResults(em: EntityManager, viewer: Viewer, filter: PixResultFilter = {}, page: PageArgs): Promise<Connection<PixResult>> {
  checkPage(page);
  const where = pixWhere(filter, readScope(viewer));
  const pageWhere = page.after ? ({ $and: [where, afterCursor(page.after)] } as FilterQuery<PixResult>) : where;
  const [rows, totalCount] = await Promise.all([em.find(PixResult, pageWhere, { orderBy: ORDER, limit: page.first + 1 }), em.count(PixResult, where)]);
  return toConnection(rows, page.first, !!page.after, keyOf, totalCount);
}

/** The mutation: one transaction; a refused file (bad lines, another department) writes nothing. */
export async function importPixCsv(ctx: PedagogyContext, input: ImportPixResultsInput): Promise<ImportPixResultsPayload> {
  requirePixImporter(ctx.viewer);
  const imported = await ctx.em.transactional((tx) => importPixResults(tx, ctx.viewer, csvSource(input.csv), { schoolYear: input.schoolYear }));
  const results = await ctx.em.find(PixResult, { id: { $in: imported.resultIds } }, { orderBy: ORDER });
  return { schoolYear: imported.schoolYear, pupils: imported.pupils, replaced: imported.replaced, ignoredColumns: imported.ignoredColumns, results };
}
