import { readdir, readFile } from 'node:fs/promises';
import { runCli } from '@handbook/cli';
import { CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { countSlides } from '@handbook/slides';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { expect, FIXTURE_REPOSITORY, required, siteUrl, test } from '../src/fixtures.ts';
import { fixtureSite } from '../src/serve-built-site.ts';

/** The fixture repository's deck: twelve slides, speaker notes on the first, a scorecard metric on the third. */
const DECK = 'platform-review';
const deckUrl = hrefFor('deck', DECK);
/** The deck presented: `?present` opens it at the first slide. */
const presentUrl = `${deckUrl}?present`;

/** How the export tests run the CLI: in the fixture repository on a fixed day, output to the given sinks. */
const exportIo = (output: {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}) => ({
  stdout: output.stdout ?? (() => undefined),
  stderr: output.stderr ?? (() => undefined),
  cwd: FIXTURE_REPOSITORY,
  colour: false,
  today: '2026-11-24',
  now: '2026-11-24T12:00:00+00:00',
});

/** The number of the slide the audience sees, from the one visible slide. */
async function visibleSlide(page: Page): Promise<number> {
  const visible = page.locator('[data-deck] section.slide:visible');
  await expect(visible).toHaveCount(1);
  return Number(await visible.getAttribute('data-slide'));
}

test('the decks page lists every deck of content/decks', async ({ page, repository }) => {
  await page.goto(CONTENT_TYPES.deck.route);
  const decks = repository.entries.deck;
  await expect(page.locator('[data-deck-id]')).toHaveCount(decks.length);
  await page
    .getByRole('link', { name: decks.find((deck) => deck.id === DECK)?.data.title ?? DECK })
    .click();
  await expect(page).toHaveURL(new RegExp(`${deckUrl}`));
});

test(
  'the keyboard moves one slide at a time and every slide has its own URL',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto(presentUrl);
    const total = await page.locator('[data-deck] section.slide').count();
    expect(total).toBeGreaterThan(10);
    expect(await visibleSlide(page)).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await visibleSlide(page)).toBe(2);
    await expect(page).toHaveURL(/#slide-2$/);
    await page.keyboard.press('Space');
    expect(await visibleSlide(page)).toBe(3);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSlide(page)).toBe(1);
    await page.keyboard.press('ArrowLeft');
    expect(await visibleSlide(page)).toBe(1);
    await page.keyboard.press('End');
    expect(await visibleSlide(page)).toBe(total);
    await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
    await page.keyboard.press('PageDown');
    expect(await visibleSlide(page)).toBe(total);
    await page.keyboard.press('Home');
    expect(await visibleSlide(page)).toBe(1);
  },
);

test('the deck page shows every slide as a preview that is the slide in miniature', async ({
  page,
}) => {
  await page.goto(deckUrl);
  const slides = page.locator('[data-deck] section.slide');
  const total = await slides.count();
  await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present ▶' })).toBeVisible();
  /** Each block of slide 3 as offsets from the slide's corner, and the slide's width. */
  const layout = () =>
    page.locator('#slide-3').evaluate((slide) => {
      const box = slide.getBoundingClientRect();
      return {
        width: box.width,
        blocks: [...slide.querySelectorAll('.slide-body > *, .metric-card')]
          .filter((block) => getComputedStyle(block).display !== 'none')
          .map((block) => {
            const inner = block.getBoundingClientRect();
            return [inner.left - box.left, inner.top - box.top, inner.width, inner.height];
          }),
      };
    });
  const preview = await layout();
  await page.locator('#slide-3').click();
  expect(await visibleSlide(page)).toBe(3);
  const presented = await layout();
  const scale = presented.width / preview.width;
  expect(scale).toBeGreaterThan(1.5);
  expect(preview.blocks.length).toBeGreaterThan(2);
  presented.blocks.forEach((block, index) =>
    block.forEach((value, axis) =>
      expect(
        Math.abs(value / scale - (preview.blocks[index]?.[axis] ?? Number.NaN)),
      ).toBeLessThanOrEqual(1),
    ),
  );
});

