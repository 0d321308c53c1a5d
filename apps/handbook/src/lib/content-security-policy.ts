/**
 * The site's Content-Security-Policy besides `script-src` and `style-src`, which Astro writes
 * with the hash of every script and style it emits (`security.csp`). Nothing is loaded from
 * elsewhere but images (a body may show a diagram from the web); no plug-in, frame or `<base>`;
 * forms submit only to the site (the search box opens the search page). Sources: MDN "Content-Security-Policy", OWASP CSP cheat sheet.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' https: data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/** Directives only an HTTP header can carry (a `<meta>` policy ignores them): no site may frame the handbook. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * One policy that allows what every page's policy allows: the union of the sources of each
 * directive across `policies` (each `directive source source; …`), directives in first-seen
 * order, then `extra` directives. For a host header that covers every page (`/*`).
 */
export function mergePolicies(policies: readonly string[], extra: readonly string[] = []): string {
  const sources = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const [name = '', ...values] = directive.split(/\s+/);
      const known = sources.get(name) ?? new Set<string>();
      for (const value of values) known.add(value);
      sources.set(name, known);
    }
  }
  return [...[...sources].map(([name, values]) => [name, ...values].join(' ')), ...extra].join(
    '; ',
  );
}
