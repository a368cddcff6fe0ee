import type { Logger } from './logger.js';

/**
 * Stops the process cleanly on SIGINT / SIGTERM, and also when the launcher that started it dies
 * (`exitWithParent`, set by the launcher: its stdin pipe closes). After a `kill -9` of `npm start`, the
 * children must not linger holding their ports, or the next start would fail.
 */
export function onShutdown(logger: Logger, stop: () => Promise<void>, exitWithParent = false): void {
  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  if (exitWithParent) {
    process.stdin.on('end', () => void shutdown('launcher exited'));
    process.stdin.on('error', () => void shutdown('launcher exited'));
    process.stdin.resume();
  }
}
