/** Sequential blues, light to dark, contrasted with the map's white borders. */
export const CLASS_COLOURS = ['#dce8f5', '#a8c6e8', '#6d9fd5', '#3a72b3', '#163f70'];
export const NO_VALUE_COLOUR = '#e4e4e4';
export const SECRET_COLOUR = '#f3d9b1';

export interface MapClass {
  from: number;
  to: number;
  colour: string;
}

/**
 * Classes of the known values, at most five: one per value when there are that few distinct values,
 * else quantile classes, each holding about as many departments, so a skewed indicator still shows
 * its contrasts. The classes' colours spread over the whole scale, lightest for the lowest values.
 */
export function quantileClasses(values: readonly number[]): MapClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const edges =
    distinct.length <= CLASS_COLOURS.length
      ? distinct.map((v) => [v, v] as const)
      : CLASS_COLOURS.map((_, i) => {
          const at = (k: number) => sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / CLASS_COLOURS.length))]!;
          return [i === 0 ? sorted[0]! : at(i), i === CLASS_COLOURS.length - 1 ? sorted.at(-1)! : at(i + 1)] as const;
        }).filter(([from, to], i, all) => i === 0 || from !== all[i - 1]![0] || to !== all[i - 1]![1]);
  const last = CLASS_COLOURS.length - 1;
  const colourAt = (i: number) => (edges.length === 1 ? Math.round(last / 2) : Math.round((i * last) / (edges.length - 1)));
  return edges.map(([from, to], i) => ({ from, to, colour: CLASS_COLOURS[colourAt(i)]! }));
}

/** The class of a value: the last whose lower bound it reaches. */
export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  let found: MapClass | undefined;
  for (const c of classes) if (value >= c.from) found = c;
  return found;
}
