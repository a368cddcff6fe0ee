import { conflict } from './errors.js';

/**
 * Optimistic locking, one style for every record that carries a `version`: the client sends the
 * version it edited; anything else stored means someone changed the record since (CONFLICT). A
 * change racing past this check is caught at flush, where the versioned update finds no row.
 */
export function checkVersion(stored: number, given: number, what: string): void {
  if (stored !== given) {
    throw conflict(`The ${what} was changed by someone else (version ${stored}, you edited version ${given}); reload it and try again.`);
  }
}
