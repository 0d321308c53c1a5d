import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_ONLY_DIRECTIVES, mergePolicies } from '../lib/content-security-policy.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Writes `dist/_headers` (read by Netlify and Cloudflare Pages) after a build: every page's
 * Content-Security-Policy from its `<meta>` element merged into one header for `/*`, plus the
 * directives a `<meta>` cannot carry (`frame-ancestors`), and the usual hardening headers.
 */
export function headersFile(): AstroIntegration {
  return {
    name: 'handbook-headers-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((file) => file.endsWith('.html'));
        const policies = await Promise.all(pages.map(async (page) => META_POLICY.exec(await readFile(path.join(out, page), 'utf8'))?.[1] ?? ''));
        const policy = mergePolicies(policies.filter(Boolean), HEADER_ONLY_DIRECTIVES);
        const headers = ['/*', `  Content-Security-Policy: ${policy}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: same-origin', ''];
        await writeFile(path.join(out, '_headers'), headers.join('\n'));
        logger.info(`_headers written with the policy of ${pages.length} pages`);
      },
    },
  };
}
