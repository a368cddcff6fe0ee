import type { Readable } from 'node:stream';
import { identifierFlaw } from '../../../../platform/identifiers.js';
import { departmentOfUai } from '../../../../platform/uai.js';
import { csvLines, findColumns } from './csv-file.js';

/**
 * The official pupil counts per school (DEPP): `fr-en-ecoles-effectifs-nb_classes` for écoles, and
 * the collèges' and lycées' files, each with its own layout, read by the names of three columns
 * (the portals' field names or their labels): the school's UAI, the rentrée and the total.
 */
export const PUPIL_COLUMNS = {
  uai: ['numero_de_l_ecole', 'numero_ecole', 'numero_college', 'numero_lycee', 'uai'],
  rentree: ['rentree_scolaire'],
  pupils: ['nombre_total_d_eleves', 'nombre_total_eleves', 'nombre_eleves_total', 'nombre_d_eleves'],
} as const;

/** One file's counts: those of one rentrée (the latest the file holds, or the one asked for). */
export interface PupilCounts {
  file: string;
  /** Year of the rentrée read (2024 for 2024-2025); null when the file has no line for it. */
  rentree: number | null;
  /** Pupils by UAI, with the line each comes from. */
  counts: Map<string, { pupils: number; line: number }>;
}

export interface ReadPupilOptions {
  file: string;
  /** Only this rentrée's lines (else the latest in the file). */
  rentree?: number;
  /** Only schools of these departments (by their UAI); the others are passed over. */
  departments?: ReadonlySet<string>;
  fault: (line: number, uai: string | null, reason: string) => void;
  onLine?: (line: number) => void;
}

/** Streams a counts file, checking every line, keeping the counts of one rentrée. */
export async function readPupilCounts(source: Readable, options: ReadPupilOptions): Promise<PupilCounts> {
  const result: PupilCounts = { file: options.file, rentree: null, counts: new Map() };
  let columns: Record<keyof typeof PUPIL_COLUMNS, number> | undefined;
  for await (const { line, fields } of csvLines(source, (line, reason) => options.fault(line, null, reason))) {
    options.onLine?.(line);
    if (!columns) {
      try {
        columns = findColumns(fields, PUPIL_COLUMNS);
      } catch (error) {
        options.fault(line, null, (error as Error).message);
        return result;
      }
      continue;
    }
    const cell = (role: keyof typeof PUPIL_COLUMNS) => fields[columns![role]] ?? '';
    const fault = readCountLine(line, cell, result, options);
    if (fault) options.fault(line, cell('uai').trim().toUpperCase() || null, fault);
  }
  if (!columns) options.fault(1, null, 'the file is empty: it needs a header row');
  return result;
}

/** Keeps one line's count when it is of the rentrée read; returns what is wrong with it, or null. */
function readCountLine(line: number, cell: (role: keyof typeof PUPIL_COLUMNS) => string, result: PupilCounts, options: ReadPupilOptions): string | null {
  const uai = cell('uai').trim().toUpperCase();
  if (options.departments && !identifierFlaw('uai', uai) && !options.departments.has(departmentOfUai(uai))) return null;
  const faults = [identifierFlaw('uai', uai)].filter((f): f is string => !!f);
  const year = /^(\d{4})\b/.exec(cell('rentree').trim())?.[1];
  if (!year) faults.push(`rentree_scolaire « ${cell('rentree').trim()} » is not a year`);
  const pupils = cell('pupils').trim();
  if (!/^\d+$/.test(pupils)) faults.push(`the pupil count « ${pupils} » is not a whole number`);
  if (faults.length) return faults.join('; ');
  const rentree = Number(year);
  if (options.rentree !== undefined ? rentree !== options.rentree : result.rentree !== null && rentree < result.rentree) return null;
  if (rentree !== result.rentree) {
    // A later rentrée than the lines kept so far: they give way.
    result.rentree = rentree;
    result.counts.clear();
  }
  const earlier = result.counts.get(uai);
  if (earlier) return `school ${uai} is already counted on line ${earlier.line} for the rentrée ${rentree}`;
  result.counts.set(uai, { pupils: Number(pupils), line });
  return null;
}
