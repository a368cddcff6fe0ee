import { readReferenceExtract, type RawCommune } from './administrative.js';
import { seededRandom, type Random } from './random.js';
import { makeUai } from '../uai.js';

/**
 * The demonstration schools of Cher and Finistère as plain records, generated deterministically
 * from the real communes. Pedagogy stores them; finance and parentality attach their own seeded
 * rows (grants, workshops) to the same UAIs without ever reading pedagogy's database.
 */
export interface DemoSchool {
  uai: string;
  name: string;
  kind: 'MATERNELLE' | 'ELEMENTAIRE' | 'PRIMAIRE' | 'COLLEGE' | 'LYCEE' | 'LYCEE_PRO';
  sector: 'PUBLIC' | 'PRIVATE';
  departmentCode: string;
  communeCode: string;
  pupils: number;
  tneJoinedYear: number | null;
}

/** Departments seeded in detail, with their TNE schools: how many, and the years they joined. */
export const DEMO_DEPARTMENTS: Record<string, { tneSchools: number; tneYears: number[] }> = {
  '18': { tneSchools: 42, tneYears: [2022, 2023, 2024] },
  '29': { tneSchools: 40, tneYears: [2021, 2022, 2023] },
};

const PATRONS = [
  'Jules Ferry',
  'Jean Jaurès',
  'Victor Hugo',
  'Jacques Prévert',
  'Paul Langevin',
  'Marie Curie',
  'Anne Frank',
  'Louis Pasteur',
  'Jean Moulin',
  'Jean de La Fontaine',
  'Les Tilleuls',
  'Le Petit Prince',
  'Pierre Loti',
  'George Sand',
  'Jean Zay',
  'Simone Veil',
  'Les Korrigans',
  'Tristan Corbière',
  'Max Jacob',
  'Alain-Fournier',
];

const LABEL: Record<DemoSchool['kind'], string> = {
  MATERNELLE: 'École maternelle',
  ELEMENTAIRE: 'École élémentaire',
  PRIMAIRE: 'École primaire',
  COLLEGE: 'Collège',
  LYCEE: 'Lycée',
  LYCEE_PRO: 'Lycée professionnel',
};

type Plan = { kind: DemoSchool['kind']; pupils: [number, number] };

/** Inhabitants per école and per lycée: the demonstration density, which the national data set loosens. */
export interface SchoolDensity {
  perEcole: number;
  perLycee: number;
}
const DEMO_DENSITY: SchoolDensity = { perEcole: 1200, perLycee: 25000 };

/** Schools a commune of this population has, roughly in proportion (one école per ~1,200 inhabitants). */
function plansFor(population: number, density: SchoolDensity): Plan[] {
  const plans: Plan[] = [];
  if (population < 250) return plans;
  const ecoles = Math.max(1, Math.round(population / density.perEcole));
  for (let i = 0; i < ecoles; i++) {
    const kind = population < 2000 || i % 3 === 2 ? 'PRIMAIRE' : i % 3 === 0 ? 'ELEMENTAIRE' : 'MATERNELLE';
    plans.push({ kind, pupils: kind === 'MATERNELLE' ? [40, 140] : [45, 260] });
  }
  const colleges = Math.floor(population / 9000) + (population >= 3000 ? 1 : 0);
  for (let i = 0; i < colleges; i++) plans.push({ kind: 'COLLEGE', pupils: [250, 750] });
  for (let i = 0; i < Math.floor(population / density.perLycee); i++) {
    plans.push({ kind: i % 2 ? 'LYCEE_PRO' : 'LYCEE', pupils: [350, 1400] });
  }
  return plans;
}

/**
 * One department's schools, commune by commune in code order, none in the TNE yet. UAIs are the
 * three-digit `uaiPrefix` and a four-digit serial from 0001, with their check letter.
 */
export function buildSchools(departmentCode: string, uaiPrefix: string, communes: RawCommune[], random: Random, density = DEMO_DENSITY): DemoSchool[] {
  const schools: DemoSchool[] = [];
  let serial = 1;
  for (const commune of [...communes].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const plan of plansFor(commune.population ?? 0, density)) {
      if (serial > 9999) throw new Error(`Department ${departmentCode} needs more than 9,999 UAIs under ${uaiPrefix}.`);
      schools.push({
        uai: makeUai(`${uaiPrefix}${String(serial++).padStart(4, '0')}`),
        name: `${LABEL[plan.kind]} ${random.pick(PATRONS)}, ${commune.nom}`,
        kind: plan.kind,
        sector: random.next() < 0.15 ? 'PRIVATE' : 'PUBLIC',
        departmentCode,
        communeCode: commune.code,
        pupils: random.int(plan.pupils[0], plan.pupils[1]),
        tneJoinedYear: null,
      });
    }
  }
  return schools;
}

/** Spreads `count` TNE memberships evenly over the écoles and collèges, cycling through `years`. */
export function markTneSchools(schools: DemoSchool[], count: number, years: readonly number[]): void {
  const candidates = schools.filter((s) => s.kind !== 'LYCEE' && s.kind !== 'LYCEE_PRO');
  const step = Math.max(1, Math.floor(candidates.length / count));
  for (let i = 0, joined = 0; i < candidates.length && joined < count; i += step, joined++) {
    candidates[i]!.tneJoinedYear = years[joined % years.length]!;
  }
}

/** Generates one department's schools; about `tneSchools` écoles and collèges joined the TNE. */
export function generateSchools(departmentCode: string, communes: RawCommune[]): DemoSchool[] {
  const { tneSchools, tneYears } = DEMO_DEPARTMENTS[departmentCode]!;
  const random = seededRandom(Number.parseInt(departmentCode, 36) * 7919);
  const schools = buildSchools(departmentCode, departmentCode.padStart(3, '0'), communes, random);
  markTneSchools(schools, tneSchools, tneYears);
  return schools;
}

/** Communes (current ones) of the demonstration departments. */
export function demoCommunes(communes: RawCommune[]): RawCommune[] {
  return communes.filter((c) => c.type === 'commune-actuelle' && c.departement && c.departement in DEMO_DEPARTMENTS);
}

/** Codes of the departments seeded in detail. */
export const DEMO_DEPARTMENT_CODES: ReadonlySet<string> = new Set(Object.keys(DEMO_DEPARTMENTS));

/** Every demonstration school of both departments (reads the communes file: seeding only). */
export async function loadDemoSchools(communes?: RawCommune[]): Promise<DemoSchool[]> {
  const local = demoCommunes(communes ?? (await readReferenceExtract()).communes);
  return Object.keys(DEMO_DEPARTMENTS).flatMap((code) =>
    generateSchools(
      code,
      local.filter((c) => c.departement === code),
    ),
  );
}