test('Present starts at the first slide with a counter; Escape returns to the deck page', async ({
  page,
}) => {
  await page.goto(deckUrl);
  const total = await page.locator('[data-deck] section.slide').count();
  await page.getByRole('button', { name: 'Present ▶' }).click();
  expect(await visibleSlide(page)).toBe(1);
  await expect(page.locator('[data-deck-counter]')).toHaveText(`1 / ${total}`);
  await expect(page.locator('.site-header')).toBeHidden();
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page.locator('[data-deck-counter]')).toHaveText(`2 / ${total}`);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${deckUrl}$`));
});

test('a click on the right half moves on, on the left half back; a swipe moves too', async ({
  page,
}) => {
  await page.goto(presentUrl);
  const slide = page.locator('#slide-1');
  const box = required((await slide.boundingBox()) ?? undefined, 'the first slide');
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height / 2);
  expect(await visibleSlide(page)).toBe(2);
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height / 2);
  expect(await visibleSlide(page)).toBe(1);
  const swipe = (from: number, to: number) =>
    page.locator('[data-deck]').evaluate(
      (deck, [start, end]) => {
        const touch = (x: number) =>
          new Touch({ identifier: 1, target: deck, clientX: x, clientY: 300 });
        deck.dispatchEvent(
          new TouchEvent('touchstart', {
            touches: [touch(start)],
            changedTouches: [touch(start)],
            bubbles: true,
          }),
        );
        deck.dispatchEvent(
          new TouchEvent('touchend', { touches: [], changedTouches: [touch(end)], bubbles: true }),
        );
      },
      [from, to] as const,
    );
  await swipe(600, 300);
  expect(await visibleSlide(page)).toBe(2);
  await swipe(300, 600);
  expect(await visibleSlide(page)).toBe(1);
});

test(
  'on a phone the deck page shows the slides at full width, and a tap presents and moves on',
  { tag: '@phone' },
  async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      baseURL: siteUrl('HANDBOOK_FIXTURE_URL'),
    });
    const page = await context.newPage();
    await page.goto(deckUrl);
    const [deck, first] = await Promise.all([
      page.locator('[data-deck]').boundingBox(),
      page.locator('#slide-1').boundingBox(),
    ]);
    expect(Math.abs((first?.width ?? 0) - (deck?.width ?? Number.NaN))).toBeLessThanOrEqual(1);
    await page.locator('#slide-2').tap();
    expect(await visibleSlide(page)).toBe(2);
    const box = required((await page.locator('#slide-2').boundingBox()) ?? undefined, 'slide 2');
    await page.touchscreen.tap(box.x + box.width * 0.8, box.y + box.height / 2);
    expect(await visibleSlide(page)).toBe(3);
    await context.close();
  },
);

test('no slide overflows its 16:9 canvas, and the title slide is centred in it', async ({
  page,
}) => {
  await page.goto(deckUrl);
  const fits = await page
    .locator('[data-deck] .slide-body')
    .evaluateAll((bodies) =>
      bodies.map(
        (body) =>
          body.scrollHeight <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth + 1,
      ),
    );
  expect(fits.every(Boolean), JSON.stringify(fits)).toBe(true);
  const gaps = await page.locator('#slide-1').evaluate((slide) => {
    const box = slide.getBoundingClientRect();
    const blocks = [...slide.querySelectorAll('.slide-body > *')]
      .filter((block) => getComputedStyle(block).display !== 'none')
      .map((block) => block.getBoundingClientRect());
    const top = Math.min(...blocks.map((block) => block.top)) - box.top;
    const bottom = box.bottom - Math.max(...blocks.map((block) => block.bottom));
    return { top, bottom, height: box.height };
  });
  expect(gaps.top).toBeGreaterThan(gaps.height * 0.1);
  expect(Math.abs(gaps.top - gaps.bottom)).toBeLessThanOrEqual(gaps.height * 0.05);
});

test('a deep link opens its slide', async ({ page }) => {
  await page.goto(`${deckUrl}#slide-5`);
  expect(await visibleSlide(page)).toBe(5);
  await expect(page.locator('#slide-5')).toBeInViewport();
});

