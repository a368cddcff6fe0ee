import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../common/federation.js';
import { stubReference } from '../common/stubs.js';
import { DepartmentStub, SchoolStub } from './stubs.js';
import { DepartmentFinanceResolver, SchoolFinanceResolver } from './grants/grant.resolver.js';

/** The finance subgraph's schema (no database needed to build it). */
export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [DepartmentFinanceResolver, SchoolFinanceResolver], orphanedTypes: [DepartmentStub, SchoolStub] },
    { Department: stubReference, School: stubReference },
  );
}
