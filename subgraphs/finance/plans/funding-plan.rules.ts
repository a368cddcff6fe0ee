import { badInput } from '../../../platform/errors.js';
import { formatCents } from './amounts.js';
import { Volet } from '../envelopes/envelope.entity.js';
import { FunderKind } from '../funders/funder.entity.js';
import { LineStatus } from './funding-plan.entity.js';
import type { ProjectFacts } from './project-facts.js';

/** A co-financing line as a mutation asks for it (amount in cents). */
export interface LineDraft {
  funderId: string;
  volet: Volet;
  amountCents: number;
  envelopeId: string | null;
}

/** What the rules need of a funder and of an envelope (loaded by the service). */
export interface FunderFacts {
  id: string;
  kind: FunderKind;
  name: string;
  territoryCode: string | null;
  departmentCodes: readonly string[];
}
export interface EnvelopeFacts {
  id: string;
  funderId: string;
  departmentCode: string;
  volet: Volet;
  amountCents: number;
}

/** (b) No negative amount, and the subsidy asked of the programme never exceeds the total cost. */
export function checkAmounts(totalCostCents: number, requestedSubsidyCents: number, lines: readonly LineDraft[]): void {
  if (totalCostCents < 0) throw badInput(`The total cost cannot be negative (got ${formatCents(totalCostCents)}).`, 'totalCost');
  if (requestedSubsidyCents < 0) throw badInput(`The requested subsidy cannot be negative (got ${formatCents(requestedSubsidyCents)}).`, 'requestedSubsidy');
  lines.forEach((line, i) => {
    if (line.amountCents < 0) throw badInput(`Line ${i + 1}: an amount cannot be negative (got ${formatCents(line.amountCents)}).`, 'lines');
  });
  if (requestedSubsidyCents > totalCostCents) {
    throw badInput(
      `The requested subsidy (${formatCents(requestedSubsidyCents)}) exceeds the total cost (${formatCents(totalCostCents)}).`,
      'requestedSubsidy',
    );
  }
}

/** (a) A plan has lines, and they add up to its total cost exactly. */
export function checkBalanced(totalCostCents: number, lines: readonly LineDraft[]): void {
  if (!lines.length) throw badInput('A funding plan needs at least one co-financing line.', 'lines');
  const sum = lines.reduce((total, line) => total + line.amountCents, 0);
  if (sum !== totalCostCents) {
    throw badInput(`The lines add up to ${formatCents(sum)}, not to the total cost of ${formatCents(totalCostCents)}.`, 'lines');
  }
}

const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);
const LYCEES = new Set(['LYCEE', 'LYCEE_PRO']);

/** Who owns the lead school, hence co-finances its equipment (docs/DOMAIN.md): each acceptable funder. */
export function equipmentOwners(project: ProjectFacts): Array<{ kind: FunderKind; territoryCode: string }> {
  const { kind, communeCode, epciSiren } = project.leadSchool;
  if (FIRST_DEGREE.has(kind)) {
    return [{ kind: FunderKind.COMMUNE, territoryCode: communeCode }, ...(epciSiren ? [{ kind: FunderKind.EPCI, territoryCode: epciSiren }] : [])];
  }
  if (kind === 'COLLEGE') return [{ kind: FunderKind.DEPARTMENT_COUNCIL, territoryCode: project.departmentCode }];
  if (LYCEES.has(kind)) return [{ kind: FunderKind.REGION, territoryCode: project.regionCode }];
  return [];
}

/**
 * (c) Equipment is always co-financed by the collectivity that owns the lead school: a plan with an
 * EQUIPMENT line has an EQUIPMENT line above 0 from the commune or its EPCI (école), the department
 * council (collège) or the region (lycée).
 */
export function checkEquipmentCoFinancing(lines: readonly LineDraft[], funders: ReadonlyMap<string, FunderFacts>, project: ProjectFacts): void {
  const equipment = lines.filter((line) => line.volet === Volet.EQUIPMENT);
  if (!equipment.length) return;
  const owners = equipmentOwners(project);
  const byOwner = equipment.some((line) => {
    const funder = funders.get(line.funderId);
    return line.amountCents > 0 && !!funder && owners.some((o) => o.kind === funder.kind && o.territoryCode === funder.territoryCode);
  });
  if (!byOwner) {
    const who = owners.map((o) => `${o.kind} ${o.territoryCode}`).join(' or ') || 'its owner';
    throw badInput(
      `Equipment is always co-financed by the collectivity that owns the lead school ${project.leadSchool.uai} ` +
        `(${project.leadSchool.kind}): add an EQUIPMENT line above 0 from ${who}.`,
      'lines',
    );
  }
}

/**
 * (d) A line's funder funds the project's department, and its envelope, when given, is that
 * funder's budget for the same department and volet.
 */
