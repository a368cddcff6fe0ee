import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../platform/errors.js';
import { parseId } from '../../../platform/ids.js';
import { checkVersion } from '../../../platform/versions.js';
import { Envelope } from '../envelopes/envelope.entity.js';
import { Funder } from '../funders/funder.entity.js';
import { FundingLine, FundingPlan } from './funding-plan.entity.js';
import type { FundingLineInput } from './funding-plan.inputs.js';
import { centsOf } from './amounts.js';
import type { EnvelopeFacts, FunderFacts, LineDraft } from './funding-plan.rules.js';

/** The lines a client sent, as the rules read them (cents, checked identifiers). */
export function readLines(inputs: readonly FundingLineInput[]): LineDraft[] {
  if (inputs.length > 100) throw badInput('A funding plan has at most 100 lines.', 'lines');
  return inputs.map((line, i) => ({
    funderId: parseId(line.funderId, `lines[${i}].funderId`),
    volet: line.volet,
    amountCents: centsOf(line.amount, `lines[${i}].amount`),
    envelopeId: line.envelopeId ? parseId(line.envelopeId, `lines[${i}].envelopeId`) : null,
  }));
}

export const toDraft = (line: FundingLine): LineDraft => ({
  funderId: line.funder.id,
  volet: line.volet,
  amountCents: line.amountCents,
  envelopeId: line.envelope?.id ?? null,
});

export const funderFacts = (f: Funder): FunderFacts => ({
  id: f.id,
  kind: f.kind,
  name: f.name,
  territoryCode: f.territoryCode,
  departmentCodes: f.departmentCodes,
});

export const envelopeFacts = (e: Envelope): EnvelopeFacts => ({
  id: e.id,
  funderId: e.funder.id,
  departmentCode: e.departmentCode,
  volet: e.volet,
  amountCents: e.amountCents,
});

/** The funders and envelopes the lines name: two statements, whatever the number of lines. */
export async function loadSources(tx: EntityManager, lines: readonly LineDraft[]) {
  const funderIds = [...new Set(lines.map((l) => l.funderId))];
  const envelopeIds = [...new Set(lines.flatMap((l) => (l.envelopeId ? [l.envelopeId] : [])))];
  const [funders, envelopes] = await Promise.all([
    funderIds.length ? tx.find(Funder, { id: { $in: funderIds } }) : [],
    envelopeIds.length ? tx.find(Envelope, { id: { $in: envelopeIds } }) : [],
  ]);
  return {
    funders: new Map(funders.map((f) => [f.id, funderFacts(f)])),
    envelopes: new Map(envelopes.map((e) => [e.id, envelopeFacts(e)])),
  };
}

/**
 * The plan, its row locked until the transaction ends (a concurrent change waits, then reads the
 * new version), checked by `authorize`, at the version the client read: an older one is CONFLICT
 * (checkVersion). The viewer's right comes first: a stranger learns nothing of the version.
 */
export async function lockPlan(tx: EntityManager, id: string, version: number, authorize: (plan: FundingPlan) => void): Promise<FundingPlan> {
  const plan = await tx.findOne(FundingPlan, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!plan) throw notFound(`No funding plan has the id "${id}".`);
  authorize(plan);
  checkVersion(plan.version, version, 'funding plan');
  return plan;
}

/** The lines of a plan, in order, as the transaction sees them. */
export const linesOf = (tx: EntityManager, plan: FundingPlan) => tx.find(FundingLine, { plan }, { orderBy: { position: 'asc' }, refresh: true });

/** New PLEDGED lines of a plan, in the order given. */
export function createLines(tx: EntityManager, plan: FundingPlan, drafts: readonly LineDraft[]): FundingLine[] {
  return drafts.map((draft, position) =>
    tx.create(FundingLine, {
      plan,
      position,
      funder: tx.getReference(Funder, draft.funderId),
      volet: draft.volet,
      amountCents: draft.amountCents,
      envelope: draft.envelopeId ? tx.getReference(Envelope, draft.envelopeId) : null,
    }),
  );
}

/** What the audit trail keeps of a plan: amounts in cents, lines with their funders and statuses. */
export function snapshot(plan: FundingPlan, lines: readonly FundingLine[]): Record<string, unknown> {
  return {
    projectId: plan.projectId,
    departmentCode: plan.departmentCode,
    totalCostCents: plan.totalCostCents,
    requestedSubsidyCents: plan.requestedSubsidyCents,
    version: plan.version,
    lines: lines.map((line) => ({
      id: line.id,
      position: line.position,
      status: line.status,
      committedOn: line.committedOn,
      paidOn: line.paidOn,
      ...toDraft(line),
    })),
  };
}
