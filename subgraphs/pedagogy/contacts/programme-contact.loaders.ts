import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderOfMany } from '../../../platform/loaders.js';
import { ProgrammeContact } from './programme-contact.entity.js';

/** The contacts feature's loaders: every department's contacts of a request in one statement. */
export const contactLoaders = (em: EntityManager) => ({
  contactsOfDepartment: loaderOfMany(em, ProgrammeContact, 'department', (c) => c.department.unwrap().code, { role: 'asc', mailbox: 'asc' }),
});
