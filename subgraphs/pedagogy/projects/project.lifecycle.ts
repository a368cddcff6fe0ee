import { badInput } from '../../../platform/errors.js';

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

const S = ProjectStatus;

/** A project accepted by its commission, then under way or completed (projet retenu). */
export const ACCEPTED_STATUSES: readonly ProjectStatus[] = [S.ACCEPTED, S.IN_PROGRESS, S.COMPLETED];

/**
 * The project lifecycle (docs/DOMAIN.md): DRAFT → SUBMITTED → UNDER_REVIEW → ACCEPTED | REJECTED,
 * ACCEPTED → IN_PROGRESS → COMPLETED; WITHDRAWN from any open state. REJECTED, COMPLETED and
 * WITHDRAWN are final.
 */
export const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  [S.DRAFT]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.UNDER_REVIEW, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.ACCEPTED, S.REJECTED, S.WITHDRAWN],
  [S.ACCEPTED]: [S.IN_PROGRESS, S.WITHDRAWN],
  [S.IN_PROGRESS]: [S.COMPLETED, S.WITHDRAWN],
  [S.REJECTED]: [],
  [S.COMPLETED]: [],
  [S.WITHDRAWN]: [],
};

/** Refuses an illegal transition with BAD_USER_INPUT naming the allowed ones. */
export function checkTransition(from: ProjectStatus, to: ProjectStatus): void {
  const allowed = TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const next = allowed.length ? allowed.join(', ') : 'none (final status)';
  throw badInput(`A ${from} project cannot become ${to}; allowed: ${next}.`, 'status');
}

/** Statuses a project can still leave. */
export const isOpen = (status: ProjectStatus) => TRANSITIONS[status].length > 0;
