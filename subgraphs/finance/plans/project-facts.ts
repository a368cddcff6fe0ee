import { notFound, serviceUnavailable } from '../../../platform/errors.js';
import { GraphAnswerError, GraphUnavailableError, type GraphClient } from '../../../platform/graph-client.js';

/** What pedagogy says of the project a plan finances (asked through the graph). */
export interface ProjectFacts {
  id: string;
  departmentCode: string;
  regionCode: string;
  leadSchool: { uai: string; kind: string; communeCode: string; epciSiren: string | null };
}

const QUERY = `query FundingPlanProject($id: ID!) {
  project(id: $id) { id department { code regionCode } leadSchool { uai kind commune { code epci { siren } } } }
}`;

interface Answer {
  project: {
    id: string;
    department: { code: string; regionCode: string };
    leadSchool: { uai: string; kind: string; commune: { code: string; epci: { siren: string } | null } };
  } | null;
}

/**
 * The project's department and lead school, from pedagogy (finance never reads pedagogy's tables).
 * Unknown project: NOT_FOUND. Pedagogy unreachable: SERVICE_UNAVAILABLE, before anything is written.
 */
export async function projectFacts(pedagogy: GraphClient, id: string): Promise<ProjectFacts> {
  let answer: Answer;
  try {
    answer = await pedagogy<Answer>(QUERY, { id });
  } catch (error) {
    if (error instanceof GraphUnavailableError) {
      throw serviceUnavailable('The pedagogy service, which knows the project, cannot be reached: nothing was changed. Try again later.');
    }
    if (error instanceof GraphAnswerError && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
      throw notFound(`No project has the id "${id}".`);
    }
    throw error;
  }
  const project = answer.project;
  if (!project) throw notFound(`No project has the id "${id}".`);
  return {
    id: project.id,
    departmentCode: project.department.code,
    regionCode: project.department.regionCode,
    leadSchool: {
      uai: project.leadSchool.uai,
      kind: project.leadSchool.kind,
      communeCode: project.leadSchool.commune.code,
      epciSiren: project.leadSchool.commune.epci?.siren ?? null,
    },
  };
}
