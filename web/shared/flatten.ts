/**
 * A GraphQL answer as a table a person can read: one row per item of a chosen list (per department,
 * per school year, per project…), nested objects as dotted columns, other lists pivoted into columns
 * by their discriminating field (`byVolet[EQUIPMENT].committed`), money as one cell, and every figure
 * of a suppressed indicator as « secret statistique » — never 0, never blank.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'money'; cents: number; currency: string }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'secret' }
  | { kind: 'empty' };

export type ColumnKind = 'number' | 'money' | 'text' | 'boolean';
export interface Column {
  /** Path from the row's outermost list item, lists left out: `years.pedagogy.tneSchools.value`. */
  key: string;
  kind: ColumnKind;
}
export type Row = Record<string, Cell>;
export interface Table {
  rowsPath: string;
  columns: Column[];
  rows: Row[];
}

export const SECRET_CELL: Cell = { kind: 'secret' };
export const EMPTY_CELL: Cell = { kind: 'empty' };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

/** `{ cents, currency? }`: the schema's Money. */
function isMoney(value: Json): value is { cents: number; currency?: string } {
  return isObject(value) && typeof value.cents === 'number' && Object.keys(value).every((k) => k === 'cents' || k === 'currency' || k === '__typename');
}

/** Every path from the root to a list of objects, shallowest first: the possible row paths. */
export function listPaths(data: Json): string[] {
  const found = new Set<string>();
  const walk = (value: Json, prefix: string) => {
    if (Array.isArray(value)) {
      if (value.some(isObject)) found.add(prefix);
      for (const item of value) if (isObject(item)) walk(item, prefix);
    } else if (isObject(value) && !isMoney(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, join(prefix, key));
    }
  };
  walk(data, '');
  return [...found].filter(Boolean).sort((a, b) => a.split('.').length - b.split('.').length);
}

/** The field of a list's items that tells them apart (`volet`, `kind`, `schoolYear`…), if any. */
function discriminator(items: JsonObject[]): string | undefined {
  const first = items[0];
  if (!first) return undefined;
  return Object.keys(first).find((key) => {
    if (key === '__typename') return false;
    const values = items.map((item) => item[key]);
    return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
  });
}

function addColumns(object: JsonObject, prefix: string, row: Row, secret: boolean, skip?: string): void {
  const hidden = secret || object.suppressed === true;
  for (const [key, value] of Object.entries(object)) {
    if (key === skip || key === '__typename') continue;
    // A suppressed flag is shown through its figures, cell by cell.
    if (key === 'suppressed' && typeof value === 'boolean' && Object.keys(object).length > 1) continue;
    const path = join(prefix, key);
    if (value === null) row[path] = hidden ? SECRET_CELL : EMPTY_CELL;
    // A year (tneCohortYear) is a label, not a quantity: never "2 021".
    else if (typeof value === 'number')
      row[path] = /year$/i.test(key) && Number.isInteger(value) ? { kind: 'text', value: String(value) } : { kind: 'number', value };
    else if (typeof value === 'string') row[path] = { kind: 'text', value };
    else if (typeof value === 'boolean') row[path] = { kind: 'boolean', value };
    else if (isMoney(value)) row[path] = { kind: 'money', cents: value.cents, currency: value.currency ?? 'EUR' };
    else if (Array.isArray(value)) addList(value, path, row, hidden);
    else addColumns(value, path, row, hidden);
  }
}

/** A list off the row path: scalars joined in one cell, objects pivoted into columns. */
function addList(items: Json[], path: string, row: Row, secret: boolean): void {
  const objects = items.filter(isObject);
  if (items.length === 0) {
    row[path] = EMPTY_CELL;
    return;
  }
  if (objects.length < items.length) {
    row[path] = { kind: 'text', value: items.map((item) => (isObject(item) ? JSON.stringify(item) : String(item))).join(', ') };
    return;
  }
  const by = discriminator(objects);
  for (const [index, item] of objects.entries()) addColumns(item, `${path}[${by ? String(item[by]) : index + 1}]`, row, secret, by);
}

