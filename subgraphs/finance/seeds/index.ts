import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../platform/logger.js';
import { runSeedSteps, type SeedOptions } from '../../../platform/seeds/steps.js';
import { envelopesSeed } from '../envelopes/envelope.seed.js';
import { fundersSeed } from '../funders/funder.seed.js';
import { plansSeed } from './plans.seed.js';

export function seedFinance(em: EntityManager, logger: Logger, options: SeedOptions): Promise<void> {
  return runSeedSteps(em, logger, [fundersSeed, envelopesSeed, plansSeed], options);
}
