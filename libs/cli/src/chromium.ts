import { existsSync } from 'node:fs';

/** Debian's Chromium, used where Playwright cannot download its own browser (these CI machines). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * How Playwright launches Chromium here: Debian's build when it is installed (with the flags a
 * container needs), Playwright's own otherwise. Shared by `handbook export` and the browser tests.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  return existsSync(DEBIAN_CHROMIUM)
    ? {
        executablePath: DEBIAN_CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      }
    : {};
}
