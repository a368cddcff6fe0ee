import { readReferenceExtract, type RawCommune } from './administrative.js';
import { seededRandom, type Random } from './random.js';
import { makeUai } from '../uai.js';
import { DEMO_SCHOOL_PLANS, type SchoolPlanRow } from './demo-school-plan.js';
import { areaOf } from './demo-structure.js';
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

/**
 * Communes receiving `count` schools, by highest averages (Sainte-Laguë: weight / (2k + 1)) over
 * the communes of at least `minPopulation` inhabitants: a town gets several, villages one at most
 * until the towns' averages fall below theirs. The weight, population^0.8, gives small towns their
 * collège before a city's tenth, as the real map does. Lycées go to towns that are their EPCI's
 * largest commune (its pôle), never to a city's suburbs.
 */
function spread(count: number, communes: RawCommune[], minPopulation: number, poles: ReadonlySet<string> | null): RawCommune[] {
  const eligible = communes.filter((c) => (c.population ?? 0) >= minPopulation && (!poles || poles.has(c.code)));
  if (eligible.length === 0) throw new Error(`No commune of ${minPopulation} inhabitants or more for ${count} schools.`);
  const seats = new Map<string, number>();
  const chosen: RawCommune[] = [];
  for (let i = 0; i < count; i++) {
    let best = eligible[0]!;
    let bestScore = -1;
    for (const c of eligible) {
      const score = (c.population ?? 0) ** 0.8 / (2 * (seats.get(c.code) ?? 0) + 1);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    seats.set(best.code, (seats.get(best.code) ?? 0) + 1);
    chosen.push(best);
  }
  return chosen;
}

/** `total` pupils over schools of these weights, rounded so that they sum to `total` exactly. */
function share(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k % order.length]![1]]! += 1;
  return counts;
}

const PRIVATE_PATRONS = [
  'Sainte-Marie',
  'Saint-Joseph',
  'Notre-Dame',
  'Sainte-Anne',
  'Saint-Louis',
  'Jeanne d’Arc',
  'Sainte-Thérèse',
  'Saint-Michel',
  'Saint-Yves',
  'Saint-Pierre',
];

function nameOf(row: SchoolPlanRow, commune: RawCommune, random: Random): string {
  const base = row.kind === 'LYCEE' ? 'Lycée général et technologique' : LABEL[row.kind];
  if (row.sector === 'PUBLIC') return `${base} ${random.pick(PATRONS)}, ${commune.nom}`;
  const label = row.kind === 'COLLEGE' || row.kind.startsWith('LYCEE') ? `${base} privé` : `${base} privée`;
  return `${label} ${random.pick(PRIVATE_PATRONS)}, ${commune.nom}`;
}

/**
 * One demonstration department's schools after its declared plan (DEMO_SCHOOL_PLANS): each row's
 * schools spread over the communes, its pupils shared among them (towns' schools larger), in
 * commune code order for the UAIs; each with its bassin, and écoles with their circonscription.
 */
export function planSchools(departmentCode: string, communes: RawCommune[], epciOf: ReadonlyMap<string, string>, random: Random): DemoSchool[] {
  const placed: Array<{ row: SchoolPlanRow; rowIndex: number; commune: RawCommune; pupils: number }> = [];
  const largest = new Map<string, RawCommune>();
  for (const c of communes) {
    const epci = epciOf.get(c.code) ?? c.code;
    if ((c.population ?? 0) > (largest.get(epci)?.population ?? -1)) largest.set(epci, c);
  }
  const poles = new Set([...largest.values()].map((c) => c.code));
  DEMO_SCHOOL_PLANS[departmentCode]!.forEach((row, rowIndex) => {
    const at = spread(row.schools, communes, row.minPopulation, row.kind.startsWith('LYCEE') ? poles : null);
    const size = (c: RawCommune) => ((c.population ?? 0) >= 10000 ? 1.3 : (c.population ?? 0) >= 2000 ? 1 : 0.7);
    const pupils = share(
      row.pupils,
      at.map((c) => random.int(60, 140) * size(c)),
    );
    at.forEach((commune, i) => {
      placed.push({ row, rowIndex, commune, pupils: pupils[i]! });
    });
  });
  placed.sort((a, b) => a.commune.code.localeCompare(b.commune.code) || a.rowIndex - b.rowIndex);
  const prefix = departmentCode.padStart(3, '0');
  return placed.map(({ row, commune, pupils }, i) => {
    const area = areaOf(departmentCode, epciOf.get(commune.code), i);
    return {
      uai: makeUai(`${prefix}${String(i + 1).padStart(4, '0')}`),
      name: nameOf(row, commune, random),
      kind: row.kind,
      sector: row.sector,
      departmentCode,
      communeCode: commune.code,
      pupils,
      tneJoinedYear: null,
      circonscriptionCode: ['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE'].includes(row.kind) ? area.circonscriptionCode : null,
      bassinCode: area.bassinCode,
    };
  });
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
