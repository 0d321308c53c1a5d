/**
 * The response headers every published page carries, in order: `[name, value]` pairs. The build
 * writes them once, as `dist/_headers` (the format Netlify and Cloudflare Pages read); a
 * self-hosted server's configuration is generated from that file (`handbook caddyfile`), so every
 * host sends the same policy.
 */
export type HeaderPolicy = readonly (readonly [name: string, value: string])[];

/** The header that keeps search engines out (unless the repository opts in to public indexing). */
export const NO_INDEX_HEADER = ['X-Robots-Tag', 'noindex, nofollow'] as const;

/**
 * The text of `_headers` for `policy`: one rule for every path (`/*`), one indented
 * `Name: value` line per header, a final newline. Source: Netlify "Custom headers", Cloudflare
 * Pages "Headers".
 */
export function headersFileText(policy: HeaderPolicy): string {
  return ['/*', ...policy.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/**
 * The headers `_headers` text gives every path (`/*`): the inverse of {@link headersFileText}.
 * Lines of other path rules, comments and blank lines are skipped. Output: `[name, value]` pairs
 * in file order; empty when the file has no `/*` rule.
 */
export function readHeadersFile(text: string): HeaderPolicy {
  const headers: (readonly [string, string])[] = [];
  let everyPath = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      everyPath = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (everyPath && colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return headers;
}
