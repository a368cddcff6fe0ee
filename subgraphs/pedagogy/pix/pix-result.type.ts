import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../../platform/pagination.js';
import { PixGrade } from './pix-result.entity.js';

registerEnumType(PixGrade, {
  name: 'PixGrade',
  description: 'Grade in which pupils take the Pix certification (niveau certifié).',
  valuesConfig: {
    TROISIEME: { description: 'Last year of collège (3e, troisième).' },
    TERMINALE: { description: 'Last year of lycée, general, technological or vocational (terminale).' },
    CAP: { description: "Final year of a vocational certificate (CAP, certificat d'aptitude professionnelle)." },
  },
});

@ObjectType('PixResult', {
  description: 'Pix certification results of a school for a school year and grade (résultats de certification Pix), aggregated: no pupil is stored.',
})
export class PixResultType {
  @Field(() => ID, { description: 'Identifier of the result group (identifiant).' })
  id!: number;

  @Field({ description: 'School year (année scolaire), e.g. "2023-2024".' })
  schoolYear!: string;

  @Field(() => PixGrade, { description: 'Grade (niveau).' })
  grade!: PixGrade;

  @Field(() => Int, { description: 'Pupils who took the certification (candidats).' })
  candidates!: number;

  @Field(() => Int, { description: 'Candidates who were certified (certifiés).' })
  certified!: number;
}

@ObjectType('PixCompetenceLevel', { description: 'Mean level reached in one CRCN competence (niveau moyen par compétence).' })
export class PixCompetenceLevelType {
  /** Not a GraphQL field: resolved to `competence`. */
  competenceCode!: string;

  @Field(() => Float, { nullable: true, description: 'Mean level (niveau moyen), 0 to 6; null when no candidate was assessed.' })
  meanLevel!: number | null;

  @Field(() => Int, { description: 'Candidates assessed in this competence (candidats évalués).' })
  assessed!: number;
}

@InputType({ description: 'Filters of a list of Pix results; all given filters apply together.' })
export class PixResultFilter {
  @Field(() => [ID], { nullable: true, description: 'Only schools of these departments (codes).' })
  departmentCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only these schools (UAIs).' })
  schoolUais?: string[];

  @Field(() => [String], { nullable: true, description: 'Only these school years (années scolaires), e.g. "2023-2024".' })
  schoolYears?: string[];

  @Field(() => [PixGrade], { nullable: true, description: 'Only these grades (niveaux).' })
  grades?: PixGrade[];
}

@ObjectType('PixResultConnection', { description: 'A page of Pix results (Relay connection).' })
export class PixResultConnection extends ConnectionType(PixResultType, 'PixResult') {}

@InputType({ description: 'A results file to import (import des résultats Pix), as a school exports it.' })
export class ImportPixResultsInput {
  @Field({
    description:
      'The CSV text: a header row, then one line per pupil with the UAI, grade (niveau or classe), certification status, ' +
      'Pix score and a level column per competence (1.1 … 5.2); ; or , separated. Name columns are dropped unread.',
  })
  csv!: string;

  @Field({ description: 'School year of the results (année scolaire), e.g. "2023-2024".' })
  schoolYear!: string;
}

@ObjectType('ImportPixResultsPayload', { description: "What an import wrote (résultat de l'import)." })
export class ImportPixResultsPayload {
  @Field({ description: 'School year imported (année scolaire).' })
  schoolYear!: string;

  @Field(() => Int, { description: 'Pupil lines read and aggregated (lignes élèves).' })
  pupils!: number;

  @Field(() => Int, { description: 'School × grade groups whose earlier results of that school year this import replaced (remplacés); 0 for a first import.' })
  replaced!: number;

  @Field(() => [String], { description: 'Header labels of the columns dropped unread (names, INE…): never stored.' })
  ignoredColumns!: string[];

  @Field(() => [PixResultType], { description: 'The result groups written, one per school and grade (replacing earlier imports).' })
  results!: PixResultType[];
}
