import type { SubgraphContext } from '../common/context.js';
import type { PedagogyLoaders } from './loaders.js';

export type PedagogyContext = SubgraphContext<PedagogyLoaders>;
