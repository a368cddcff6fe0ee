import type { RawCommune } from './administrative.js';
import type { Random } from './random.js';
import { makeUai } from '../uai.js';
import { DEMO_SCHOOL_PLANS, type SchoolPlanRow } from './demo-school-plan.js';
import { areaOf } from './demo-structure.js';
import type { DemoSchool } from './demo-schools.js';

/** Patrons of the generated schools' names (public schools). */
export const PATRONS = [
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

export const LABEL: Record<DemoSchool['kind'], string> = {
  MATERNELLE: 'École maternelle',
  ELEMENTAIRE: 'École élémentaire',
  PRIMAIRE: 'École primaire',
  COLLEGE: 'Collège',
  LYCEE: 'Lycée',
  LYCEE_PRO: 'Lycée professionnel',
};

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
