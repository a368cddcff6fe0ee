import { ACADEMY_OF } from '../../departments/department.facts.js';
import { PriorityEducation, SchoolKind, SchoolSector, SchoolState } from '../school.entity.js';
import type { SchoolRecord } from '../school.rules.js';

/**
 * One line of the national school directory (« Annuaire de l'éducation », `fr-en-annuaire-education`)
 * read as a school of the platform. Only these columns are read: the others (address, phone, e-mail,
 * options…) are never kept.
 */
export const DIRECTORY_COLUMNS = {
  uai: ['Identifiant_de_l_etablissement'],
  name: ['Nom_etablissement'],
  type: ['Type_etablissement'],
  status: ['Statut_public_prive'],
  communeCode: ['Code_commune'],
  departmentCode: ['Code_departement'],
  nursery: ['Ecole_maternelle'],
  elementary: ['Ecole_elementaire'],
  general: ['Voie_generale'],
  technological: ['Voie_technologique'],
  vocational: ['Voie_professionnelle'],
  priorityEducation: ['Appartenance_Education_Prioritaire'],
  contract: ['Type_contrat_prive'],
  circonscriptionName: ['nom_circonscription'],
  latitude: ['latitude'],
  longitude: ['longitude'],
  state: ['etat'],
  nature: ['code_nature'],
  circonscriptionCode: ['code_circonscription'],
  pupils: ['Nombre_d_eleves'],
  bassinCode: ['code_bassin_formation'],
  bassinName: ['libelle_bassin_formation'],
} as const;

/** Columns a directory file may lack: the pupil count and the bassin are in recent exports only. */
export const OPTIONAL_DIRECTORY_COLUMNS: readonly DirectoryColumn[] = ['pupils', 'bassinCode', 'bassinName'];

export type DirectoryColumn = keyof typeof DIRECTORY_COLUMNS;

/** What a line is: a school to import, a line the platform leaves aside (and why), or faults. */
export type DirectoryLine = { school: SchoolRecord } | { skipped: string } | { faults: string[]; uai: string | null };

/** Upper case without accents or surrounding spaces: « Privé » → PRIVE, « À FERMER » → A FERMER. */
const plain = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toUpperCase();

const SECTORS: Record<string, SchoolSector> = { PUBLIC: SchoolSector.PUBLIC, PRIVE: SchoolSector.PRIVATE };
const PRIORITY: Record<string, PriorityEducation | null> = { '': null, REP: PriorityEducation.REP, 'REP+': PriorityEducation.REP_PLUS };
const STATES: Record<string, SchoolState> = {
  OUVERT: SchoolState.OPEN,
  'A OUVRIR': SchoolState.OPENING,
  'A FERMER': SchoolState.CLOSING,
  FERME: SchoolState.CLOSED,
};
/** Natures of écoles that say their level when neither level flag is set (101-103 maternelles, 151-153 élémentaires). */
const NATURE_KINDS: Record<string, SchoolKind> = {
  '101': SchoolKind.MATERNELLE,
  '102': SchoolKind.MATERNELLE,
  '103': SchoolKind.MATERNELLE,
  '151': SchoolKind.ELEMENTAIRE,
  '152': SchoolKind.ELEMENTAIRE,
  '153': SchoolKind.ELEMENTAIRE,
};

/** A directory's department code: three characters ("018", "02A", "971", "975"). */
const DIRECTORY_DEPARTMENT = /^(\d{3}|0\d[AB])$/;

/** The department of a directory code ("018" → "18", "02A" → "2A", "971"); null for a collectivity that is none of the 101 ("975"). */
export function directoryDepartment(code: string): string | null {
  const short = /^0(\d[\dAB])$/.exec(code)?.[1] ?? code;
  return ACADEMY_OF.has(short) ? short : null;
}

/**
 * Reads one line. Lines of departments not asked for, of establishments that are not écoles,
 * collèges or lycées (CIO, services, EREA…) and of private schools without a contract with the State
 * (hors contrat) are skipped; the rules of school.rules.ts are checked afterwards, with the communes.
 */
