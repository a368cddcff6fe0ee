import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';

/** Resolvers added by hand to the map type-graphql builds, keyed by type: `__resolveReference` above all. */
export type ReferenceResolvers = Record<string, Record<string, unknown>>;

/** The resolver map `buildSubgraphSchema` takes (its `GraphQLResolverMap`, which `@apollo/subgraph` does not export). */
type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

/** The Federation 2 version every subgraph links; composition and gateway 2.14 accept up to v2.14. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", ' + 'import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql builds the
 * schema (skipping its own check, since federation directives are not defined yet), which is
 * printed with its directives (`@key`…), given the federation `@link`, and handed to Apollo's
 * `buildSubgraphSchema` with type-graphql's resolvers merged with the reference resolvers.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...fields };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as SubgraphResolvers }]);
}
