import {
  type DocumentNode,
  getNullableType,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { identifierFlaw, identifierKind } from '../platform/identifiers.js';

export interface IdentifierFlaw {
  /** The argument and input fields holding it: "filter.departmentCodes.0". */
  field: string;
  message: string;
}

/** The first malformed identifier in a value of `type`, held by the field or argument `name` of `coordinate`. */
function flawIn(name: string, coordinate: string, type: GraphQLInputType, value: unknown, path: string): IdentifierFlaw | undefined {
  if (value === null || value === undefined) return undefined;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value]; // a single value stands for a list of one
    for (const [i, item] of items.entries()) {
      const flaw = flawIn(name, coordinate, inner.ofType, item, Array.isArray(value) ? `${path}.${i}` : path);
      if (flaw) return flaw;
    }
    return undefined;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return undefined;
    for (const field of Object.values(inner.getFields())) {
      const flaw = flawIn(field.name, inner.name, field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
      if (flaw) return flaw;
    }
    return undefined;
  }
  if (inner.name !== 'ID' || typeof value !== 'string') return undefined; // other scalars: GraphQL's coercion
  const kind = identifierKind(name, coordinate);
  const flaw = kind && identifierFlaw(kind, value);
  return flaw ? { field: path, message: `${flaw} (${path}).` } : undefined;
}

/**
 * The first identifier of a request that has not the shape of its kind (platform/identifiers.ts),
 * in literal arguments and in the variables they receive, found by the schema's types: so a
 * malformed id, code or UAI is refused before any subgraph is asked.
 */
export function firstIdentifierFlaw(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): IdentifierFlaw | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: IdentifierFlaw | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT]: (node) => {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (found || !argument || !field || !parent) return;
        found = flawIn(node.name.value, `${parent.name}.${field.name}`, argument.type, valueFromASTUntyped(node.value, variables), node.name.value);
      },
    }),
  );
  return found;
}
