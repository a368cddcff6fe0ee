import { readReferenceExtract, type RawCommune } from './administrative.js';
import { seededRandom, type Random } from './random.js';
import { makeUai } from '../uai.js';
import { LABEL, PATRONS, planSchools } from './demo-school-layout.js';
import { keepTneEligible, PRIORITY_ONLY_YEARS, priorityCommunes } from './priority-territories.js';

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
  /** First-degree schools' circonscription (its code); null for collèges and lycées. Demonstration schools only. */
  circonscriptionCode?: string | null;
  /** Bassin d'éducation et de formation (its code). Demonstration schools only. */
  bassinCode?: string | null;
}

/** Departments seeded in detail, with their TNE schools: how many, and the years they joined. */
export const DEMO_DEPARTMENTS: Record<string, { tneSchools: number; tneYears: number[] }> = {
  '18': { tneSchools: 42, tneYears: [2022, 2023, 2024] },
  '29': { tneSchools: 40, tneYears: [2021, 2022, 2023] },
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
export function generateSchools(
  departmentCode: string,
  communes: RawCommune[],
  epciOf: ReadonlyMap<string, string> = new Map(),
  priority: ReadonlySet<string> = new Set(),
): DemoSchool[] {
  const { tneSchools, tneYears } = DEMO_DEPARTMENTS[departmentCode]!;
  const random = seededRandom(Number.parseInt(departmentCode, 36) * 7919);
  const schools = planSchools(departmentCode, communes, epciOf, random);
  markTneSchools(schools, tneSchools, tneYears);
  // Eligibility by territory and year: in Finistère's first years, only priority territories joined.
  const priorityYears = PRIORITY_ONLY_YEARS[departmentCode];
  if (priorityYears) keepTneEligible(schools, priorityYears, priority, tneYears);
  return schools;
}

/** Communes (current ones) of the demonstration departments. */
export function demoCommunes(communes: RawCommune[]): RawCommune[] {
  return communes.filter((c) => c.type === 'commune-actuelle' && c.departement && c.departement in DEMO_DEPARTMENTS);
}

/** Codes of the departments seeded in detail. */
export const DEMO_DEPARTMENT_CODES: ReadonlySet<string> = new Set(Object.keys(DEMO_DEPARTMENTS));

/** Every demonstration school of both departments (reads the communes and EPCIs file: seeding only). */
export async function loadDemoSchools(communes?: RawCommune[]): Promise<DemoSchool[]> {
  const reference = await readReferenceExtract();
  const local = demoCommunes(communes ?? reference.communes);
  const epciOf = new Map(reference.epcis.flatMap((e) => e.membres.map((m) => [m.code, e.code] as const)));
  return Object.keys(DEMO_DEPARTMENTS).flatMap((code) =>
    generateSchools(
      code,
      local.filter((c) => c.departement === code),
      epciOf,
      PRIORITY_ONLY_YEARS[code] ? priorityCommunes(code, local, reference.epcis) : new Set(),
    ),
  );
}
