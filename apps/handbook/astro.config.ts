import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';

export default defineConfig({
  site: 'https://handbook.example.com',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Markdown entries are rendered by the content loaders from the tree `@handbook/content`
    // parsed with remark; this processor serves MDX pages, which remark parses too, so the site
    // and the checks agree on what a heading or a link is.
    processor: unified({ rehypePlugins: [rehypeScrollableTables] }),
  },
});
