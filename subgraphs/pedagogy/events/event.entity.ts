import { randomUUID } from 'node:crypto';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Call } from '../calls/call.entity.js';
import { Commune } from '../communes/commune.entity.js';
import { Department } from '../departments/department.entity.js';
import { Training } from '../training/training.entity.js';

/** What kind of gathering an event is (type d'événement). */
export enum EventKind {
  SEMINAR = 'SEMINAR',
  EXPLORCAMP = 'EXPLORCAMP',
  WEBINAR = 'WEBINAR',
  CONFERENCE = 'CONFERENCE',
}

/** Where an event takes place (modalité): in a venue, online, or both. */
export enum EventFormat {
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

/** Who an event is for (publics); an event is often for several at once. */
export enum EventAudience {
  TEACHERS = 'TEACHERS',
  SCHOOL_HEADS = 'SCHOOL_HEADS',
  INSPECTORS = 'INSPECTORS',
  DIGITAL_ADVISERS = 'DIGITAL_ADVISERS',
  ELECTED_OFFICIALS = 'ELECTED_OFFICIALS',
  PARENTS = 'PARENTS',
  PARTNERS = 'PARTNERS',
}

/**
 * A public event of a department's programme (événement): a seminar, an ExplorCamp, a webinar. It
 * may gather trainings (its sessions and workshops are trainings) and answer a call for contributions.
 */
@Entity({ tableName: 'event' })
@Check({ name: 'event_dates_in_order', expression: 'starts_on <= ends_on' })
export class Event {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** Short stable code, unique in the graph, e.g. "18-TERRE-NUMERIQUE-2022". */
  @Unique()
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Enum({ items: () => EventKind, nativeEnumName: 'event_kind' })
  kind!: EventKind;

  @Enum({ items: () => EventFormat, nativeEnumName: 'event_format' })
  format!: EventFormat;

  @Index()
  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** Place in words (lieu): a hall, a school, "Classe virtuelle"; null when not yet known. */
  @Property({ type: 'string', nullable: true })
  venue: string | null = null;

  /** Commune of the venue; null for an online event. */
  @ManyToOne(() => Commune, { ref: true, nullable: true, fieldName: 'commune_code' })
  commune: Ref<Commune> | null = null;

  @Enum({ items: () => EventAudience, array: true })
  audiences: EventAudience[] = [];

  /** Trainings given at the event (its days, its workshops). */
  @ManyToMany({ entity: () => Training, owner: true, pivotTable: 'event_training', joinColumn: 'event_id', inverseJoinColumn: 'training_id' })
  trainings = new Collection<Training>(this);

  /** The call for contributions (appel à contributions) whose answers the event presents, if any. */
  @ManyToOne(() => Call, { ref: true, nullable: true, fieldName: 'contribution_call_id' })
  contributionCall: Ref<Call> | null = null;
}
