import { runSubgraph } from '../common/run.js';
import { finance } from './module.js';

await runSubgraph(finance);
