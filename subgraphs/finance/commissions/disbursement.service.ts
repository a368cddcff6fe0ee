import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRoleFor } from '../../../platform/authorization.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Viewer } from '../../../platform/viewer.js';
import { audit } from '../audit/audit.js';
import { DECIDERS } from './commission.access.js';
import { Disbursement, Subsidy } from './commission.entity.js';
import { LockMode } from '@mikro-orm/core';
import { FundingPlan } from '../plans/funding-plan.entity.js';
import { payGrantorLines } from './grantor-lines.js';
import type { DisburseInput } from './commission.inputs.js';
import { checkDisbursement } from './commission.rules.js';
import { parseId } from '../../../platform/ids.js';
import { checkVersion } from '../../../platform/versions.js';

const STALE = 'The subsidy was changed by someone else (a payment was recorded); reload it and try again.';

/**
 * Takes the subsidy's optimistic lock: bumps its version only if it is still the one the client
 * read. The row stays locked until commit, so a concurrent payment on the same version waits, then
 * finds the version moved and gets CONFLICT — two payments can never both pass the balance check.
 */
async function bumpVersion(tx: EntityManager, id: string, version: number): Promise<void> {
  const result = await tx.execute<{ affectedRows: number }>('update subsidy set version = version + 1 where id = ? and version = ?', [id, version], 'run');
  if (result.affectedRows !== 1) throw conflict(STALE);
}

/** Pays part of a subsidy (COMMISSION_MEMBER of its department, or ADMIN): the sum never exceeds it. */
export function disburse(em: EntityManager, viewer: Viewer, input: DisburseInput): Promise<{ disbursement: Disbursement; subsidy: Subsidy }> {
  return em.transactional(async (tx) => {
    const subsidy = await tx.findOne(Subsidy, { id: parseId(input.subsidyId, 'subsidyId') });
    if (!subsidy) throw notFound(`No subsidy has the id "${input.subsidyId}".`);
    requireRoleFor(viewer, DECIDERS, subsidy.departmentCode, 'pay subsidies');
    checkVersion(subsidy.version, input.version, 'subsidy');
    await bumpVersion(tx, subsidy.id, input.version);
    // Read under the lock: every payment of this subsidy goes through it, so the sum is current.
    const rows = await tx.execute<Array<{ sum: string }>>('select coalesce(sum(amount_cents), 0) as sum from disbursement where subsidy_id = ?', [subsidy.id]);
    const disbursedCents = Number(rows[0]!.sum);
    const { verdict, amountCents, decidedOn } = subsidy;
    checkDisbursement({ verdict, amountCents, decidedOn, disbursedCents }, input.amountCents, input.paidOn);
    await tx.refresh(subsidy);
    const disbursement = tx.create(Disbursement, { id: randomUUID(), subsidy, amountCents: input.amountCents, paidOn: input.paidOn });
    if (disbursedCents + input.amountCents === amountCents) {
      // Paid in full: the State's lines of the plan are paid with this payment, on its day.
      const plan = await tx.findOne(FundingPlan, { projectId: subsidy.projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (plan) await payGrantorLines(tx, plan, input.paidOn);
    }
    audit(tx, viewer, {
      departmentCode: subsidy.departmentCode,
      entityType: 'Disbursement',
      entityId: disbursement.id,
      action: 'disburse',
      before: { subsidyId: subsidy.id, subsidyVersion: input.version, disbursedCents },
      after: {
        subsidyId: subsidy.id,
        subsidyVersion: subsidy.version,
        amountCents: input.amountCents,
        paidOn: input.paidOn,
        disbursedCents: disbursedCents + input.amountCents,
      },
    });
    return { disbursement, subsidy };
  });
}
