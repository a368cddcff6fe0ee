import { GraphQLError } from 'graphql';
import { programmeOf } from '../../../platform/programme.js';
import { checkCommission, checkDecision, checkDecisionDate, checkDisbursement, type Programme } from '../commissions/commission.rules.js';
import { Verdict } from '../commissions/commission.entity.js';
import type { Volet } from '../envelopes/envelope.entity.js';
import { LineStatus } from '../plans/funding-plan.entity.js';
import {
  checkAmounts,
  checkBalanced,
  checkEnvelopeRoom,
  checkLineDate,
  checkLineSources,
  checkLineTransition,
  type FunderFacts,
  stateCommitments,
} from '../plans/funding-plan.rules.js';
import type { CommissionRow, DisbursementRow, EnvelopeRow, LedgerRows, LineRow, PlanRow, PlanSubject, Share, SubsidyRow } from './ledger.types.js';

export type * from './ledger.types.js';

/** Collectivities' envelopes sized from their commitments get this margin, rounded up to 1,000 €. */
const MARGIN = 1.25;
const THOUSAND_EUROS = 100_000;

/**
 * The seeds' money, written through the rules the API applies (funding-plan.rules.ts,
 * commission.rules.ts): plans balanced, lines committed on an envelope of their funder with room
 * and on a day of its period, paid after, commissions on working days of the programme, decisions
 * committing the State's lines, payments completing a subsidy paying them. A refusal of an
 * optional step (a commitment with no room left) leaves the line pledged; of a required one too,
 * listed in `refusals`.
 */
export class Ledger {
  private readonly funders: Map<string, FunderFacts>;
  private readonly envelopes = new Map<string, EnvelopeRow>();
  private readonly used = new Map<string, number>();
  private readonly rows: LedgerRows = { envelopes: [], plans: [], lines: [], commissions: [], subsidies: [], disbursements: [] };
  private readonly commissions = new Map<string, CommissionRow>();
  /**
   * What the rules refused of a required step, whose data pedagogy gives (a decision day on a
   * weekend or outside the envelopes' period): the step is left undone and the refusal listed here,
   * so that the seed still starts and the invariant tests (test/e2e/money-story.test.ts) point at it.
   */
  readonly refusals: string[] = [];

  constructor(
    funders: readonly FunderFacts[],
    envelopes: readonly EnvelopeRow[],
    private readonly id: (...parts: string[]) => string,
    /** The period of a department's envelopes (its programme, else the seeds' four recent school years). */
    private readonly periodOf: (departmentCode: string) => Programme,
    private readonly now: string,
  ) {
    this.funders = new Map(funders.map((f) => [f.id, f]));
    for (const e of envelopes) this.envelopes.set(`${e.funderId}|${e.departmentCode}|${e.volet}`, e);
  }

  /** A balanced plan of one subject; shares of one funder in one volet make one line. */
  plan(subject: PlanSubject, departmentCode: string, requestedSubsidyCents: number, shares: readonly Share[]): PlanRow {
    const merged = new Map<string, Share>();
    for (const s of shares.filter((share) => share.amountCents > 0)) {
      const key = `${s.funderId}|${s.volet}`;
      merged.set(key, { ...s, amountCents: (merged.get(key)?.amountCents ?? 0) + s.amountCents });
    }
    const drafts = [...merged.values()].map((s) => ({ ...s, envelopeId: null }));
    const totalCostCents = drafts.reduce((sum, d) => sum + d.amountCents, 0);
    checkAmounts(totalCostCents, requestedSubsidyCents, drafts);
    checkBalanced(totalCostCents, drafts);
    checkLineSources(drafts, this.funders, new Map(), departmentCode);
    const planId = this.id('plan', subject.kind, subject.key);
    const plan: PlanRow = { id: planId, departmentCode, subject, totalCostCents, requestedSubsidyCents, lines: [] };
    plan.lines.push(...drafts.map((d, position) => this.line(plan, position, d.funderId, d.volet, d.amountCents)));
    this.rows.plans.push(plan);
    return plan;
  }

  private line(plan: PlanRow, position: number, funderId: string, volet: Volet, amountCents: number): LineRow {
    const line: LineRow = {
      id: this.id('line', plan.id, String(position)),
      planId: plan.id,
      position,
      funderId,
      volet,
      envelopeId: null,
      amountCents,
      status: LineStatus.PLEDGED,
      committedOn: null,
      paidOn: null,
    };
    this.rows.lines.push(line);
    return line;
  }

  /** The funder's envelope for the department and volet; a collectivity without one gets one, sized at the end. */
  private envelopeOf(line: LineRow, departmentCode: string): EnvelopeRow {
    const key = `${line.funderId}|${departmentCode}|${line.volet}`;
    let envelope = this.envelopes.get(key);
    if (!envelope) {
      const { start, end } = this.periodOf(departmentCode);
      envelope = {
        id: this.id('envelope', key),
        funderId: line.funderId,
        departmentCode,
        volet: line.volet,
        amountCents: 0,
        startsOn: start,
        endsOn: end,
        sized: true,
      };
      this.envelopes.set(key, envelope);
      this.rows.envelopes.push(envelope);
    }
    return envelope;
  }

