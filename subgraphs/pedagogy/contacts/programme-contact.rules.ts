import { badInput } from '../../../platform/errors.js';

const MAILBOX = /^([a-z0-9._+-]+)@([a-z0-9.-]+\.[a-z]{2,})$/;

/** Consumer mail services: an institution's functional mailbox is never there. */
const PERSONAL_DOMAINS =
  /(^|\.)(gmail\.com|googlemail\.com|yahoo\.[a-z]+|hotmail\.[a-z]+|outlook\.[a-z]+|live\.[a-z]+|icloud\.com|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|laposte\.net|protonmail\.com|gmx\.[a-z]+)$/;

/** Words of functional mailboxes: a local part made of them (tne18, drane, ce.0180005h) names a service. */
const FUNCTIONAL_WORDS = new Set([
  'tne',
  'drane',
  'dane',
  'dsden',
  'erun',
  'ce',
  'ia',
  'dasen',
  'numerique',
  'education',
  'parentalite',
  'contact',
  'secretariat',
  'mission',
  'projet',
  'projets',
  'referent',
  'pole',
  'direction',
  'college',
  'colleges',
  'ecoles',
  'caf',
  'familles',
]);

/** A first.last local part (jean.dupont, j-m.le-gall, anne.le.goff2): the shape of a person's address. */
const FIRST_DOT_LAST = /^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+[0-9]*$/;

/**
 * Normalises a programme contact's mailbox and checks that it is a functional one (boîte
 * fonctionnelle): a well-formed address, not at a consumer mail service, and not shaped like a
 * person's first.last unless every word of it is a service's word. The graph holds roles, never
 * people (docs/DOMAIN.md).
 */
export function checkFunctionalMailbox(input: string): string {
  const mailbox = input.trim().toLowerCase();
  const match = MAILBOX.exec(mailbox);
  if (!match) throw badInput(`"${input}" is not an e-mail address.`, 'mailbox');
  const [, local, domain] = match as unknown as [string, string, string];
  if (PERSONAL_DOMAINS.test(domain)) {
    throw badInput(`"${mailbox}" is at a personal mail service: give the organisation's functional mailbox.`, 'mailbox');
  }
  const words = local.split(/[.-]/);
  if (FIRST_DOT_LAST.test(local) && !words.every((w) => FUNCTIONAL_WORDS.has(w.replace(/[0-9]+$/, '')))) {
    throw badInput(`"${mailbox}" looks like a person's address (first.last): give the role's functional mailbox.`, 'mailbox');
  }
  return mailbox;
}
