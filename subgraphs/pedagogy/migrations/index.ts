import { Migration20261125000000Pedagogy } from './Migration20261125000000Pedagogy.js';

/** Committed migrations, oldest first. */
export const pedagogyMigrations = [Migration20261125000000Pedagogy];
