declare module 'virtual:france-departments' {
  import type { FranceMap } from '../../scripts/web-map.js';
  /** Built from the npm SVG maps by scripts/web-map.ts. */
  export const FRANCE_MAP: FranceMap;
}
