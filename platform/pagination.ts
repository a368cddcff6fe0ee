import { ArgsType, Directive, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

// Shareable: every subgraph with a paged list resolves its own page info.
@Directive('@shareable')
@ObjectType({ description: 'Where a page stands in a list (Relay page info).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export const MAX_PAGE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many items to return (1 to ${MAX_PAGE}).` })
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor.' })
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the Relay connection types of a node type: `<Name>Connection` and `<Name>Edge`. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge of a list of ${name} items.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => Node, { description: 'The item.' })
    node!: T;
  }

  // Not emitted itself (unreachable): each `XConnection` subclass names the type clients see.
  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The items of the page, each with its cursor.' })
    edges!: Array<{ cursor: string; node: T }>;

    @Field(() => [Node], { description: 'The items of the page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole filtered list.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Cursors are opaque to clients: base64url of the sort key. */
export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!key || encodeCursor(key) !== cursor) throw badInput('The cursor is not one this API gave.', 'after');
  return key;
}

/** Validates paging arguments. */
export function checkPage(args: PageArgs): void {
  if (args.first < 1 || args.first > MAX_PAGE) throw badInput(`first must be between 1 and ${MAX_PAGE}.`, 'first');
}

/** Builds a connection from `first + 1` rows fetched after a cursor (the extra row tells hasNextPage). */
export function toConnection<T>(rows: T[], first: number, hadCursor: boolean, key: (row: T) => string, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(key(node)), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A page of a list read by position (ordered by a key clients cannot build a cursor from): the
 * cursor is the position of an item, `offset` and `limit` are what to read (one row more than
 * asked, to tell hasNextPage), and `connection` wraps the rows read with the list's total.
 */
export function offsetPage(page: PageArgs) {
  checkPage(page);
  const offset = page.after ? Number(decodeCursor(page.after)) : 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('The cursor is not one this API gave.', 'after');
  return {
    offset,
    limit: page.first + 1,
    connection<T>(rows: T[], totalCount: number): Connection<T> {
      let position = offset;
      return toConnection(rows, page.first, offset > 0, () => String(++position), totalCount);
    },
  };
}

/** Sort direction of every ordered list (`orderBy: { field, direction }`). */
export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});
