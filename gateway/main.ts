import { createLogger } from '../platform/logger.js';
import { onShutdown } from '../platform/shutdown.js';
import { startTracing } from '../platform/tracing.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
// Before the gateway is built, so that Apollo Gateway's own spans find the tracer provider.
const tracing = await startTracing('gateway', config.OTEL_TRACES_EXPORTER);
const gateway = await createGateway(config, logger);
const url = await gateway.listen();
logger.info({ url }, 'gateway ready');
onShutdown(
  logger,
  async () => {
    await gateway.stop();
    await tracing?.stop();
  },
  config.TNE_EXIT_WITH_PARENT,
);
