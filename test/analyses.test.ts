import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnalysis, type Analysis } from '../web/shared/analysis.js';

/**
 * The shipped saved analyses (web/analyses/*.graphql): French, valid against the client API schema,
 * their variables accepted by their operation, their rows and indicator paths of what they select.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = path.join(root, 'web', 'analyses');
const schema = buildSchema(readFileSync(path.join(root, 'schema', 'api.graphql'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(root, 'schema', 'generated', 'persisted-documents.json'), 'utf8')) as Record<string, string>;

const files = readdirSync(dir)
  .filter((file) => file.endsWith('.graphql'))
  .sort();
const analyses: Array<[string, Analysis]> = files.map((file) => {
  const id = file.replace(/\.graphql$/, '');
  return [id, parseAnalysis(id, readFileSync(path.join(dir, file), 'utf8'))];
});

const operationOf = (document: DocumentNode) => document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The manifest's documents by the name of their operation. */
const published = new Map(
  Object.values(manifest).map((text) => {
    const [operation] = operationOf(parse(text));
    return [operation?.name?.value, text] as const;
  }),
);

/** The document an analysis runs: its own operation, or the published one it names. */
const documentText = (analysis: Analysis) => (analysis.published ? (published.get(analysis.published) ?? '') : analysis.query);

/** Every response path the operation selects (aliases as answered, fragments followed), with its schema type. */
function selectedPaths(document: DocumentNode, operation: OperationDefinitionNode): Map<string, GraphQLOutputType> {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const paths = new Map<string, GraphQLOutputType>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, prefix: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const key = `${prefix}${selection.alias?.value ?? selection.name.value}`;
        paths.set(key, field.type);
        const named = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(named)) walk(selection.selectionSet, named, `${key}.`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type) walk(selection.selectionSet, type, prefix);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type) walk(fragment.selectionSet, type, prefix);
      }
    }
  };
  walk(operation.selectionSet, schema.getQueryType()!, '');
  return paths;
}

/** The schema types of a dotted path of fields from Query, or undefined where a segment is no field. */
function schemaChain(dotted: string, schemaOf: GraphQLSchema): GraphQLOutputType[] | undefined {
  const chain: GraphQLOutputType[] = [];
  let current: GraphQLNamedType = schemaOf.getQueryType()!;
  for (const segment of dotted.split('.')) {
    if (!isObjectType(current) && !isInterfaceType(current)) return undefined;
    const field: GraphQLField<unknown, unknown> | undefined = current.getFields()[segment];
    if (!field) return undefined;
    chain.push(field.type);
    current = getNamedType(field.type);
  }
  return chain;
}

const isList = (type: GraphQLOutputType) => isListType(getNullableType(type));

/** French prose: an accented letter, a French apostrophe or French quotes. */
const FRENCH_CHARACTERS = /[àâäçéèêëîïôöùûüÿœæ’«»]/i;
/** A short French title may have no accent: then French words tell it. */
const FRENCH_WORDS = /(^|\s)(de|des|du|par|et|la|le|les|au|aux|en)(\s|$)/i;

describe('web/analyses', () => {
  it('ships the analyses the workbench promises', () => {
    expect(analyses.map(([id]) => id)).toEqual(
      expect.arrayContaining([
        'cher-finistere-overview',
        'projects-by-theme-and-campaign',
        'training-hours-by-audience',
        'pix-by-crcn-domain',
        'envelope-consumption-by-volet',
        'parentality-reach',
        'national-ranking',
        'trends-by-school-year',
      ]),
    );
  });

  it('gives each analysis its own title', () => {
    const titles = analyses.map(([, analysis]) => analysis.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('gives the comparison view its second set of variables', () => {
    expect(analyses.filter(([, analysis]) => analysis.view === 'compare' && analysis.compare === undefined).map(([id]) => id)).toEqual([]);
  });

  it.each(analyses)('%s has a French title and description', (id, analysis) => {
    expect(analysis.title.trim()).not.toBe('');
    expect(analysis.description.trim()).not.toBe('');
    expect({ id, title: FRENCH_CHARACTERS.test(analysis.title) || FRENCH_WORDS.test(analysis.title) }).toEqual({ id, title: true });
    expect({ id, description: FRENCH_CHARACTERS.test(analysis.description) }).toEqual({ id, description: true });
  });

  it.each(analyses.filter(([, analysis]) => analysis.published !== undefined))('%s names a published operation and has no body', (_, analysis) => {
    expect({ known: published.has(analysis.published), body: analysis.query }).toEqual({ known: true, body: '' });
  });

  it.each(analyses.filter(([, analysis]) => analysis.published === undefined))('%s carries its own operation', (_, analysis) => {
    expect(analysis.query).not.toBe('');
  });

  it.each(analyses)('%s holds one operation, a query, valid against the API schema', (_, analysis) => {
    const document = parse(documentText(analysis));
    expect(operationOf(document).map((o) => o.operation)).toEqual(['query']);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  const variableSets = analyses.flatMap(([id, analysis]) =>
    [['variables', analysis.variables] as const, ['compare', analysis.compare] as const].flatMap(([key, text]) =>
      text === undefined ? [] : [[id, key, text, analysis] as const],
    ),
  );
  it.each(variableSets)('%s: its %s are accepted by the operation', (_, __, text, analysis) => {
    const [operation] = operationOf(parse(documentText(analysis)));
    const definitions = operation!.variableDefinitions ?? [];
    const variables = JSON.parse(text) as Record<string, unknown>;
    const result = getVariableValues(schema, definitions, variables);
    expect((result.errors ?? []).map((error) => error.message)).toEqual([]);
    // A misspelt variable would be ignored without a word.
    const declared = definitions.map((d) => d.variable.name.value);
    expect(Object.keys(variables).filter((name) => !declared.includes(name))).toEqual([]);
  });

  it.each(analyses.filter(([, analysis]) => analysis.rows !== undefined))('%s rows along a list of objects the operation selects', (_, analysis) => {
    const rows = analysis.rows!;
    const document = parse(documentText(analysis));
    const paths = selectedPaths(document, operationOf(document)[0]!);
    const segments = rows.split('.');
    // Each segment is selected, below the one before it.
    expect(segments.map((__, i) => segments.slice(0, i + 1).join('.')).filter((prefix) => !paths.has(prefix))).toEqual([]);
    // Each segment is a field of the type before it, from Query; the last one a list of objects.
    const chain = schemaChain(rows, schema) ?? [];
    expect(chain.length).toBe(segments.length);
    const last = chain[chain.length - 1];
    expect({ list: last !== undefined && isList(last), objects: last !== undefined && isObjectType(getNamedType(last)) }).toEqual({
      list: true,
      objects: true,
    });
  });

  it.each(analyses.filter(([, analysis]) => analysis.indicator !== undefined))(
    '%s draws an indicator its rows select: a number or an amount',
    (_, analysis) => {
      const document = parse(documentText(analysis));
      const paths = selectedPaths(document, operationOf(document)[0]!);
      // A column's key starts at the item of the first list of the rows (see flatten).
      const segments = (analysis.rows ?? '').split('.');
      const firstList = segments.findIndex((__, i) => {
        const type = paths.get(segments.slice(0, i + 1).join('.'));
        return type !== undefined && isList(type);
      });
      const responsePath = [...segments.slice(0, firstList + 1), analysis.indicator].join('.');
      const type = paths.get(responsePath);
      expect({ responsePath, type: type && getNamedType(type).name }).toEqual({ responsePath, type: expect.stringMatching(/^(Int|SafeInt|Float|Money)$/) });
    },
  );
});
