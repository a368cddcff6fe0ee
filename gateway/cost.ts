import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  GraphQLError,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';

/**
 * What an operation may cost: every field selected counts once per item it is asked for, so lists
 * multiply what they hold. A list's size is what the client asks (`first`, or the `codes` it
 * lists), else what the schema says: the page size a connection defaults to, the size assumed for
 * that list (list-sizes.ts), the number of values of the enum a breakdown lists once each
 * (`byStatus`: one item per status), the school years a series spans at most; any other list
 * counts `defaultListSize` items. Computed with the request's
 * variables, before anything is fetched.
 */
export interface CostOptions {
  defaultListSize: number;
  /** Items a list without `first` is assumed to hold, by `Type.field` (gateway/list-sizes.ts). */
  assumedSizes: Readonly<Record<string, number>>;
  /** Items of a series by school year (`years`): at most this many. */
  maxSeries: number;
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/** The value of a field's argument: literal, variable, or the schema's default. */
function argument(node: FieldNode, definition: GraphQLField<unknown, unknown>, name: string, variables: Record<string, unknown>): unknown {
  const given = node.arguments?.find((a) => a.name.value === name);
  if (given) return valueFromASTUntyped(given.value, variables);
  return definition.args.find((a) => a.name === name)?.defaultValue;
}

/** The first field of a breakdown's items keys them by an enum: one item per value. */
function enumKeyed(type: GraphQLNamedType): number | undefined {
  if (!isObjectType(type)) return undefined;
  const first = Object.values(type.getFields())[0];
  const key = first && getNamedType(first.type);
  return key && isEnumType(key) ? key.getValues().length : undefined;
}

function listSize(
  parent: string,
  node: FieldNode,
  definition: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  options: CostOptions,
  page?: number,
): number {
  const first = argument(node, definition, 'first', variables);
  if (typeof first === 'number') return first;
  const codes = argument(node, definition, 'codes', variables) ?? argument(node, definition, 'uais', variables);
  if (Array.isArray(codes)) return codes.length;
  if (page !== undefined) return page; // edges and nodes of a connection: its page
  if (node.name.value === 'years') return options.maxSeries;
  return options.assumedSizes[`${parent}.${node.name.value}`] ?? enumKeyed(getNamedType(definition.type)) ?? options.defaultListSize;
}

function selectionCost(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  fragments: Fragments,
  variables: Record<string, unknown>,
  options: CostOptions,
  page?: number,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(type) || selection.name.value.startsWith('__')) continue;
      const definition = type.getFields()[selection.name.value];
      if (!definition) continue; // validation reports it
      const items = isListType(getNullableType(definition.type)) ? listSize(type.name, selection, definition, variables, options, page) : 1;
      const inner = getNamedType(definition.type);
      // A connection's page size reaches its edges and nodes.
      const connectionPage = inner.name.endsWith('Connection') ? listSize(type.name, selection, definition, variables, options) : undefined;
      const below = selection.selectionSet ? selectionCost(selection.selectionSet, inner, schema, fragments, variables, options, connectionPage) : 0;
      cost += items * (1 + below);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? (schema.getType(fragment.typeCondition.name.value) ?? type) : type;
      cost += selectionCost(fragment.selectionSet, condition, schema, fragments, variables, options, page);
    }
  }
  return cost;
}

/** The cost of one operation of a document, with its variables. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return root ? selectionCost(operation.selectionSet, root, schema, fragments, variables, options) : 0;
}

/**
 * Refuses an operation costlier than `maxCost` before the gateway plans or fetches anything:
 * HTTP 400, GRAPHQL_VALIDATION_FAILED like the other limits of the document, with its cost and
 * the limit, so a client knows to ask fewer items (`first`) or fewer fields.
 */
export function costLimitPlugin<C extends BaseContext>(maxCost: number, options: CostOptions): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
          const cost = operationCost(schema, operation, fragments, request.variables ?? {}, options);
          if (cost <= maxCost) return;
          throw new GraphQLError(`This operation would cost ${cost}, above the limit of ${maxCost}: ask for fewer items (first) or fewer fields.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'QUERY_MAX_COST', cost, maxCost, http: { status: 400 } },
          });
        },
      };
    },
  };
}
