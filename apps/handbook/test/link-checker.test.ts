import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../src/integrations/built-pages.ts';
import { brokenLinks } from '../src/integrations/link-checker.ts';

let folder: string | undefined;

/** A built site in a temporary folder: site path of each file → its HTML. */
async function builtSite(files: Record<string, string>): Promise<string> {
  folder = await mkdtemp(path.join(tmpdir(), 'handbook-links-'));
  for (const [file, html] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
    await writeFile(path.join(folder, file), html);
  }
  return folder;
}

/** The broken links of a built site, as the build finds them: one read of its folder, then the check. */
async function findBrokenLinks(outputFolder: string) {
  const { files, pages } = await readBuiltPages(outputFolder);
  return brokenLinks(files, pages);
}

afterEach(async () => {
  if (folder !== undefined) await rm(folder, { recursive: true, force: true });
});

describe('the link checker of the built site', () => {
  it('passes a site whose links and fragments all resolve, whatever form they take', async () => {
    const dir = await builtSite({
      'index.html':
        '<a href="/adr/">log</a><a href="adr/0001-x/#context">ctx</a><a href="https://example.com/x">web</a><a href="mailto:a@b.c">mail</a><a href="#">top</a>',
      'adr/index.html':
        '<a href="../">home</a><a href="/adr/feed.xml">feed</a><a href="/adr/0001-x/?q=1">q</a>',
      'adr/feed.xml': '<feed/>',
      'adr/0001-x/index.html':
        '<h2 id="context">Context</h2><a href="#context">self</a><a name="old">old</a><a href="/adr/0001-x/#old">named</a>',
    });
    expect(await findBrokenLinks(dir)).toEqual([]);
  });

  it('names the page and the link of a broken path and of a broken fragment', async () => {
    const dir = await builtSite({
      'index.html': '<a href="/adr/0002-gone/">gone</a>',
      'adr/0001-x/index.html':
        '<h2 id="context">Context</h2><a href="/#nowhere">home</a><a href="#consequences">later</a>',
    });
    expect(await findBrokenLinks(dir)).toEqual([
      { page: '/', href: '/adr/0002-gone/', reason: 'no page is built at this path' },
      { page: '/adr/0001-x/', href: '/#nowhere', reason: 'no element with id "nowhere" on /' },
      {
        page: '/adr/0001-x/',
        href: '#consequences',
        reason: 'no element with id "consequences" on /adr/0001-x/',
      },
    ]);
  });
});
