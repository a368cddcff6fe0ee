import { Migration20261125000000Pedagogy } from './Migration20261125000000Pedagogy.js';
import { Migration20261125203552Crcn } from './Migration20261125203552Crcn.js';
import { Migration20261125204005Projects } from './Migration20261125204005Projects.js';
import { Migration20261125204508Training } from './Migration20261125204508Training.js';
import { Migration20261125204545Pix } from './Migration20261125204545Pix.js';
import { Migration20261125210435Receipts } from './Migration20261125210435Receipts.js';
import { Migration20261130085853Summaries } from './Migration20261130085853Summaries.js';
import { Migration20261130092811DeploymentDepartment } from './Migration20261130092811DeploymentDepartment.js';
import { Migration20261203160000Synthetic } from './Migration20261203160000Synthetic.js';
import { Migration20261203190000GirlsReached } from './Migration20261203190000GirlsReached.js';
import { Migration20261204015443SchoolDirectory } from './Migration20261204015443SchoolDirectory.js';
import { Migration20261204025755Events } from './Migration20261204025755Events.js';
import { Migration20261204050150SpecialNeedsReached } from './Migration20261204050150SpecialNeedsReached.js';
import { Migration20261204050556Structure } from './Migration20261204050556Structure.js';
import { Migration20261204051140ProgrammeContacts } from './Migration20261204051140ProgrammeContacts.js';
import { Migration20261204051311FinistereThemes } from './Migration20261204051311FinistereThemes.js';

/** Committed migrations, oldest first. */
export const pedagogyMigrations = [
  Migration20261125000000Pedagogy,
  Migration20261125203552Crcn,
  Migration20261125204005Projects,
  Migration20261125204508Training,
  Migration20261125204545Pix,
  Migration20261125210435Receipts,
  Migration20261130085853Summaries,
  Migration20261130092811DeploymentDepartment,
  Migration20261203160000Synthetic,
  Migration20261203190000GirlsReached,
  Migration20261204015443SchoolDirectory,
  Migration20261204025755Events,
  Migration20261204050150SpecialNeedsReached,
  Migration20261204050556Structure,
  Migration20261204051140ProgrammeContacts,
  Migration20261204051311FinistereThemes,
];
