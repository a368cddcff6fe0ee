import { randomUUID } from 'node:crypto';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Department } from '../departments/department.entity.js';
import { CrcnCompetence } from '../pix/crcn.entity.js';

/** Who a training is for (public visé). */
export enum TrainingAudience {
  FIRST_DEGREE = 'FIRST_DEGREE',
  SECOND_DEGREE = 'SECOND_DEGREE',
  TRAINERS = 'TRAINERS',
  MANAGEMENT = 'MANAGEMENT',
}

/** How a training is given (modalité). */
export enum TrainingFormat {
  EAFC_COURSE = 'EAFC_COURSE',
  COMMUNITY_OF_PRACTICE = 'COMMUNITY_OF_PRACTICE',
  SEMINAR = 'SEMINAR',
  WEBINAR = 'WEBINAR',
  EXPLORCAMP_WORKSHOP = 'EXPLORCAMP_WORKSHOP',
}

/** Who runs a training (opérateur). */
export enum TrainingProvider {
  DRANE = 'DRANE',
  RESEAU_CANOPE = 'RESEAU_CANOPE',
  EAFC = 'EAFC',
  INSPE = 'INSPE',
  OTHER = 'OTHER',
}

/**
 * A teacher training (formation) of one department. Events are trainings too: a seminar is the
 * parent of its ExplorCamp workshops. `version` guards staff edits against lost updates.
 */
@Entity({ tableName: 'training' })
@Check({ name: 'training_not_own_parent', expression: 'parent_id is null or parent_id <> id' })
export class Training {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: Opt<string> = randomUUID();

  @Index()
  @ManyToOne(() => Department, { ref: true, fieldName: 'department_code' })
  department!: Ref<Department>;

  @Property({ type: 'string' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Enum({ items: () => TrainingAudience, nativeEnumName: 'training_audience' })
  audience!: TrainingAudience;

  @Enum({ items: () => TrainingFormat, nativeEnumName: 'training_format' })
  format!: TrainingFormat;

  @Enum({ items: () => TrainingProvider, nativeEnumName: 'training_provider' })
  provider!: TrainingProvider;

  /** CRCN competences the training develops (compétences visées). */
  @ManyToMany({
    entity: () => CrcnCompetence,
    owner: true,
    pivotTable: 'training_competence',
    joinColumn: 'training_id',
    inverseJoinColumn: 'competence_code',
  })
  competences = new Collection<CrcnCompetence>(this);

  /** The event this training belongs to: a seminar for its ExplorCamp workshops; one level only. */
  @Index()
  @ManyToOne(() => Training, { ref: true, nullable: true, fieldName: 'parent_id' })
  parent: Ref<Training> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Set by every change, so that a change of competences alone also bumps `version`. */
  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
