import type { SeedStep } from '../../../platform/seeds/steps.js';
import { CRCN_DOMAINS } from './crcn.data.js';
import { CrcnCompetence, CrcnDomain } from './crcn.entity.js';

/** The CRCN framework: reference data every database has. */
export const crcnSeed: SeedStep = {
  name: 'crcn framework',
  demo: false,
  done: async (em) => (await em.count(CrcnDomain)) > 0,
  run: async (tx) => {
    for (const { code, name, competences } of CRCN_DOMAINS) {
      const domain = tx.create(CrcnDomain, { code, name });
      for (const [competence, label] of competences) tx.create(CrcnCompetence, { code: competence, name: label, domain });
    }
  },
};
