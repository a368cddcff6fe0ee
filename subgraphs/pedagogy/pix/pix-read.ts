import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { addPupil, emptyGroup, PixReport, readPupil, type PixGroup } from './pix-aggregate.js';
import { detectSeparator, readHeader, splitLine, type PixColumns } from './pix-csv.js';

/** Department of a known school, null for an unknown UAI. */
export type SchoolDepartment = (uai: string) => Promise<string | null> | string | null;

export interface PixProgress {
  /** Lines read so far, header included. */
  lines: number;
  groups: number;
  errors: number;
}

export interface ReadPixOptions {
  schoolDepartment: SchoolDepartment;
  onProgress?: (progress: PixProgress) => void;
  /** Report progress every this many lines (10,000 by default), and once at the end. */
  progressEvery?: number;
}

/** What a file amounts to: the sums per school and grade, and every fault found. */
export interface PixReading {
  /** Pupil lines read (blank lines and the header not counted). */
  pupils: number;
  groups: PixGroup[];
  report: PixReport;
  /** Header labels of the columns dropped unread (names, INE…). */
  ignoredColumns: string[];
}

/** Unknown UAIs remembered at most; beyond, they are looked up again (memory stays bounded). */
const MAX_UNKNOWN_CACHED = 10_000;

/**
 * Streams a results file line by line (UTF-8, optional BOM, ; or , separated, header first) and
 * adds each valid pupil line to the sums of its school and grade as it goes: memory grows with the
 * number of groups, not of lines. Every faulty line is reported with its number and reason; the
 * caller decides what to write (nothing, when the report is not empty).
 */
export async function readPixResults(source: Readable, options: ReadPixOptions): Promise<PixReading> {
  const every = options.progressEvery ?? 10_000;
  const groups = new Map<string, PixGroup>();
  const report = new PixReport();
  const departmentOf = cachedLookup(options.schoolDepartment);
  const progress = (lines: number) => options.onProgress?.({ lines, groups: groups.size, errors: report.count });
  let header: { columns: PixColumns; separator: string } | undefined;
  let line = 0;
  let pupils = 0;
  for await (const raw of createInterface({ input: source, crlfDelay: Infinity })) {
    line++;
    if (line % every === 0) progress(line);
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    if (!header) {
      header = readHeaderLine(text, line, report);
      if (!header) break; // without columns, no later line can be understood
      continue;
    }
    pupils++;
    const reasons = await addLine(text, header, groups, departmentOf);
    if (reasons.length) report.add(line, reasons.join('; '));
  }
  progress(line);
  if (!header && !report.count) report.add(1, 'the file is empty: it needs a header row and one line per pupil');
  if (header && !pupils) report.add(line, 'the file has a header row but no pupil line');
  return { pupils, groups: [...groups.values()], report, ignoredColumns: header?.columns.ignored ?? [] };
}

function readHeaderLine(text: string, line: number, report: PixReport) {
  const separator = detectSeparator(text);
  const fields = splitLine(text, separator);
  try {
    if (!fields) throw new Error('the header row has a quote that is not closed');
    return { columns: readHeader(fields), separator };
  } catch (error) {
    report.add(line, (error as Error).message);
    return undefined;
  }
}

/** Adds one pupil line to its group; returns the reasons it was refused (empty when added). */
async function addLine(
  text: string,
  { columns, separator }: { columns: PixColumns; separator: string },
  groups: Map<string, PixGroup>,
  departmentOf: (uai: string) => Promise<string | null>,
): Promise<string[]> {
  const fields = splitLine(text, separator);
  if (!fields) return ['a quoted field is not closed (line breaks inside a field are not supported)'];
  if (fields.length !== columns.width) return [`the line has ${fields.length} fields where the header has ${columns.width}`];
  const { uai, pupil, reasons } = readPupil(fields, columns);
  const departmentCode = uai ? await departmentOf(uai) : null;
  if (uai && !departmentCode) reasons.push(`school ${uai} is not known`);
  if (!pupil || !departmentCode) return reasons;
  const key = `${pupil.uai}|${pupil.grade}`;
  let group = groups.get(key);
  if (!group) {
    group = emptyGroup(pupil.uai, departmentCode, pupil.grade);
    groups.set(key, group);
  }
  addPupil(group, pupil);
  return reasons;
}

/** Looks each UAI up once. */
function cachedLookup(lookup: SchoolDepartment) {
  const cache = new Map<string, string | null>();
  return async (uai: string): Promise<string | null> => {
    if (cache.has(uai)) return cache.get(uai)!;
    const department = await lookup(uai);
    if (department !== null || cache.size < MAX_UNKNOWN_CACHED) cache.set(uai, department);
    return department;
  };
}
