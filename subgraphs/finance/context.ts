import type { SubgraphContext } from '../../platform/context.js';
import type { FinanceLoaders } from './loaders.js';
import type { FinanceServices } from './services.js';

export type FinanceContext = SubgraphContext<FinanceLoaders, FinanceServices>;
