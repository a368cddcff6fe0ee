import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { CRCN_COMPETENCE_CODES } from './crcn.data.js';
import { readPixResults, type PixProgress } from './pix-read.js';

const SCHOOLS = ['0180018X', '0180088Y', '0180096G'];
const LINES = 100_000;

/** A 100,000-pupil file made on the fly, never held whole in memory; pupil i's values follow from i. */
function* bigFile(): Generator<string> {
  yield `\uFEFFNom;Prénom;UAI;Classe;Certifié;Score;${CRCN_COMPETENCE_CODES.join(';')}\r\n`;
  for (let i = 0; i < LINES; i++) {
    const school = SCHOOLS[i % 3]!;
    const grade = school === '0180096G' ? 'Terminale' : '3e';
    const levels = CRCN_COMPETENCE_CODES.map((_c, c) => ((i + c) % 7 === 6 ? '-' : String((i + c) % 7)));
    yield `Nom${i};Prénom${i};${school};${grade};${i % 4 ? 'oui' : 'non'};${i % 1000};${levels.join(';')}\r\n`;
  }
}

describe('streaming a large file', () => {
  it('aggregates 100,000 lines with the right totals and reports progress as it goes', async () => {
    const progress: PixProgress[] = [];
    const lookups: string[] = [];
    const reading = await readPixResults(Readable.from(bigFile()), {
      schoolDepartment: async (uai) => {
        lookups.push(uai);
        return '18';
      },
      onProgress: (p) => progress.push(p),
    });
    expect(reading.report.count).toBe(0);
    expect(reading.pupils).toBe(LINES);
    expect(reading.groups).toHaveLength(3);
    expect(lookups.sort()).toEqual([...SCHOOLS].sort()); // each school looked up once
    const total = (f: (g: (typeof reading.groups)[number]) => number) => reading.groups.reduce((sum, g) => sum + f(g), 0);
    expect(total((g) => g.candidates)).toBe(LINES);
    expect(total((g) => g.certified)).toBe(LINES * 0.75);
    expect(total((g) => g.scoreSum)).toBe(100 * ((999 * 1000) / 2)); // 0…999, a hundred times
    // Competence 1.1: levels (i mod 7), "-" at 6, so each run of 7 pupils gives 0+…+5 = 15 over 6 assessed.
    const runs = Math.floor(LINES / 7);
    const tail = Array.from({ length: LINES % 7 }, (_v, k) => k).filter((k) => k !== 6);
    expect(total((g) => g.assessed[0]!)).toBe(runs * 6 + tail.length);
    expect(total((g) => g.levelSums[0]!)).toBe(runs * 15 + tail.reduce((a, b) => a + b, 0));
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.map((p) => p.lines)).toEqual([...progress.map((p) => p.lines)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ lines: LINES + 1, groups: 3, errors: 0 });
  });
});
