import { loadSubgraphConfig, SUBGRAPH_NAMES } from '../../platform/config.js';
import { createLogger } from '../../platform/logger.js';
import { createSubgraphServer, type SubgraphServer } from '../../platform/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';

/**
 * What `npm start` does to the databases before the national rows go in: each subgraph is built
 * as its process would be (same configuration, committed migrations, normal seeds), pedagogy
 * listening on a free port so that finance's seeds can ask it about projects through the graph as
 * they do at a first start. Nothing keeps running afterwards. Migrations, seeds and the demonstration
 * data are forced on: the normal seeds tell they have run by counting rows, so national rows written
 * before Cher's and Finistère's would make those seeds believe they are done.
 */
export async function migrateAndSeed(env: NodeJS.ProcessEnv): Promise<void> {
  const servers: SubgraphServer[] = [];
  const level = env.LOG_LEVEL ?? 'warn';
  try {
    let pedagogyUrl = '';
    for (const name of SUBGRAPH_NAMES) {
      const config = loadSubgraphConfig(name, {
        ...env,
        MIGRATE_ON_START: 'true',
        SEED_ON_START: 'true',
        DEMO_DATA: 'true',
        [`${name.toUpperCase()}_PORT`]: '0',
        ...(pedagogyUrl ? { PEDAGOGY_URL: pedagogyUrl } : {}),
      });
      const server = await createSubgraphServer(SUBGRAPHS[name], config, createLogger(name, level));
      servers.push(server);
      if (name === 'pedagogy') pedagogyUrl = await server.listen(0);
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
