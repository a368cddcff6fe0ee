import type { GraphClient } from '../../../platform/graph-client.js';

/** A training with sessions, as finance funds it: its department and first and last days. */
export interface HeldTraining {
  id: string;
  departmentCode: string;
  sessionCount: number;
  startsOn: string;
  endsOn: string;
}

const QUERY = `query HeldTrainings($after: String, $codes: [ID!]) {
  trainings(first: 500, after: $after, filter: { departmentCodes: $codes }) {
    pageInfo { hasNextPage endCursor }
    nodes { id department { code } sessionCount startsOn endsOn }
  }
}`;

interface Page {
  trainings: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string; department: { code: string }; sessionCount: number; startsOn: string | null; endsOn: string | null }>;
  };
}

/** The trainings of some departments that held sessions, page by page, through the graph. */
export async function loadHeldTrainings(pedagogy: GraphClient, departmentCodes: readonly string[]): Promise<HeldTraining[]> {
  const trainings: HeldTraining[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page = await pedagogy(QUERY, { after, codes: departmentCodes });
    for (const t of page.trainings.nodes) {
      if (!t.sessionCount || !t.startsOn || !t.endsOn) continue;
      trainings.push({ id: t.id, departmentCode: t.department.code, sessionCount: t.sessionCount, startsOn: t.startsOn, endsOn: t.endsOn });
    }
    if (!page.trainings.pageInfo.hasNextPage) return trainings;
    after = page.trainings.pageInfo.endCursor;
  }
}
