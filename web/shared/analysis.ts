/**
 * A saved analysis (analyse enregistrée): a GraphQL operation with a French title, its variables and
 * the view it opens on. Shipped ones are `.graphql` files of `web/analyses/` whose first lines are
 * `# key: value` comments; an analyst's own are kept in the browser and shared as the same files.
 */
export type View = 'table' | 'chart' | 'compare' | 'json';
export const VIEWS: readonly View[] = ['table', 'chart', 'compare', 'json'];

export interface Analysis {
  id: string;
  title: string;
  description: string;
  /** The operation's text; for a published one, the published document, pretty-printed. */
  query: string;
  /** Variables as JSON text. */
  variables: string;
  view: View;
  /** The list giving one row per item (`departments.years`). */
  rows?: string;
  /** The column the chart draws. */
  indicator?: string;
  /** The second set of variables of a side-by-side comparison, as JSON text. */
  compare?: string;
  /** The published operation it runs (trusted documents), by name. */
  published?: string;
}

const KEYS = ['title', 'description', 'variables', 'view', 'rows', 'indicator', 'compare', 'published'] as const;
type Key = (typeof KEYS)[number];

/** Reads the `# key: value` header and the operation of an analysis file; throws on a malformed one. */
export function parseAnalysis(id: string, text: string): Analysis {
  const header: Partial<Record<Key, string>> = {};
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let body = 0;
  for (; body < lines.length; body++) {
    const match = /^#\s*([a-z]+):\s*(.*)$/.exec(lines[body]!);
    if (!match) break;
    if (!(KEYS as readonly string[]).includes(match[1]!)) throw new Error(`${id}: unknown key "${match[1]}"`);
    header[match[1] as Key] = match[2]!.trim();
  }
  if (!header.title) throw new Error(`${id}: a title is required`);
  const view = (header.view ?? 'table') as View;
  if (!VIEWS.includes(view)) throw new Error(`${id}: view must be one of ${VIEWS.join(', ')}`);
  const json = (key: 'variables' | 'compare') => {
    const value = header[key];
    if (value === undefined) return undefined;
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      throw new Error(`${id}: ${key} is not JSON`);
    }
  };
  return {
    id,
    title: header.title,
    description: header.description ?? '',
    query: lines.slice(body).join('\n').trim(),
    variables: json('variables') ?? '{}',
    view,
    rows: header.rows,
    indicator: header.indicator,
    compare: json('compare'),
    published: header.published,
  };
}

/** An analysis as a file of the same format, to share with a colleague. */
export function printAnalysis(analysis: Analysis): string {
  const compact = (text: string | undefined) => (text ? JSON.stringify(JSON.parse(text)) : undefined);
  const header: Array<[Key, string | undefined]> = [
    ['title', analysis.title],
    ['description', analysis.description || undefined],
    ['variables', compact(analysis.variables)],
    ['view', analysis.view],
    ['rows', analysis.rows],
    ['indicator', analysis.indicator],
    ['compare', compact(analysis.compare)],
  ];
  const lines = header.filter(([, v]) => v !== undefined).map(([k, v]) => `# ${k}: ${v!.replace(/\s*\n\s*/g, ' ')}`);
  // A blank line ends the header, so a comment opening the operation is never read as a header line.
  return `${lines.join('\n')}\n\n${analysis.query.trim()}\n`;
}
