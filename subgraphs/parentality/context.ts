import type { SubgraphContext } from '../common/context.js';
import type { ParentalityLoaders } from './loaders.js';

export type ParentalityContext = SubgraphContext<ParentalityLoaders>;
