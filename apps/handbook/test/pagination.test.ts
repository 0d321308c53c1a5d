import { describe, expect, it } from 'vitest';
import type { PaginateFunction } from 'astro';
import { listPaths, namedFirst, pageHref, SUMMARY_ITEMS } from '../src/lib/pagination.ts';

/**
 * Astro's `paginate()` as its documentation describes it for a `[...page]` route: `pageSize`
 * items a page, at least one page, the first page's `page` parameter absent.
 */
const astroPaginate = ((
  items: readonly unknown[],
  options?: { pageSize?: number; params?: object },
) => {
  const size = options?.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: lastPage }, (_, index) => ({
    params: { ...options?.params, page: index === 0 ? undefined : String(index + 1) },
    props: {
      page: {
        data: items.slice(index * size, (index + 1) * size),
        currentPage: index + 1,
        lastPage,
        total: items.length,
      },
    },
  }));
}) as unknown as PaginateFunction;

describe('list pages', () => {
  it('splits a long list into pages of plain links, the first at the list address', () => {
    const paths = listPaths(
      astroPaginate,
      Array.from({ length: 250 }, (_, index) => index),
      '/adr/',
      { section: 'adr' },
      { type: 'adr' },
    );
    expect(
      paths.map(({ props: { page } }) => [page.number, page.items.length, page.count, page.total]),
    ).toEqual([
      [1, 100, 3, 250],
      [2, 100, 3, 250],
      [3, 50, 3, 250],
    ]);
    expect(paths.map(({ params }) => params)).toEqual([
      { section: 'adr', page: undefined },
      { section: 'adr', page: 'page/2' },
      { section: 'adr', page: 'page/3' },
    ]);
    expect(paths[2]?.props.page.items[0]).toBe(200);
    expect(paths[2]?.props.type).toBe('adr');
    expect([1, 2, 3].map((number) => paths[0]?.props.page.href(number))).toEqual([
      '/adr/',
      '/adr/page/2/',
      '/adr/page/3/',
    ]);
    expect(pageHref('/adr/status/accepted/', 4)).toBe('/adr/status/accepted/page/4/');
  });

  it('gives an empty list one empty page, so the list page still exists', () => {
    expect(
      listPaths(astroPaginate, [], '/adr/', {}, {}).map(({ props: { page } }) => [
        page.number,
        page.items.length,
        page.count,
      ]),
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
