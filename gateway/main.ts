import { createLogger } from '../platform/logger.js';
import { onShutdown } from '../platform/shutdown.js';
import { loadGatewayConfig } from './config.js';
import { createGateway } from './gateway.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.LOG_LEVEL);
const gateway = await createGateway(config, logger);
const url = await gateway.listen();
logger.info({ url }, 'gateway ready');
onShutdown(logger, () => gateway.stop(), config.TNE_EXIT_WITH_PARENT);
