import type { SubgraphModule } from '../../platform/server.js';
import { Commune } from './communes/commune.entity.js';
import { Epci } from './communes/epci.entity.js';
import { Department } from './departments/department.entity.js';
import { Event } from './events/event.entity.js';
import { createPedagogyLoaders, type PedagogyLoaders } from './loaders.js';
import { pedagogyMigrations } from './migrations/index.js';
import { Call, CallCampaign } from './calls/call.entity.js';
import { Project, ProjectStatusChange } from './projects/project.entity.js';
import { CommissionDecisionReceipt } from './projects/decision-receipt.entity.js';
import { PriorityTerritory } from './territories/priority-territory.entity.js';
import { CrcnCompetence, CrcnDomain } from './pix/crcn.entity.js';
import { PixCompetenceResult, PixResult } from './pix/pix-result.entity.js';
import { PixDepartmentYear, PixDomainYear } from './pix/pix-summary.entity.js';
import { SchoolDepartmentSummary } from './schools/school-summary.entity.js';
import { buildPedagogySchema } from './schema.js';
import { School } from './schools/school.entity.js';
import { Circonscription } from './schools/circonscription.entity.js';
import { Bassin } from './schools/bassin.entity.js';
import { ProgrammeContact } from './contacts/programme-contact.entity.js';
import { seedPedagogy } from './seeds/index.js';
import { TrainingSession } from './training/training-session.entity.js';
import { Training } from './training/training.entity.js';
import { Resource, ResourceDeployment } from './resources/resource.entity.js';

/** The pedagogy subgraph: departments, communes, EPCIs, schools (and, next, projects, training, Pix). */
export const pedagogy: SubgraphModule<PedagogyLoaders> = {
  name: 'pedagogy',
  buildSchema: buildPedagogySchema,
  entities: [
    Department,
    Epci,
    Commune,
    Circonscription,
    Bassin,
    School,
    ProgrammeContact,
    CrcnDomain,
    CrcnCompetence,
    PixResult,
    PixCompetenceResult,
    PriorityTerritory,
    Call,
    CallCampaign,
    Project,
    ProjectStatusChange,
    CommissionDecisionReceipt,
    Training,
    TrainingSession,
    Event,
    Resource,
    ResourceDeployment,
    PixDepartmentYear,
    PixDomainYear,
    SchoolDepartmentSummary,
  ],
  migrations: pedagogyMigrations,
  createLoaders: createPedagogyLoaders,
  seed: seedPedagogy,
};
