import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, codedError, forbidden } from '../../../platform/errors.js';
import { placeholders } from '../../../platform/loaders.js';
import { checkPage, decodeCursor, toConnection, type Connection, type PageArgs } from '../../../platform/pagination.js';
import { actsFor, type Viewer } from '../../../platform/viewer.js';
import { parseDepartmentCode } from '../commissions/commission.rules.js';
import type { AuditEntryType, AuditFilter } from './audit.type.js';

/**
 * Departments whose audit trail the viewer may read: ADMIN every one (null), a commission member
 * theirs; asking for another department is FORBIDDEN, and so is every other role.
 */
export function auditScope(viewer: Viewer, requested: string[] | undefined): string[] | null {
  if (viewer.role === 'PUBLIC') throw codedError('UNAUTHENTICATED', 'Sign in to read the audit trail.');
  const codes = requested?.map((c) => parseDepartmentCode(c, 'departmentCodes'));
  if (viewer.role === 'ADMIN') return codes ?? null;
  if (viewer.role !== 'COMMISSION_MEMBER') throw forbidden(`Your role (${viewer.role}) does not read the audit trail.`);
  const foreign = codes?.filter((code) => !actsFor(viewer, code)) ?? [];
  if (foreign.length) throw forbidden(`You do not read the audit trail of department ${foreign.join(', ')}.`);
  return codes ?? viewer.departments;
}

type Row = Omit<AuditEntryType, 'at'> & { at_key: string };

/** The trail is read on a replica when one is configured (platform/database/read-routing.ts). */
const READ = { connectionType: 'read' } as const;

const SELECT = `select id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at_key, department_code as "departmentCode",
  entity_type as "entityType", entity_id as "entityId", action, actor_subject as "actorSubject", actor_role as "actorRole", before, after
  from audit_entry`;

/**
 * A page of the audit trail, newest first. Cursors are keyset positions (instant to the
 * microsecond, then id), so entries written while a client pages never shift its pages.
 */
export async function auditTrail(em: EntityManager, viewer: Viewer, filter: AuditFilter = {}, page: PageArgs): Promise<Connection<AuditEntryType>> {
  checkPage(page);
  const scope = auditScope(viewer, filter.departmentCodes);
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  if (scope) where(scope.length ? `department_code in (${placeholders(scope)})` : 'false', ...scope);
  if (filter.entityTypes) where(filter.entityTypes.length ? `entity_type in (${placeholders(filter.entityTypes)})` : 'false', ...filter.entityTypes);
  if (filter.from) where('at >= ?', filter.from);
  if (filter.to) where('at < ?', filter.to);
  const filtered = conditions.length ? `where ${conditions.join(' and ')}` : '';
  const paging = [...conditions];
  const pagingParams = [...params];
  if (page.after) {
    const [atKey, id] = decodeCursor(page.after).split('|');
    if (!atKey || !id || !/^[\d:.T-]+$/.test(atKey) || !/^[\da-f-]{36}$/.test(id)) throw badInput('The cursor is not one this API gave.', 'after');
    paging.push(`(at, id) < (cast(? as timestamp) at time zone 'UTC', cast(? as uuid))`);
    pagingParams.push(atKey, id);
  }
  const [rows, [count]] = await Promise.all([
    em.execute<Row[]>(
      `${SELECT} ${paging.length ? `where ${paging.join(' and ')}` : ''} order by at desc, id desc limit ?`,
      [...pagingParams, page.first + 1],
      READ,
    ),
    em.execute<Array<{ count: number }>>(`select count(*)::int as count from audit_entry ${filtered}`, params, READ),
  ]);
  const entries = rows.map(({ at_key, ...row }) => ({ ...row, at: new Date(`${at_key}Z`), atKey: at_key }));
  return toConnection(entries, page.first, !!page.after, (e) => `${e.atKey}|${e.id}`, count!.count);
}
