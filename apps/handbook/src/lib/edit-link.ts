import { repositorySettings } from '@handbook/content';

/**
 * Where a file of the content repository at `root` is edited on its forge: the `repository` of
 * its `package.json` (`git+` prefix and `.git` suffix dropped) with `/edit/<branch>/` (the GitHub
 * and GitLab form) and the branch from `handbook.branch`, or `main` (see `repositorySettings`).
 * Input: the repository root. Output: a function from a repository-relative path to its edit
 * URL, or `undefined` when no https repository URL is configured (the site then shows no edit links).
 */
export function editLinks(root: string): ((file: string) => string) | undefined {
  const { repositoryUrl: url, branch } = repositorySettings(root);
  if (url === undefined || !/^(?:git\+)?https:\/\//.test(url)) return undefined;
  const base = url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
  return (file) =>
    `${base}/edit/${encodeURIComponent(branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
