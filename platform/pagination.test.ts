import { describe, expect, it } from '@jest/globals';
import { valueOrRefusal } from '../test/refusal.js';
import { encodeCursor, offsetPage } from './pagination.js';

/** The items of a list read by position: a page of `first` after `after`. */
const LIST = ['a', 'b', 'c', 'd', 'e'];
function read(first: number, after?: string) {
  const page = offsetPage({ first, after });
  return page.connection(LIST.slice(page.offset, page.offset + page.limit), LIST.length);
}

describe('offsetPage: a list read by position', () => {
  it('reads one row more than asked and gives each item its position as cursor', () => {
    const page = offsetPage({ first: 2, after: encodeCursor('3') });
    expect([page.offset, page.limit]).toEqual([3, 3]);
    const first = read(2);
    expect(first.nodes).toEqual(['a', 'b']);
    expect(first.edges.map((e) => e.cursor)).toEqual([encodeCursor('1'), encodeCursor('2')]);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: encodeCursor('1'), endCursor: encodeCursor('2') });
    expect(first.totalCount).toBe(5);
  });

  it('walks the whole list page by page, each item once', () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = read(2, after);
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(LIST);
  });

  it.each([
    ['a cursor this API did not give', { first: 2, after: 'not-a-cursor' }, 'after'],
    ['a negative position', { first: 2, after: encodeCursor('-1') }, 'after'],
    ['a fractional position', { first: 2, after: encodeCursor('1.5') }, 'after'],
    ['first below 1', { first: 0 }, 'first'],
    ['first above the page limit', { first: 501 }, 'first'],
  ])('refuses %s (BAD_USER_INPUT naming the argument)', (_, args, field) => {
    expect(valueOrRefusal(() => offsetPage(args))).toEqual({
      message: expect.any(String),
      extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
    });
  });
});
