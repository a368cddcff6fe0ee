import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Funder, FunderKind } from '../funders/funder.entity.js';
import { Envelope, Volet } from './envelope.entity.js';

const M = 100_000_000; // one million euros, in cents

/**
 * Envelopes of Cher and Finistère over their programme periods, in cents: Finistère's total is
 * above 10 M€ over three years (docs/DOMAIN.md), Cher's about a third of it, in proportion to its
 * population. The split by volet and funder is illustrative, not the published budget.
 */
const ENVELOPES: Record<string, { period: [string, string]; budget: Array<[FunderKind, Volet, number]> }> = {
  '29': {
    period: ['2021-09-01', '2024-08-31'],
    budget: [
      [FunderKind.STATE, Volet.EQUIPMENT, 3.2 * M],
      [FunderKind.STATE, Volet.TRAINING, 1.2 * M],
      [FunderKind.STATE, Volet.RESOURCES, 1.0 * M],
      [FunderKind.STATE, Volet.PARENTALITY, 0.6 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.EQUIPMENT, 2.0 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.TRAINING, 0.4 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.RESOURCES, 0.3 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.PARENTALITY, 0.5 * M],
      [FunderKind.REGION, Volet.EQUIPMENT, 1.2 * M],
    ],
  },
  '18': {
    period: ['2022-09-01', '2025-08-31'],
    budget: [
      [FunderKind.STATE, Volet.EQUIPMENT, 1.05 * M],
      [FunderKind.STATE, Volet.TRAINING, 0.4 * M],
      [FunderKind.STATE, Volet.RESOURCES, 0.3 * M],
      [FunderKind.STATE, Volet.PARENTALITY, 0.2 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.EQUIPMENT, 0.65 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.TRAINING, 0.12 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.PARENTALITY, 0.15 * M],
      [FunderKind.REGION, Volet.EQUIPMENT, 0.4 * M],
    ],
  },
};

export const envelopesSeed: SeedStep = {
  name: 'envelopes',
  demo: true,
  done: async (em) => (await em.count(Envelope)) > 0,
  run: async (tx) => {
    for (const [departmentCode, { period, budget }] of Object.entries(ENVELOPES)) {
      for (const [kind, volet, amountCents] of budget) {
        const funder = await tx.findOneOrFail(Funder, { kind, departmentCodes: { $contains: [departmentCode] } }, { orderBy: { name: 'asc' } });
        tx.create(Envelope, { funder, departmentCode, volet, amountCents: Math.round(amountCents), startsOn: period[0], endsOn: period[1] });
      }
    }
  },
};