export function readDirectoryLine(cell: (column: DirectoryColumn) => string, departments?: ReadonlySet<string>): DirectoryLine {
  const code = cell('departmentCode').trim().toUpperCase();
  if (!DIRECTORY_DEPARTMENT.test(code))
    return { faults: [`Code_departement « ${code} » is not a code such as 018, 02A or 971`], uai: cell('uai').trim() || null };
  const departmentCode = directoryDepartment(code);
  if (!departmentCode) return { skipped: `Code_departement ${code}, not one of the 101 departments` };
  if (departments && !departments.has(departmentCode)) return { skipped: 'department not asked for' };
  const type = plain(cell('type'));
  if (type !== 'ECOLE' && type !== 'COLLEGE' && type !== 'LYCEE') return { skipped: `Type_etablissement « ${cell('type').trim()} »` };
  if (plain(cell('contract')).includes('HORS CONTRAT')) return { skipped: 'private school without a contract (hors contrat)' };
  const faults: string[] = [];
  const uai = cell('uai').trim().toUpperCase();
  const kind = kindOf(type, cell, faults);
  if (kind === 'none') return { skipped: 'école with neither nursery nor elementary classes' };
  const sector = choose(SECTORS, cell('status'), 'Statut_public_prive', faults);
  const priorityEducation = choose(PRIORITY, cell('priorityEducation'), 'Appartenance_Education_Prioritaire', faults);
  const state = choose(STATES, cell('state'), 'etat', faults);
  const latitude = decimal(cell('latitude'), 'latitude', faults);
  const longitude = decimal(cell('longitude'), 'longitude', faults);
  const circonscription = circonscriptionOf(cell('circonscriptionCode'), cell('circonscriptionName'), faults);
  const bassin = bassinOf(cell('bassinCode'), cell('bassinName'), faults);
  const pupils = count(cell('pupils'), faults);
  if (faults.length || !kind || !sector || priorityEducation === undefined || !state) return { faults, uai: uai || null };
  const name = cell('name').trim();
  const communeCode = cell('communeCode').trim().toUpperCase();
  return {
    school: { uai, name, kind, sector, departmentCode, communeCode, pupils, circonscription, bassin, priorityEducation, latitude, longitude, state },
  };
}

/** The kind of an école from its level flags (or its nature), of a lycée from its voies; 'none' for an école of neither level. */
function kindOf(type: string, cell: (column: DirectoryColumn) => string, faults: string[]): SchoolKind | 'none' | undefined {
  if (type === 'COLLEGE') return SchoolKind.COLLEGE;
  if (type === 'LYCEE') {
    const [general, technological, vocational] = (['general', 'technological', 'vocational'] as const).map((c) =>
      flag(cell(c), DIRECTORY_COLUMNS[c][0], faults),
    );
    return vocational && !general && !technological ? SchoolKind.LYCEE_PRO : SchoolKind.LYCEE;
  }
  const nursery = flag(cell('nursery'), 'Ecole_maternelle', faults);
  const elementary = flag(cell('elementary'), 'Ecole_elementaire', faults);
  if (nursery && elementary) return SchoolKind.PRIMAIRE;
  if (nursery) return SchoolKind.MATERNELLE;
  if (elementary) return SchoolKind.ELEMENTAIRE;
  if (faults.length) return undefined;
  return NATURE_KINDS[cell('nature').trim()] ?? 'none';
}

/** A 0/1 column of the directory (empty where it does not apply). */
function flag(value: string, column: string, faults: string[]): boolean {
  const text = value.trim();
  if (text === '1') return true;
  if (text === '0' || text === '') return false;
  faults.push(`${column} « ${text} » is neither 0 nor 1`);
  return false;
}

function choose<T>(values: Record<string, T>, value: string, column: string, faults: string[]): T | undefined {
  const key = plain(value);
  if (key in values) return values[key];
  const known = Object.keys(values).filter(Boolean);
  faults.push(`${column} « ${value.trim()} » is none of ${known.join(', ')}`);
  return undefined;
}

function decimal(value: string, column: string, faults: string[]): number | null {
  const text = value.trim().replace(',', '.');
  if (!text) return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  faults.push(`${column} « ${value.trim()} » is not a decimal number`);
  return null;
}

/** The directory's own pupil count (Nombre_d_eleves), null when empty. */
function count(value: string, faults: string[]): number | null {
  const text = value.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  faults.push(`Nombre_d_eleves « ${text} » is not a whole number`);
  return null;
}

function circonscriptionOf(code: string, name: string, faults: string[]): SchoolRecord['circonscription'] {
  const [c, n] = [code.trim().toUpperCase(), name.trim()];
  if (!c && !n) return null;
  if (!c || !n)
    faults.push(c ? 'nom_circonscription is empty where code_circonscription is given' : 'code_circonscription is empty where nom_circonscription is given');
  return { code: c, name: n };
}

/** The bassin d'éducation et de formation: its code and name go together, as the circonscription's. */
function bassinOf(code: string, name: string, faults: string[]): SchoolRecord['bassin'] {
  const [c, n] = [code.trim().toUpperCase(), name.trim()];
  if (!c && !n) return null;
  if (!c || !n)
    faults.push(
      c ? 'libelle_bassin_formation is empty where code_bassin_formation is given' : 'code_bassin_formation is empty where libelle_bassin_formation is given',
    );
  return { code: c, name: n };
}
