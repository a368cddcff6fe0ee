import type { SubgraphName } from '../platform/config.js';
import { DEV_SIGNING_SECRET } from '../platform/env.js';
import { signViewer, VIEWER_HEADER } from '../platform/signature.js';
import type { Viewer } from '../platform/viewer.js';
import { postGraphQL } from './stack.js';
import { onServer } from './local-servers.js';

/** A request to one subgraph signed for `viewer`, as the gateway (or another subgraph) signs them. */
export async function askSubgraph(url: string, subgraph: SubgraphName, viewer: Viewer, query: string, variables?: Record<string, unknown>) {
  const signature = await signViewer(viewer, DEV_SIGNING_SECRET, 60, subgraph);
  return postGraphQL(url, query, { variables, headers: { [VIEWER_HEADER]: signature } });
}

/** Creates a project (a draft); the answer reads back what was just written, schools included. */
export const CREATE_PROJECT = `mutation($input: CreateProjectInput!) {
  createProject(input: $input) { project { id title status leadSchool { uai } partnerSchools { uai } } }
}`;

export const PROJECT = 'query($id: ID!) { project(id: $id) { id title } }';

export const STAFF_18: Viewer = { role: 'DEPARTMENT_STAFF', departments: ['18'], subject: 'staff-18' };

/** The input of a draft project of Cher's innovation call: its first school leads, the next two are partners. */
export async function cherProjectInput(pedagogyDatabaseUrl: string, title: string) {
  return onServer(pedagogyDatabaseUrl, async (client) => {
    const [call] = (await client.query<{ id: string }>(`select id from call where code = '18-INNOVATION'`)).rows;
    const schools = (await client.query<{ uai: string }>(`select uai from school where department_code = '18' order by uai limit 3`)).rows;
    const [lead, ...partners] = schools.map((school) => school.uai);
    return { callId: call!.id, leadSchoolUai: lead!, partnerSchoolUais: partners, title, themes: [] };
  });
}
