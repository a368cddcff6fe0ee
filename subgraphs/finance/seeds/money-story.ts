import { addDays } from '../../../platform/working-days.js';
import { Verdict } from '../commissions/commission.entity.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { LineStatus } from '../plans/funding-plan.entity.js';
import type { Ledger, PlanRow } from './ledger.js';

/** A decided project as the seeds fund it (amounts drawn by the caller). */
export interface ProjectCase {
  id: string;
  departmentCode: string;
  volet: Volet;
  totalCents: number;
  /** The collectivity owning the lead school (docs/DOMAIN.md); the department council when unknown. */
  ownerId: string;
  /** Null while the project waits for its decision: its plan stays pledged. */
  verdict: Verdict | null;
  decidedOn: string | null;
  /** Day the project was completed, when it was: the subsidy is paid in full then. */
  completedOn: string | null;
  /** Withdrawn after its decision: nothing more is paid. */
  withdrawn?: boolean;
}

/** A TNE school's equipment (the former equipment grant), committed on the day it was granted. */
export interface EquipmentCase {
  uai: string;
  departmentCode: string;
  totalCents: number;
  ownerId: string;
  grantedOn: string;
}

/** A training with sessions, or a department's parentality workshops of one school year: from its first to its last day. */
export interface ActivityCase {
  kind: 'training' | 'parentality';
  key: string;
  departmentCode: string;
  totalCents: number;
  startsOn: string;
  endsOn: string;
}

export interface StoryFunders {
  /** The programme's funder of a department: the State where the TNE runs, else the department council. */
  grantorOf(departmentCode: string): string;
  councilOf(departmentCode: string): string;
}

const REJECTION = 'Projet non retenu par la commission';
/** Share of the State in each volet's activity plans (the council pays the rest). */
const STATE_SHARE: Record<ActivityCase['kind'], number> = { training: 0.7, parentality: 0.6 };

/** The earliest and the latest of ISO days (strings: their order is the calendar's). */
const earliest = (...days: string[]) => [...days].sort()[0]!;
const latest = (...days: string[]) => [...days].sort().at(-1)!;

/** Commits every pledged line of a plan other than the State's ones on a day, then pays those it can. */
function commitOthers(ledger: Ledger, plan: PlanRow, grantor: string, committedOn: string, paidOn: string | null): void {
  for (const line of plan.lines.filter((l) => l.funderId !== grantor && l.status === LineStatus.PLEDGED)) {
    if (ledger.commit(plan, line, committedOn) && paidOn) ledger.pay(line, paidOn);
  }
}

/**
 * The money of decided projects: a plan (the State half as the requested subsidy, a quarter from
 * the owner of the lead school, the rest from the department council), the commission's decision
 * (committing the State's half on its day), the others' commitments that day, and payments: in
 * full when the project was completed (paying every line), else an advance of 40 % a month after
 * (none when it was withdrawn). A project not yet decided keeps its plan pledged.
 */
export function fundProjects(ledger: Ledger, funders: StoryFunders, projects: readonly ProjectCase[], periodEnd: (code: string) => string, now: string): void {
  const day = (p: ProjectCase) => p.decidedOn ?? '9999-12-31';
  for (const p of [...projects].sort((a, b) => day(a).localeCompare(day(b)) || a.id.localeCompare(b.id))) {
    const council = funders.councilOf(p.departmentCode);
    const grantor = funders.grantorOf(p.departmentCode);
    const requested = Math.round(p.totalCents / 2);
    const quarter = Math.round(p.totalCents / 4);
    const plan = ledger.plan({ kind: 'project', key: p.id }, p.departmentCode, requested, [
      { funderId: grantor, volet: p.volet, amountCents: requested },
      { funderId: p.ownerId, volet: p.volet, amountCents: quarter },
      { funderId: council, volet: p.volet, amountCents: p.totalCents - requested - quarter },
    ]);
    if (!p.verdict || !p.decidedOn) continue;
    const accepted = p.verdict === Verdict.ACCEPTED;
    const subsidy = ledger.decide(plan, p.verdict, p.decidedOn, accepted ? requested : 0, accepted ? null : REJECTION, grantor);
    if (!accepted) continue;
    const last = earliest(periodEnd(p.departmentCode), now);
    if (p.completedOn) {
      const paidOn = earliest(latest(p.completedOn, p.decidedOn), last);
      commitOthers(ledger, plan, grantor, p.decidedOn, paidOn);
      ledger.disburse(subsidy, requested, paidOn);
    } else {
      commitOthers(ledger, plan, grantor, p.decidedOn, null);
      const advance = Math.round(requested * 0.4);
      if (advance > 0 && advance < requested && !p.withdrawn) ledger.disburse(subsidy, advance, earliest(addDays(p.decidedOn, 30), last));
    }
  }
}

/** Equipment of TNE schools: the State half and the owner's half, committed on the grant day, paid three months later when that has come. */
export function fundEquipment(ledger: Ledger, funders: StoryFunders, schools: readonly EquipmentCase[], now: string): void {
  for (const s of [...schools].sort((a, b) => a.grantedOn.localeCompare(b.grantedOn) || a.uai.localeCompare(b.uai))) {
    const state = Math.round(s.totalCents / 2);
    const plan = ledger.plan({ kind: 'equipment', key: s.uai }, s.departmentCode, state, [
      { funderId: funders.grantorOf(s.departmentCode), volet: Volet.EQUIPMENT, amountCents: state },
      { funderId: s.ownerId, volet: Volet.EQUIPMENT, amountCents: s.totalCents - state },
    ]);
    const paidOn = addDays(s.grantedOn, 90);
    for (const line of plan.lines) {
      if (ledger.commit(plan, line, s.grantedOn) && paidOn <= now) ledger.pay(line, paidOn);
    }
  }
}

/** Trainings and parentality years: the State's share and the council's, committed on the first day, paid on the last. */
export function fundActivities(ledger: Ledger, funders: StoryFunders, activities: readonly ActivityCase[], now: string): void {
  for (const a of [...activities].sort((x, y) => x.startsOn.localeCompare(y.startsOn) || x.key.localeCompare(y.key))) {
    const volet = a.kind === 'training' ? Volet.TRAINING : Volet.PARENTALITY;
    const state = Math.round(a.totalCents * STATE_SHARE[a.kind]);
    const plan = ledger.plan({ kind: a.kind, key: a.key }, a.departmentCode, state, [
      { funderId: funders.grantorOf(a.departmentCode), volet, amountCents: state },
      { funderId: funders.councilOf(a.departmentCode), volet, amountCents: a.totalCents - state },
    ]);
    for (const line of plan.lines) {
      if (ledger.commit(plan, line, a.startsOn) && a.endsOn <= now) ledger.pay(line, a.endsOn);
    }
  }
}