/** Rows of the list at `rest` below `object`; `inList` once the first list of the path is entered. */
function expand(object: JsonObject, rest: string[], prefix: string, base: Row, secret: boolean, inList: boolean): Row[] {
  const row: Row = { ...base };
  const hidden = secret || object.suppressed === true;
  if (inList) addColumns(object, prefix, row, hidden, rest[0]);
  if (rest.length === 0) return [row];
  const [field, ...tail] = rest as [string, ...string[]];
  const value = object[field];
  const path = join(prefix, field);
  if (Array.isArray(value)) {
    const itemPrefix = inList ? path : '';
    return value.filter(isObject).flatMap((item) => expand(item, tail, itemPrefix, row, hidden, true));
  }
  if (isObject(value)) return expand(value, tail, inList ? path : '', row, hidden, inList);
  return inList ? [row] : [];
}

/**
 * Flattens `data` into rows along `rowsPath` (a path of `listPaths`); with no path, or one that is
 * not in the answer, along its first list — or one row of the whole answer when it has no list.
 */
export function flatten(data: Json, rowsPath?: string): Table {
  const paths = listPaths(data);
  const chosen = rowsPath && paths.includes(rowsPath) ? rowsPath : (paths[0] ?? '');
  let rows: Row[];
  if (!isObject(data)) rows = [];
  else if (!chosen) {
    const row: Row = {};
    addColumns(data, '', row, false);
    rows = [row];
  } else rows = expand(data, chosen.split('.'), '', {}, false, false);
  // Lists pivoted into columns (a department's months beside its school years) come after the row's
  // own columns, so that what a row is about is read first.
  const columns = columnsOf(rows);
  const pivoted = (column: Column) => column.key.includes('[');
  return { rowsPath: chosen, columns: [...columns.filter((c) => !pivoted(c)), ...columns.filter(pivoted)], rows };
}

/** The columns of some rows, in the order they first appear, typed by their first figure. */
export function columnsOf(rows: Row[]): Column[] {
  const kinds = new Map<string, ColumnKind | undefined>();
  const withheld = new Set<string>();
  for (const row of rows) {
    for (const [key, cell] of Object.entries(row)) {
      if (cell.kind === 'secret') withheld.add(key);
      const kind = cell.kind === 'secret' || cell.kind === 'empty' ? undefined : cell.kind;
      if (!kinds.has(key) || (kinds.get(key) === undefined && kind)) kinds.set(key, kind);
    }
  }
  // A null object (an online event's commune) is one empty cell where other rows have its fields:
  // its fields take the place of that column, which would only ever be empty.
  const keys = [...kinds.keys()];
  const fieldsOf = (key: string) => keys.filter((k) => k.startsWith(`${key}.`));
  const placed = new Set<string>();
  const ordered = keys.flatMap((key) => {
    const fields = kinds.get(key) === undefined && !withheld.has(key) ? fieldsOf(key) : [];
    const here = (fields.length ? fields : [key]).filter((k) => !placed.has(k));
    for (const k of fields.length ? [key, ...here] : here) placed.add(k);
    return here;
  });
  // A column whose every cell is withheld holds figures; one with nothing in it, nothing to draw.
  return ordered.map((key) => ({ key, kind: kinds.get(key) ?? (withheld.has(key) ? 'number' : 'text') }));
}

/** Columns a chart can draw. */
export const numericColumns = (table: Table) => table.columns.filter((c) => c.kind === 'number' || c.kind === 'money');

/** The column naming each row in a chart or a comparison: a name, else a code, else the first text. */
export function labelColumn(table: Table): Column | undefined {
  const text = table.columns.filter((c) => c.kind === 'text');
  // The row's own name before a name it links to (a project's title before its campaign's name).
  const depths = [...new Set(text.map((c) => c.key.split('.').length))].sort((a, b) => a - b);
  for (const depth of depths) {
    const level = text.filter((c) => c.key.split('.').length === depth);
    for (const suffix of ['name', 'title', 'label', 'code']) {
      const found = level.find((c) => c.key === suffix || c.key.endsWith(`.${suffix}`));
      if (found) return found;
    }
  }
  return text[0];
}

/** The column of a series' time axis (school year or month), when the rows are one per period. */
export function timeColumn(table: Table): Column | undefined {
  return table.columns.find((c) => c.kind === 'text' && /(^|\.)(schoolYear|month)$/.test(c.key));
}

/** A cell's figure for a chart: null when withheld or missing (a gap, never 0). */
export function cellNumber(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'money') return cell.cents / 100;
  return null;
}
