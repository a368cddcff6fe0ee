import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation.js';
import { stubReference } from '../../platform/stubs.js';
import { DeviceResolver } from './devices/device.resolver.js';
import { LoanResolver } from './devices/loan.resolver.js';
import { HouseholdResolver } from './households/household.resolver.js';
import { DepartmentStub, DepartmentYearStub, SchoolStub } from './stubs.js';
import { DepartmentParentalityResolver, DepartmentYearParentalityResolver, SchoolParentalityResolver } from './workshops/workshop.resolver.js';
import { ParentalityKpisResolver } from './workshops/workshop.kpis.resolver.js';
import { ParentalityIndicatorValuesResolver } from './workshops/workshop.kpis.js';
import { ParentalityMonthlyResolver } from './workshops/workshop.monthly.js';
import { ParentalityIndicatorResolver } from './workshops/workshop.ranking.js';
import { WorkshopConnectionResolver, WorkshopResolver } from './workshops/workshop.list.resolver.js';
import { WorkshopMutationResolver } from './workshops/workshop.mutation.resolver.js';
import { PartnerOrganisationResolver } from './partners/partner.resolver.js';

/** The parentality subgraph's schema (no database needed to build it). */
export function buildParentalitySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        DepartmentParentalityResolver,
        DepartmentYearParentalityResolver,
        SchoolParentalityResolver,
        ParentalityKpisResolver,
        ParentalityIndicatorValuesResolver,
        ParentalityMonthlyResolver,
        ParentalityIndicatorResolver,
        WorkshopResolver,
        WorkshopConnectionResolver,
        WorkshopMutationResolver,
        PartnerOrganisationResolver,
        HouseholdResolver,
        DeviceResolver,
        LoanResolver,
      ],
      orphanedTypes: [DepartmentStub, DepartmentYearStub, SchoolStub],
    },
    { Department: stubReference, DepartmentYear: stubReference, School: stubReference, Commune: stubReference },
  );
}
