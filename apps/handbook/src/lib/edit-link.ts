import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The branch edits are proposed against when `package.json` does not name one (`handbook.branch`). */
const DEFAULT_BRANCH = 'main';

/**
 * Where a file of the content repository at `root` is edited on its forge: the `repository` of
 * its `package.json` (a URL string or `{ url }`, `git+` prefix and `.git` suffix dropped) with
 * `/edit/<branch>/` (the GitHub and GitLab form) and the branch from `handbook.branch`, or
 * `main`. Input: the repository root. Output: a function from a repository-relative path to its
 * edit URL, or `undefined` when no repository URL is configured (the site then shows no edit links).
 */
export async function editLinks(root: string): Promise<((file: string) => string) | undefined> {
  let manifest: { repository?: string | { url?: string }; handbook?: { branch?: string } };
  try {
    manifest = JSON.parse(
      await readFile(path.join(root, 'package.json'), 'utf8'),
    ) as typeof manifest;
  } catch {
    return undefined;
  }
  const url =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (url === undefined || !/^(?:git\+)?https:\/\//.test(url)) return undefined;
  const base = url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
  const branch = manifest.handbook?.branch ?? DEFAULT_BRANCH;
  return (file) =>
    `${base}/edit/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
