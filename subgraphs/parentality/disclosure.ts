/**
 * Whether the figures shown of a table with margins pin down a hidden one. A reader knows that every
 * row and every column adds up to its margin; with the shown figures moved aside, each of those sums is
 * a linear equation over the hidden ones. A hidden figure is disclosed exactly when its unit vector is a
 * combination of those equations — by subtracting rows and columns in any number, not only one line at
 * a time (a row and a column together can isolate a cell that each leaves hidden twice).
 */
export type Cell = readonly [row: number, column: number];

/** Rows 0..R-1 and columns 0..C-1 hold figures; row R holds the columns' totals, column C the rows'. */
function sums(R: number, C: number): Cell[][] {
  const rows = Array.from({ length: R + 1 }, (_, r) => [...Array.from({ length: C }, (_, c) => [r, c] as const), [r, C] as const]);
  const columns = Array.from({ length: C + 1 }, (_, c) => [...Array.from({ length: R }, (_, r) => [r, c] as const), [R, c] as const]);
  return [...rows, ...columns];
}

/** Row-reduces `vectors` in place and returns the independent ones (a basis of their span). */
function basis(vectors: number[][]): number[][] {
  const kept: number[][] = [];
  for (const vector of vectors) {
    const reduced = reduce(vector, kept);
    if (reduced.some((x) => Math.abs(x) > 1e-9)) kept.push(reduced);
  }
  return kept;
}

/** `vector` minus its components along an echelon basis (each basis vector's first non-zero is its pivot). */
function reduce(vector: number[], kept: number[][]): number[] {
  const out = [...vector];
  for (const b of kept) {
    const pivot = b.findIndex((x) => Math.abs(x) > 1e-9);
    const factor = out[pivot]! / b[pivot]!;
    if (factor !== 0) for (let i = 0; i < out.length; i++) out[i]! -= factor * b[i]!;
  }
  return out;
}

/** The hidden cells (of `hidden`, an (R + 1) × (C + 1) mask) that the shown figures and the sums determine. */
export function disclosedCells(hidden: readonly (readonly boolean[])[], R: number, C: number): Cell[] {
  const unknowns: Cell[] = [];
  for (const [r, row] of hidden.entries()) {
    for (const [c, isHidden] of row.entries()) if (isHidden) unknowns.push([r, c]);
  }
  const index = new Map(unknowns.map(([r, c], i) => [`${r},${c}`, i]));
  // Each sum: the figures add up to the margin, i.e. Σ cells − margin = 0, over the hidden ones only.
  const equations = sums(R, C).map((line) => {
    const vector = new Array<number>(unknowns.length).fill(0);
    line.forEach(([r, c], i) => {
      const at = index.get(`${r},${c}`);
      if (at !== undefined) vector[at]! += i === line.length - 1 ? -1 : 1;
    });
    return vector;
  });
  const span = basis(equations);
  return unknowns.filter((_, i) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[i] = 1;
    return reduce(unit, span).every((x) => Math.abs(x) <= 1e-9);
  });
}
