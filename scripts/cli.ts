import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigurationError } from '../platform/env.js';

/** Ends a command with one line on stderr and exit code 2 (bad usage), never a stack trace. */
export function usageError(message: string): never {
  console.error(`${message} (see --help)`);
  process.exit(2);
}

/**
 * A command's arguments, read the same way by every command: `--help` prints its usage and exits 0;
 * an unknown option, a missing value or an unexpected argument is one line and exit 2.
 */
export function parseCommand<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    // strict is parseArgs' default: unknown options and stray arguments throw.
    return parseArgs(config);
  } catch (error) {
    return usageError(error instanceof Error ? (error.message.split(/\.\s|\n/)[0] ?? 'bad arguments') : 'bad arguments');
  }
}

/** Loads a configuration; an invalid one ends the command with its message, not a stack trace. */
export function configOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
