import type { SubgraphModule } from '../../platform/server.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { Commission, Disbursement, Subsidy } from './commissions/commission.entity.js';
import { Envelope } from './envelopes/envelope.entity.js';
import { Funder } from './funders/funder.entity.js';
import { EquipmentGrant } from './grants/equipment-grant.entity.js';
import { OutboxMessage } from './outbox/outbox-message.entity.js';
import { FundingLine, FundingPlan } from './plans/funding-plan.entity.js';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.js';
import { financeMigrations } from './migrations/index.js';
import { buildFinanceSchema } from './schema.js';
import { seedFinance } from './seeds/index.js';
import { createFinanceServices, type FinanceServices } from './services.js';

/** The finance subgraph: funders, envelopes, funding plans, commissions, subsidies, equipment grants. */
export const finance: SubgraphModule<FinanceLoaders, FinanceServices> = {
  name: 'finance',
  buildSchema: buildFinanceSchema,
  entities: [EquipmentGrant, Funder, Envelope, FundingPlan, FundingLine, Commission, Subsidy, Disbursement, OutboxMessage, AuditEntry],
  migrations: financeMigrations,
  createLoaders: createFinanceLoaders,
  seed: seedFinance,
  createServices: createFinanceServices,
};
