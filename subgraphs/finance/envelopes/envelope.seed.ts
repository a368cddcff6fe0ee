import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Funder, FunderKind } from '../funders/funder.entity.js';
import { Envelope, Volet } from './envelope.entity.js';

const M = 100_000_000; // one million euros, in cents

/**
 * Envelopes of the State, the department councils and the regions for Cher and Finistère over their
 * programme periods, in cents: Finistère's total is above 10 M€ over three years (docs/DOMAIN.md),
 * Cher's about a third of it. The split by volet and funder is illustrative, not the published
 * budget; it leaves room for every commitment the demonstration makes (the State's commitments of
 * accepted projects must fit). Communes and EPCIs get theirs from the plans seed, sized from their lines.
 */
const ENVELOPES: Record<string, { period: [string, string]; budget: Array<[FunderKind, Volet, number]> }> = {
  '29': {
    period: ['2021-09-01', '2024-08-31'],
    budget: [
      [FunderKind.STATE, Volet.EQUIPMENT, 2.6 * M],
      [FunderKind.STATE, Volet.TRAINING, 1.2 * M],
      [FunderKind.STATE, Volet.RESOURCES, 1.2 * M],
      [FunderKind.STATE, Volet.PARENTALITY, 0.6 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.EQUIPMENT, 1.7 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.TRAINING, 0.4 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.RESOURCES, 0.6 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.PARENTALITY, 0.5 * M],
      [FunderKind.REGION, Volet.EQUIPMENT, 1.3 * M],
    ],
  },
  '18': {
    period: ['2022-09-01', '2025-08-31'],
    budget: [
      [FunderKind.STATE, Volet.EQUIPMENT, 0.8 * M],
      [FunderKind.STATE, Volet.TRAINING, 0.45 * M],
      [FunderKind.STATE, Volet.RESOURCES, 1.0 * M],
      [FunderKind.STATE, Volet.PARENTALITY, 0.1 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.EQUIPMENT, 0.4 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.TRAINING, 0.2 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.RESOURCES, 0.5 * M],
      [FunderKind.DEPARTMENT_COUNCIL, Volet.PARENTALITY, 0.06 * M],
      [FunderKind.REGION, Volet.EQUIPMENT, 0.1 * M],
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
