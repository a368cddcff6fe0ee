import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfMany } from '../../../platform/loaders.js';
import { Commission, Disbursement, Subsidy } from './commission.entity.js';

/** Loaders of commissions, their decisions and the payments of subsidies: one statement per kind and request. */
export const commissionLoaders = (em: EntityManager) => ({
  commission: loaderByKey(em, Commission, 'id'),
  decisionsOfCommission: loaderOfMany(em, Subsidy, 'commission', (s) => s.commission.unwrap().id, { decidedOn: 'asc', id: 'asc' }),
  disbursementsOfSubsidy: loaderOfMany(em, Disbursement, 'subsidy', (d) => d.subsidy.unwrap().id, { paidOn: 'asc', id: 'asc' }),
});
