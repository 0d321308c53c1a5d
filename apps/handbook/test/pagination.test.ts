import { describe, expect, it } from 'vitest';
import { namedFirst, pageHref, paginate, SUMMARY_ITEMS } from '../src/lib/pagination.ts';

describe('list pages', () => {
  it('splits a long list into pages of plain links, the first at the list address', () => {
    const pages = paginate(
      Array.from({ length: 250 }, (_, index) => index),
      '/adr/',
      100,
    );
    expect(pages.map((page) => [page.number, page.items.length, page.count, page.total])).toEqual([
      [1, 100, 3, 250],
      [2, 100, 3, 250],
      [3, 50, 3, 250],
    ]);
    expect(pages[2]?.items[0]).toBe(200);
    expect([1, 2, 3].map((number) => pages[0]?.href(number))).toEqual([
      '/adr/',
      '/adr/page/2/',
      '/adr/page/3/',
    ]);
    expect(pageHref('/adr/status/accepted/', 4)).toBe('/adr/status/accepted/page/4/');
  });

  it('gives an empty list one empty page, so the list page still exists', () => {
    expect(
      paginate([], '/adr/').map((page) => [page.number, page.items.length, page.count]),
    ).toEqual([[1, 0, 1]]);
  });
});

it('names the first items of a summary and counts the rest', () => {
  expect(namedFirst([1, 2, 3], 2)).toEqual({ named: [1, 2], more: 1 });
  expect(namedFirst([1, 2], 5)).toEqual({ named: [1, 2], more: 0 });
  expect(namedFirst(Array.from({ length: 12 }, (_, index) => index)).named).toHaveLength(
    SUMMARY_ITEMS,
  );
});
