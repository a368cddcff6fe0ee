/**
 * The front end's pages, declared once: the gateway serves each at its path, the build bundles each
 * from `web/<name>/index.html`, and the root page links to them.
 */
export interface WebPage {
  /** Folder under `web/` and under the built output. */
  name: string;
  /** Where the gateway serves it. */
  path: string;
  /** French title, as the root page links to it. */
  title: string;
  /** One French sentence for the root page. */
  summary: string;
  /** Other sites may show it in a frame (EMBED_FRAME_ANCESTORS): a public page with no token and no writes. */
  embeddable?: boolean;
}

export const WEB_PAGES: readonly WebPage[] = [
  {
    name: 'playground',
    path: '/playground',
    title: 'Atelier d’analyse',
    summary: 'Explorer le graphe, comparer les départements, lancer les analyses enregistrées, exporter en CSV.',
  },
  {
    name: 'dashboard',
    path: '/tableau-de-bord',
    title: 'Tableau de bord',
    summary: 'Comparer les départements en un coup d’œil : indicateurs, évolution par année scolaire, classement national et carte, sans compte.',
    embeddable: true,
  },
];
