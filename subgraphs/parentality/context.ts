import type { SubgraphContext } from '../../platform/context.js';
import type { ParentalityLoaders } from './loaders.js';
import type { ParentalityServices } from './services.js';

export type ParentalityContext = SubgraphContext<ParentalityLoaders, ParentalityServices>;
