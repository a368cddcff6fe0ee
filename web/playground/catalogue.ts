import { buildSchema, Kind, parse, print, type DefinitionNode } from 'graphql';
import manifest from '../../schema/generated/persisted-documents.json';
import apiSchema from '../../schema/api.graphql?raw';
import { parseAnalysis, type Analysis } from '../shared/analysis.js';

/** The client API schema, bundled: completion and documentation work offline and before any login. */
export const schema = buildSchema(apiSchema);

const rank = (d: DefinitionNode) => (d.kind === Kind.OPERATION_DEFINITION ? '0' : `1${'name' in d ? d.name?.value : ''}`);

/** A document's canonical text (operations first, then fragments by name), or undefined when it does not parse. */
export function canonical(text: string): string | undefined {
  try {
    const document = parse(text);
    return print({ ...document, definitions: [...document.definitions].sort((a, b) => rank(a).localeCompare(rank(b))) });
  } catch {
    return undefined;
  }
}

/** The published operations (`schema/operations`, hashed into the manifest by `npm run codegen`). */
const PUBLISHED = Object.entries(manifest as Record<string, string>).map(([id, text]) => {
  const operation = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return { id, name: operation && 'name' in operation ? operation.name?.value : undefined, text: canonical(text)! };
});
const PUBLISHED_IDS = new Map(PUBLISHED.map((p) => [p.text, p.id]));

/** The documentId of a published operation, whatever its layout in the editor; undefined for free text. */
export const publishedId = (query: string) => {
  const text = canonical(query);
  return text === undefined ? undefined : PUBLISHED_IDS.get(text);
};

const FILES = import.meta.glob<string>('../analyses/*.graphql', { query: '?raw', import: 'default', eager: true });

/** The shipped analyses, in file order; a published one takes its text from the manifest. */
export const SHIPPED: Analysis[] = Object.keys(FILES)
  .sort()
  .map((file) => {
    const analysis = parseAnalysis(file.replace(/^.*\/|\.graphql$/g, ''), FILES[file]!);
    if (!analysis.published) return analysis;
    const published = PUBLISHED.find((p) => p.name === analysis.published);
    if (!published) throw new Error(`${analysis.id}: no published operation ${analysis.published}`);
    return { ...analysis, query: published.text };
  });
