import { Migration20261125000000Finance } from './Migration20261125000000Finance.js';
import { Migration20261125205602Funding } from './Migration20261125205602Funding.js';
import { Migration20261125210155Plans } from './Migration20261125210155Plans.js';
import { Migration20261204050227MoneyStory } from './Migration20261204050227MoneyStory.js';

/** Committed migrations, oldest first. */
export const financeMigrations = [
  Migration20261125000000Finance,
  Migration20261125205602Funding,
  Migration20261125210155Plans,
  Migration20261204050227MoneyStory,
];
