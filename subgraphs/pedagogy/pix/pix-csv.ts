import { CRCN_COMPETENCE_CODES } from './crcn.data.js';

/**
 * Reading a results file as schools export it: the header row (French or English names, any case,
 * with or without accents) and the cells of one line. Columns other than the ones below (names,
 * INE, birth dates…) are never read: their cells are dropped as soon as the line is split.
 */

/** Lower case, no accents, punctuation (but the dot of "1.1") as single spaces. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

const ALIASES = {
  uai: ['uai', 'rne', 'code uai', 'code rne', 'uai etablissement', 'uai de l etablissement', 'numero uai', 'school uai', 'school code'],
  grade: ['niveau', 'classe', 'niveau de classe', 'division', 'grade', 'class', 'year group'],
  status: [
    'certifie',
    'certification',
    'statut',
    'statut certification',
    'statut de certification',
    'resultat',
    'status',
    'certified',
    'certification status',
    'result',
  ],
  score: ['score', 'score pix', 'pix', 'nombre de pix', 'nb pix', 'total pix', 'pix score', 'total score'],
} as const;

type Role = keyof typeof ALIASES;
const ROLE_OF = new Map<string, Role>(
  (Object.entries(ALIASES) as Array<[Role, readonly string[]]>).flatMap(([role, names]) => names.map((n) => [n, role] as const)),
);
const COMPETENCE_LABEL = /^(?:competence |comp |c ?)?([1-5])\.([1-4])(?: .*)?$/;

/** Where each needed value sits in a line; `width` is the number of fields every line must have. */
export interface PixColumns {
  uai: number;
  grade: number;
  status: number;
  score: number;
  /** Column of each CRCN competence, in the order of CRCN_COMPETENCE_CODES. */
  competences: number[];
  width: number;
  /** Header labels of the columns dropped unread. */
  ignored: string[];
}

/** Maps the header row to columns; throws an Error whose message says what is missing (no cell value). */
export function readHeader(fields: string[]): PixColumns {
  const found = new Map<string, number>();
  const ignored: string[] = [];
  for (const [index, label] of fields.entries()) {
    const name = normaliseLabel(label);
    const competence = COMPETENCE_LABEL.exec(name);
    const role = competence ? `${competence[1]}.${competence[2]}` : ROLE_OF.get(name);
    if (!role || (competence && !CRCN_COMPETENCE_CODES.includes(role))) {
      ignored.push(label.trim());
      continue;
    }
    if (found.has(role)) throw new Error(`the header names the column "${role}" twice`);
    found.set(role, index);
  }
  const missing = [...Object.keys(ALIASES), ...CRCN_COMPETENCE_CODES].filter((role) => !found.has(role));
  if (missing.length) throw new Error(`the header row lacks the columns: ${missing.join(', ')}`);
  return {
    uai: found.get('uai')!,
    grade: found.get('grade')!,
    status: found.get('status')!,
    score: found.get('score')!,
    competences: CRCN_COMPETENCE_CODES.map((code) => found.get(code)!),
    width: fields.length,
    ignored,
  };
}

/** The separator of the file, from its header row: whichever of ; and , occurs more. */
export function detectSeparator(header: string): ';' | ',' {
  const count = (char: string) => header.split(char).length;
  return count(';') >= count(',') ? ';' : ',';
}

/**
 * Splits one line into fields (RFC 4180 quoting: "a;b" and "" for a quote). Returns null when a
 * quote is left open: quoted line breaks are not supported, the file is read line by line.
 */
export function splitLine(line: string, separator: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}
