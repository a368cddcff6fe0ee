import { runSubgraph } from '../../platform/run.js';
import { finance } from './module.js';

await runSubgraph(finance);
