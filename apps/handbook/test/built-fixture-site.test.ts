import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertValidRepository, backlinksOf, entryKey, loadRepository } from '@handbook/content';
import {
  CLOSED_ACTION_ITEM_STATUSES,
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  hrefFor,
} from '@handbook/schema';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FIXTURE_TODAY, fixtureRepository, fixtureSite } from './fixture-site.ts';

/** The fixture repository's site, built by the Nx target `handbook:build-fixtures`, which this test depends on. */
const SITE = fixtureSite('repository');

const pages = (await readdir(SITE, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .sort();
const documents = await Promise.all(
  pages.map(async (file) => ({
    file,
    document: parseDocument(await readFile(path.join(SITE, file), 'utf8')),
  })),
);

/**
 * What every page of a built site must hold that no browser is needed to see: a strict
 * Content-Security-Policy in a <meta> (the browser tests load one page per template to see that
 * the page's own scripts satisfy it) and no id given twice, which breaks fragment links and
 * labels. Over every page of the fixture site.
 */
describe('every page of the built fixture site', () => {
  it('is more than a handful of pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(documents.map(({ file, document }) => [file, document] as const))(
    '%s carries a strict Content-Security-Policy',
    (_file, document) => {
      const [meta] = DomUtils.findAll(
        (element) =>
          element.name === 'meta' &&
          element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
        document.children,
      );
      const policy = meta?.attribs.content ?? '';
      expect(policy).toContain("default-src 'self'");
      // Pagefind's WebAssembly needs 'wasm-unsafe-eval', which allows no eval() of JavaScript.
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain(" 'unsafe-eval'");
    },
  );

  it.each(documents.map(({ file, document }) => [file, document] as const))(
    '%s gives no id twice',
    (_file, document) => {
      const ids = DomUtils.findAll(
        (element) => element.attribs.id !== undefined,
        document.children,
      ).map((element) => element.attribs.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    },
  );
});

/** The built page of a site path such as `/adr/0001-use-queues/`. */
function pageAt(href: string) {
  const found = documents.find(({ file }) => `/${file}` === `${href}index.html`);
  if (found === undefined) throw new Error(`the fixture site has no page at ${href}`);
  return found.document;
}

describe('every registered content type on the built fixture site', () => {
  it.each(CONTENT_TYPE_NAMES.map((type) => [type]))(
    '%s is in the header of every page, with a list page and a page per entry',
    async (type) => {
      const { route, section } = CONTENT_TYPES[type];
      const mainNavigation = (document: (typeof documents)[number]['document']) =>
        DomUtils.findOne(
          (element) => element.name === 'nav' && element.attribs['aria-label'] === 'Main',
          document.children,
        );
      for (const { file, document } of documents.filter(
        ({ file }) => !/^decks\/[^/]+\//.test(file),
      )) {
        const links = DomUtils.findAll(
          (element) => element.name === 'a',
          mainNavigation(document)?.children ?? [],
        );
        expect(
          links.some(
            (link) => link.attribs.href === route && DomUtils.textContent(link) === section,
          ),
          `${file} links to ${route} as ${section}`,
        ).toBe(true);
      }
      expect(pageAt(route)).toBeDefined();
      const { entries } = assertValidRepository(
        await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
      );
      expect(entries[type].length, `the fixture repository has a ${type}`).toBeGreaterThan(0);
      for (const entry of entries[type]) expect(pageAt(hrefFor(type, entry.id))).toBeDefined();
    },
  );
});

describe('"Referenced by" on the built fixture site', () => {
  it('lists, on every entry, exactly the entries that name it, each once, linked, computed from the files', async () => {
    const repository = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    const backlinks = backlinksOf(repository.entries);
    let checked = 0;
    for (const type of CONTENT_TYPE_NAMES) {
      for (const entry of repository.entries[type]) {
        const expected = backlinks.get(entryKey(type, entry.id)) ?? [];
        const section = DomUtils.findOne(
          (element) => element.attribs['data-referenced-by'] !== undefined,
          pageAt(hrefFor(type, entry.id)).children,
        );
        const shown = DomUtils.findAll(
          (element) =>
            element.name === 'a' && element.parent?.type === 'tag' && element.parent.name === 'li',
          section?.children ?? [],
        ).map((link) => link.attribs.href);
        expect(shown.sort(), hrefFor(type, entry.id)).toEqual(
          [...new Set(expected.map((backlink) => hrefFor(backlink.type, backlink.id)))].sort(),
        );
        checked += expected.length;
      }
    }
    expect(checked, 'the fixture names entries by field and by body link').toBeGreaterThanOrEqual(
      4,
    );
  });
});

/** The metadata list of a built entry page, as label → value text (spaces collapsed). */
async function metadataOf(route: string): Promise<Map<string, string>> {
  const document = parseDocument(await readFile(path.join(SITE, route, 'index.html'), 'utf8'));
  const text = (node: Parameters<typeof DomUtils.textContent>[0]) =>
    DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
  const rows = DomUtils.findAll(
    (element) =>
      element.name === 'div' && element.parent?.type === 'tag' && element.parent.name === 'dl',
    document.children,
  );
  return new Map(
    rows.map((row) => {
      const [dt, dd] = DomUtils.getChildren(row).filter((child) => child.type === 'tag');
      return [dt === undefined ? '' : text(dt), dd === undefined ? '' : text(dd)];
    }),
  );
}

describe('a runbook on the built fixture site', () => {
  it('is linked from every postmortem of a severity it covers, and from no other', async () => {
    const { entries } = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    const [runbook] = entries.runbook;
    if (runbook === undefined) throw new Error('the fixture repository has a runbook');
    const covered = entries.incident.filter((incident) =>
      (runbook.data.severities as readonly string[]).includes(incident.data.severity),
    );
    expect(covered.length, 'the fixture has postmortems the runbook covers').toBeGreaterThan(0);
    expect(covered.length, 'and postmortems it does not').toBeLessThan(entries.incident.length);
    for (const incident of entries.incident) {
      const metadata = await metadataOf(hrefFor('incident', incident.id));
      expect(metadata.get('Runbook'), incident.id).toBe(
        covered.includes(incident) ? runbook.data.title : undefined,
      );
    }
  });

  it('shows its steps in order and who is paged at each covered severity, or that it is not stated', async () => {
    const { entries } = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    const [runbook] = entries.runbook;
    if (runbook === undefined) throw new Error('the fixture repository has a runbook');
    const document = pageAt(hrefFor('runbook', runbook.id));
    const text = (node: Parameters<typeof DomUtils.textContent>[0]) =>
      DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
    const steps = DomUtils.findAll(
      (element) =>
        element.name === 'li' &&
        element.parent?.type === 'tag' &&
        element.parent.attribs['data-runbook-steps'] !== undefined,
      document.children,
    ).map(text);
    expect(steps).toEqual(runbook.data.steps.map(({ step, do: action }) => `${step}: ${action}`));
    const rows = DomUtils.findAll(
      (element) =>
        element.name === 'tr' && element.parent?.type === 'tag' && element.parent.name === 'tbody',
      document.children,
    ).map((row) =>
      DomUtils.getChildren(row)
        .filter((cell) => cell.type === 'tag')
        .map(text),
    );
    // The fixture names who is paged at SEV1 only: SEV2 is covered, its paging not stated.
    expect(rows).toEqual([
      ['SEV1', 'The engineer on call and the CTO'],
      ['SEV2', 'not stated'],
    ]);
  });
});

describe('what the built fixture site offers coding agents', () => {
  it('publishes llms.txt in the llmstxt.org shape, every link to a built twin, examples left out', async () => {
    const text = await readFile(path.join(SITE, 'llms.txt'), 'utf8');
    const [title, blank, summary] = text.split('\n');
    expect(title).toMatch(/^# \S/);
    expect(blank).toBe('');
    expect(summary).toMatch(/^> \S/);
    const sections = text.split(/^## /m).slice(1);
    expect(sections.length).toBeGreaterThan(3);
    const links = [...text.matchAll(/^- \[[^\]]+\]\((\/[^)]+\.md)\)/gm)].map(
      ([, href]) => href ?? '',
    );
    expect(links.length).toBeGreaterThan(10);
    for (const href of links)
      expect(
        pages.includes(href.slice(1)) || (await readFile(path.join(SITE, href), 'utf8')).length > 0,
        href,
      ).toBe(true);
    const { entries } = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    const example = entries.incident.find((incident) => incident.data.example);
    expect(example, 'the fixture has an example postmortem').toBeDefined();
    expect(text).not.toContain(hrefFor('incident', example?.id ?? '').slice(0, -1));
  });

  it("gives every entry page a Markdown twin, and a superseded ADR's twin says so first", async () => {
    const { entries } = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    for (const type of CONTENT_TYPE_NAMES)
      for (const entry of entries[type]) {
        const twin = await readFile(
          path.join(SITE, `${hrefFor(type, entry.id).slice(0, -1)}.md`),
          'utf8',
        );
        expect(twin.startsWith('# '), `${type} ${entry.id}`).toBe(true);
      }
    const superseded = entries.adr.find((adr) => adr.data['superseded-by'] !== undefined);
    if (superseded === undefined) throw new Error('the fixture has a superseded ADR');
    const twin = await readFile(
      path.join(SITE, `${hrefFor('adr', superseded.id).slice(0, -1)}.md`),
      'utf8',
    );
    expect(twin.split('\n').slice(0, 3).join('\n')).toMatch(
      /^> Superseded by \[ADR \d{4}\]\(\/adr\/[^)]+\.md\)/m,
    );
  });
});

describe('action items on the built fixture site', () => {
  it('are marked overdue exactly when open and due before the day the site was built for', async () => {
    const { entries } = assertValidRepository(
      await loadRepository(fixtureRepository('repository'), { today: FIXTURE_TODAY }),
    );
    const marks = { overdue: 0, onTime: 0 };
    for (const incident of entries.incident) {
      const rows = DomUtils.findAll(
        (element) =>
          element.name === 'tr' &&
          DomUtils.findOne(
            (cell) => cell.attribs['data-status'] !== undefined,
            element.children,
          ) !== null &&
          element.parent?.parent?.type === 'tag' &&
          element.parent.parent.attribs['data-action-items'] !== undefined,
        pageAt(hrefFor('incident', incident.id)).children,
      );
      expect(rows).toHaveLength(incident.data['action-items'].length);
      incident.data['action-items'].forEach((item, index) => {
        const overdue =
          !CLOSED_ACTION_ITEM_STATUSES.includes(item.status) && item.due < FIXTURE_TODAY;
        const shown =
          DomUtils.findOne(
            (cell) => cell.attribs['data-status'] === 'overdue',
            rows[index]?.children ?? [],
          ) !== null;
        expect(shown, `${incident.id} action ${index + 1}`).toBe(overdue);
        marks[overdue ? 'overdue' : 'onTime'] += 1;
      });
    }
    expect(marks.overdue, 'the fixture has an overdue action item').toBeGreaterThan(0);
    expect(marks.onTime, 'and one that is not').toBeGreaterThan(0);
  });
});

describe('records brought in by handbook import', () => {
  it('say where they came from and what the source wrote that our fields read differently', async () => {
    const metadata = await metadataOf(hrefFor('adr', '0005-publish-reports-as-pdf'));
    expect(metadata.get('Imported')).toBe(
      'from docs/decisions/0005-publish-reports-as-pdf.md; its status read “Implemented”',
    );
    expect(metadata.get('Decision-makers')).toBe('not recorded');
  });

  it('say "not stated" for a severity or time the record does not give, never a made-up value', async () => {
    const metadata = await metadataOf(hrefFor('incident', '2026-01-20-imported-outage'));
    expect(Object.fromEntries(metadata)).toMatchObject({
      Severity: 'not stated',
      Started: '20 Jan 2026, 09:15 UTC+1',
      Detected: 'not stated',
      Resolved: 'not stated',
      'Time to detect': 'not stated',
      Duration: 'not stated',
    });
    expect(metadata.get('Imported')).toContain('times in CET (+01:00) as the record states');
  });
});

describe('a decision log in a folder of its own', () => {
  it('publishes its ADRs under their log, named by log and number, with a facet per log', async () => {
    const id = 'tooling/0001-pin-the-node-version';
    const page = await readFile(path.join(SITE, hrefFor('adr', id), 'index.html'), 'utf8');
    expect(page).toContain('<title>ADR tooling/0001: Pin the Node version in the repository');
    expect(page).toMatch(/data-pagefind-filter="log"[^>]*>tooling</);
    const logFacet = await readFile(path.join(SITE, 'adr/log/tooling/index.html'), 'utf8');
    expect(logFacet).toContain(hrefFor('adr', id));
    expect(logFacet).not.toContain(hrefFor('adr', '0002-use-postgres'));
    const main = await readFile(path.join(SITE, 'adr/log/main/index.html'), 'utf8');
    expect(main).toContain(hrefFor('adr', '0002-use-postgres'));
    expect(main).not.toContain(hrefFor('adr', id));
  });
});
