import { runSubgraph } from '../../platform/run.js';
import { parentality } from './module.js';

await runSubgraph(parentality);
