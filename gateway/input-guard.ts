import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';
import { firstIdentifierFlaw } from './identifier-guard.js';
import { callsOnlyUploads, FILE_FIELDS } from './uploads.js';

/** A UTF-16 half without its other half: not a character, and PostgreSQL refuses to store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be taken, or null when it can. */
function flaw(text: string, maxLength: number): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'is not valid Unicode (a lone surrogate)';
  if (text.length > maxLength) return `is longer than ${maxLength} characters`;
  return null;
}

/** Every string of a variable's value, with its path ("input.title", "input.lines.0.label"). */
function* stringsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, `${path}.${i}`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsOf(item, `${path}.${key}`);
}

/** Every string of a literal value, with its path. */
function* literalsOf(node: ValueNode, path: string): Generator<[string, string]> {
  if (node.kind === Kind.STRING) yield [path, node.value];
  else if (node.kind === Kind.LIST) for (const [i, item] of node.values.entries()) yield* literalsOf(item, `${path}.${i}`);
  else if (node.kind === Kind.OBJECT) for (const field of node.fields) yield* literalsOf(field.value, `${path}.${field.name.value}`);
}

/** Every string literal written in the document, named by the argument (and input fields) that holds it. */
function literalStrings(document: DocumentNode): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  visit(document, {
    enter(node) {
      if (node.kind === Kind.ARGUMENT) found.push(...literalsOf(node.value, node.name.value));
    },
  });
  return found;
}

const refusal = (message: string, field: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });

/**
 * Refuses, before anything is planned or fetched, a request whose text inputs a database would
 * choke on or that no form needs: a NUL character, invalid Unicode, or more than `maxLength`
 * characters (a file upload's content aside, which MAX_UPLOAD_BYTES bounds), or an identifier
 * without the shape of its kind (a malformed id, code or UAI). BAD_USER_INPUT naming the field,
 * HTTP 400; columns narrower than that are checked where the record is written.
 */
export function inputGuardPlugin<C extends BaseContext>(maxLength: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          // The document Apollo parsed already: no second parse per request.
          const upload = callsOnlyUploads(document);
          const variables = Object.entries(request.variables ?? {}).flatMap(([name, value]) => [...stringsOf(value, name)]);
          for (const [field, text] of [...variables, ...literalStrings(document)]) {
            const problem = flaw(text, upload && FILE_FIELDS.has(field) ? Number.POSITIVE_INFINITY : maxLength);
            if (problem) throw refusal(`The value of ${field} ${problem}.`, field);
          }
          const identifier = firstIdentifierFlaw(schema, document, request.variables ?? {});
          if (identifier) throw refusal(identifier.message, identifier.field);
        },
      };
    },
  };
}
