/**
 * The CRCN (cadre de référence des compétences numériques, decree of 30 August 2019): 16 competences
 * in 5 domains, assessed on 8 levels, of which Pix certifies 1 to 6.
 */
export const CRCN_DOMAINS = [
  {
    code: '1',
    name: 'Information et données',
    competences: [
      ['1.1', "Mener une recherche et une veille d'information"],
      ['1.2', 'Gérer des données'],
      ['1.3', 'Traiter des données'],
    ],
  },
  {
    code: '2',
    name: 'Communication et collaboration',
    competences: [
      ['2.1', 'Interagir'],
      ['2.2', 'Partager et publier'],
      ['2.3', 'Collaborer'],
      ['2.4', "S'insérer dans le monde numérique"],
    ],
  },
  {
    code: '3',
    name: 'Création de contenus',
    competences: [
      ['3.1', 'Développer des documents textuels'],
      ['3.2', 'Développer des documents multimédia'],
      ['3.3', 'Adapter les documents à leur finalité'],
      ['3.4', 'Programmer'],
    ],
  },
  {
    code: '4',
    name: 'Protection et sécurité',
    competences: [
      ['4.1', "Sécuriser l'environnement numérique"],
      ['4.2', 'Protéger les données personnelles et la vie privée'],
      ['4.3', "Protéger la santé, le bien-être et l'environnement"],
    ],
  },
  {
    code: '5',
    name: 'Environnement numérique',
    competences: [
      ['5.1', 'Résoudre des problèmes techniques'],
      ['5.2', 'Évoluer dans un environnement numérique'],
    ],
  },
] as const;

/** Levels of the CRCN, and the ones Pix certifies. */
export const CRCN_LEVELS = { min: 1, max: 8, pixMax: 6 } as const;

export const CRCN_COMPETENCE_CODES: readonly string[] = CRCN_DOMAINS.flatMap((d) => d.competences.map(([code]) => code));
