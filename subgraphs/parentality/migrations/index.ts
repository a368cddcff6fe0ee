import { Migration20261125000000Parentality } from './Migration20261125000000Parentality.js';

/** Committed migrations, oldest first. */
export const parentalityMigrations = [Migration20261125000000Parentality];