test('O shows every slide in an overview; a click opens that slide, Escape closes the overview', async ({
  page,
}) => {
  await page.goto(presentUrl);
  const total = await page.locator('[data-deck] section.slide').count();
  await page.keyboard.press('o');
  await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
  await page.locator('#slide-4').click();
  expect(await visibleSlide(page)).toBe(4);
  await page.keyboard.press('O');
  await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
  await page.keyboard.press('Escape');
  expect(await visibleSlide(page)).toBe(4);
});

test('the presenter window follows the audience window and leads it, with notes and the next slide', async ({
  context,
  page,
}) => {
  await page.goto(presentUrl);
  const presenter = await context.newPage();
  await presenter.goto(`${deckUrl}?presenter#slide-1`);
  await expect(presenter.locator('[data-presenter-current] section.slide')).toHaveAttribute(
    'data-slide',
    '1',
  );
  await expect(presenter.locator('[data-presenter-next] section.slide')).toHaveAttribute(
    'data-slide',
    '2',
  );
  await expect(presenter.locator('[data-presenter-notes]')).toContainText(
    'preliminary observations',
  );
  await expect(presenter.locator('[data-presenter-clock]')).toHaveText(/^\d\d:\d\d$/);
  await expect(presenter.locator('[data-presenter-left]')).toHaveText(
    /^\d\d:\d\d left in this part$/,
  );

  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(presenter.locator('[data-presenter-current] section.slide')).toHaveAttribute(
    'data-slide',
    '2',
  );

  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => visibleSlide(page)).toBe(4);
  await expect(page).toHaveURL(/#slide-4$/);
});

