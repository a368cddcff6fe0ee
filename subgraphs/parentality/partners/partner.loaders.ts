import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey } from '../../../platform/loaders.js';
import { PartnerOrganisation } from './partner.entity.js';

/** Partner organisations by id: one statement per request tick. */
export const partnerLoader = (em: EntityManager) => loaderByKey(em, PartnerOrganisation, 'id');
