import type { SubgraphContext } from '../common/context.js';
import type { ParentalityLoaders } from './loaders.js';
import type { ParentalityServices } from './services.js';

export type ParentalityContext = SubgraphContext<ParentalityLoaders, ParentalityServices>;
