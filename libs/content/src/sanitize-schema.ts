import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** The prefix the sanitiser puts before authored `id` and `name` values, as GitHub does, so that no element clobbers `document.querySelector` or a global. */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * What an authored body may contain once rendered, Markdown and MDX alike: GitHub's allow-list
 * (the one github.com uses for READMEs: no scripts, event handlers, styles, iframes, forms,
 * `data-*` attributes such as Pagefind's, or `javascript:` URLs), authored `id` and `name` values
 * prefixed with {@link CLOBBER_PREFIX}, only `http`, `https` and `mailto` links, and the text of a
 * `<style>` element dropped with it rather than left as text. Heading ids are added after
 * sanitising, unprefixed, so that `#decision` links work. `handbook lint` reads the same list to
 * tell which HTML elements an MDX body may write.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  clobberPrefix: CLOBBER_PREFIX,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};

/** The HTML elements an authored body may hold: any other is removed when the page is built. */
export const ALLOWED_HTML_ELEMENTS: ReadonlySet<string> = new Set(SANITIZE_SCHEMA.tagNames ?? []);
