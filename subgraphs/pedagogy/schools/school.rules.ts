import { identifierFlaw } from '../../../platform/identifiers.js';
import { departmentOfUai } from '../../../platform/uai.js';
import { type PriorityEducation, SCHOOL_NAME_LENGTH, type SchoolKind, type SchoolSector, type SchoolState } from './school.entity.js';

/** A school as a writer gives it (the national directory's import, for now): every stored field but the TNE year. */
export interface SchoolRecord {
  uai: string;
  name: string;
  kind: SchoolKind;
  sector: SchoolSector;
  departmentCode: string;
  communeCode: string;
  /** Null: the count is not given (an existing school keeps its own; a new one starts at 0). */
  pupils: number | null;
  circonscription: { code: string; name: string } | null;
  /** Bassin d'éducation et de formation (code_bassin_formation, libelle_bassin_formation). */
  bassin: { code: string; name: string } | null;
  priorityEducation: PriorityEducation | null;
  latitude: number | null;
  longitude: number | null;
  state: SchoolState;
}

/** Department of each commune the platform knows, by INSEE code. */
export type CommuneDepartments = ReadonlyMap<string, string>;

const MAX_PUPILS = 2 ** 31 - 1;

/** A bassin's code, as the database's check (bassin_code_shape) accepts it. */
const BASSIN_CODE = /^[0-9A-Z]{2,10}$/;

/**
 * Why a school cannot be stored as given (empty when it can). The UAI's first digits name its
 * department (the graph groups UAI-keyed rows by them), so the department and the commune must agree.
 */
export function schoolFaults(school: SchoolRecord, communes: CommuneDepartments): string[] {
  const faults: string[] = [];
  const uaiFlaw = identifierFlaw('uai', school.uai);
  if (uaiFlaw) faults.push(uaiFlaw);
  else if (departmentOfUai(school.uai) !== school.departmentCode) {
    faults.push(`UAI ${school.uai} belongs to department ${departmentOfUai(school.uai)}, not ${school.departmentCode}`);
  }
  const communeDepartment = communes.get(school.communeCode);
  if (communeDepartment === undefined) faults.push(`commune ${school.communeCode} is not known to the platform`);
  else if (communeDepartment !== school.departmentCode)
    faults.push(`commune ${school.communeCode} lies in department ${communeDepartment}, not ${school.departmentCode}`);
  faults.push(...nameFaults('name', school.name));
  if (school.pupils !== null && !(Number.isSafeInteger(school.pupils) && school.pupils >= 0 && school.pupils <= MAX_PUPILS)) {
    faults.push(`pupil count ${school.pupils} is not a whole number from 0`);
  }
  faults.push(...coordinateFaults(school));
  if (school.circonscription) {
    const codeFlaw = identifierFlaw('uai', school.circonscription.code);
    if (codeFlaw) faults.push(`circonscription code: ${codeFlaw}`);
    faults.push(...nameFaults('circonscription name', school.circonscription.name));
  }
  if (school.bassin) {
    if (!BASSIN_CODE.test(school.bassin.code)) faults.push(`bassin code « ${school.bassin.code} » is not 2 to 10 digits or capital letters`);
    faults.push(...nameFaults('bassin name', school.bassin.name));
  }
  return faults;
}

function nameFaults(what: string, name: string): string[] {
  if (!name.trim()) return [`${what} is empty`];
  return [...name].length > SCHOOL_NAME_LENGTH ? [`${what} is longer than ${SCHOOL_NAME_LENGTH} characters`] : [];
}

function coordinateFaults({ latitude, longitude }: SchoolRecord): string[] {
  if ((latitude === null) !== (longitude === null)) return ['latitude and longitude go together: one is missing'];
  const faults: string[] = [];
  if (latitude !== null && !(latitude >= -90 && latitude <= 90)) faults.push(`latitude ${latitude} is not between -90 and 90`);
  if (longitude !== null && !(longitude >= -180 && longitude <= 180)) faults.push(`longitude ${longitude} is not between -180 and 180`);
  return faults;
}
