import type { SubgraphContext } from '../common/context.js';
import type { FinanceLoaders } from './loaders.js';

export type FinanceContext = SubgraphContext<FinanceLoaders>;
