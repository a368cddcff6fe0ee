import type { GraphQLError } from 'graphql';
import { parseUai } from '../../../platform/uai.js';
import { CRCN_COMPETENCE_CODES } from './crcn.data.js';
import type { PixColumns } from './pix-csv.js';
import type { PixGrade } from './pix-result.entity.js';
import { parseGrade, parseLevel, parseScore, parseStatus, type Parsed } from './pix-values.js';

/** One pupil's line, reduced to what is aggregated: no name, no identifier of the pupil. */
export interface PupilResult {
  uai: string;
  grade: PixGrade;
  certified: boolean;
  score: number | null;
  /** Level per competence, in the order of CRCN_COMPETENCE_CODES; null when not assessed. */
  levels: Array<number | null>;
}

/** The sums of one school and grade: what is stored, and all that is stored. */
export interface PixGroup {
  uai: string;
  departmentCode: string;
  grade: PixGrade;
  candidates: number;
  certified: number;
  scored: number;
  scoreSum: number;
  /** Sum of the levels and number assessed, per competence (order of CRCN_COMPETENCE_CODES). */
  levelSums: number[];
  assessed: number[];
}

/**
 * Reads the needed cells of a line; the reasons list every fault found (never a cell's content).
 * `uai` is given whenever the UAI is valid, so that the caller can check the school too.
 */
export function readPupil(fields: readonly string[], columns: PixColumns): { uai?: string; pupil?: PupilResult; reasons: string[] } {
  const reasons: string[] = [];
  const value = <T>(parsed: Parsed<T>): T | undefined => (parsed.ok ? parsed.value : void reasons.push(parsed.reason));
  const uai = readUai(fields[columns.uai]!, reasons);
  const grade = value(parseGrade(fields[columns.grade]!));
  const certified = value(parseStatus(fields[columns.status]!));
  const score = value(parseScore(fields[columns.score]!));
  const levels = columns.competences.map((column, i) => value(parseLevel(fields[column]!, CRCN_COMPETENCE_CODES[i]!)));
  if (reasons.length) return { uai, reasons };
  return { uai, pupil: { uai: uai!, grade: grade!, certified: certified!, score: score!, levels: levels as Array<number | null> }, reasons };
}

function readUai(cell: string, reasons: string[]): string | undefined {
  try {
    return parseUai(cell);
  } catch (error) {
    // parseUai quotes its input; quote it only when it has the shape of a UAI (digits and a letter).
    const shaped = /^\d{7}[A-Z]$/.test(cell.trim().toUpperCase());
    reasons.push(shaped ? (error as GraphQLError).message : 'UAI is not 7 digits and a check letter');
    return undefined;
  }
}

export function emptyGroup(uai: string, departmentCode: string, grade: PixGrade): PixGroup {
  const zeros = () => CRCN_COMPETENCE_CODES.map(() => 0);
  return { uai, departmentCode, grade, candidates: 0, certified: 0, scored: 0, scoreSum: 0, levelSums: zeros(), assessed: zeros() };
}

/** Adds one pupil to the sums of its group. */
export function addPupil(group: PixGroup, pupil: PupilResult): void {
  group.candidates++;
  if (pupil.certified) group.certified++;
  if (pupil.score !== null) {
    group.scored++;
    group.scoreSum += pupil.score;
  }
  pupil.levels.forEach((level, i) => {
    if (level === null) return;
    group.levelSums[i]! += level;
    group.assessed[i]!++;
  });
}

/** One rejected line and why. */
export interface LineError {
  line: number;
  reason: string;
}

/** At most this many line errors are kept (the count goes on), so a wrong file costs bounded memory. */
export const MAX_REPORTED_ERRORS = 1000;

/** Every fault of a file, by line number: the first MAX_REPORTED_ERRORS kept, all counted. */
export class PixReport {
  readonly errors: LineError[] = [];
  count = 0;

  add(line: number, reason: string): void {
    this.count++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ line, reason });
  }
}
