import { parseAnalysis, printAnalysis, type Analysis } from '../shared/analysis.js';

/** The analyst's own analyses, kept in this browser; shared as a file. */
const KEY = 'tne-graph:analyses';
const FORMAT = 'tne-graph-analyses';

export function loadMine(): Analysis[] {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as Analysis[]).filter((a) => typeof a?.title === 'string' && typeof a?.query === 'string') : [];
  } catch {
    return [];
  }
}

export function storeMine(analyses: Analysis[]): void {
  localStorage.setItem(KEY, JSON.stringify(analyses));
}

/** One file for all of them, to give to a colleague. */
export const exportMine = (analyses: Analysis[]) => JSON.stringify({ format: FORMAT, version: 1, analyses }, null, 2);

/** One analysis as a `.graphql` file, the format of the shipped ones. */
export const exportOne = (analysis: Analysis) => printAnalysis(analysis);

/** Reads a file exported by `exportMine` or `exportOne`; throws with a French message when it is neither. */
export function importFile(name: string, text: string): Analysis[] {
  const stamp = Date.now().toString(36);
  if (name.endsWith('.graphql')) return [{ ...parseAnalysis(`import-${stamp}`, text) }];
  let parsed: { format?: string; analyses?: Analysis[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new Error('Ce fichier n’est ni un fichier d’analyses (.json) ni une analyse (.graphql).');
  }
  if (parsed.format !== FORMAT || !Array.isArray(parsed.analyses)) throw new Error('Ce fichier JSON n’est pas un export d’analyses de l’atelier.');
  return parsed.analyses
    .filter((a) => typeof a?.title === 'string' && typeof a?.query === 'string')
    .map((a, index) => ({ ...a, id: `import-${stamp}-${index}` }));
}
