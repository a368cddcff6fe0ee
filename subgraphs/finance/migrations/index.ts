import { Migration20261125000000Finance } from './Migration20261125000000Finance.js';

/** Committed migrations, oldest first. */
export const financeMigrations = [Migration20261125000000Finance];
