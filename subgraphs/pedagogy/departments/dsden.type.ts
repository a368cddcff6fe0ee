import { Field, ObjectType } from 'type-graphql';

/** What the resolver hands the Dsden type: the department's DSDEN columns. */
export interface DsdenRecord {
  name: string;
  address: string | null;
  postalCode: string | null;
  communeCode: string | null;
}

@ObjectType('Dsden', {
  description:
    "The department's services of the Éducation nationale (DSDEN, direction des services départementaux de l'Éducation nationale), headed by the DASEN: the State's education authority in the department, to which écoles and collèges answer.",
})
export class DsdenType {
  @Field({ description: 'Name (nom), e.g. "Direction des services départementaux de l\'Éducation nationale du Cher".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address (adresse); null when not recorded.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Postal code (code postal); null when not recorded.' })
  postalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of its commune (code commune); null when not recorded.' })
  communeCode!: string | null;
}
