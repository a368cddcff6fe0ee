/**
 * GraphiQL 5 in French. Its labels are written into its components, with no way to pass others, so the
 * workbench translates them where they appear: text, `aria-label`, `title` and `placeholder` of GraphiQL's
 * chrome, watched as it changes. The editors' text, the schema's documentation and the workbench's own
 * (French) parts are never touched: GraphQL itself stays in English.
 */
const EXACT = new Map<string, string>([
  ['Headers', 'En-têtes'],
  ['Documentation Explorer', 'Documentation'],
  ['History', 'Historique'],
  ['GraphiQL Explorer', 'Constructeur de requête'],
  ['Explorer', 'Constructeur de requête'],
  ['Root Types', 'Types racines'],
  ['All Schema Types', 'Tous les types du schéma'],
  ['Fields', 'Champs'],
  ['Deprecated Fields', 'Champs obsolètes'],
  ['Deprecated Arguments', 'Arguments obsolètes'],
  ['Deprecated Enum Values', 'Valeurs obsolètes'],
  ['Show Deprecated Fields', 'Afficher les champs obsolètes'],
  ['Show Deprecated Arguments', 'Afficher les arguments obsolètes'],
  ['Show Deprecated Values', 'Afficher les valeurs obsolètes'],
  ['Enum Values', 'Valeurs'],
  ['Implements', 'Implémente'],
  ['Deprecated', 'Obsolète'],
  ['Settings', 'Réglages'],
  ['Theme', 'Thème'],
  ['Adjust how the interface appears.', 'L’apparence de l’interface.'],
  ['Light', 'Clair'],
  ['Dark', 'Sombre'],
  ['System', 'Système'],
  ['Persist headers', 'Conserver les en-têtes'],
  ['Only enable if you trust this device.', 'Seulement sur un appareil de confiance.'],
  ['Clear storage', 'Effacer les données locales'],
  ['Short Keys', 'Raccourcis clavier'],
  ['Short Key', 'Raccourci'],
  ['Function', 'Fonction'],
  ['Monaco editor shortcuts', 'Raccourcis de l’éditeur Monaco'],
  ['Open short keys dialog', 'Raccourcis clavier'],
  ['Open settings dialog', 'Réglages'],
  ['New tab', 'Nouvel onglet'],
  ['Close Tab', 'Fermer l’onglet'],
  ['<untitled>', '<sans titre>'],
  ['No results found', 'Aucun résultat'],
  ['Other results', 'Autres résultats'],
  ['Close dialog', 'Fermer'],
  ['Save', 'Enregistrer'],
  ['Clear', 'Vider'],
  ['Editor Commands', 'Commandes de l’éditeur'],
  ['Operation Editor', 'Éditeur de requête'],
  ['Select active operation', 'Onglets des requêtes'],
  ['Delete from history', 'Supprimer de l’historique'],
  ['Edit label', 'Renommer'],
  ['Type a label', 'Nom'],
  ['Set active', 'Ouvrir'],
  ['Add to favorites', 'Ajouter aux favoris'],
  ['Remove from favorites', 'Retirer des favoris'],
  ['Error fetching schema', 'Schéma indisponible'],
  ['No GraphQL schema available', 'Aucun schéma GraphQL'],
  ['editor tools', 'les outils'],
  ['Search in documentation', 'Rechercher dans la documentation'],
]);

const PATTERNS: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^Show (.+)$/, (what) => `Afficher : ${translate(what)}`],
  [/^Hide (.+)$/, (what) => `Masquer : ${translate(what)}`],
  [/^Execute query \((.+)\)$/, (keys) => `Exécuter la requête (${keys})`],
  [/^Stop query \((.+)\)$/, (keys) => `Arrêter la requête (${keys})`],
  [/^Prettify query \((.+)\)$/, (keys) => `Mettre en forme (${keys})`],
  [/^Copy query \((.+)\)$/, (keys) => `Copier la requête (${keys})`],
  [/^Merge fragments into query \((.+)\)$/, (keys) => `Fusionner les fragments dans la requête (${keys})`],
  [/^Re-fetch GraphQL schema \((.+)\)$/, (keys) => `Recharger le schéma (${keys})`],
  [/^Search (.+)\.\.\.$/, (where) => `Rechercher dans ${where}…`],
  [/^Go back to (.+)$/, (where) => `Retour à ${translate(where)}`],
];

export function translate(text: string): string {
  const exact = EXACT.get(text);
  if (exact) return exact;
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return render(...match.slice(1));
  }
  return text;
}

/** Where nothing is translated: editors, the schema's own names and descriptions, the workbench's parts. */
const UNTOUCHED =
  '.monaco-editor, .graphiql-markdown-description, .graphiql-doc-explorer-field-name, .graphiql-doc-explorer-type-name, .graphiql-doc-explorer-argument, .wb-analyses, .wb-results, .wb-header';
const ATTRIBUTES = ['aria-label', 'title', 'placeholder'];

function translateNode(node: Node): void {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || element.closest(UNTOUCHED)) return;
  if (node instanceof Text) {
    const text = node.nodeValue ?? '';
    const trimmed = text.trim();
    const french = trimmed && translate(trimmed);
    if (french && french !== trimmed) node.nodeValue = text.replace(trimmed, french);
    return;
  }
  if (!(node instanceof Element)) return;
  for (const name of ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value && translate(value) !== value) node.setAttribute(name, translate(value));
  }
  for (const child of node.childNodes) translateNode(child);
}

/** Translates GraphiQL's chrome under `root` (tooltips and dialogs render at the body's end) and keeps it translated. */
export function translateGraphiQL(root: Node = document.body): () => void {
  translateNode(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach(translateNode);
      else translateNode(mutation.target);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return () => observer.disconnect();
}
