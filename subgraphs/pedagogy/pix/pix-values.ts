import { normaliseLabel } from './pix-csv.js';
import { PIX_MAX_SCORE, PixGrade } from './pix-result.entity.js';

/**
 * The values of one cell of a results file. Each parser returns the value, or a reason that never
 * quotes the cell: a shifted column could hold a pupil's name, which must not reach any report.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/**
 * Grades: a level ("3e", "Terminale", "CAP") or a class name that starts with it ("3B", "3e2",
 * "TG1", "Tle STMG", "2CAP1"), since school exports give either.
 */
const GRADES: Array<[RegExp, PixGrade]> = [
  [/^(\d(e|eme)?)?cap[a-z0-9]{0,6}$/, PixGrade.CAP],
  [/^(troisieme|3(e|eme|ieme)?)[a-z0-9]{0,4}$|^(year10|grade9|9thgrade)$/, PixGrade.TROISIEME],
  [/^(terminale|term|tle|t)[a-z0-9]{0,12}$|^(year13|grade12|12thgrade)$/, PixGrade.TERMINALE],
];

export function parseGrade(cell: string): Parsed<PixGrade> {
  const compact = normaliseLabel(cell).replace(/[ .]/g, '');
  const grade = GRADES.find(([pattern]) => pattern.test(compact))?.[1];
  return grade ? ok(grade) : fail('grade not recognised (expected 3e, terminale or CAP, or a class of these)');
}

const CERTIFIED = new Set(['certifie', 'certifiee', 'oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'valide', 'validee', 'certified', 'validated']);
const NOT_CERTIFIED = new Set([
  'non certifie',
  'non certifiee',
  'non',
  'n',
  'no',
  'false',
  'faux',
  '0',
  'non valide',
  'non validee',
  'rejete',
  'rejetee',
  'echec',
  'not certified',
  'uncertified',
  'rejected',
  'failed',
  'fail',
]);

/** Certification status: true when certified. */
export function parseStatus(cell: string): Parsed<boolean> {
  const status = normaliseLabel(cell);
  if (CERTIFIED.has(status)) return ok(true);
  if (NOT_CERTIFIED.has(status)) return ok(false);
  return fail('certification status not recognised (expected certifié / non certifié, oui / non, yes / no)');
}

/** An empty cell, or "-" as Pix exports write it, means "not given". */
const isBlank = (cell: string) => /^\s*-?\s*$/.test(cell);

/** Pix score: a whole number from 0 to 1024, or null when not given. */
export function parseScore(cell: string): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const text = cell.trim();
  const score = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  return score <= PIX_MAX_SCORE ? ok(score) : fail(`Pix score is not a whole number from 0 to ${PIX_MAX_SCORE}`);
}

/** Level of a competence: 0 to 6 (what Pix certifies), or null when the competence was not assessed. */
export function parseLevel(cell: string, code: string): Parsed<number | null> {
  if (isBlank(cell)) return ok(null);
  const text = cell.trim();
  return /^[0-6]$/.test(text) ? ok(Number(text)) : fail(`level of competence ${code} is not a whole number from 0 to 6`);
}
