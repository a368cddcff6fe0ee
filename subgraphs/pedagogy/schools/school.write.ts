import type { EntityManager } from '@mikro-orm/postgresql';
import type { SchoolRecord } from './school.rules.js';

/** What a save did: the UAIs it created and changed, and the circonscriptions and bassins it created and renamed. */
export interface SchoolsSaved {
  created: string[];
  updated: string[];
  circonscriptions: { created: number; updated: number };
  bassins: { created: number; updated: number };
}

/** Schools per statement: 12 values each stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

/** The columns a record writes, each with its value and SQL type; pupils apart (a record may not give them). */
const COLUMNS: Array<[column: string, type: string, value: (s: SchoolRecord) => unknown]> = [
  ['name', 'text', (s) => s.name],
  ['kind', 'school_kind', (s) => s.kind],
  ['sector', 'school_sector', (s) => s.sector],
  ['department_code', 'text', (s) => s.departmentCode],
  ['commune_code', 'text', (s) => s.communeCode],
  ['circonscription_code', 'text', (s) => s.circonscription?.code ?? null],
  ['bassin_code', 'text', (s) => s.bassin?.code ?? null],
  ['priority_education', 'priority_education', (s) => s.priorityEducation],
  ['latitude', 'double precision', (s) => s.latitude],
  ['longitude', 'double precision', (s) => s.longitude],
  ['state', 'school_state', (s) => s.state],
];

/**
 * Writes schools checked by `schoolFaults` (school.rules.ts), in the caller's transaction: a new UAI
 * is inserted, a known one updated only where a value differs, so that saving the same records again
 * changes no row. A record without a pupil count leaves the stored count alone.
 */
export async function saveSchools(em: EntityManager, records: readonly SchoolRecord[], onProgress?: (rows: number) => void): Promise<SchoolsSaved> {
  const circonscriptions = await saveAreas(em, 'circonscription', records, (r) => r.circonscription);
  const bassins = await saveAreas(em, 'bassin', records, (r) => r.bassin);
  const saved: SchoolsSaved = { created: [], updated: [], circonscriptions, bassins };
  for (const withPupils of [true, false]) {
    const group = records.filter((r) => (r.pupils !== null) === withPupils);
    for (let at = 0; at < group.length; at += CHUNK) {
      const chunk = group.slice(at, at + CHUNK);
      for (const row of await upsertChunk(em, chunk, withPupils)) (row.created ? saved.created : saved.updated).push(row.uai);
      onProgress?.(chunk.length);
    }
  }
  return saved;
}

async function upsertChunk(em: EntityManager, chunk: readonly SchoolRecord[], withPupils: boolean) {
  const compared = COLUMNS.map(([column]) => column).concat(withPupils ? ['pupils'] : []);
  const tuple = `(?, ${COLUMNS.map(([, type]) => `cast(? as ${type})`).join(', ')}, cast(? as int))`;
  return em.execute<Array<{ uai: string; created: boolean }>>(
    `insert into school (uai, ${COLUMNS.map(([column]) => column).join(', ')}, pupils)
     values ${chunk.map(() => tuple).join(', ')}
     on conflict (uai) do update set ${compared.map((c) => `${c} = excluded.${c}`).join(', ')}
     where (${compared.map((c) => `school.${c}`).join(', ')}) is distinct from (${compared.map((c) => `excluded.${c}`).join(', ')})
     returning uai, (xmax = 0) as created`,
    chunk.flatMap((s) => [s.uai, ...COLUMNS.map(([, , value]) => value(s)), s.pupils ?? 0]),
  );
}

/**
 * Inserts the records' circonscriptions or bassins (the table named by code, never by a client),
 * renames those whose name changed; how many of each.
 */
async function saveAreas(
  em: EntityManager,
  table: 'circonscription' | 'bassin',
  records: readonly SchoolRecord[],
  areaOf: (r: SchoolRecord) => { code: string; name: string } | null,
) {
  const byCode = new Map<string, [code: string, name: string, departmentCode: string]>();
  for (const r of records) {
    const area = areaOf(r);
    if (area) byCode.set(area.code, [area.code, area.name, r.departmentCode]);
  }
  const rows = [...byCode.values()];
  const counts = { created: 0, updated: 0 };
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const written = await em.execute<Array<{ created: boolean }>>(
      `insert into ${table} (code, name, department_code) values ${chunk.map(() => '(?, ?, ?)').join(', ')}
       on conflict (code) do update set name = excluded.name, department_code = excluded.department_code
       where (${table}.name, ${table}.department_code) is distinct from (excluded.name, excluded.department_code)
       returning (xmax = 0) as created`,
      chunk.flat(),
    );
    for (const row of written) counts[row.created ? 'created' : 'updated']++;
  }
  return counts;
}
