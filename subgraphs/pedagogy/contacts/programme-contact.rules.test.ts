import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { checkFunctionalMailbox } from './programme-contact.rules.js';

const refusal = (mailbox: string) => {
  try {
    checkFunctionalMailbox(mailbox);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error(`${mailbox} was accepted`);
};

describe('checkFunctionalMailbox', () => {
  it('accepts functional mailboxes and normalises them to lower case', () => {
    expect(checkFunctionalMailbox(' TNE18@ac-orleans-tours.fr ')).toBe('tne18@ac-orleans-tours.fr');
    expect(checkFunctionalMailbox('drane@ac-rennes.fr')).toBe('drane@ac-rennes.fr');
    expect(checkFunctionalMailbox('ce.0180005h@ac-orleans-tours.fr')).toBe('ce.0180005h@ac-orleans-tours.fr');
    expect(checkFunctionalMailbox('tne.parentalite@finistere.fr')).toBe('tne.parentalite@finistere.fr');
    expect(checkFunctionalMailbox('erun-18@ac-orleans-tours.fr')).toBe('erun-18@ac-orleans-tours.fr');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['tne18', 'tne18@', '@ac-rennes.fr', 'tne 18@ac-rennes.fr', 'tne18@ac-rennes']) {
      expect(refusal(bad).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mailbox' });
    }
  });

  it('refuses addresses shaped like a person’s first.last', () => {
    for (const personal of ['jean.dupont@ac-rennes.fr', 'anne-marie.le-gall@finistere.fr', 'j.martin2@ac-orleans-tours.fr', 'tne.dupont@ac-rennes.fr']) {
      expect(refusal(personal).message).toMatch(/person/);
    }
  });

  it('refuses consumer mail services, even for a functional-looking name', () => {
    for (const personal of ['tne18@gmail.com', 'drane@orange.fr', 'contact@yahoo.fr']) {
      expect(refusal(personal).message).toMatch(/personal mail service/);
    }
  });
});
