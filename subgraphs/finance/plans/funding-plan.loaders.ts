import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfMany } from '../../../platform/loaders.js';
import { Envelope } from '../envelopes/envelope.entity.js';
import { Funder } from '../funders/funder.entity.js';
import { FundingLine, FundingPlan } from './funding-plan.entity.js';

/**
 * Loaders of plans, lines, funders and envelopes: a list of plans with their lines, funders and
 * envelopes costs one statement per kind, whatever its length.
 */
export const planLoaders = (em: EntityManager) => ({
  fundingPlanById: loaderByKey(em, FundingPlan, 'id'),
  fundingPlanOfProject: loaderByKey(em, FundingPlan, 'projectId'),
  linesOfPlan: loaderOfMany(em, FundingLine, 'plan', (line) => line.plan.id, { position: 'asc' }),
  funderById: loaderByKey(em, Funder, 'id'),
  envelopeById: loaderByKey(em, Envelope, 'id'),
});
