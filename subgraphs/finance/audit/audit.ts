import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../platform/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditRecord {
  departmentCode: string;
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Writes the audit entry of a financial mutation, inside the mutation's own transaction: the
 * change and its trace are committed together or not at all.
 */
export function audit(tx: EntityManager, viewer: Viewer, record: AuditRecord): void {
  tx.create(AuditEntry, { ...record, actorSubject: viewer.subject ?? 'unknown', actorRole: viewer.role });
}
