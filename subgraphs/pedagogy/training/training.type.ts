import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { TrainingAudience, TrainingFormat, TrainingProvider } from './training.entity.js';

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: 'Who a training is for (public visé).',
  valuesConfig: {
    FIRST_DEGREE: { description: 'Teachers of écoles (enseignants du premier degré, 1D).' },
    SECOND_DEGREE: { description: 'Teachers of collèges and lycées (enseignants du second degré, 2D).' },
    TRAINERS: { description: 'Trainers and digital advisers (formateurs, ERUN, conseillers pédagogiques).' },
    MANAGEMENT: { description: "Heads of schools and inspectors (personnels d'encadrement)." },
  },
});
registerEnumType(TrainingFormat, {
  name: 'TrainingFormat',
  description: 'How a training is given (modalité).',
  valuesConfig: {
    EAFC_COURSE: { description: 'Course of the academic training plan (stage EAFC, école académique de la formation continue).' },
    COMMUNITY_OF_PRACTICE: { description: 'Community of practice meeting over the year (communauté de pratique).' },
    SEMINAR: { description: 'Seminar (séminaire), e.g. "Terre numérique"; its workshops are child trainings.' },
    WEBINAR: { description: 'Online session (webinaire).' },
    EXPLORCAMP_WORKSHOP: { description: 'Hands-on workshop of a seminar (atelier ExplorCamp).' },
  },
});
registerEnumType(TrainingProvider, {
  name: 'TrainingProvider',
  description: 'Who runs a training (opérateur de formation).',
  valuesConfig: {
    DRANE: { description: 'Regional academic digital education delegation (DRANE).' },
    RESEAU_CANOPE: { description: 'Réseau Canopé, the national network of teaching resources.' },
    EAFC: { description: 'Academic school of continuing education (EAFC).' },
    INSPE: { description: 'Teacher education institute (INSPÉ).' },
    OTHER: { description: 'Another provider (autre opérateur).' },
  },
});

@Directive('@key(fields: "id")')
@ObjectType('Training', { description: 'A teacher training (formation) of a department, with its sessions.' })
export class TrainingType {
  @Field(() => ID, { description: 'Identifier (UUID).' })
  id!: string;

  @Field({ description: 'Title (intitulé).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description (descriptif).' })
  description!: string | null;

  @Field(() => TrainingAudience, { description: 'Who it is for (public visé).' })
  audience!: TrainingAudience;

  @Field(() => TrainingFormat, { description: 'How it is given (modalité).' })
  format!: TrainingFormat;

  @Field(() => TrainingProvider, { description: 'Who runs it (opérateur).' })
  provider!: TrainingProvider;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateTraining.' })
  version!: number;
}

@ObjectType('TrainingSession', { description: 'A session of a training (session de formation): date, place, hours, counts.' })
export class TrainingSessionType {
  @Field(() => ID, { description: 'Identifier (UUID).' })
  id!: string;

  @Field(() => LocalDateResolver, { description: 'Date (date de la session).' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Venue (lieu), e.g. a school or "Classe virtuelle"; null when only the commune is known.' })
  venue!: string | null;

  @Field(() => Float, { description: 'Duration in hours (durée, heures).' })
  hours!: number;

  @Field(() => Int, { description: 'Places offered (places).' })
  capacity!: number;

  @Field(() => Int, { description: 'Teachers registered (inscrits); never more than capacity.' })
  registered!: number;

  @Field(() => Int, { description: 'Teachers present (présents); never more than registered.' })
  attended!: number;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with updateTrainingSession.' })
  version!: number;
}

@ObjectType('TrainingConnection', { description: 'A page of trainings (Relay connection).' })
export class TrainingConnection extends ConnectionType(TrainingType, 'Training') {}
