import { TrainingAudience as A, TrainingProvider as P } from './training.entity.js';

/**
 * Seed data of trainings: the two departments' seminars with their workshops (public events of the
 * programme) and a catalogue of topics from which the year's courses, webinars and communities of
 * practice are drawn. Counts of the events are plausible, not published figures.
 */

export interface SessionSeed {
  date: string;
  hours: number;
  capacity: number;
  registered: number;
  attended: number;
}

export interface EventSeed {
  departmentCode: string;
  title: string;
  description: string;
  audience: A;
  provider: P;
  communeCode: string;
  competences: string[];
  sessions: SessionSeed[];
  /** ExplorCamp workshops: child trainings held on the seminar's days, once a day. */
  workshops: Array<{ title: string; audience: A; provider: P; competences: string[] }>;
}

const day = (date: string, capacity: number, registered: number, attended: number): SessionSeed => ({ date, hours: 6, capacity, registered, attended });

export const EVENTS: EventSeed[] = [
  {
    departmentCode: '18',
    title: 'Séminaire « Terre numérique »',
    description: 'Deux journées à Vierzon pour découvrir et partager des pratiques numériques, avec des ateliers ExplorCamp.',
    audience: A.FIRST_DEGREE,
    provider: P.DRANE,
    communeCode: '18279',
    competences: ['2.3', '3.4', '5.2'],
    sessions: [day('2022-11-16', 160, 148, 139), day('2022-11-17', 160, 141, 127)],
    workshops: [
      { title: 'Atelier ExplorCamp : robotique et codage', audience: A.FIRST_DEGREE, provider: P.RESEAU_CANOPE, competences: ['3.4', '5.1'] },
      { title: 'Atelier ExplorCamp : création numérique', audience: A.FIRST_DEGREE, provider: P.RESEAU_CANOPE, competences: ['3.2', '3.3'] },
      { title: 'Atelier ExplorCamp : bouger avec le numérique', audience: A.FIRST_DEGREE, provider: P.DRANE, competences: ['3.2', '4.3'] },
      { title: 'Atelier ExplorCamp : oral et numérique', audience: A.SECOND_DEGREE, provider: P.DRANE, competences: ['2.1', '3.2'] },
      { title: 'Atelier ExplorCamp : filles et numérique', audience: A.SECOND_DEGREE, provider: P.DRANE, competences: ['2.4', '3.4'] },
      { title: "Atelier ExplorCamp : socle numérique à l'école", audience: A.MANAGEMENT, provider: P.DRANE, competences: ['2.2', '5.2'] },
    ],
  },
  {
    departmentCode: '29',
    title: 'Séminaire TNE du Finistère',
    description: 'Deux journées de rencontres du territoire numérique éducatif, ouvertes à toutes les écoles et tous les établissements.',
    audience: A.SECOND_DEGREE,
    provider: P.DRANE,
    communeCode: '29232',
    competences: ['2.3', '5.2'],
    sessions: [day('2023-11-20', 200, 183, 171), day('2023-11-21', 200, 176, 158)],
    workshops: [
      { title: 'Atelier : ENT et continuité pédagogique', audience: A.FIRST_DEGREE, provider: P.DRANE, competences: ['2.2', '5.2'] },
      { title: "Atelier : outils numériques pour l'inclusion", audience: A.FIRST_DEGREE, provider: P.RESEAU_CANOPE, competences: ['3.3', '4.3'] },
      { title: "Atelier : éducation aux médias et à l'information", audience: A.SECOND_DEGREE, provider: P.RESEAU_CANOPE, competences: ['1.1', '2.4'] },
      { title: 'Atelier : parents, école et numérique', audience: A.MANAGEMENT, provider: P.OTHER, competences: ['2.1', '4.2'] },
    ],
  },
];

export interface Topic {
  title: string;
  audience: A;
  competences: string[];
}

export const TOPICS: Topic[] = [
  { title: 'Programmer avec Scratch au cycle 3', audience: A.FIRST_DEGREE, competences: ['3.4'] },
  { title: 'Robotique en maternelle avec Blue-Bot', audience: A.FIRST_DEGREE, competences: ['3.4', '5.1'] },
  { title: 'Thymio : robotique et pensée informatique', audience: A.FIRST_DEGREE, competences: ['3.4', '5.1'] },
  { title: 'Tablettes en classe : usages pédagogiques', audience: A.FIRST_DEGREE, competences: ['3.2', '5.2'] },
  { title: 'Podcast et oral en classe', audience: A.FIRST_DEGREE, competences: ['2.2', '3.2'] },
  { title: "Travailler avec l'ENT : cahier de textes et messagerie", audience: A.FIRST_DEGREE, competences: ['2.1', '2.2'] },
  { title: "Outils numériques pour l'inclusion (troubles dys)", audience: A.FIRST_DEGREE, competences: ['3.1', '3.3'] },
  { title: "Éducation aux médias et à l'information", audience: A.SECOND_DEGREE, competences: ['1.1', '2.4'] },
  { title: 'Réalité virtuelle en classe', audience: A.SECOND_DEGREE, competences: ['3.2', '5.2'] },
  { title: 'Pix+Édu : se préparer à la certification', audience: A.SECOND_DEGREE, competences: ['1.1', '2.3', '5.2'] },
  { title: 'Traiter des données en sciences avec le tableur', audience: A.SECOND_DEGREE, competences: ['1.2', '1.3'] },
  { title: 'Collaborer en ligne avec des documents partagés', audience: A.SECOND_DEGREE, competences: ['2.3', '3.1'] },
  { title: 'Sobriété numérique et santé des élèves', audience: A.SECOND_DEGREE, competences: ['4.3'] },
  { title: 'Former les formateurs au numérique éducatif', audience: A.TRAINERS, competences: ['2.3', '3.3'] },
  { title: 'Accompagner les équipes dans leurs projets TNE', audience: A.TRAINERS, competences: ['2.3', '5.2'] },
  { title: "Piloter le numérique dans l'école et l'établissement", audience: A.MANAGEMENT, competences: ['2.3', '5.2'] },
  { title: 'Protéger les données personnelles des élèves', audience: A.MANAGEMENT, competences: ['4.1', '4.2'] },
];

/** Towns where in-person sessions take place, and the school years of each department's programme. */
export const SEEDED_DEPARTMENTS: Record<string, { towns: Array<[code: string, name: string]>; years: number[] }> = {
  '18': {
    towns: [
      ['18033', 'Bourges'],
      ['18279', 'Vierzon'],
      ['18197', 'Saint-Amand-Montrond'],
      ['18015', 'Aubigny-sur-Nère'],
      ['18207', 'Saint-Florent-sur-Cher'],
      ['18141', 'Mehun-sur-Yèvre'],
      ['18241', 'Sancerre'],
      ['18087', 'Dun-sur-Auron'],
    ],
    years: [2022, 2023, 2024],
  },
  '29': {
    towns: [
      ['29019', 'Brest'],
      ['29232', 'Quimper'],
      ['29151', 'Morlaix'],
      ['29103', 'Landerneau'],
      ['29039', 'Concarneau'],
      ['29024', 'Carhaix-Plouguer'],
      ['29233', 'Quimperlé'],
      ['29046', 'Douarnenez'],
      ['29026', 'Châteaulin'],
    ],
    // The three school years of Finistère's programme (2021-09 → 2024-08).
    years: [2021, 2022, 2023],
  },
};