test('the print layout puts every slide on a page of its own, without speaker notes', async ({
  page,
}) => {
  await page.goto(deckUrl);
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('[data-deck] section.slide');
  const total = await slides.count();
  await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
  expect(await slides.first().evaluate((slide) => getComputedStyle(slide).breakAfter)).toBe('page');
  await expect(page.locator('[data-deck] aside.notes').first()).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test(
  'without JavaScript the deck reads as one long page',
  { tag: '@phone' },
  async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl('HANDBOOK_FIXTURE_URL')}${deckUrl}`);
    const total = await page.locator('[data-deck] section.slide').count();
    await expect(page.locator('[data-deck] section.slide:visible')).toHaveCount(total);
    await context.close();
  },
);

test('a figure on a slide is the figure on the dashboard, met or missed as the dashboard says', async ({
  page,
}) => {
  await page.goto('/');
  const dora = page.locator('[data-dora-key="time-to-restore-minutes"]');
  const onDashboard = await dora.locator('[data-current]').textContent();
  const standing = dora.locator('[data-target] [data-status]');
  const words = await standing.textContent();
  const value = await standing.getAttribute('data-status');
  await page.goto(deckUrl);
  const card = page.locator('[data-metric="time-to-restore-minutes"]');
  await expect(card.locator('[data-current]')).toHaveText(onDashboard ?? '');
  await expect(card).toHaveAttribute('data-status', value ?? '');
  await expect(card.locator('[data-standing]')).toHaveText(words ?? '');
  // COGS: the scorecard's current share against the kill switch's limit, not the limit itself.
  const cogs = page.locator('[data-metric-card]', { hasText: 'COGS kill switch' }).first();
  await expect(cogs.locator('[data-current]')).toHaveText('9% of MRR');
  await expect(cogs).toHaveAttribute('data-status', 'met');
});

test('the roster slide gives a person tenure and engagement as the roster states them', async ({
  page,
  repository,
}) => {
  const person = required(
    repository.roster.people.find(
      (member) => member.tenure !== undefined && member.engagement !== undefined,
    ),
    'a fixture person with a tenure and an engagement',
  );
  await page.goto(deckUrl);
  const row = page.locator(`[data-deck] [data-person-id="${person.id}"]`);
  await expect(row).toContainText(person.name);
  await expect(row.locator('[data-tenure]')).toHaveText(` · ${person.tenure?.stated ?? ''}`);
  await expect(row.locator('[data-engagement]')).toHaveText(` ${person.engagement ?? ''}`);
});

test('handbook export deck writes a PDF with one page per slide, with or without speaker notes', async ({
  repository,
}, testInfo) => {
  const slides = countSlides(
    required(repository.entries.deck.find((deck) => deck.id === DECK)?.tree, `deck ${DECK}`),
  );
  for (const notes of [false, true]) {
    const file = testInfo.outputPath(`deck${notes ? '-notes' : ''}.pdf`);
    let printed = '';
    const io = exportIo({ stdout: (text) => void (printed += text) });
    const site = fixtureSite('repository');
    expect(
      await runCli(
        ['export', 'deck', DECK, '--pdf', file, '--site', site, ...(notes ? ['--notes'] : [])],
        io,
      ),
    ).toBe(0);
    expect(printed).toContain('.pdf');
    const pdf = await PDFDocument.load(await readFile(file));
    expect(pdf.getPageCount()).toBe(slides);
    expect(pdf.getPage(0).getSize()).toEqual({ width: 960, height: 540 });
  }
  const again = testInfo.outputPath('deck.pdf');
  const before = await readFile(again);
  let refused = '';
  const io = exportIo({ stderr: (text) => void (refused += text) });
  const site = fixtureSite('repository');
  expect(await runCli(['export', 'deck', DECK, '--pdf', again, '--site', site], io)).toBe(2);
  expect(refused).toContain('already exists; it was left as it is. Pass --force to replace it');
  expect(await readFile(again)).toEqual(before);
});

test('handbook export deck writes PowerPoint with one slide and its notes per deck slide, and PNGs', async ({
  repository,
}, testInfo) => {
  const slides = countSlides(
    required(repository.entries.deck.find((deck) => deck.id === DECK)?.tree, `deck ${DECK}`),
  );
  const pptx = testInfo.outputPath('deck.pptx');
  const png = testInfo.outputPath('slides');
  const io = exportIo({});
  const site = fixtureSite('repository');
  expect(
    await runCli(['export', 'deck', DECK, '--pptx', pptx, '--png', png, '--site', site], io),
  ).toBe(0);
  const zip = await JSZip.loadAsync(await readFile(pptx));
  const slideFiles = Object.keys(zip.files).filter((name) =>
    /^ppt\/slides\/slide\d+\.xml$/.test(name),
  );
  expect(slideFiles).toHaveLength(slides);
  const notes = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      .map((name) => zip.file(name)?.async('string') ?? ''),
  );
  expect(notes.some((xml) => xml.includes('preliminary observations'))).toBe(true);
  const images = (await readdir(png)).sort();
  expect(images).toHaveLength(slides);
  const first = await readFile(`${png}/${images[0] ?? ''}`);
  expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1280, 720]);
});

test("the deck's debt slide gives each item its source's label, not a priority the source never set", async ({
  page,
  repository,
}) => {
  const labelled = repository.entries.debt.filter(
    (item) =>
      item.data.label !== undefined && item.data.resolved === undefined && !item.data.example,
  );
  expect(labelled.length).toBeGreaterThan(0);
  await page.goto(deckUrl);
  for (const item of labelled)
    await expect(
      page.locator(
        `[data-deck] [data-debt-label-group="${item.data.label}"] [data-debt-id="${item.id}"]`,
      ),
    ).toHaveText(item.data.title);
  await expect(page.locator('[data-deck] [data-debt-summary]')).not.toContainText('critical');
});
