import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayAccessHouseholds } from '../access/household-access.js';
import type { ParentalityContext } from '../context.js';
import type { Device } from './device.entity.js';
import { AddDeviceInput, AddDevicePayload, DeviceFilter } from './device.inputs.js';
import { addDevice } from './device.service.js';
import { DeviceType, LoanType } from './device.type.js';
import { listDevices } from './loan.queries.js';
import { describeMutation } from '../../../platform/access.js';

@Resolver(() => DeviceType)
export class DeviceResolver {
  @Query(() => [DeviceType], { description: 'Devices of the family equipment pool (not personal data: readable by everyone).' })
  devices(
    @Arg('filter', () => DeviceFilter, { nullable: true, description: 'Filters; all apply together.' }) filter: DeviceFilter | null,
    @Ctx() ctx: ParentalityContext,
  ) {
    return listDevices(ctx.em, filter ?? undefined);
  }

  @Mutation(() => AddDevicePayload, { description: describeMutation('addDevice', "Adds a device to a partner's pool.") })
  async addDevice(@Arg('input', () => AddDeviceInput, { description: 'The device.' }) input: AddDeviceInput, @Ctx() ctx: ParentalityContext) {
    return { device: await addDevice(ctx.em, ctx.viewer, input) };
  }

  @FieldResolver(() => LoanType, {
    nullable: true,
    description: 'The open loan of the device; null when it is not lent, or when you are not a coordinator of its department (or ADMIN).',
  })
  currentLoan(@Root() device: Device, @Ctx() ctx: ParentalityContext) {
    if (!mayAccessHouseholds(ctx.viewer, device.departmentCode)) return null;
    return ctx.loaders.openLoanOfDevice.load(device.id);
  }
}
