import type { EntityManager } from '@mikro-orm/postgresql';
import { commissionLoaders } from './commissions/commission.loaders.js';
import { budgetLoaders } from './envelopes/budget.loaders.js';
import { envelopeConsumptionLoader } from './envelopes/envelope.resolver.js';
import { financeMonthlyLoader } from './grants/finance.monthly.js';
import { schoolGrantsLoader } from './grants/grant.loaders.js';
import { planLoaders } from './plans/funding-plan.loaders.js';

/** Fresh loaders for one request. */
export function createFinanceLoaders(em: EntityManager) {
  return {
    ...budgetLoaders(em),
    envelopeConsumption: envelopeConsumptionLoader(em),
    ...commissionLoaders(em),
    ...planLoaders(em),
    schoolGrants: schoolGrantsLoader(em),
    financeMonthly: financeMonthlyLoader(em),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
