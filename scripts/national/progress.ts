import type { ProgressFactory } from '../../platform/seeds/bulk.js';

const WIDTH = 30;
const number = (n: number) => n.toLocaleString('en-US');

/**
 * Progress bars on stderr, one line per phase, counted in `unit` (rows written by default): redrawn
 * in place at most ten times a second on a terminal, and printed at each quarter when stderr is a
 * file or a pipe.
 */
export function progressBars(stream: NodeJS.WriteStream = process.stderr, unit = 'rows'): ProgressFactory {
  return (label, total) => {
    if (!total) return { tick: () => undefined, done: () => undefined };
    const started = Date.now();
    let written = 0;
    let drawn = 0;
    let quarter = -1;
    const line = () => {
      const share = total ? Math.min(1, written / total) : 1;
      const filled = Math.round(share * WIDTH);
      return `${label.padEnd(12)}[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${number(written)} / ${number(total)} ${unit}  ${((Date.now() - started) / 1000).toFixed(1)} s`;
    };
    const draw = (final = false) => {
      if (stream.isTTY) {
        if (!final && Date.now() - drawn < 100) return;
        drawn = Date.now();
        stream.write(`\r${line()}${final ? '\n' : ''}`);
        return;
      }
      const reached = total ? Math.floor((written / total) * 4) : 4;
      if (final || reached > quarter) {
        quarter = reached;
        stream.write(`${line()}\n`);
      }
    };
    draw();
    return {
      tick: (rows) => {
        written += rows;
        draw();
      },
      done: () => {
        if (stream.isTTY || quarter < 4) draw(true);
      },
    };
  };
}
