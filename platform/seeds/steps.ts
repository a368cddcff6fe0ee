import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';

/**
 * One part of a subgraph's seed data. Each step knows whether it has run, so a database seeded by
 * an older version gets the newer steps on its next start, and nothing is seeded twice.
 */
export interface SeedStep {
  name: string;
  /** Demonstration data (invented schools, projects, grants…), as opposed to real reference data. */
  demo: boolean;
  /** True when this step's data is already there. */
  done(em: EntityManager): Promise<boolean>;
  /** Writes the step's data, inside the transaction it is given. */
  run(tx: EntityManager, options: SeedOptions): Promise<void>;
}

export interface SeedOptions {
  /** Include the demonstration steps (development default; never by default in production). */
  demo: boolean;
  /** The subgraph's services, for steps that ask another subgraph (through the graph). */
  services?: unknown;
}

/** Runs the steps not yet done, in order, each in its own transaction. */
export async function runSeedSteps(em: EntityManager, logger: Logger, steps: readonly SeedStep[], options: SeedOptions): Promise<void> {
  for (const step of steps) {
    if ((step.demo && !options.demo) || (await step.done(em))) continue;
    const started = Date.now();
    await em.transactional((tx) => step.run(tx, options));
    em.clear();
    logger.info({ step: step.name, ms: Date.now() - started }, 'seeded');
  }
}
