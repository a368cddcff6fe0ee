import { readReferenceExtract, type RawCommune } from './administrative.js';
import { seededRandom } from './random.js';
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
  'Jules Ferry', 'Jean Jaurès', 'Victor Hugo', 'Jacques Prévert', 'Paul Langevin', 'Marie Curie', 'Anne Frank',
  'Louis Pasteur', 'Jean Moulin', 'Jean de La Fontaine', 'Les Tilleuls', 'Le Petit Prince', 'Pierre Loti',
  'George Sand', 'Jean Zay', 'Simone Veil', 'Les Korrigans', 'Tristan Corbière', 'Max Jacob', 'Alain-Fournier',
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

/** Schools a commune of this population has, roughly in proportion (one école per ~1,200 inhabitants). */
function plansFor(population: number): Plan[] {
  const plans: Plan[] = [];
  if (population < 250) return plans;
  const ecoles = Math.max(1, Math.round(population / 1200));
  for (let i = 0; i < ecoles; i++) {
    const kind = population < 2000 || i % 3 === 2 ? 'PRIMAIRE' : i % 3 === 0 ? 'ELEMENTAIRE' : 'MATERNELLE';
    plans.push({ kind, pupils: kind === 'MATERNELLE' ? [40, 140] : [45, 260] });
  }
  const colleges = Math.floor(population / 9000) + (population >= 3000 ? 1 : 0);
  for (let i = 0; i < colleges; i++) plans.push({ kind: 'COLLEGE', pupils: [250, 750] });
  for (let i = 0; i < Math.floor(population / 25000); i++) {
    plans.push({ kind: i % 2 ? 'LYCEE_PRO' : 'LYCEE', pupils: [350, 1400] });
  }
  return plans;
}

/** Generates one department's schools; about `tneSchools` écoles and collèges joined the TNE. */
export function generateSchools(departmentCode: string, communes: RawCommune[]): DemoSchool[] {
  const { tneSchools, tneYears } = DEMO_DEPARTMENTS[departmentCode]!;
  const random = seededRandom(Number.parseInt(departmentCode, 36) * 7919);
  const schools: DemoSchool[] = [];
  let serial = 1;
  for (const commune of [...communes].sort((a, b) => a.code.localeCompare(b.code))) {
    for (const plan of plansFor(commune.population ?? 0)) {
      schools.push({
        uai: makeUai(`${departmentCode.padStart(3, '0')}${String(serial++).padStart(4, '0')}`),
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
  const candidates = schools.filter((s) => s.kind !== 'LYCEE' && s.kind !== 'LYCEE_PRO');
  const step = Math.max(1, Math.floor(candidates.length / tneSchools));
  for (let i = 0, joined = 0; i < candidates.length && joined < tneSchools; i += step, joined++) {
    candidates[i]!.tneJoinedYear = tneYears[joined % tneYears.length]!;
  }
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
  return Object.keys(DEMO_DEPARTMENTS).flatMap((code) => generateSchools(code, local.filter((c) => c.departement === code)));
}
