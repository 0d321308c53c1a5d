import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { PLACEHOLDER_SITE, repositorySettings } from '@handbook/content';
import { rehypeSlides } from '@handbook/slides';
import { defineConfig } from 'astro/config';
import { builtPages } from './src/integrations/built-pages.ts';
import { repositoryRoot } from './src/lib/repository-root.ts';
import { CSP_DIRECTIVES } from './src/lib/content-security-policy.ts';
import { THEME_SCRIPT_HASH } from './src/lib/theme-script.ts';
import { rehypeSanitizeMdx } from './src/markdown/rehype-sanitize-mdx.ts';
import { afterSanitiser, REMARK_REHYPE_OPTIONS } from './src/markdown/site-pipeline.ts';

export default defineConfig({
  // The published address (`handbook.site` in the content repository's package.json), which the
  // sitemap and feeds carry; never localhost.
  site: repositorySettings(repositoryRoot(new URL('./', import.meta.url))).site ?? PLACEHOLDER_SITE,
  trailingSlash: 'always',
  // The sitemap lists every published page; the accessibility sweep reads it. Once built, the
  // pages are indexed by Pagefind for search while they are read once for the link check (a link
  // or fragment that leads nowhere fails the build) and for `_headers`.
  integrations: [mdx(), sitemap(), builtPages()],
  // Every page carries a Content-Security-Policy <meta>: only the handbook's own scripts and
  // styles (hashed by Astro, the inline theme script by its hash) may run.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval' allows that and no eval.
      scriptDirective: { hashes: [THEME_SCRIPT_HASH], resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // Markdown entries are rendered by the content loaders from the tree `@handbook/content`
    // parsed; this processor serves MDX pages and decks, which `@handbook/content` parses with the
    // same MDX parser, so the site and the checks agree on what a heading or a link is. The MDX
    // body is sanitised first, with the Markdown allow-list and only the handbook's components
    // trusted (ADR 0025); then, in decks, horizontal rules split slides (libs/slides).
    processor: unified({
      remarkRehype: REMARK_REHYPE_OPTIONS,
      rehypePlugins: [rehypeSanitizeMdx, ...afterSanitiser([rehypeSlides])],
    }),
    // No highlighter: Shiki writes inline styles, which the Content-Security-Policy forbids, and
    // Markdown entries are rendered without highlighting too.
    syntaxHighlight: false,
  },
});
