import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { runPublished } from './api.js';

export interface Loaded<Result> {
  data?: Result;
  error?: string;
  loading: boolean;
}

/**
 * The answer of a published operation for the current variables (null: do not ask yet). A newer
 * choice aborts the request of an older one, so a slow answer never overwrites a recent view.
 */
export function usePublished<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables | null): Loaded<Result> {
  const [state, setState] = useState<Loaded<Result>>({ loading: variables !== null });
  const key = variables === null ? null : JSON.stringify(variables);
  // The variables' JSON (key) stands for them: a new object with the same choices asks nothing again.
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    runPublished(document, JSON.parse(key) as Variables, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ loading: false, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [document, key]);
  return state;
}
