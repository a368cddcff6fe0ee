import type { Verdict } from '../commissions/commission.entity.js';
import type { Volet } from '../envelopes/envelope.entity.js';
import type { LineStatus } from '../plans/funding-plan.entity.js';

/** What a plan funds, by key: a project, a school's equipment, a training, a year of parentality workshops. */
export type PlanSubject =
  | { kind: 'project'; key: string }
  | { kind: 'equipment'; key: string }
  | { kind: 'training'; key: string }
  | { kind: 'parentality'; key: string };

/** A funder's share of a plan in a volet, in cents. */
export interface Share {
  funderId: string;
  volet: Volet;
  amountCents: number;
}

/** An envelope; `sized` when the seed sizes it from its commitments (collectivities without a budget). */
export interface EnvelopeRow {
  id: string;
  funderId: string;
  departmentCode: string;
  volet: Volet;
  amountCents: number;
  startsOn: string;
  endsOn: string;
  sized?: boolean;
}

export interface LineRow {
  id: string;
  planId: string;
  position: number;
  funderId: string;
  volet: Volet;
  envelopeId: string | null;
  amountCents: number;
  status: LineStatus;
  committedOn: string | null;
  paidOn: string | null;
}

export interface PlanRow {
  id: string;
  departmentCode: string;
  subject: PlanSubject;
  totalCostCents: number;
  requestedSubsidyCents: number;
  lines: LineRow[];
}

export interface CommissionRow {
  id: string;
  departmentCode: string;
  name: string;
  meetsOn: string;
}

export interface SubsidyRow {
  id: string;
  commissionId: string;
  projectId: string;
  departmentCode: string;
  verdict: Verdict;
  amountCents: number;
  reason: string | null;
  decidedOn: string;
  /** Not a column: what has been paid so far, and the plan, while the seed runs. */
  disbursedCents: number;
  planId: string;
  /** The funder whose lines the decision commits and the last payment pays. */
  grantorId: string;
}

export interface DisbursementRow {
  id: string;
  subsidyId: string;
  amountCents: number;
  paidOn: string;
}

/** Everything a seed writes of the money story. */
export interface LedgerRows {
  envelopes: EnvelopeRow[];
  plans: PlanRow[];
  lines: LineRow[];
  commissions: CommissionRow[];
  subsidies: SubsidyRow[];
  disbursements: DisbursementRow[];
}
