import type { Opt, Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Funder } from '../funders/funder.entity.js';
import { centsColumn } from '../money.js';

export enum Volet {
  EQUIPMENT = 'EQUIPMENT',
  TRAINING = 'TRAINING',
  RESOURCES = 'RESOURCES',
  PARENTALITY = 'PARENTALITY',
}

/** A funder's budget (enveloppe) for a department and a volet over the programme period. */
@Entity({ tableName: 'envelope' })
@Unique({ name: 'envelope_funder_department_volet_unique', properties: ['funder', 'departmentCode', 'volet'] })
@Check({ name: 'envelope_amount_non_negative', expression: 'amount_cents >= 0' })
@Check({ name: 'envelope_period', expression: 'starts_on <= ends_on' })
export class Envelope {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne(() => Funder, { ref: true })
  funder!: Ref<Funder>;

  @Index()
  @Property({ type: 'string', length: 3 })
  departmentCode!: string;

  @Enum({ items: () => Volet, nativeEnumName: 'volet' })
  volet!: Volet;

  @Property({ type: centsColumn() })
  amountCents!: number;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;
}
