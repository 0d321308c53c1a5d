import { DomUtils, parseDocument } from 'htmlparser2';
type ChildNode = ReturnType<typeof parseDocument>['children'][number];
import { expect, it } from 'vitest';
import { atomFeed } from '../src/lib/atom-feed.ts';

/** A title that closes the CDATA twice and opens an XHTML script: what broke out of the feed library's escaping. */
const HOSTILE_TITLE =
  'Queues ]]><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script><![CDATA[ and ]]> again & <b>more</b>';

it('keeps a hostile title and summary as text: the feed parses as XML with no script, and each reads back exactly as written', () => {
  const xml = atomFeed({
    site: new URL('https://handbook.example.com/'),
    path: '/adr/',
    title: 'Decisions',
    entries: [
      {
        path: '/adr/0001-x/',
        title: HOSTILE_TITLE,
        date: '2026-11-16',
        summary: `Status: ${HOSTILE_TITLE}`,
      },
    ],
  });
  const feed = parseDocument(xml, { xmlMode: true, recognizeCDATA: true });
  expect(DomUtils.getElementsByTagName('script', feed)).toEqual([]);
  const [entry] = DomUtils.getElementsByTagName('entry', feed);
  const htmlText = (name: string, within: ChildNode[]) => {
    const [element] = DomUtils.getElementsByTagName(name, within, false);
    expect(element?.attribs.type ?? 'html').toBe('html');
    // type="html": the element's text is HTML, which a feed reader decodes once more.
    return DomUtils.textContent(parseDocument(DomUtils.textContent(element ?? [])));
  };
  expect(entry).toBeDefined();
  expect(htmlText('title', entry?.children ?? [])).toBe(HOSTILE_TITLE);
  expect(htmlText('summary', entry?.children ?? [])).toBe(`Status: ${HOSTILE_TITLE}`);
});
