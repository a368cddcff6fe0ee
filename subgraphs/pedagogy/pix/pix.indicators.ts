import { COUNT, MEAN, RATE, from, type PedagogyIndicatorEntry } from '../indicator-entries.js';

const DOMAINS = ['information et données', 'communication et collaboration', 'création de contenus', 'protection et sécurité', 'environnement numérique'];
const domainLevel = (n: number): PedagogyIndicatorEntry => ({
  label: `Niveau moyen Pix, domaine ${n} (${DOMAINS[n - 1]})`,
  description: `Mean level in CRCN domain ${n} of the Pix results (niveau moyen).`,
  unit: MEAN,
  field: 'pix.meanLevelByDomain',
  fieldDeclared: true,
  value: from(
    (l) => l.pixDomainLevels,
    (levels) => levels[String(n)] ?? null,
  ),
});

/** Pedagogy indicators of Pix certification of the school years of the period (entries of the catalogue, pedagogy/indicators.ts). */
export const PIX_INDICATORS = {
  PIX_CANDIDATES: {
    label: 'Candidats à la certification Pix',
    description: 'Pupils who took the Pix certification (candidats).',
    unit: COUNT,
    field: 'pix.candidates',
    value: from(
      (l) => l.pixTotals,
      (t) => t.candidates,
    ),
  },
  PIX_CERTIFIED: {
    label: 'Élèves certifiés Pix',
    description: 'Pupils certified by Pix (certifiés).',
    unit: COUNT,
    field: 'pix.certified',
    value: from(
      (l) => l.pixTotals,
      (t) => t.certified,
    ),
  },
  PIX_CERTIFICATION_RATE: {
    label: 'Taux de certification Pix',
    description: 'Certified per candidate, 0 to 1 (taux de certification).',
    unit: RATE,
    field: 'pix.certificationRate',
    value: from(
      (l) => l.pixTotals,
      (t) => t.certificationRate,
    ),
  },
  PIX_MEAN_SCORE: {
    label: 'Score Pix moyen',
    description: 'Mean Pix score of the candidates (score moyen).',
    unit: MEAN,
    field: 'pix.meanScore',
    value: from(
      (l) => l.pixTotals,
      (t) => t.meanScore,
    ),
  },
  PIX_MEAN_LEVEL_DOMAIN_1: domainLevel(1),
  PIX_MEAN_LEVEL_DOMAIN_2: domainLevel(2),
  PIX_MEAN_LEVEL_DOMAIN_3: domainLevel(3),
  PIX_MEAN_LEVEL_DOMAIN_4: domainLevel(4),
  PIX_MEAN_LEVEL_DOMAIN_5: domainLevel(5),
} satisfies Record<string, PedagogyIndicatorEntry>;
