import { Migration20261125000000Parentality } from './Migration20261125000000Parentality.js';
import { Migration20261125213410Families } from './Migration20261125213410Families.js';
import { Migration20261204050155WorkshopReach } from './Migration20261204050155WorkshopReach.js';

/** Committed migrations, oldest first. */
export const parentalityMigrations = [Migration20261125000000Parentality, Migration20261125213410Families, Migration20261204050155WorkshopReach];
