import { fileURLToPath } from 'node:url';

/**
 * The repository whose content is published: `HANDBOOK_REPOSITORY` when set (to build the
 * handbook of another checkout), otherwise the one the site sits in, two folders up. Input: the
 * site's root folder as a URL (Astro's `config.root`). Output: an absolute path.
 */
export function repositoryRoot(siteRoot: URL): string {
  return process.env.HANDBOOK_REPOSITORY ?? fileURLToPath(new URL('../../', siteRoot));
}
