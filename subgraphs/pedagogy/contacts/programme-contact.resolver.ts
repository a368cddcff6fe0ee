import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PedagogyContext } from '../context.js';
import type { Department } from '../departments/department.entity.js';
import { DepartmentType } from '../departments/department.type.js';
import { ProgrammeContactType } from './programme-contact.type.js';

@Resolver(() => DepartmentType)
export class DepartmentContactsResolver {
  @FieldResolver(() => [ProgrammeContactType], {
    description: 'Contacts of the department’s programme (contacts du programme), by role then mailbox: roles and functional mailboxes, no person.',
  })
  contacts(@Root() department: Department, @Ctx() ctx: PedagogyContext) {
    return ctx.loaders.contactsOfDepartment.load(department.code);
  }
}
