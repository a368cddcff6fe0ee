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

const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json')), 'data');

/** Reads one of the package's small data files (departments, regions). */
export async function readAdministrative<T>(file: 'departements' | 'regions'): Promise<T[]> {
  return JSON.parse(await readFile(path.join(dataDir, `${file}.json`), 'utf8')) as T[];
}

/** What seeds need of the 37,000 communes and 1,250 EPCIs, extracted once into `reference.data.ts`. */
export interface ReferenceExtract {
  /** Municipal population per department code, summed over its current communes. */
  populationByDepartment: Record<string, number>;
  /** Current communes (communes actuelles) of the departments seeded in detail. */
  communes: RawCommune[];
  /** EPCIs with at least one member among those communes (members: codes only). */
  epcis: RawEpci[];
}

/**
 * Builds the extract from the package's full files (8 MB of communes): run by
 * `npm run extract:reference` and by the test that keeps `reference.data.ts` fresh, never by a
 * subgraph, so that no service holds the memory that parsing them takes.
 */
export async function buildReferenceExtract(departments: ReadonlySet<string>): Promise<ReferenceExtract> {
  const all = JSON.parse(await readFile(path.join(dataDir, 'communes.json'), 'utf8')) as RawCommune[];
  const current = all.filter((c) => c.type === 'commune-actuelle' && c.departement);
  const populationByDepartment: Record<string, number> = {};
  for (const c of current) populationByDepartment[c.departement!] = (populationByDepartment[c.departement!] ?? 0) + (c.population ?? 0);
  const communes = current
    .filter((c) => departments.has(c.departement!))
    .map(({ code, nom, type, departement, siren, population }) => ({ code, nom, type, departement, siren, population }));
  const codes = new Set(communes.map((c) => c.code));
  const epcis = (JSON.parse(await readFile(path.join(dataDir, 'epci.json'), 'utf8')) as RawEpci[])
    .filter((e) => e.membres.some((m) => codes.has(m.code)))
    .map(({ code, nom, type, populationMunicipale, membres }) => ({ code, nom, type, populationMunicipale, membres: membres.map((m) => ({ code: m.code })) }));
  return { populationByDepartment, communes, epcis };
}

/** The committed extract (loaded on demand: only seeding needs it). */
export async function readReferenceExtract(): Promise<ReferenceExtract> {
  return (await import('./reference.data.js')).REFERENCE;
}
