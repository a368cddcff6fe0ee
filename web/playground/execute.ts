import { Kind, parse } from 'graphql';
import { publishedId } from './catalogue.js';

export interface GraphQLAnswer {
  data?: unknown;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; serviceName?: string } }>;
}

export interface Request {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string | null;
  headers?: Record<string, string>;
}

/**
 * The operation to run: the one named when the document has it, else its only one. GraphiQL learns a
 * document's operations a moment after its text changes, so a freshly loaded analysis may come with the
 * previous document's operation name.
 */
export function operationOf(query: string, name?: string | null): string | undefined {
  let names: string[];
  try {
    names = parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
  } catch {
    return name ?? undefined; // the gateway says what is wrong with the text
  }
  if (name && names.includes(name)) return name;
  return names.length === 1 ? names[0] : undefined;
}

/**
 * POSTs one operation to the gateway with the viewer's token. A published operation goes by its
 * documentId, so that it runs where trusted documents are enforced; anything else as free text.
 */
export async function execute(request: Request, token: string | undefined): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...request.headers };
  const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
  if (token && !hasAuthorization) headers.authorization = `Bearer ${token}`;
  const documentId = publishedId(request.query);
  const operation = { variables: request.variables, operationName: operationOf(request.query, request.operationName) };
  const body = documentId ? { documentId, ...operation } : { query: request.query, ...operation };
  try {
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLAnswer;
    } catch {
      return { errors: [{ message: `Réponse HTTP ${response.status} illisible : ${text.slice(0, 200)}` }] };
    }
  } catch (error) {
    return { errors: [{ message: `Passerelle injoignable : ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** An operation run and its answer: what the results panel shows. */
export interface Execution {
  request: Request;
  answer: GraphQLAnswer;
}
