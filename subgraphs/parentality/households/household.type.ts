import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';

/**
 * A household as the API shows it. Pseudonymous by design: there is no field for a name, an
 * address, a phone number or an e-mail, and none can be added without a column to hold it.
 * `partner`, `commune` and `childrenSchools` are resolved by HouseholdResolver.
 */
@ObjectType('Household', {
  description:
    "A household (foyer) supported by a partner, known only by a pseudonymous reference. Readable by its department's parentality coordinators and ADMIN.",
})
export class HouseholdType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field({ description: 'Opaque pseudonymous reference issued by the partner (référence pseudonyme), e.g. "CS-BRS-0042".' })
  reference!: string;

  @Field(() => ID, { description: 'INSEE code of the department (département).' })
  departmentCode!: string;

  @Field(() => Int, { description: "Number of children (nombre d'enfants)." })
  childrenCount!: number;

  @Field({ description: "Digital-divide indicator: no computer at home (pas d'ordinateur)." })
  noComputer!: boolean;

  @Field({ description: "Digital-divide indicator: no internet access at home (pas d'accès à internet)." })
  noInternet!: boolean;

  @Field({ description: 'Digital-divide indicator: internet only through a mobile phone (accès mobile uniquement).' })
  mobileOnly!: boolean;

  @Field({ description: "Digital-divide indicator: needs support with online procedures (besoin d'accompagnement aux démarches en ligne)." })
  needsSupportWithOnlineProcedures!: boolean;

  @Field(() => LocalDateResolver, { description: "Day the household was registered (date d'inscription)." })
  registeredOn!: string;
}

@ObjectType('HouseholdConnection', { description: 'A page of households (Relay connection).' })
export class HouseholdConnection extends ConnectionType(HouseholdType, 'Household') {}
