/** What the benchmark's peer gateways (Hive, stock Apollo) share: their settings and their end. */

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

/**
 * Stops on SIGINT, SIGTERM, or when the benchmark that started it dies (its stdin pipe closes,
 * even on kill -9), then exits.
 */
export function exitWithParent(stop: () => Promise<unknown> | unknown): void {
  let stopping = false;
  const end = () => {
    if (stopping) return;
    stopping = true;
    void Promise.resolve()
      .then(stop)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
  if (process.env.TNE_EXIT_WITH_PARENT) {
    process.stdin.on('end', end);
    process.stdin.resume();
  }
}
