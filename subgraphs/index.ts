import 'reflect-metadata';
import type { SubgraphName } from '../platform/config.js';
import type { SubgraphModule } from '../platform/server.js';
import { finance } from './finance/module.js';
import { parentality } from './parentality/module.js';
import { pedagogy } from './pedagogy/module.js';

/** Every subgraph module by name (for the tools that handle them all: compose, migrations, tests). */
export const SUBGRAPHS: Record<SubgraphName, SubgraphModule<unknown>> = { pedagogy, finance, parentality };
