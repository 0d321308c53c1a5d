import { createHash } from 'node:crypto';

/**
 * The one inline script of every page: sets the theme before first paint (stored choice, else
 * the operating system's), so a dark-theme reader never sees a light flash. Inline because a
 * module script runs after paint; allowed by the Content-Security-Policy through its hash.
 */
export const THEME_SCRIPT =
  "document.documentElement.dataset.theme = localStorage.getItem('handbook-theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');";

/** The CSP source of {@link THEME_SCRIPT}: `sha256-` and the base64 SHA-256 of its exact text. */
export const THEME_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
