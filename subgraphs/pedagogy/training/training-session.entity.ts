import { randomUUID } from 'node:crypto';
import { DecimalType, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Commune } from '../communes/commune.entity.js';
import { Training } from './training.entity.js';

/**
 * One session of a training (session): a date, a place, its hours and its counts. The count rule
 * (0 ≤ attended ≤ registered ≤ capacity) is checked by `checkSessionCounts` before writing and by
 * the database (`training_session_counts`) whatever writes.
 */
@Entity({ tableName: 'training_session' })
@Check({ name: 'training_session_counts', expression: '0 <= attended and attended <= registered and registered <= capacity' })
@Check({ name: 'training_session_hours_positive', expression: 'hours > 0' })
@Check({ name: 'training_session_place', expression: 'commune_code is not null or venue is not null' })
export class TrainingSession {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => Training, { ref: true, fieldName: 'training_id' })
  training!: Ref<Training>;

  @Index()
  @Property({ type: 'date' })
  date!: string;

  /** Where it takes place: a commune, a venue (lieu, e.g. "Classe virtuelle"), or both. */
  @Index()
  @ManyToOne(() => Commune, { ref: true, nullable: true, fieldName: 'commune_code' })
  commune: Ref<Commune> | null = null;

  @Property({ type: 'string', nullable: true })
  venue: string | null = null;

  /** Duration in hours (durée), to the hundredth. */
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  hours!: number;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'integer' })
  registered!: number;

  @Property({ type: 'integer' })
  attended!: number;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
