import type { EntityManager } from '@mikro-orm/postgresql';
import { loaderByKey, loaderOfMany } from '../../../platform/loaders.js';
import { CrcnCompetence, CrcnDomain } from './crcn.entity.js';

export const crcnLoaders = (em: EntityManager) => ({
  crcnDomain: loaderByKey(em, CrcnDomain, 'code'),
  crcnCompetence: loaderByKey(em, CrcnCompetence, 'code'),
  competencesOfDomain: loaderOfMany(em, CrcnCompetence, 'domain', (c) => c.domain.unwrap().code, { code: 'asc' }),
});
