import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../platform/logger.js';
import { loadDemoSchools } from '../../../platform/seeds/demo-schools.js';
import { checkWithinProgramme, programmeOf } from '../../../platform/programme.js';
import { seededRandom } from '../../../platform/seeds/random.js';
import { runSeedSteps, type SeedOptions, type SeedStep } from '../../../platform/seeds/steps.js';
import { devicesSeed, householdsSeed, partnersSeed } from './families.seed.js';
import { Workshop, WorkshopKind } from '../workshops/workshop.entity.js';
import { seededReach } from './workshop-reach.js';

/** A workshop's day, refused (the seed stops) outside its department's programme. */
function withinProgramme(departmentCode: string, heldOn: string): string {
  checkWithinProgramme(programmeOf(departmentCode), heldOn, 'A workshop', 'heldOn');
  return heldOn;
}

const TOPICS: Record<WorkshopKind, string[]> = {
  E_PARENTALITY: ['Les écrans en famille', "Suivre la scolarité avec l'ENT", 'Contrôle parental'],
  DIGITAL_CAFE: ['Café numérique : démarches en ligne', 'Café numérique : réseaux sociaux'],
  FAMILY_SUPPORT: ['Accompagnement des familles éloignées du numérique'],
  MOBILE_MULTIMEDIA: ['Escale multimédia itinérante'],
  HOMEWORK_ONLINE: ['E-devoirs faits'],
};

/**
 * Workshops of the demonstration TNE schools over the programme years, with attendances that
 * include small groups (so that statistical secrecy has something to hide).
 */
const workshopsSeed: SeedStep = {
  name: 'workshops',
  demo: true,
  done: async (em) => (await em.count(Workshop)) > 0,
  run: async (tx) => {
    const random = seededRandom(1116);
    const kinds = Object.values(WorkshopKind);
    for (const school of (await loadDemoSchools()).filter((s) => s.tneJoinedYear !== null)) {
      const workshops = random.int(0, 4);
      for (let i = 0; i < workshops; i++) {
        const kind = random.pick(kinds);
        const capacity = random.pick([8, 12, 15, 20, 25]);
        // The school year it joined or the next, but never after the programme's last school year.
        const { programmeEnd } = programmeOf(school.departmentCode)!;
        const year = Math.min(school.tneJoinedYear! + random.int(0, 1), Number(programmeEnd.slice(0, 4)) - 1);
        const workshop = tx.create(Workshop, {
          departmentCode: school.departmentCode,
          communeCode: school.communeCode,
          schoolUai: school.uai,
          kind,
          topic: random.pick(TOPICS[kind]),
          heldOn: withinProgramme(school.departmentCode, `${year + (i % 2)}-${i % 2 ? '03' : '11'}-${String(random.int(1, 28)).padStart(2, '0')}`),
          capacity,
          attendance: random.int(2, capacity),
        });
        Object.assign(workshop, seededReach(kind, workshop.attendance));
      }
    }
  },
};

export function seedParentality(em: EntityManager, logger: Logger, options: SeedOptions): Promise<void> {
  return runSeedSteps(em, logger, [workshopsSeed, partnersSeed, householdsSeed, devicesSeed], options);
}
