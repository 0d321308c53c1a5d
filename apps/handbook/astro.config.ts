import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypeScrollableTables } from './src/markdown/rehype-scrollable-tables.ts';
import { remarkAdrLinks } from './src/markdown/remark-adr-links.ts';

export default defineConfig({
  site: 'https://handbook.example.com',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // remark, not Astro 7's default Sätteri: the content lib and `handbook lint` parse with
    // remark too, so the site and the checks agree on what a heading or a link is.
    processor: unified({ remarkPlugins: [remarkAdrLinks], rehypePlugins: [rehypeScrollableTables] }),
  },
});
