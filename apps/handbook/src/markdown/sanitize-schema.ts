import { defaultSchema, type Options } from 'rehype-sanitize';

/**
 * What Markdown bodies may contain once rendered: GitHub's allow-list (the one github.com uses
 * for READMEs: no scripts, event handlers, styles, iframes, forms or `javascript:` URLs), with
 * ids kept unprefixed because heading ids are added after sanitising, and only `http`,
 * `https` and `mailto` links.
 */
export const SANITIZE_SCHEMA: Options = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
