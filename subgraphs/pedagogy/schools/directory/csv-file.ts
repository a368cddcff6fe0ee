import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { detectSeparator, normaliseLabel, splitLine } from '../../pix/pix-csv.js';

/** A line of a CSV file: its number in the file (1 for the first) and its fields. */
export interface CsvLine {
  line: number;
  fields: string[];
}

/**
 * Streams a CSV file as open-data portals export it (UTF-8, optional BOM, ; or , separated, RFC 4180
 * quotes, header first): yields the header, then each data line with as many fields as the header.
 * Blank lines are passed over; a line that cannot be split, or of another width, goes to `fault`.
 */
export async function* csvLines(source: Readable, fault: (line: number, reason: string) => void): AsyncGenerator<CsvLine> {
  let separator: string | undefined;
  let width = 0;
  let line = 0;
  for await (const raw of createInterface({ input: source, crlfDelay: Infinity })) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    separator ??= detectSeparator(text);
    const fields = splitLine(text, separator);
    if (!fields) fault(line, 'a quoted field is not closed (line breaks inside a field are not supported)');
    else if (width && fields.length !== width) fault(line, `the line has ${fields.length} fields where the header has ${width}`);
    else {
      width ||= fields.length;
      yield { line, fields };
    }
  }
}

/**
 * Where each wanted column sits, from the header's labels compared without case, accents or
 * punctuation ("Code_commune" = "code commune"): each role takes the first of its names found; an
 * `optional` role missing sits at -1 (its cells read empty). Throws an Error naming the columns missing.
 */
export function findColumns<Role extends string>(
  labels: readonly string[],
  names: Record<Role, readonly string[]>,
  optional: readonly Role[] = [],
): Record<Role, number> {
  const at = new Map(labels.map((label, index) => [normaliseLabel(label), index] as const).reverse());
  const found = {} as Record<Role, number>;
  const missing: string[] = [];
  for (const [role, aliases] of Object.entries(names) as Array<[Role, readonly string[]]>) {
    const index = aliases.map((name) => at.get(normaliseLabel(name))).find((i) => i !== undefined);
    if (index !== undefined) found[role] = index;
    else if (optional.includes(role)) found[role] = -1;
    else missing.push(aliases[0]!);
  }
  if (missing.length) throw new Error(`the header row lacks the columns: ${missing.join(', ')}`);
  return found;
}
