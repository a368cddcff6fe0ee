import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { degreeOf, School, SchoolDegree, SchoolKind } from '../schools/school.entity.js';
import { RESOURCES } from './resource.data.js';
import { Resource, ResourceDeployment } from './resource.entity.js';

interface Planned {
  code: string;
  since: string;
  units: number;
}

/** A day of the school year that starts in `year`, between September and March. */
function dayOfYear(random: Random, year: number): string {
  const date = new Date(Date.UTC(year, 8, 1 + random.int(0, 200)));
  return date.toISOString().slice(0, 10);
}

/**
 * What a TNE school received, from the year it joined: its académie's ENT (écoles of Cher get
 * PrimOT; Finistère's schools Toutatice), then, by chance, robots, tablets, headsets and teacher
 * accounts (about one per 22 pupils).
 */
function plannedFor(school: School, random: Random): Planned[] {
  const year = school.tneJoinedYear!;
  const first = degreeOf(school.kind) === SchoolDegree.FIRST;
  const department = school.department.unwrap().code;
  const plans: Planned[] = [];
  const maybe = (chance: number, code: string, units: () => number) => {
    if (random.next() < chance) plans.push({ code, since: dayOfYear(random, year), units: units() });
  };
  if (department === '29' || first) plans.push({ code: department === '18' ? 'PRIMOT' : 'TOUTATICE', since: `${year}-09-01`, units: 1 });
  maybe(first ? 0.7 : 0.4, school.kind === SchoolKind.MATERNELLE ? 'BLUE_BOT' : 'THYMIO', () => random.int(6, 16));
  maybe(0.5, 'TABLET_CLASS_SET', () => random.int(12, 30));
  maybe(first ? 0.1 : 0.5, 'VR_CLASS_SET', () => random.int(8, 16));
  maybe(0.6, 'EDUTHEQUE', () => Math.max(2, Math.round(school.pupils / 22)));
  return plans;
}

/** The resources of the graph: reference data every database has. */
export const resourcesSeed: SeedStep = {
  name: 'resources',
  demo: false,
  done: async (em) => (await em.count(Resource)) > 0,
  run: async (tx) => {
    for (const resource of RESOURCES) tx.create(Resource, resource);
  },
};

/** Deterministic deployments in the TNE schools of Cher and Finistère (demonstration data). */
export const resourceDeploymentsSeed: SeedStep = {
  name: 'resource deployments',
  demo: true,
  done: async (em) => (await em.count(ResourceDeployment)) > 0,
  run: async (tx) => {
    const resources = new Map((await tx.findAll(Resource)).map((r) => [r.code, r]));
    const schools = await tx.find(School, { department: { $in: ['18', '29'] }, tneJoinedYear: { $ne: null } }, { orderBy: { uai: 'asc' } });
    const random = seededRandom(2718);
    for (const school of schools) {
      for (const { code, since, units } of plannedFor(school, random)) {
        tx.create(ResourceDeployment, { school, resource: resources.get(code)!, since, units });
      }
    }
  },
};
