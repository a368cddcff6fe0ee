import type { SubgraphModule } from '../common/server.js';
import { createParentalityLoaders, type ParentalityLoaders } from './loaders.js';
import { parentalityMigrations } from './migrations/index.js';
import { buildParentalitySchema } from './schema.js';
import { seedParentality } from './seeds/index.js';
import { Workshop } from './workshops/workshop.entity.js';

/** The parentality subgraph: workshops (next: partners, households, devices, loans). */
export const parentality: SubgraphModule<ParentalityLoaders> = {
  name: 'parentality',
  buildSchema: buildParentalitySchema,
  entities: [Workshop],
  migrations: parentalityMigrations,
  createLoaders: createParentalityLoaders,
  seed: seedParentality,
};
