import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionType } from '../../../platform/pagination.js';
import { DeviceKind, DeviceStatus } from './device.entity.js';

registerEnumType(DeviceKind, {
  name: 'DeviceKind',
  description: "Kind of device of the family equipment pool (type d'équipement).",
  valuesConfig: {
    LAPTOP: { description: 'A laptop (ordinateur portable).' },
    TABLET: { description: 'A tablet (tablette).' },
    ROUTER_4G: { description: 'A 4G router (routeur 4G, clé de connexion).' },
  },
});

registerEnumType(DeviceStatus, {
  name: 'DeviceStatus',
  description: 'Status of a device (état).',
  valuesConfig: {
    IN_SERVICE: { description: 'Available for loans (en service).' },
    IN_REPAIR: { description: 'Being repaired (en réparation); cannot be lent.' },
    RETIRED: { description: 'Withdrawn from the pool (réformé); cannot be lent.' },
  },
});

/** A device as the API shows it; `currentLoan` is resolved by DeviceResolver (coordinators only). */
@ObjectType('Device', { description: 'A device of the family equipment pool (parc de prêt). Not personal data: readable by everyone.' })
export class DeviceType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => ID, { description: 'INSEE code of the department that owns it.' })
  departmentCode!: string;

  @Field(() => DeviceKind, { description: 'Kind of device.' })
  kind!: DeviceKind;

  @Field({ description: "Inventory label (numéro d'inventaire)." })
  label!: string;

  @Field(() => DeviceStatus, { description: 'Status.' })
  status!: DeviceStatus;
}

/** A loan as the API shows it; `device`, `household` and `overdue` are resolved by LoanResolver. */
@ObjectType('Loan', { description: "A loan of a device to a household (prêt). Readable by its department's parentality coordinators and ADMIN." })
export class LoanType {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;

  @Field(() => ID, { description: 'INSEE code of the department.' })
  departmentCode!: string;

  @Field(() => LocalDateResolver, { description: 'First day of the loan (début).' })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: 'Day the device is due back (date de retour prévue).' })
  dueOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day the device came back (date de retour); null while the loan is open.' })
  returnedOn!: string | null;
}

@ObjectType('LoanConnection', { description: 'A page of loans (Relay connection).' })
export class LoanConnection extends ConnectionType(LoanType, 'Loan') {}
