import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeFragmentTargets } from './rehype-fragment-targets.ts';
import { rehypeScrollableTables } from './rehype-scrollable-tables.ts';

/**
 * The site's one Markdown pipeline, written once for Markdown entries (rendered by the content
 * loaders from the content lib's tree, `render-entry.ts`) and MDX pages and decks (Astro's
 * processor, `astro.config.ts`): the HTML conversion's options and the rehype plugins every body
 * goes through after its sanitiser.
 */

/**
 * remark-rehype's options: footnote ids are left unprefixed here, for the sanitiser to prefix
 * like every other id (its `clobberPrefix`), so that footnote links follow.
 */
export const REMARK_REHYPE_OPTIONS = { clobberPrefix: '' } as const satisfies RemarkRehypeOptions;

/**
 * The plugins after a body's sanitiser, in order: targets for `#fragment` links, what is
 * particular to the body's kind (`between`: heading ids for entries, slides for decks), then
 * tables that scroll sideways.
 */
export function afterSanitiser<Plugin>(
  between: readonly Plugin[] = [],
): (Plugin | typeof rehypeFragmentTargets | typeof rehypeScrollableTables)[] {
  return [rehypeFragmentTargets, ...between, rehypeScrollableTables];
}
