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

/** Reads one of the package's small data files (departments, regions). */
export async function readAdministrative<T>(file: 'departements' | 'regions'): Promise<T[]> {
  return JSON.parse(await readFile(path.join(dataDir, `${file}.json`), 'utf8')) as T[];
}

/** What seeds need of the 37,000 communes: those of a few departments, and every department's population. */
export interface CommuneDigest {
  /** Current communes (communes actuelles) of the requested departments. */
  communes: RawCommune[];
  /** Municipal population per department code, summed over its current communes. */
  populationByDepartment: Map<string, number>;
}

const isCommune = (value: unknown): value is RawCommune =>
  !!value && typeof value === 'object' && 'nom' in value && 'type' in value && !('membres' in value);

/**
 * Reads the communes file keeping only what is asked: the reviver drops every other commune as it
 * is parsed, so a seeding process does not keep 37,000 objects (and the memory they took) alive.
 */
export async function readCommunes(departments: ReadonlySet<string>): Promise<CommuneDigest> {
  const populationByDepartment = new Map<string, number>();
  const kept = JSON.parse(await readFile(path.join(dataDir, 'communes.json'), 'utf8'), (_key, value: unknown) => {
    if (!isCommune(value)) return value;
    if (value.type !== 'commune-actuelle' || !value.departement) return undefined;
    const code = value.departement;
    populationByDepartment.set(code, (populationByDepartment.get(code) ?? 0) + (value.population ?? 0));
    return departments.has(code) ? value : undefined;
  }) as Array<RawCommune | undefined>;
  return { communes: kept.filter((c): c is RawCommune => !!c), populationByDepartment };
}

/** Reads the EPCIs that have at least one member among these communes. */
export async function readEpcis(memberCodes: ReadonlySet<string>): Promise<RawEpci[]> {
  const kept = JSON.parse(await readFile(path.join(dataDir, 'epci.json'), 'utf8'), (_key, value: unknown) => {
    if (!value || typeof value !== 'object' || !('membres' in value)) return value;
    return (value as RawEpci).membres.some((m) => memberCodes.has(m.code)) ? value : undefined;
  }) as Array<RawEpci | undefined>;
  return kept.filter((e): e is RawEpci => !!e);
}
