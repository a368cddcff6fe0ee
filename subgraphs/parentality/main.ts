import { runSubgraph } from '../common/run.js';
import { parentality } from './module.js';

await runSubgraph(parentality);
