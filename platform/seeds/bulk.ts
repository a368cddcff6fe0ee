import type pg from 'pg';

/**
 * Bulk writing for the national data set: one `insert … select from unnest(…)` per chunk of rows,
 * every column sent as one text array and cast in SQL, so a statement has as many parameters as
 * columns however many rows it carries. Plain INSERTs: every trigger and constraint still runs.
 */
export interface Column {
  name: string;
  /** PostgreSQL type the text is cast to: `int`, `date`, `uuid`, an enum, `text[]`… */
  type: string;
}

export type Value = string | number | boolean | null | readonly string[];
export type Row = readonly Value[];

/** Reports written rows (the progress bar). */
export interface Progress {
  tick(rows: number): void;
}

const CHUNK = 10_000;

/** A PostgreSQL array literal: every element quoted, `"` and `\` escaped. */
const arrayLiteral = (items: readonly string[]) => `{${items.map((i) => `"${i.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

const text = (value: Value): string | null => (value === null ? null : Array.isArray(value) ? arrayLiteral(value) : String(value));

/** `cols` header shortcut: `cols('uai varchar', 'pupils int')` → columns. */
export const cols = (...specs: string[]): Column[] =>
  specs.map((spec) => {
    const [name, ...type] = spec.split(' ');
    return { name: name!, type: type.join(' ') || 'text' };
  });

export interface InsertOptions {
  /** e.g. `on conflict do nothing` */
  onConflict?: string;
  /** e.g. `id, school_uai`: the returned rows of every chunk are concatenated. */
  returning?: string;
  progress?: Progress;
}

/** Inserts rows in chunks inside the caller's transaction; returns the rows inserted (or returned). */
export async function insertRows<R = unknown>(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column[],
  rows: readonly Row[],
  options: InsertOptions = {},
): Promise<{ count: number; returned: R[] }> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const casts = columns.map((c, i) => `t.c${i}::${c.type}`).join(', ');
  const params = columns.map((_c, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_c, i) => `c${i}`).join(', ');
  const sql = `insert into "${table}" (${names}) select ${casts} from unnest(${params}) as t(${aliases}) ${options.onConflict ?? ''}${options.returning ? ` returning ${options.returning}` : ''}`;
  let count = 0;
  const returned: R[] = [];
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = rows.slice(at, at + CHUNK);
    const result = await client.query(
      sql,
      columns.map((_c, i) => chunk.map((row) => text(row[i]!))),
    );
    count += result.rowCount ?? 0;
    if (options.returning) returned.push(...(result.rows as R[]));
    options.progress?.tick(chunk.length);
  }
  return { count, returned };
}

/** Counts of inserted rows per table, summed over the departments of a run. */
export class RowCounts {
  readonly byTable = new Map<string, number>();
  add(table: string, count: number): void {
    this.byTable.set(table, (this.byTable.get(table) ?? 0) + count);
  }
}

/** Rows bound for one table. */
export interface TableRows {
  table: string;
  columns: Column[];
  rows: Row[];
  onConflict?: string;
}

/** Rows in these row sets: a progress bar's total. */
export const rowCount = (tables: readonly TableRows[]) => tables.reduce((sum, t) => sum + t.rows.length, 0);

/** Writes row sets in order (parents before children) and counts what each table received. */
export async function writeTables(client: pg.ClientBase, tables: readonly TableRows[], counts: RowCounts, progress?: Progress): Promise<void> {
  for (const { table, columns, rows, onConflict } of tables) {
    counts.add(table, (await insertRows(client, table, columns, rows, { onConflict, progress })).count);
  }
}

/** What one subgraph's national seed did: departments filled now, departments found already filled, rows. */
export interface NationalReport {
  seeded: string[];
  skipped: string[];
  counts: RowCounts;
}

/** Opens a progress bar for a phase of `total` rows (a silent one in tests). */
export type ProgressFactory = (label: string, total: number) => Progress & { done(): void };
export const silentProgress: ProgressFactory = () => ({ tick: () => undefined, done: () => undefined });

/**
 * Marks the national seed as running in this database until the transaction ends, then tells which
 * of the departments already have rows in `table` (a table only the national seed fills for them):
 * a second run, even a concurrent one, finds them there and adds nothing.
 */
async function departmentsAlreadySeeded(client: pg.ClientBase, table: string, codes: readonly string[]): Promise<Set<string>> {
  await client.query(`select pg_advisory_xact_lock(hashtext('tne-graph:seed:national'))`);
  const { rows } = await client.query<{ code: string }>(`select distinct department_code as code from "${table}" where department_code = any($1::text[])`, [
    codes,
  ]);
  return new Set(rows.map((r) => r.code));
}

/** Runs `work` in one transaction on its own client: a failure leaves nothing half-written. */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * One subgraph's national seed: in one transaction, `fill` writes the rows of the departments not
 * there yet (told by `marker`, a table only this seed fills for them) and the report says which
 * departments were filled, which skipped, and how many rows each table received.
 */
export function seedDepartments<D extends { code: string }>(
  pool: pg.Pool,
  departments: readonly D[],
  marker: string,
  fill: (client: pg.PoolClient, todo: D[], counts: RowCounts) => Promise<void>,
): Promise<NationalReport> {
  return inTransaction(pool, async (client) => {
    const done = await departmentsAlreadySeeded(
      client,
      marker,
      departments.map((d) => d.code),
    );
    const todo = departments.filter((d) => !done.has(d.code));
    const counts = new RowCounts();
    await fill(client, todo, counts);
    return { seeded: todo.map((d) => d.code), skipped: [...done], counts };
  });
}

/** Writes row sets under one progress bar of their own. */
export async function writeWithProgress(
  client: pg.ClientBase,
  tables: readonly TableRows[],
  counts: RowCounts,
  progress: ProgressFactory,
  label: string,
): Promise<void> {
  const bar = progress(label, rowCount(tables));
  await writeTables(client, tables, counts, bar);
  bar.done();
}
