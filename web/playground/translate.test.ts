import { describe, expect, it } from '@jest/globals';
import { translate } from './translate.js';

describe('GraphiQL in French', () => {
  it.each([
    ['Headers', 'En-têtes'],
    ['Show Documentation Explorer', 'Afficher : Documentation'],
    ['Hide History', 'Masquer : Historique'],
    ['Show editor tools', 'Afficher : les outils'],
    ['Execute query (Ctrl-Enter)', 'Exécuter la requête (Ctrl-Enter)'],
    ['Prettify query (Shift-Ctrl-P)', 'Mettre en forme (Shift-Ctrl-P)'],
    ['Search Query...', 'Rechercher dans Query…'],
    ['Go back to Root Types', 'Retour à Types racines'],
    ['<untitled>', '<sans titre>'],
  ])('translates %s', (english, french) => {
    expect(translate(english)).toBe(french);
  });

  it.each([['departments'], ['Query'], ['Cher'], ['Analyses enregistrées'], ['Afficher : Documentation']])('leaves %s as it is', (text) => {
    expect(translate(text)).toBe(text);
  });
});
