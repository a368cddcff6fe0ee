import { describe, expect, it } from '@jest/globals';
import { readAdministrative } from '../platform/seeds/administrative.js';
import { franceMap, pathRings, ringsPath } from './web-map.js';

describe('the map of France the dashboard draws', () => {
  it('has one shape for every department of the reference data (overseas included) and no other', async () => {
    const map = await franceMap();
    const codes = map.departments.map((d) => d.code).sort();
    const departments = await readAdministrative<{ code: string; zone: string }>('departements');
    // The departments the platform knows: the package's, without the overseas collectivities (zone com).
    expect(codes).toEqual(
      departments
        .filter((d) => d.zone !== 'com')
        .map((d) => d.code)
        .sort(),
    );
    expect(codes).toHaveLength(101);
    expect(map.insets.map((i) => i.code)).toEqual(['971', '972', '973', '974', '976']);
  });

  it('fits each overseas department inside its own frame', async () => {
    const map = await franceMap();
    for (const inset of map.insets) {
      const points = pathRings(map.departments.find((d) => d.code === inset.code)!.d).flat();
      for (const [x, y] of points) {
        expect(x).toBeGreaterThanOrEqual(inset.x);
        expect(x).toBeLessThanOrEqual(inset.x + inset.width);
        expect(y).toBeGreaterThanOrEqual(inset.y);
        expect(y).toBeLessThanOrEqual(inset.y + inset.height);
      }
    }
  });

  it('reads relative and absolute paths, and writes them back rounded without drift', () => {
    const rings = pathRings('m 10.4,10 5,0 0,5.2 z m 20,0 1,1 1,-1 z M 1 1 L 4 1 L 4 4 Z');
    expect(rings).toEqual([
      [
        [10.4, 10],
        [15.4, 10],
        [15.4, 15.2],
      ],
      [
        [30.4, 10],
        [31.4, 11],
        [32.4, 10],
      ],
      [
        [1, 1],
        [4, 1],
        [4, 4],
      ],
    ]);
    expect(pathRings(ringsPath(rings))).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
      ],
      [
        [30, 10],
        [31, 11],
        [32, 10],
      ],
      [
        [1, 1],
        [4, 1],
        [4, 4],
      ],
    ]);
    expect(() => pathRings('m 0 0 c 1 1 2 2 3 3')).toThrow('unexpected path command c');
  });
});
