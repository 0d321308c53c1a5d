/**
 * The deck runtime (plain TypeScript, no framework): a deck page of slide previews; presenting
 * one slide at a time with keys, a control bar, clicks, taps and swipes, a URL per slide, an
 * overview grid, a black-out, fullscreen, and a presenter window kept in step with the
 * audience window in both directions over a BroadcastChannel. Without it the deck is one long
 * page of slides. Markup it expects: `[data-deck]` holding `section.slide` elements with ids
 * `slide-N`; speaker notes in `aside.notes` inside a slide; in the presenter page
 * (`?presenter`), `[data-presenter-current]`, `[data-presenter-next]`, `[data-presenter-notes]`
 * `[data-presenter-clock]` and `[data-presenter-left]` (time left in the agenda item due).
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

/** How long the pointer rests before the control bar fades, in milliseconds. */
const IDLE_MS = 2500;
/** How far a finger moves sideways, in CSS pixels, for a swipe to change slide. */
const SWIPE_PX = 40;

/** The control bar shown while presenting: previous, `n / N`, a progress bar, next. */
function controlBar(): {
  bar: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  counter: HTMLElement;
  progress: HTMLProgressElement;
} {
  const bar = document.createElement('nav');
  bar.className = 'deck-controls';
  bar.setAttribute('aria-label', 'Slides');
  const button = (label: string, text: string) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.setAttribute('aria-label', label);
    element.textContent = text;
    return element;
  };
  const previous = button('Previous slide', '‹');
  const next = button('Next slide', '›');
  const counter = document.createElement('span');
  counter.className = 'deck-counter';
  counter.setAttribute('aria-live', 'polite');
  counter.dataset.deckCounter = '';
  const progress = document.createElement('progress');
  progress.setAttribute('aria-label', 'Progress through the deck');
  bar.append(previous, counter, progress, next);
  return { bar, previous, next, counter, progress };
}

/**
 * Starts the runtime on the page's deck; does nothing on a page without one. The deck page
 * shows every slide as a preview; presenting starts from its Present button, a click on a
 * preview, a `#slide-N` address or `?present`, and Escape leaves it.
 */
