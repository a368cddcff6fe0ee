import type { SubgraphModule } from '../common/server.js';
import { EquipmentGrant } from './grants/equipment-grant.entity.js';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.js';
import { financeMigrations } from './migrations/index.js';
import { buildFinanceSchema } from './schema.js';
import { seedFinance } from './seeds/index.js';

/** The finance subgraph: equipment grants (next: funders, envelopes, plans, commissions…). */
export const finance: SubgraphModule<FinanceLoaders> = {
  name: 'finance',
  buildSchema: buildFinanceSchema,
  entities: [EquipmentGrant],
  migrations: financeMigrations,
  createLoaders: createFinanceLoaders,
  seed: seedFinance,
};