export function checkLineSources(
  lines: readonly LineDraft[],
  funders: ReadonlyMap<string, FunderFacts>,
  envelopes: ReadonlyMap<string, EnvelopeFacts>,
  departmentCode: string,
): void {
  lines.forEach((line, i) => {
    const funder = funders.get(line.funderId);
    if (!funder) throw badInput(`Line ${i + 1}: no funder has the id "${line.funderId}".`, 'lines');
    if (!funder.departmentCodes.includes(departmentCode)) {
      throw badInput(
        `Line ${i + 1}: ${funder.name} does not fund projects of department ${departmentCode} (it funds ${funder.departmentCodes.join(', ') || 'none'}).`,
        'lines',
      );
    }
    if (!line.envelopeId) return;
    const envelope = envelopes.get(line.envelopeId);
    if (!envelope) throw badInput(`Line ${i + 1}: no envelope has the id "${line.envelopeId}".`, 'lines');
    if (envelope.funderId !== funder.id || envelope.departmentCode !== departmentCode || envelope.volet !== line.volet) {
      throw badInput(
        `Line ${i + 1}: envelope ${envelope.id} is the ${envelope.volet} budget of department ${envelope.departmentCode} of another ` +
          `funder or volet; the line needs ${funder.name}'s ${line.volet} envelope for department ${departmentCode}.`,
        'lines',
      );
    }
  });
}

/** (e) A line is committed only within what remains of its envelope (amount − committed − paid). */
export function checkEnvelopeRoom(envelope: EnvelopeFacts, usedCents: number, amountCents: number): void {
  const remaining = envelope.amountCents - usedCents;
  if (amountCents > remaining) {
    throw badInput(
      `Committing ${formatCents(amountCents)} would exceed envelope ${envelope.id}: ${formatCents(remaining)} remain ` +
        `of ${formatCents(envelope.amountCents)} (${formatCents(usedCents)} already committed or paid).`,
      'status',
    );
  }
}

const NEXT: Record<LineStatus, LineStatus | null> = {
  [LineStatus.PLEDGED]: LineStatus.COMMITTED,
  [LineStatus.COMMITTED]: LineStatus.PAID,
  [LineStatus.PAID]: null,
};

/** A line moves PLEDGED → COMMITTED → PAID, one step at a time, never back. */
export function checkLineTransition(from: LineStatus, to: LineStatus): void {
  if (NEXT[from] !== to) {
    throw badInput(`A line cannot go from ${from} to ${to} (allowed: ${NEXT[from] ?? 'none, PAID is final'}).`, 'status');
  }
}

/** Lines are replaced only while none is committed: committed money stays where it was committed. */
export function checkLinesReplaceable(statuses: readonly LineStatus[]): void {
  if (statuses.some((status) => status !== LineStatus.PLEDGED)) {
    throw badInput('The lines of a plan with a committed or paid line cannot be replaced; change line statuses instead.', 'lines');
  }
}

/** An envelope's period, as the date rule reads it. */
export interface EnvelopePeriod {
  id: string;
  startsOn: string;
  endsOn: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * (f) A line is committed, then paid, on days of its envelope's period, never in the future, and
 * paid never before it was committed: the days that let a period narrow commitments and payments.
 */
export function checkLineDate(to: LineStatus, on: string, envelope: EnvelopePeriod, committedOn: string | null, now: string): string {
  if (!ISO_DATE.test(on)) throw badInput(`"${on}" is not a date.`, 'on');
  if (on > now) throw badInput(`A line cannot be ${to === LineStatus.PAID ? 'paid' : 'committed'} in the future (${on}).`, 'on');
  if (on < envelope.startsOn || on > envelope.endsOn) {
    throw badInput(`${on} is outside the period of envelope ${envelope.id} (${envelope.startsOn} to ${envelope.endsOn}).`, 'on');
  }
  if (to === LineStatus.PAID && committedOn && on < committedOn) {
    throw badInput(`A line cannot be paid (${on}) before it was committed (${committedOn}).`, 'on');
  }
  return on;
}

/**
 * (g) The State's lines of a project's plan follow the commission: its decision commits them for
 * the amount granted, and the payment that completes the subsidy pays them. They are never moved by hand.
 */
export function checkMovableByHand(funderKind: FunderKind, isProjectPlan: boolean, to: LineStatus): void {
  if (funderKind === FunderKind.STATE && isProjectPlan) {
    const how = to === LineStatus.PAID ? 'the payment that completes the subsidy (disburse) pays it' : "the commission's decision (decideProject) commits it";
    throw badInput(`A State line of a project follows the commission: ${how}.`, 'lineId');
  }
}

/** A share of a State line the decision commits, and what stays pledged beside it. */
export interface StateCommitment {
  lineId: string;
  committedCents: number;
  /** Left of the line when the commission grants less than it: a new PLEDGED line of the same funder and volet. */
  remainderCents: number;
}

/**
 * (h) How a decision commits the plan's pledged State lines for the amount granted: in order, each
 * in full while the amount lasts; the line the amount ends in is split, its remainder staying a
 * PLEDGED line (so the plan stays balanced); later lines stay pledged. The State's lines must cover the amount.
 */
export function stateCommitments(lines: ReadonlyArray<{ id: string; amountCents: number }>, grantedCents: number): StateCommitment[] {
  const pledged = lines.reduce((total, line) => total + line.amountCents, 0);
  if (pledged < grantedCents) {
    throw badInput(
      `The plan's pledged lines of the granting funder (the State in the programme) (${formatCents(pledged)}) do not cover the amount granted (${formatCents(grantedCents)}); change the plan first.`,
      'amountCents',
    );
  }
  const commitments: StateCommitment[] = [];
  let left = grantedCents;
  for (const line of lines) {
    if (left === 0) break;
    const committedCents = Math.min(line.amountCents, left);
    left -= committedCents;
    if (committedCents > 0) commitments.push({ lineId: line.id, committedCents, remainderCents: line.amountCents - committedCents });
  }
  return commitments;
}
