import type { SubgraphModule } from '../../platform/server.js';
import { createParentalityLoaders, type ParentalityLoaders } from './loaders.js';
import { createParentalityServices, type ParentalityServices } from './services.js';
import { parentalityMigrations } from './migrations/index.js';
import { buildParentalitySchema } from './schema.js';
import { seedParentality } from './seeds/index.js';
import { Workshop } from './workshops/workshop.entity.js';
import { HouseholdAccess } from './access/household-access.entity.js';
import { Device, Loan } from './devices/device.entity.js';
import { Household } from './households/household.entity.js';
import { PartnerOrganisation } from './partners/partner.entity.js';

/** The parentality subgraph: workshops (next: partners, households, devices, loans). */
export const parentality: SubgraphModule<ParentalityLoaders, ParentalityServices> = {
  name: 'parentality',
  buildSchema: buildParentalitySchema,
  entities: [Workshop, PartnerOrganisation, Household, Device, Loan, HouseholdAccess],
  migrations: parentalityMigrations,
  createLoaders: createParentalityLoaders,
  seed: seedParentality,
  createServices: createParentalityServices,
};
