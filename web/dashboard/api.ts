import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A GraphQL error as the gateway answers it. */
interface AnswerError {
  message: string;
  extensions?: { code?: string };
}

/**
 * Runs a published operation by its hash from the codegen manifest, never its text: the dashboard
 * works where the gateway enforces trusted documents, and sends a few bytes per request.
 */
export async function runPublished<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const documentId = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (!documentId || !operation || !('name' in operation)) throw new Error('opération non publiée');
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ documentId, operationName: operation.name?.value, variables }),
    signal,
  });
  const answer = (await response.json().catch(() => ({}))) as { data?: Result; errors?: AnswerError[] };
  if (answer.errors?.length || !answer.data) {
    const error = answer.errors?.[0];
    throw new Error(error ? `${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ''}` : `réponse HTTP ${response.status}`);
  }
  return answer.data;
}
