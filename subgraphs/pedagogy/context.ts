import type { SubgraphContext } from '../../platform/context.js';
import type { PedagogyLoaders } from './loaders.js';

export type PedagogyContext = SubgraphContext<PedagogyLoaders>;
