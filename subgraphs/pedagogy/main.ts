import { runSubgraph } from '../common/run.js';
import { pedagogy } from './module.js';

await runSubgraph(pedagogy);
