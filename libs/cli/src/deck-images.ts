import type { Page } from 'playwright';

/** One slide as an image, with its speaker notes as text (empty when it has none). */
export interface SlideImage {
  png: Buffer;
  notes: string;
}

/** The size every slide is captured at: the slide canvas's own, 1280x720 CSS pixels. */
const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/**
 * Every slide of the deck at `deckUrl` as a PNG of the whole canvas, presenting one slide at a
 * time in a 1280x720 window with the control bar hidden, in order, with its speaker notes as
 * plain text. Input: a page of a launched browser and the deck page's address.
 */
export async function captureSlides(page: Page, deckUrl: string): Promise<SlideImage[]> {
  await page.setViewportSize(SLIDE_SIZE);
  await page.goto(`${deckUrl}?present#slide-1`);
  // Through the CSSOM, which the page's Content-Security-Policy allows, unlike an injected <style>.
  await page.locator('.deck-controls').evaluate((bar) => bar.style.setProperty('display', 'none'));
  const count = await page.locator('[data-deck] section.slide').count();
  const images: SlideImage[] = [];
  for (let number = 1; number <= count; number += 1) {
    await page.evaluate(`location.hash = '#slide-${number}'`);
    const slide = page.locator(`#slide-${number}`);
    await slide.waitFor({ state: 'visible' });
    const notes = await slide
      .locator('aside.notes')
      .evaluateAll((asides) => asides.map((aside) => aside.textContent?.trim() ?? '').join('\n\n'));
    images.push({ png: await slide.screenshot({ animations: 'disabled' }), notes });
  }
  return images;
}
