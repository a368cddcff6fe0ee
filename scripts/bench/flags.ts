/** Flags of `npm run bench -- --duration 10 --connections 10 --warmup 3 --samples 20`. */
import { parseCommand, usageError } from '../cli.js';

export interface BenchFlags {
  /** Measured seconds per scenario and gateway. */
  durationS: number;
  connections: number;
  /** Unmeasured seconds of the same load first (JIT, caches, connection pools). */
  warmupS: number;
  /** Sequential requests for the SQL floor. */
  samples: number;
  /** `--profile`: CPU profiles of our gateway and the subgraphs on the national comparison instead. */
  profile: boolean;
  /** `--only a,b`: the gateways to measure (npm run bench), all when absent. */
  only?: string[];
}

const DEFAULTS: Omit<BenchFlags, 'profile' | 'only'> = { durationS: 10, connections: 10, warmupS: 3, samples: 20 };
const LIMITS = { durationS: 600, connections: 200, warmupS: 120, samples: 1000 };

/** The flags given, the others from `defaults` (each benchmark its own) or the common defaults; `--help` prints `usage`. */
export function parseFlags(usage: string, defaults: Partial<typeof DEFAULTS> = {}): BenchFlags {
  const base = { ...DEFAULTS, ...defaults };
  const { values } = parseCommand(usage, {
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      samples: { type: 'string' },
      profile: { type: 'boolean' },
      only: { type: 'string' },
    },
  });
  const read = (flag: 'duration' | 'connections' | 'warmup' | 'samples', key: keyof typeof DEFAULTS, min: number): number => {
    const raw = values[flag];
    if (raw === undefined) return base[key];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > LIMITS[key]) {
      usageError(`--${flag} takes an integer from ${min} to ${LIMITS[key]} (got "${raw}")`);
    }
    return value;
  };
  return {
    durationS: read('duration', 'durationS', 1),
    connections: read('connections', 'connections', 1),
    warmupS: read('warmup', 'warmupS', 0),
    samples: read('samples', 'samples', 1),
    profile: values.profile === true,
    only: values.only?.split(',').map((name) => name.trim()),
  };
}
