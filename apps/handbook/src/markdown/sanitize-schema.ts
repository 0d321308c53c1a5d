import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What Markdown bodies may contain once rendered: GitHub's allow-list (the one github.com uses
 * for READMEs: no scripts, event handlers, styles, iframes, forms or `javascript:` URLs), with
 * ids kept unprefixed because heading ids are added after sanitising, only `http`, `https` and
 * `mailto` links, and the text of a `<style>` element dropped with it rather than left as text.
 */
export const SANITIZE_SCHEMA: Options = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
