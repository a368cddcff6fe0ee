import { describe, expect, it } from '@jest/globals';
import { CLASS_COLOURS, classOf, quantileClasses } from './map-classes.js';

describe('the map classes', () => {
  it('gives each value a class of its own when there are five or fewer, lightest to darkest', () => {
    const classes = quantileClasses([0.993, 0.267, 0.267]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0.267, 0.267],
      [0.993, 0.993],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS[4]]);
    expect(classOf(classes, 0.993)?.colour).toBe(CLASS_COLOURS.at(-1));
  });

  it('cuts many values into five classes of about as many departments, covering every value', () => {
    const values = Array.from({ length: 101 }, (_, i) => i * i);
    const classes = quantileClasses(values);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.from).toBe(0);
    expect(classes.at(-1)!.to).toBe(10_000);
    const counts = classes.map((c) => values.filter((v) => classOf(classes, v) === c).length);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(19);
    expect(counts.reduce((a, b) => a + b)).toBe(101);
  });

  it('has no class without values, and none for a value below them all', () => {
    expect(quantileClasses([])).toEqual([]);
    expect(classOf(quantileClasses([3, 4]), 1)).toBeUndefined();
  });
});
