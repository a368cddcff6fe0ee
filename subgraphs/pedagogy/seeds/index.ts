import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../platform/logger.js';
import { runSeedSteps, type SeedOptions } from '../../../platform/seeds/steps.js';
import { callSubmissionsSeed, callsSeed } from '../calls/call.seed.js';
import { eventsSeed } from '../events/event.seed.js';
import { crcnSeed } from '../pix/crcn.seed.js';
import { pixSeed } from '../pix/pix.seed.js';
import { projectsSeed } from '../projects/project.seed.js';
import { priorityTerritorySeed } from '../territories/priority-territory.seed.js';
import { demoSchoolsSeed, referenceSeed } from './reference.seed.js';
import { structureSeed } from '../schools/structure.seed.js';
import { programmeContactsSeed } from '../contacts/programme-contact.seed.js';
import { resourceDeploymentsSeed, resourcesSeed } from '../resources/resource.seed.js';
import { trainingSeed } from '../training/training.seed.js';

/** Pedagogy's seed steps, in order; each runs once per database. */
export function seedPedagogy(em: EntityManager, logger: Logger, options: SeedOptions): Promise<void> {
  return runSeedSteps(
    em,
    logger,
    [
      referenceSeed,
      crcnSeed,
      resourcesSeed,
      priorityTerritorySeed,
      structureSeed,
      programmeContactsSeed,
      demoSchoolsSeed,
      pixSeed,
      callsSeed,
      callSubmissionsSeed,
      projectsSeed,
      trainingSeed,
      eventsSeed,
      resourceDeploymentsSeed,
    ],
    options,
  );
}
