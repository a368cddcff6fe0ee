import 'reflect-metadata';
import { loadSubgraphConfig } from './config.js';
import { createLogger } from './logger.js';
import { createSubgraphServer, type SubgraphModule } from './server.js';
import { onShutdown } from './shutdown.js';
import { startTracing } from './tracing.js';

/** Entry point of a subgraph process: read the configuration, build, listen, stop cleanly. */
export async function runSubgraph<Loaders>(module: SubgraphModule<Loaders>): Promise<void> {
  const config = loadSubgraphConfig(module.name);
  const logger = createLogger(module.name, config.logLevel);
  const tracing = await startTracing(module.name, config.tracesExporter);
  const server = await createSubgraphServer(module, config, logger);
  const url = await server.listen();
  logger.info({ url }, `${module.name} subgraph ready`);
  onShutdown(
    logger,
    async () => {
      await server.stop();
      await tracing?.stop();
    },
    config.exitWithParent,
  );
}
