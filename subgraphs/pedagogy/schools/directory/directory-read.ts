import type { Readable } from 'node:stream';
import type { SchoolRecord } from '../school.rules.js';
import { csvLines, findColumns } from './csv-file.js';
import { DIRECTORY_COLUMNS, type DirectoryColumn, OPTIONAL_DIRECTORY_COLUMNS, readDirectoryLine } from './directory-line.js';

/** A directory file read: its schools with their lines, what was left aside, and how many lines. */
export interface DirectoryReading {
  /** Data lines read (the header and blank lines not counted). */
  lines: number;
  schools: Array<{ line: number; school: SchoolRecord }>;
  /** Lines left aside, by reason. */
  skipped: Map<string, number>;
  /** Lines repeating an earlier line's school exactly (the export holds a few). */
  repeated: number;
}

export interface ReadDirectoryOptions {
  departments?: ReadonlySet<string>;
  fault: (line: number, uai: string | null, reason: string) => void;
  onLine?: (line: number) => void;
}

/**
 * Streams the directory file. A UAI seen twice is one school when both lines say the same, a fault
 * otherwise; so is a circonscription code given two names or two departments.
 */
export async function readDirectory(source: Readable, options: ReadDirectoryOptions): Promise<DirectoryReading> {
  const reading: DirectoryReading = { lines: 0, schools: [], skipped: new Map(), repeated: 0 };
  const seen = new Map<string, { line: number; key: string }>();
  const circonscriptions = new Map<string, { line: number; key: string }>();
  let columns: Record<DirectoryColumn, number> | undefined;
  for await (const { line, fields } of csvLines(source, (line, reason) => options.fault(line, null, reason))) {
    options.onLine?.(line);
    if (!columns) {
      try {
        columns = findColumns(fields, DIRECTORY_COLUMNS, OPTIONAL_DIRECTORY_COLUMNS);
      } catch (error) {
        options.fault(line, null, (error as Error).message);
        return reading;
      }
      continue;
    }
    reading.lines++;
    const read = readDirectoryLine((column) => fields[columns![column]] ?? '', options.departments);
    if ('skipped' in read) reading.skipped.set(read.skipped, (reading.skipped.get(read.skipped) ?? 0) + 1);
    else if ('faults' in read) options.fault(line, read.uai, read.faults.join('; '));
    else {
      const { school } = read;
      const key = JSON.stringify(school);
      const earlier = seen.get(school.uai);
      if (earlier?.key === key) reading.repeated++;
      else if (earlier) options.fault(line, school.uai, `UAI ${school.uai} is already on line ${earlier.line}, with other values`);
      else if (sameCirconscription(school, line, circonscriptions, options)) {
        seen.set(school.uai, { line, key });
        reading.schools.push({ line, school });
      }
    }
  }
  if (!columns) options.fault(1, null, 'the file is empty: it needs a header row and one line per establishment');
  else if (!reading.lines) options.fault(1, null, 'the file has a header row but no establishment');
  return reading;
}

/** True when the school's circonscription (if any) has the name and department it had on earlier lines. */
function sameCirconscription(school: SchoolRecord, line: number, known: Map<string, { line: number; key: string }>, options: ReadDirectoryOptions): boolean {
  if (!school.circonscription) return true;
  const key = `${school.circonscription.name}|${school.departmentCode}`;
  const earlier = known.get(school.circonscription.code);
  if (!earlier) known.set(school.circonscription.code, { line, key });
  else if (earlier.key !== key) {
    options.fault(line, school.uai, `circonscription ${school.circonscription.code} has another name or department on line ${earlier.line}`);
    return false;
  }
  return true;
}
