import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../common/federation.js';
import { stubReference } from '../common/stubs.js';
import { DepartmentStub, SchoolStub } from './stubs.js';
import { DepartmentParentalityResolver, SchoolParentalityResolver } from './workshops/workshop.resolver.js';

/** The parentality subgraph's schema (no database needed to build it). */
export function buildParentalitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [DepartmentParentalityResolver, SchoolParentalityResolver], orphanedTypes: [DepartmentStub, SchoolStub] },
    { Department: stubReference, School: stubReference },
  );
}
