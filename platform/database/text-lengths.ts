import type { EntityProperty, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { badInput } from '../errors.js';

/** The characters a property's column holds: its declared length, or the n of varchar(n). */
export function columnLength(prop: Pick<EntityProperty, 'length' | 'columnTypes'>): number | undefined {
  if (prop.length) return prop.length;
  const declared = /^(?:varchar|character varying)\((\d+)\)$/i.exec(prop.columnTypes?.[0] ?? '');
  return declared ? Number(declared[1]) : undefined;
}

/**
 * Refuses a flush whose texts do not fit their columns, naming the field — PostgreSQL's own refusal
 * (22001, platform/database/errors.ts) cannot say which. Runs before any statement is sent, so the
 * transaction writes nothing. Lengths are counted in characters, as PostgreSQL counts them.
 */
export class TextLengths implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      for (const [name, value] of Object.entries(changeSet.payload)) {
        if (typeof value !== 'string') continue;
        const prop = changeSet.meta.properties[name as keyof typeof changeSet.meta.properties] as EntityProperty | undefined;
        const length = prop && columnLength(prop);
        if (length && [...value].length > length) throw badInput(`${name} is longer than its field allows (${length} characters at most).`, `input.${name}`);
      }
    }
  }
}
