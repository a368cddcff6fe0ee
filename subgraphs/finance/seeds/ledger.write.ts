import type { EntityManager } from '@mikro-orm/postgresql';
import { Commission, Disbursement, Subsidy } from '../commissions/commission.entity.js';
import { Envelope } from '../envelopes/envelope.entity.js';
import { Funder } from '../funders/funder.entity.js';
import { FundingLine, FundingPlan } from '../plans/funding-plan.entity.js';
import type { LedgerRows, PlanSubject } from './ledger.js';

/** The plan's subject as its columns: exactly one of them is set (funding_plan_one_subject). */
export const subjectColumns = (subject: PlanSubject) => ({
  projectId: subject.kind === 'project' ? subject.key : null,
  schoolUai: subject.kind === 'equipment' ? subject.key : null,
  trainingId: subject.kind === 'training' ? subject.key : null,
  parentalityYear: subject.kind === 'parentality' ? subject.key.split('|')[1]! : null,
});

/** Writes a ledger's rows as entities (the demonstration seed; the national seed writes rows in bulk). */
export function writeLedger(tx: EntityManager, rows: LedgerRows): void {
  for (const e of rows.envelopes) {
    const { id, departmentCode, volet, amountCents, startsOn, endsOn } = e;
    tx.create(Envelope, { id, funder: tx.getReference(Funder, e.funderId), departmentCode, volet, amountCents, startsOn, endsOn });
  }
  for (const p of rows.plans) {
    const plan = tx.create(FundingPlan, {
      id: p.id,
      departmentCode: p.departmentCode,
      totalCostCents: p.totalCostCents,
      requestedSubsidyCents: p.requestedSubsidyCents,
      ...subjectColumns(p.subject),
    });
    for (const l of p.lines) {
      tx.create(FundingLine, {
        id: l.id,
        plan,
        position: l.position,
        funder: tx.getReference(Funder, l.funderId),
        volet: l.volet,
        envelope: l.envelopeId ? tx.getReference(Envelope, l.envelopeId) : null,
        amountCents: l.amountCents,
        status: l.status,
        committedOn: l.committedOn,
        paidOn: l.paidOn,
      });
    }
  }
  for (const c of rows.commissions) tx.create(Commission, c);
  for (const s of rows.subsidies) {
    const { id, projectId, departmentCode, verdict, amountCents, reason, decidedOn } = s;
    tx.create(Subsidy, { id, commission: tx.getReference(Commission, s.commissionId), projectId, departmentCode, verdict, amountCents, reason, decidedOn });
  }
  for (const d of rows.disbursements) {
    tx.create(Disbursement, { id: d.id, subsidy: tx.getReference(Subsidy, d.subsidyId), amountCents: d.amountCents, paidOn: d.paidOn });
  }
}
