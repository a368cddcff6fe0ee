import type { GraphClient } from '../../../platform/graph-client.js';
import type { Verdict } from '../commissions/commission.entity.js';
import { FunderKind, type Funder } from '../funders/funder.entity.js';

/** A project submitted to a call (decided on or not), with what finance needs to fund it. */
export interface DecidedProject {
  id: string;
  status: string;
  themes: string[];
  /** The commission's verdict and its day; null while the project waits for it. */
  verdict: Verdict | null;
  decidedOn: string | null;
  /** Day it was completed, if it was. */
  completedOn: string | null;
  department: { code: string; regionCode: string };
  leadSchool: { kind: string; commune: { code: string; epci: { siren: string } | null } };
}

const QUERY = `query DecidedProjects($after: String) {
  projects(first: 500, after: $after, filter: { statuses: [SUBMITTED, UNDER_REVIEW, ACCEPTED, IN_PROGRESS, COMPLETED, REJECTED, WITHDRAWN] }) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id status themes
      history { toStatus effectiveOn }
      department { code regionCode }
      leadSchool { kind commune { code epci { siren } } }
    }
  }
}`;

type Node = Omit<DecidedProject, 'verdict' | 'decidedOn' | 'completedOn'> & { history: Array<{ toStatus: string; effectiveOn: string }> };

/** Every project submitted to a call (a plan goes with a submission), page by page, through the graph. */
export async function loadDecidedProjects(pedagogy: GraphClient): Promise<DecidedProject[]> {
  const projects: DecidedProject[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { projects: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] } } = await pedagogy(QUERY, { after });
    for (const { history, ...node } of page.projects.nodes) {
      if (!history.some((h) => h.toStatus === 'SUBMITTED')) continue;
      const decision = history.find((h) => h.toStatus === 'ACCEPTED' || h.toStatus === 'REJECTED');
      const completedOn = history.find((h) => h.toStatus === 'COMPLETED')?.effectiveOn ?? null;
      projects.push({ ...node, verdict: (decision?.toStatus as Verdict) ?? null, decidedOn: decision?.effectiveOn ?? null, completedOn });
    }
    if (!page.projects.pageInfo.hasNextPage) return projects;
    after = page.projects.pageInfo.endCursor;
  }
}

const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);

/** The collectivity that owns the project's lead school (docs/DOMAIN.md): commune, department or region. */
export function ownerOf(project: DecidedProject, funders: Funder[]): Funder | undefined {
  const { kind, commune } = project.leadSchool;
  const find = (funderKind: FunderKind, code: string | undefined) => funders.find((f) => f.kind === funderKind && f.territoryCode === code);
  if (FIRST_DEGREE.has(kind)) return find(FunderKind.COMMUNE, commune.code) ?? find(FunderKind.EPCI, commune.epci?.siren);
  if (kind === 'COLLEGE') return find(FunderKind.DEPARTMENT_COUNCIL, project.department.code);
  return find(FunderKind.REGION, project.department.regionCode);
}
