import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphUnavailableError } from '../../../platform/graph-client.js';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Commission, Disbursement, Subsidy, Verdict } from '../commissions/commission.entity.js';
import { Envelope, Volet } from '../envelopes/envelope.entity.js';
import { Funder, FunderKind } from '../funders/funder.entity.js';
import { FundingLine, FundingPlan, LineStatus } from '../plans/funding-plan.entity.js';
import type { FinanceServices } from '../services.js';
import { ownerOf, type DecidedProject, loadDecidedProjects } from './decided-projects.js';

const EQUIPMENT_THEMES = new Set(['DIGITAL_FOUNDATION', 'ROBOTICS_CODING']);

/** Commits a line on its funder's envelope when the envelope still has room; else it stays pledged. */
function commit(line: FundingLine, envelope: Envelope | undefined, used: Map<string, number>, status: LineStatus): void {
  if (!envelope) return;
  const spent = used.get(envelope.id) ?? 0;
  if (spent + line.amountCents > envelope.amountCents) return;
  used.set(envelope.id, spent + line.amountCents);
  line.envelope = ref(envelope);
  line.status = status;
}

function seedPlan(
  tx: EntityManager,
  random: Random,
  project: DecidedProject,
  funders: Funder[],
  envelopes: Envelope[],
  used: Map<string, number>,
  commission: Commission,
) {
  const department = project.department.code;
  const volet = project.themes.some((t) => EQUIPMENT_THEMES.has(t)) ? Volet.EQUIPMENT : Volet.RESOURCES;
  const total = random.int(800, 6000) * 1000; // 8,000 € to 60,000 €, in cents
  const state = Math.round(total * 0.5);
  const council = funders.find((f) => f.kind === FunderKind.DEPARTMENT_COUNCIL && f.territoryCode === department)!;
  const owner = ownerOf(project, funders) ?? council;
  const stateFunder = funders.find((f) => f.kind === FunderKind.STATE)!;
  // The State half; the owner of the school (docs/DOMAIN.md) and, when it is not the owner, the department council.
  const quarter = Math.round(total * 0.25);
  const shares: Array<[Funder, number]> =
    owner === council
      ? [
          [stateFunder, state],
          [owner, total - state],
        ]
      : [
          [stateFunder, state],
          [owner, quarter],
          [council, total - state - quarter],
        ];
  const plan = tx.create(FundingPlan, { projectId: project.id, departmentCode: department, totalCostCents: total, requestedSubsidyCents: state });
  const accepted = project.verdict === Verdict.ACCEPTED;
  const status = project.status === 'COMPLETED' ? LineStatus.PAID : LineStatus.COMMITTED;
  shares.forEach(([funder, amountCents], position) => {
    const line = tx.create(FundingLine, { plan, position, funder, volet, amountCents });
    const envelope = envelopes.find((e) => e.funder.unwrap().id === funder.id && e.departmentCode === department && e.volet === volet);
    if (accepted) commit(line, envelope, used, status);
  });
  const subsidy = tx.create(Subsidy, {
    commission,
    projectId: project.id,
    departmentCode: department,
    verdict: project.verdict,
    amountCents: accepted ? state : 0,
    reason: accepted ? null : 'Projet non retenu par la commission',
    decidedOn: project.decidedOn,
  });
  if (project.status === 'COMPLETED') tx.create(Disbursement, { subsidy, amountCents: state, paidOn: project.decidedOn });
}

/**
 * Demonstration plans, decisions and payments for the projects pedagogy has decided on, asked
 * through the graph. If pedagogy cannot be reached, the step waits for the next start.
 */
export const plansSeed: SeedStep = {
  name: 'funding plans and decisions',
  demo: true,
  done: async (em) => (await em.count(FundingPlan)) > 0,
  run: async (tx, options) => {
    const services = options.services as FinanceServices;
    let projects: DecidedProject[];
    try {
      projects = await loadDecidedProjects(services.pedagogy);
    } catch (error) {
      if (error instanceof GraphUnavailableError) return; // pedagogy is down: seeded at a later start
      throw error;
    }
    const random = seededRandom(20240201);
    const funders = await tx.find(Funder, {});
    const envelopes = await tx.find(Envelope, {});
    const used = new Map<string, number>();
    const commissions = new Map<string, Commission>();
    for (const project of projects) {
      const year = project.decidedOn.slice(0, 4);
      const key = `${project.department.code}-${year}`;
      if (!commissions.has(key)) {
        commissions.set(
          key,
          tx.create(Commission, { departmentCode: project.department.code, name: `Comité de sélection TNE ${year}`, meetsOn: `${year}-01-15` }),
        );
      }
      seedPlan(tx, random, project, funders, envelopes, used, commissions.get(key)!);
    }
  },
};
