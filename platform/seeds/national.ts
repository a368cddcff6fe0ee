import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RawCommune, RawDepartment, RawEpci, RawRegion } from './administrative.js';
import { buildSchools, DEMO_DEPARTMENT_CODES, markTneSchools, type DemoSchool } from './demo-schools.js';
import { seededRandom, type Random } from './random.js';

/**
 * The national data set (`npm run seed:national`): every department but Cher and Finistère, which
 * keep their demonstration data. Each subgraph derives the same departments, schools and projects
 * from the package data and the seed alone, never from another subgraph's database.
 */
export const DEFAULT_NATIONAL_SEED = 2026;

export interface NationalOptions {
  seed: number;
  /** Only these departments (tests use a few); all of them when omitted. */
  departments?: readonly string[];
}

/** The programme's departments and their cohort year (docs/DOMAIN.md: pilots of 2020, cohort of 2021). */
export const TNE_COHORT: Readonly<Record<string, number>> = {
  '02': 2020,
  '95': 2020,
  '13': 2021,
  '18': 2021,
  '2A': 2021,
  '25': 2021,
  '29': 2021,
  '971': 2021,
  '34': 2021,
  '38': 2021,
  '86': 2021,
  '88': 2021,
};

export interface NationalReference {
  /** The 101 departments (metropolitan and overseas; the other overseas collectivities are not departments). */
  departments: Array<{ code: string; name: string; regionCode: string; regionName: string }>;
  /** Current communes of every department. */
  communes: RawCommune[];
  epcis: RawEpci[];
}

const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json')), 'data');
const readData = async <T>(file: string): Promise<T[]> => JSON.parse(await readFile(path.join(dataDir, `${file}.json`), 'utf8')) as T[];

/** Reads the full administrative division (8 MB of communes): the national seed only, never a subgraph at run time. */
export async function loadNationalReference(): Promise<NationalReference> {
  const [departments, regions, communes, epcis] = await Promise.all([
    readData<RawDepartment>('departements'),
    readData<RawRegion>('regions'),
    readData<RawCommune>('communes'),
    readData<RawEpci>('epci'),
  ]);
  const regionName = new Map(regions.map((r) => [r.code, r.nom]));
  const kept = departments.filter((d) => d.zone !== 'com');
  const codes = new Set(kept.map((d) => d.code));
  return {
    departments: kept.map((d) => ({ code: d.code, name: d.nom, regionCode: d.region, regionName: regionName.get(d.region) ?? d.region })),
    communes: communes.filter((c) => c.type === 'commune-actuelle' && c.departement && codes.has(c.departement)),
    epcis,
  };
}

/** The departments a run fills: all but the demonstration ones, or those asked for (checked). */
export function nationalDepartmentCodes(reference: NationalReference, requested?: readonly string[]): string[] {
  const all = reference.departments.map((d) => d.code).filter((code) => !DEMO_DEPARTMENT_CODES.has(code));
  if (!requested) return all;
  for (const code of requested) {
    if (DEMO_DEPARTMENT_CODES.has(code)) throw new Error(`Department ${code} keeps its demonstration data; the national seed leaves it alone.`);
    if (!all.includes(code)) throw new Error(`"${code}" is not a department code.`);
  }
  return all.filter((code) => requested.includes(code));
}

/** FNV-1a: a stable 32-bit number for a text (seeds of the per-department random streams). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * A random stream per seed, department and purpose: a department's rows do not depend on which
 * other departments a run fills, and adding a stream never shifts another one.
 */
export const randomFor = (seed: number, departmentCode: string, stream: string): Random => seededRandom(hash32(`${seed}:${departmentCode}:${stream}`));

/** A UUID (version 5 layout) named by the seed and parts: the same row gets the same id on every run. */
export function seedUuid(seed: number, ...parts: Array<string | number>): string {
  const hex = createHash('sha1')
    .update(`${seed}|${parts.join('|')}`)
    .digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The first three digits of a department's UAIs (docs/DOMAIN.md): "0" and the code in metropolitan
 * France (001…095), 620 and 720 for Corse-du-Sud and Haute-Corse, and the three-digit code itself
 * overseas (971…976), as the real UAIs do; four serial digits follow, so prefixes never collide.
 */
export function uaiPrefixOf(departmentCode: string): string {
  if (departmentCode === '2A') return '620';
  if (departmentCode === '2B') return '720';
  return departmentCode.padStart(3, '0');
}

/** National density: about 60,000 schools for France, and enough lycées to certify with Pix. */
const NATIONAL_DENSITY = { perEcole: 1450, perLycee: 12000 };
/** Share of écoles and collèges of a programme department that joined the TNE. */
const TNE_SHARE = 0.16;

export interface NationalDepartment {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
  tneCohort: number | null;
  communes: RawCommune[];
  /** EPCI (SIREN) of each commune that has one, and those EPCIs (some straddle two departments). */
  epciOf: ReadonlyMap<string, string>;
  epcis: RawEpci[];
  schools: DemoSchool[];
}

/** EPCI of every commune, once per run. */
export function epciIndex(reference: NationalReference): Map<string, string> {
  return new Map(reference.epcis.flatMap((e) => e.membres.map((m) => [m.code, e.code] as const)));
}

/** One department's communes and schools (with TNE membership in the programme's departments). */
export function nationalDepartment(reference: NationalReference, epciOf: ReadonlyMap<string, string>, code: string, seed: number): NationalDepartment {
  const facts = reference.departments.find((d) => d.code === code)!;
  const communes = reference.communes.filter((c) => c.departement === code);
  const schools = buildSchools(code, uaiPrefixOf(code), communes, randomFor(seed, code, 'schools'), NATIONAL_DENSITY);
  const tneCohort = TNE_COHORT[code] ?? null;
  if (tneCohort !== null) {
    const candidates = schools.filter((s) => s.kind !== 'LYCEE' && s.kind !== 'LYCEE_PRO').length;
    markTneSchools(schools, Math.round(candidates * TNE_SHARE), [tneCohort, tneCohort + 1, tneCohort + 2]);
  }
  const local = new Map(communes.flatMap((c) => (epciOf.has(c.code) ? [[c.code, epciOf.get(c.code)!] as const] : [])));
  const sirens = new Set(local.values());
  return { ...facts, tneCohort, communes, epciOf: local, epcis: reference.epcis.filter((e) => sirens.has(e.code)), schools };
}

/** What every subgraph's national seed works from: the seed and the departments to fill. */
export interface NationalRun {
  seed: number;
  departments: NationalDepartment[];
}

/** Reads the package data once and generates the departments' schools (the same in every subgraph). */
export async function prepareNationalRun(options: NationalOptions): Promise<NationalRun> {
  const reference = await loadNationalReference();
  const epciOf = epciIndex(reference);
  const codes = nationalDepartmentCodes(reference, options.departments);
  return { seed: options.seed, departments: codes.map((code) => nationalDepartment(reference, epciOf, code, options.seed)) };
}
