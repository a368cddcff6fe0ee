import { runSubgraph } from '../../platform/run.js';
import { pedagogy } from './module.js';

await runSubgraph(pedagogy);