export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (deck === null) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('section.slide')];
  const root = document.documentElement;
  const parameters = new URLSearchParams(location.search);
  const presenter = parameters.has('presenter');
  const channel =
    'BroadcastChannel' in window
      ? new BroadcastChannel(`deck:${deck.dataset.deck ?? ''}`)
      : undefined;
  const fromHash = slideFromHash(location.hash, slides.length);
  let current = fromHash ?? 1;
  let presenting = !presenter && (fromHash !== undefined || parameters.has('present'));
  let jump: string | undefined;
  const controls = controlBar();
  deck.after(controls.bar);
  controls.progress.max = slides.length;

  root.classList.add('deck-js');
  root.classList.toggle('deck-presenter', presenter);
  for (const actions of document.querySelectorAll<HTMLElement>('[data-deck-actions]'))
    actions.hidden = false;

  const show = (number: number, announce: boolean) => {
    current = Math.min(Math.max(number, 1), slides.length);
    const single = presenting && !root.classList.contains('deck-overview');
    slides.forEach((slide, index) => {
      slide.toggleAttribute('data-current', index + 1 === current);
      slide.setAttribute('aria-hidden', String(single && index + 1 !== current));
    });
    if (presenting || presenter)
      history.replaceState(null, '', `${location.pathname}${location.search}#slide-${current}`);
    deck.dataset.current = String(current);
    controls.counter.textContent = `${current} / ${slides.length}`;
    controls.progress.value = current;
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

  const present = (on: boolean, from = current) => {
    presenting = on;
    root.classList.toggle('deck-audience', on);
    if (!on) {
      root.classList.remove('deck-overview', 'deck-black');
      history.replaceState(
        null,
        '',
        `${location.pathname}${location.search.replace(/[?&]present\b/, '')}`,
      );
      if (document.fullscreenElement !== null)
        void document.exitFullscreen().catch(() => undefined);
    }
    show(from, on);
    if (!on) slides[current - 1]?.scrollIntoView({ block: 'nearest' });
  };

  const toggleOverview = (on = !root.classList.contains('deck-overview')) => {
    root.classList.toggle('deck-overview', on);
    show(current, false);
    if (!on) slides[current - 1]?.focus();
  };

  const openPresenter = () =>
    window.open(
      `${location.pathname}?presenter#slide-${current}`,
      `presenter:${deck.dataset.deck ?? ''}`,
    );

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (!presenting && !presenter) return;
    const { key } = event;
    if (jump !== undefined && /^\d$/.test(key)) jump += key;
    else if (jump !== undefined && key === 'Enter') {
      show(Number(jump), true);
      jump = undefined;
    } else if (key === 'g' || key === 'G') jump = '';
    else if (NEXT.has(key) && !(key === ' ' && event.shiftKey)) show(current + 1, true);
    else if (PREVIOUS.has(key) || (key === ' ' && event.shiftKey)) show(current - 1, true);
    else if (key === 'Home') show(1, true);
    else if (key === 'End') show(slides.length, true);
    else if (key === 'o' || key === 'O') toggleOverview();
    else if (key === 'b' || key === 'B') root.classList.toggle('deck-black');
    else if (key === 'Escape' && root.classList.contains('deck-overview')) toggleOverview(false);
    else if (key === 'Escape' && presenting) present(false);
    else if ((key === 'f' || key === 'F') && !presenter)
      void (
        document.fullscreenElement === null ? deck.requestFullscreen() : document.exitFullscreen()
      ).catch(() => undefined);
    else if ((key === 'p' || key === 'P') && !presenter) openPresenter();
    else return;
    if (jump !== undefined && !/^[\dgG]$/.test(key) && key !== 'Enter') jump = undefined;
    event.preventDefault();
  });

  deck.addEventListener('click', (event) => {
    const slide = (event.target as Element).closest<HTMLElement>('section.slide');
    if (slide === null || presenter) return;
    if (!presenting) present(true, slides.indexOf(slide) + 1);
    else if (root.classList.contains('deck-overview')) {
      show(slides.indexOf(slide) + 1, true);
      toggleOverview(false);
    } else {
      const box = slide.getBoundingClientRect();
      show(current + (event.clientX < box.left + box.width / 2 ? -1 : 1), true);
    }
  });

  let touchStart: number | undefined;
  deck.addEventListener('touchstart', (event) => (touchStart = event.touches[0]?.clientX), {
    passive: true,
  });
  deck.addEventListener('touchend', (event) => {
    const end = event.changedTouches[0]?.clientX;
    if (!presenting || touchStart === undefined || end === undefined) return;
    const moved = end - touchStart;
    if (Math.abs(moved) >= SWIPE_PX) show(current + (moved < 0 ? 1 : -1), true);
    touchStart = undefined;
  });

  let idle: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('pointermove', () => {
    root.classList.remove('deck-idle');
    clearTimeout(idle);
    idle = setTimeout(() => root.classList.add('deck-idle'), IDLE_MS);
  });
  controls.previous.addEventListener('click', () => show(current - 1, true));
  controls.next.addEventListener('click', () => show(current + 1, true));
  for (const button of document.querySelectorAll<HTMLElement>('[data-present]'))
    button.addEventListener('click', () => present(true, 1));
  for (const button of document.querySelectorAll<HTMLElement>('[data-open-presenter]'))
    button.addEventListener('click', openPresenter);

  window.addEventListener('hashchange', () => {
    const number = slideFromHash(location.hash, slides.length);
    if (number !== undefined && !presenting && !presenter) present(true, number);
    else show(number ?? current, true);
  });
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
      const following = due === undefined ? undefined : items[items.indexOf(due) + 1];
      const left = document.querySelector<HTMLElement>('[data-presenter-left]');
      if (left !== null)
        left.textContent =
          following === undefined
            ? ''
            : `${clock(Number(following.dataset.offsetMinutes) * 60 - seconds)} left in this part`;
    };
    tick();
    setInterval(tick, 1000);
  }
  root.classList.toggle('deck-audience', presenting);
  show(current, false);
}
