import { CONTENT_TYPES, hrefFor, type ContentTypeName } from '@handbook/schema';
import { expect, test } from '../src/fixtures.ts';

const FEEDS: readonly ContentTypeName[] = ['adr', 'incident'];

for (const type of FEEDS) {
  test(`the ${CONTENT_TYPES[type].plural} feed is Atom with one entry per ${CONTENT_TYPES[type].label}, each linking to its page`, async ({
    page,
    repository,
  }) => {
    const route = CONTENT_TYPES[type].route;
    await page.goto(route);
    const href = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    expect(href).toBe(`${route}feed.xml`);
    const response = await page.request.get(href ?? '');
    expect(response.headers()['content-type']).toContain('xml');
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const links = [...xml.matchAll(/<entry>[\s\S]*?<link href="([^"]+)"/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    expect(links.sort()).toEqual(
      repository.entries[type].map((entry) => hrefFor(type, entry.id)).sort(),
    );
    for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
  });
}
