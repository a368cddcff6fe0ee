import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Shapes of the published administrative division (@etalab/decoupage-administratif). */
export interface RawDepartment {
  code: string;
  nom: string;
  region: string;
  zone: string;
}
export interface RawRegion {
  code: string;
  nom: string;
}
export interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  siren?: string;
  population?: number;
}
export interface RawEpci {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: Array<{ code: string }>;
}

const dataDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json')),
  'data',
);

/** Reads one of the package's data files (only when seeding: the communes file is 8 MB). */
export async function readAdministrative<T>(file: 'departements' | 'regions' | 'communes' | 'epci'): Promise<T[]> {
  return JSON.parse(await readFile(path.join(dataDir, `${file}.json`), 'utf8')) as T[];
}
