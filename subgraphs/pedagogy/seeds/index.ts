import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../common/logger.js';
import { runSeedSteps } from '../../common/seeds/steps.js';
import { crcnSeed } from '../pix/crcn.seed.js';
import { referenceSeed } from './reference.seed.js';

/** Pedagogy's seed steps, in order; each runs once per database. */
export function seedPedagogy(em: EntityManager, logger: Logger): Promise<void> {
  return runSeedSteps(em, logger, [referenceSeed, crcnSeed]);
}
