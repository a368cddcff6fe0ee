import { describe, expect, it } from '@jest/globals';
import { disclosedCells } from './disclosure.js';

/** A mask from rows of '.' (shown) and 'x' (hidden); the last row and column are the margins. */
const mask = (...rows: string[]) => rows.map((row) => [...row].map((ch) => ch === 'x'));

describe('disclosedCells: hidden figures that rows and columns together determine', () => {
  it('finds the one hidden figure of a line', () => {
    expect(disclosedCells(mask('x..', '...', '...'), 2, 2)).toEqual([[0, 0]]);
  });

  it('finds none when each line hides two figures in a rectangle', () => {
    expect(disclosedCells(mask('xx.', 'xx.', '...'), 2, 2)).toEqual([]);
  });

  it('finds a figure that only a row and a column combined isolate', () => {
    // 3 school years × 3 kinds: (0,2) is recovered as total − year 2 − (kind 1 − cell (2,1)).
    const hidden = mask('.xxx', '.x.x', 'x.x.', 'x.x.');
    expect(disclosedCells(hidden, 3, 3)).toEqual([[0, 2]]);
  });

  it("uses every sum, the margins' row included", () => {
    // Row 1 gives (1,0); column 0 then gives its total (2,0); the margins' row gives (2,1).
    expect(disclosedCells(mask('...', 'x..', 'xx.'), 2, 2)).toEqual([
      [1, 0],
      [2, 0],
      [2, 1],
    ]);
  });

  it('finds nothing when everything is hidden, and nothing when nothing is', () => {
    expect(disclosedCells(mask('xxx', 'xxx', 'xxx'), 2, 2)).toEqual([]);
    expect(disclosedCells(mask('...', '...', '...'), 2, 2)).toEqual([]);
  });
});
