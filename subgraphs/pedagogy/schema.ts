import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation.js';
import { CommuneResolver, EpciResolver } from './communes/commune.resolver.js';
import { DepartmentResolver } from './departments/department.resolver.js';
import { DepartmentYearResolver, DepartmentYearsResolver } from './departments/department-year.resolver.js';
import { PedagogyMonthlyResolver } from './departments/department.monthly.js';
import { PedagogyIndicatorValuesResolver } from './departments/department.kpis.js';
import { PedagogyDepartmentRankResolver, PedagogyIndicatorResolver } from './departments/department.ranking.js';
import { CrcnCompetenceResolver, CrcnDomainResolver } from './pix/crcn.resolver.js';
import { PedagogyPixResolver, PixDomainLevelResolver, SchoolPixResolver } from './pix/pix-kpis.resolver.js';
import { PixCompetenceLevelResolver, PixResultResolver } from './pix/pix-result.resolver.js';
import { CallCampaignResolver, CallResolver, DepartmentCallsResolver } from './calls/call.resolver.js';
import { CallEventsResolver, EventResolver } from './events/event.resolver.js';
import { ProjectKpisResolver } from './projects/project.kpis.js';
import { ProjectResolver } from './projects/project.resolver.js';
import { ProjectDecisionResolver } from './projects/project-decision.resolver.js';
import { PriorityTerritoryResolver } from './territories/priority-territory.resolver.js';
import { pedagogyReferences } from './references.js';
import { ResourceKpisResolver } from './resources/resource.kpis.js';
import { ResourceDeploymentResolver, SchoolResourcesResolver } from './resources/resource.resolver.js';
import { TrainingKpisResolver } from './training/training-kpis.resolver.js';
import { TrainingMutationResolver } from './training/training-mutation.resolver.js';
import { TrainingSessionResolver } from './training/training-session.resolver.js';
import { TrainingResolver } from './training/training.resolver.js';
import { SchoolResolver } from './schools/school.resolver.js';
import { DepartmentContactsResolver } from './contacts/programme-contact.resolver.js';

/** The pedagogy subgraph's schema (no database needed to build it). */
export function buildPedagogySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        DepartmentResolver,
        DepartmentContactsResolver,
        DepartmentYearsResolver,
        DepartmentYearResolver,
        PedagogyMonthlyResolver,
        PedagogyIndicatorValuesResolver,
        PedagogyIndicatorResolver,
        PedagogyDepartmentRankResolver,
        CommuneResolver,
        EpciResolver,
        SchoolResolver,
        CrcnDomainResolver,
        CrcnCompetenceResolver,
        PixResultResolver,
        PixCompetenceLevelResolver,
        PedagogyPixResolver,
        PixDomainLevelResolver,
        SchoolPixResolver,
        CallResolver,
        CallCampaignResolver,
        DepartmentCallsResolver,
        CallEventsResolver,
        EventResolver,
        PriorityTerritoryResolver,
        ProjectResolver,
        ProjectDecisionResolver,
        ProjectKpisResolver,
        TrainingResolver,
        TrainingSessionResolver,
        TrainingMutationResolver,
        TrainingKpisResolver,
        ResourceDeploymentResolver,
        SchoolResourcesResolver,
        ResourceKpisResolver,
      ],
    },
    pedagogyReferences,
  );
}