  /** Commits a line on its envelope on a day; a refusal leaves it pledged (listed in `refusals` when required). */
  commit(plan: PlanRow, line: LineRow, on: string, required = false): boolean {
    return this.attempt(required, () => {
      checkLineTransition(line.status, LineStatus.COMMITTED);
      const envelope = this.envelopeOf(line, plan.departmentCode);
      const facts = { ...envelope, amountCents: envelope.sized ? Number.MAX_SAFE_INTEGER : envelope.amountCents };
      checkLineSources([{ ...line, envelopeId: envelope.id }], this.funders, new Map([[envelope.id, facts]]), plan.departmentCode);
      checkEnvelopeRoom(facts, this.used.get(envelope.id) ?? 0, line.amountCents);
      line.committedOn = checkLineDate(LineStatus.COMMITTED, on, envelope, null, this.now);
      this.used.set(envelope.id, (this.used.get(envelope.id) ?? 0) + line.amountCents);
      line.envelopeId = envelope.id;
      line.status = LineStatus.COMMITTED;
    });
  }

  /** Pays a committed line on a day of its envelope's period, not before its commitment. */
  pay(line: LineRow, on: string, required = false): boolean {
    return this.attempt(required, () => {
      checkLineTransition(line.status, LineStatus.PAID);
      const envelope = [...this.envelopes.values()].find((e) => e.id === line.envelopeId)!;
      line.paidOn = checkLineDate(LineStatus.PAID, on, envelope, line.committedOn, this.now);
      line.status = LineStatus.PAID;
    });
  }

  /** The commission of a department meeting on a day (one per day), created through the commission rule. */
  private commissionOn(departmentCode: string, meetsOn: string): CommissionRow {
    const key = `${departmentCode}|${meetsOn}`;
    let commission = this.commissions.get(key);
    if (!commission) {
      const programme = programmeOf(departmentCode);
      const period = programme && { start: programme.programmeStart, end: programme.programmeEnd };
      const name = `Comité de sélection du ${frenchDate(meetsOn)}`;
      // The day is pedagogy's decision day, never invented here: a day the rule refuses (a weekend,
      // outside the programme) is kept, and the refusal listed (the money-story test checks the days).
      this.attempt(true, () => checkCommission(name, meetsOn, period));
      commission = { id: this.id('commission', key), departmentCode, name, meetsOn };
      this.commissions.set(key, commission);
      this.rows.commissions.push(commission);
    }
    return commission;
  }

  /**
   * The commission's decision on a project's plan, on its meeting day: an acceptance commits the
   * grantor's lines for the amount granted (the remainder of a line stays pledged), as decideProject
   * does with the State's. The grantor is the State in the programme's departments; elsewhere the
   * department council, whose departmental call the commission decides (national seed).
   */
  decide(plan: PlanRow, verdict: Verdict, decidedOn: string, grantedCents: number, reason: string | null, grantorId: string): SubsidyRow {
    const commission = this.commissionOn(plan.departmentCode, decidedOn);
    const decided = checkDecision({ verdict, amountCents: grantedCents, reason, requestedCents: plan.requestedSubsidyCents });
    this.attempt(true, () => checkDecisionDate(decidedOn, commission.meetsOn, this.now));
    const subsidy: SubsidyRow = {
      id: this.id('subsidy', plan.subject.key),
      commissionId: commission.id,
      projectId: plan.subject.key,
      departmentCode: plan.departmentCode,
      verdict,
      ...decided,
      decidedOn,
      disbursedCents: 0,
      planId: plan.id,
      grantorId,
    };
    this.rows.subsidies.push(subsidy);
    if (verdict !== Verdict.ACCEPTED) return subsidy;
    const state = plan.lines.filter((l) => l.status === LineStatus.PLEDGED && l.funderId === grantorId);
    for (const { lineId, committedCents, remainderCents } of stateCommitments(state, decided.amountCents)) {
      const line = plan.lines.find((l) => l.id === lineId)!;
      if (remainderCents > 0) {
        line.amountCents = committedCents;
        plan.lines.push(this.line(plan, plan.lines.length, line.funderId, line.volet, remainderCents));
      }
      this.commit(plan, line, decidedOn, true);
    }
    return subsidy;
  }

  /** A payment of a subsidy; the one completing it pays the plan's State lines on its day. */
  disburse(subsidy: SubsidyRow, amountCents: number, paidOn: string): DisbursementRow | null {
    const { verdict, amountCents: granted, decidedOn, disbursedCents } = subsidy;
    if (!this.attempt(true, () => checkDisbursement({ verdict, amountCents: granted, decidedOn, disbursedCents }, amountCents, paidOn, this.now))) return null;
    const payment = { id: this.id('payment', subsidy.id, String(disbursedCents)), subsidyId: subsidy.id, amountCents, paidOn };
    subsidy.disbursedCents += amountCents;
    this.rows.disbursements.push(payment);
    if (subsidy.disbursedCents === granted) {
      const plan = this.rows.plans.find((p) => p.id === subsidy.planId)!;
      for (const line of plan.lines) {
        if (line.status === LineStatus.COMMITTED && line.funderId === subsidy.grantorId) this.pay(line, paidOn, true);
      }
    }
    return payment;
  }

  /** Every row to write; collectivities' envelopes sized from their commitments with a margin. */
  finish(): LedgerRows {
    // An envelope opened for a commitment the rules then refused (a day outside its period) is dropped.
    this.rows.envelopes = this.rows.envelopes.filter((e) => (this.used.get(e.id) ?? 0) > 0);
    for (const envelope of this.rows.envelopes) {
      envelope.amountCents = Math.ceil(((this.used.get(envelope.id) ?? 0) * MARGIN) / THOUSAND_EUROS) * THOUSAND_EUROS;
    }
    return this.rows;
  }

  /** Runs a step; a refusal (BAD_USER_INPUT) leaves things as they were, listed when the step was required. */
  private attempt(required: boolean, step: () => void): boolean {
    try {
      step();
      return true;
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      if (required) this.refusals.push(error.message);
      return false;
    }
  }
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "3 février 2024". */
export const frenchDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
