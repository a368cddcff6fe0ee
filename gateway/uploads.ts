import { type DocumentNode, Kind, parse } from 'graphql';

/** The mutations that carry a file in their input, with the field holding it: the Pix import (a CSV export). */
const UPLOADS = new Map([['importPixResults', 'csv']]);

/** The paths of the file fields an upload's variables or arguments hold ("input.csv"), exempt from the text length limit. */
export const FILE_FIELDS: ReadonlySet<string> = new Set([...UPLOADS.values()].map((field) => `input.${field}`));

/**
 * True when a request's document only calls upload mutations, so that its body may be as large
 * as a file (MAX_UPLOAD_BYTES); any other request keeps to MAX_BODY_BYTES. Read from the document
 * itself (a trusted document's id is already resolved to its text), bounded like any parse.
 */
export function isFileUpload(body: unknown): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string' || query.length > 10_000) return false;
  try {
    return callsOnlyUploads(parse(query, { maxTokens: 1_000 }));
  } catch {
    return false;
  }
}

/** True when every operation of a parsed document is a mutation calling upload mutations only. */
export function callsOnlyUploads(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every(
      (operation) => operation.operation === 'mutation' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && UPLOADS.has(s.name.value)),
    )
  );
}
