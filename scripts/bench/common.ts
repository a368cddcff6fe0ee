/** Small helpers shared by the modules of `npm run bench:start`. */

/** A failure that ends the benchmark with a clear message and a non-zero exit code. */
export class BenchFailure extends Error {}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds as seconds with one decimal, e.g. `4.2 s`. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** KiB as MiB with one decimal. */
export const mib = (kib: number) => (kib / 1024).toFixed(1);
