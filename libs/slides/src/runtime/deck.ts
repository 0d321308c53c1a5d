/**
 * The deck runtime (plain TypeScript, no framework): one slide at a time, keyboard navigation,
 * a URL per slide, an overview grid, fullscreen, and a presenter window kept in step with the
 * audience window in both directions over a BroadcastChannel. Without it the deck is one long
 * page of slides. Markup it expects: `[data-deck]` holding `section.slide` elements with ids
 * `slide-N`; speaker notes in `aside.notes` inside a slide; in the presenter page
 * (`?presenter`), `[data-presenter-current]`, `[data-presenter-next]`, `[data-presenter-notes]`
 * and `[data-presenter-clock]`.
 */

/** Keys, as `KeyboardEvent.key`, and what they do. */
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

interface DeckMessage {
  slide: number;
}

/** The 1-based slide number a URL hash names (`#slide-3`), or `undefined`. */
export function slideFromHash(hash: string, count: number): number | undefined {
  const match = /^#slide-(\d+)$/.exec(hash);
  const number = match === null ? Number.NaN : Number(match[1]);
  return number >= 1 && number <= count ? number : undefined;
}

/** `mm:ss` (or `h:mm:ss`) of a number of seconds. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const [hours, minutes, rest] = [
    Math.floor(whole / 3600),
    Math.floor((whole % 3600) / 60),
    whole % 60,
  ];
  const pad = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${pad(minutes)}:${pad(rest)}`;
}

/** Starts the runtime on the page's deck; does nothing on a page without one. */
export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (deck === null) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('section.slide')];
  const root = document.documentElement;
  const presenter = new URLSearchParams(location.search).has('presenter');
  const channel =
    'BroadcastChannel' in window
      ? new BroadcastChannel(`deck:${deck.dataset.deck ?? ''}`)
      : undefined;
  let current = slideFromHash(location.hash, slides.length) ?? 1;

  root.classList.add('deck-js', presenter ? 'deck-presenter' : 'deck-audience');

  const show = (number: number, announce: boolean) => {
    current = Math.min(Math.max(number, 1), slides.length);
    slides.forEach((slide, index) => {
      slide.toggleAttribute('data-current', index + 1 === current);
      slide.setAttribute(
        'aria-hidden',
        String(index + 1 !== current && !root.classList.contains('deck-overview')),
      );
    });
    history.replaceState(null, '', `${location.pathname}${location.search}#slide-${current}`);
    deck.dataset.current = String(current);
    if (presenter) renderPresenter();
    if (announce) channel?.postMessage({ slide: current } satisfies DeckMessage);
  };

  const renderPresenter = () => {
    const copy = (selector: string, slide: HTMLElement | undefined) => {
      const target = document.querySelector<HTMLElement>(selector);
      if (target !== null)
        target.replaceChildren(...(slide === undefined ? [] : [slide.cloneNode(true)]));
    };
    copy('[data-presenter-current]', slides[current - 1]);
    copy('[data-presenter-next]', slides[current]);
    const notes = document.querySelector<HTMLElement>('[data-presenter-notes]');
    const source = slides[current - 1]?.querySelector('aside.notes');
    if (notes !== null)
      notes.replaceChildren(
        ...(source === null || source === undefined
          ? [document.createTextNode('No notes for this slide.')]
          : [...source.cloneNode(true).childNodes]),
      );
  };

  const toggleOverview = (on = !root.classList.contains('deck-overview')) => {
    root.classList.toggle('deck-overview', on);
    show(current, false);
    if (!on) slides[current - 1]?.focus();
  };

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (NEXT.has(key) && !(key === ' ' && event.shiftKey)) show(current + 1, true);
    else if (PREVIOUS.has(key) || (key === ' ' && event.shiftKey)) show(current - 1, true);
    else if (key === 'Home') show(1, true);
    else if (key === 'End') show(slides.length, true);
    else if (key === 'o' || key === 'O') toggleOverview();
    else if (key === 'Escape') toggleOverview(false);
    else if ((key === 'f' || key === 'F') && !presenter)
      void (
        document.fullscreenElement === null ? deck.requestFullscreen() : document.exitFullscreen()
      ).catch(() => undefined);
    else if ((key === 'p' || key === 'P') && !presenter)
      window.open(
        `${location.pathname}?presenter#slide-${current}`,
        `presenter:${deck.dataset.deck ?? ''}`,
      );
    else return;
    event.preventDefault();
  });

  deck.addEventListener('click', (event) => {
    const slide = (event.target as Element).closest<HTMLElement>('section.slide');
    if (slide === null || !root.classList.contains('deck-overview')) return;
    show(slides.indexOf(slide) + 1, true);
    toggleOverview(false);
  });

  window.addEventListener('hashchange', () =>
    show(slideFromHash(location.hash, slides.length) ?? current, true),
  );
  channel?.addEventListener('message', (event: MessageEvent<DeckMessage>) =>
    show(event.data.slide, false),
  );

  if (presenter) {
    const started = Date.now();
    const tick = () => {
      const seconds = (Date.now() - started) / 1000;
      const target = document.querySelector<HTMLElement>('[data-presenter-clock]');
      if (target !== null) target.textContent = clock(seconds);
      const items = [
        ...document.querySelectorAll<HTMLElement>('[data-presenter-agenda] [data-offset-minutes]'),
      ];
      const due = items.filter((item) => Number(item.dataset.offsetMinutes) * 60 <= seconds).at(-1);
      for (const item of items) item.setAttribute('aria-current', String(item === due));
    };
    tick();
    setInterval(tick, 1000);
  }
  show(current, false);
}
