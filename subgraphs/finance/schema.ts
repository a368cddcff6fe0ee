import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../platform/federation.js';
import { stubReference } from '../../platform/stubs.js';
import { CommuneStub, DepartmentStub, DepartmentYearStub, EpciStub, ProjectStub, SchoolStub } from './stubs.js';
import { AuditTrailResolver } from './audit/audit.resolver.js';
import { CommissionMutationResolver } from './commissions/commission-mutation.resolver.js';
import { CommissionResolver } from './commissions/commission.resolver.js';
import { DisbursementResolver, SubsidyResolver } from './commissions/subsidy.resolver.js';
import { BudgetKpisResolver } from './envelopes/budget.resolver.js';
import { FinanceIndicatorResolver } from './envelopes/budget.ranking.js';
import { EnvelopeResolver } from './envelopes/envelope.resolver.js';
import { FinanceIndicatorValuesResolver } from './grants/grant.kpis.js';
import { DepartmentFinanceResolver, DepartmentYearFinanceResolver, SchoolFinanceResolver } from './grants/grant.resolver.js';
import { FinanceMonthlyResolver } from './grants/finance.monthly.js';
import { FunderResolver } from './funders/funder.resolver.js';
import { EnvelopeFieldsResolver, FundingLineFieldsResolver } from './plans/funding-line.fields.js';
import { FundingPlanFieldsResolver, ProjectFundingResolver } from './plans/funding-plan.fields.js';
import { FundingPlanResolver } from './plans/funding-plan.resolver.js';

/** The finance subgraph's schema (no database needed to build it). */
export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        DepartmentFinanceResolver,
        DepartmentYearFinanceResolver,
        SchoolFinanceResolver,
        BudgetKpisResolver,
        FinanceIndicatorValuesResolver,
        FinanceMonthlyResolver,
        FinanceIndicatorResolver,
        EnvelopeResolver,
        CommissionResolver,
        SubsidyResolver,
        DisbursementResolver,
        CommissionMutationResolver,
        AuditTrailResolver,
        FunderResolver,
        FundingPlanResolver,
        FundingPlanFieldsResolver,
        FundingLineFieldsResolver,
        EnvelopeFieldsResolver,
        ProjectFundingResolver,
      ],
      orphanedTypes: [DepartmentStub, DepartmentYearStub, SchoolStub, ProjectStub, CommuneStub, EpciStub],
    },
    { Department: stubReference, DepartmentYear: stubReference, School: stubReference, Project: stubReference, Commune: stubReference, Epci: stubReference },
  );
}
