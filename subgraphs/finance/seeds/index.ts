import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../platform/logger.js';
import { loadDemoSchools } from '../../../platform/seeds/demo-schools.js';
import { seededRandom } from '../../../platform/seeds/random.js';
import { runSeedSteps, type SeedOptions, type SeedStep } from '../../../platform/seeds/steps.js';
import { envelopesSeed } from '../envelopes/envelope.seed.js';
import { fundersSeed } from '../funders/funder.seed.js';
import { plansSeed } from './plans.seed.js';
import { EquipmentGrant, FunderKind } from '../grants/equipment-grant.entity.js';

/** Who co-finances equipment: the State and the collectivity that owns the school (docs/DOMAIN.md). */
const OWNER: Record<string, FunderKind> = {
  MATERNELLE: FunderKind.COMMUNE,
  ELEMENTAIRE: FunderKind.COMMUNE,
  PRIMAIRE: FunderKind.COMMUNE,
  COLLEGE: FunderKind.DEPARTMENT_COUNCIL,
  LYCEE: FunderKind.REGION,
  LYCEE_PRO: FunderKind.REGION,
};

/** Equipment grants of the demonstration TNE schools (State share and owner's share). */
const equipmentGrantsSeed: SeedStep = {
  name: 'equipment grants',
  demo: true,
  done: async (em) => (await em.count(EquipmentGrant)) > 0,
  run: async (tx) => {
    const random = seededRandom(2021);
    for (const school of (await loadDemoSchools()).filter((s) => s.tneJoinedYear !== null)) {
      const grantedOn = `${school.tneJoinedYear}-${String(random.int(10, 12))}-${String(random.int(1, 28)).padStart(2, '0')}`;
      // Equipment costs about 60–160 € per pupil; the State pays about half.
      const total = school.pupils * random.int(6_000, 16_000);
      const state = Math.round(total / 2);
      for (const [funderKind, amountCents] of [
        [FunderKind.STATE, state],
        [OWNER[school.kind]!, total - state],
      ] as const) {
        tx.create(EquipmentGrant, {
          departmentCode: school.departmentCode,
          schoolUai: school.uai,
          funderKind,
          amountCents,
          grantedOn,
          label: `Équipement numérique — ${school.name}`,
        });
      }
    }
  },
};

export function seedFinance(em: EntityManager, logger: Logger, options: SeedOptions): Promise<void> {
  return runSeedSteps(em, logger, [fundersSeed, envelopesSeed, equipmentGrantsSeed, plansSeed], options);
}
