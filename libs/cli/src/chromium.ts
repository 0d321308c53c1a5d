import { existsSync } from 'node:fs';

/**
 * Debian's Chromium builds, used where Playwright cannot download its own browser (these CI
 * machines), fastest first: the headless shell (package `chromium-headless-shell`, the old
 * headless mode Playwright itself runs tests in, about 2.5 times faster a page here), then the
 * full browser (package `chromium`).
 */
const DEBIAN_CHROMIUMS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * How Playwright launches Chromium here: the first Debian build installed (with the flags a
 * container needs), Playwright's own otherwise. Shared by `handbook export` and the browser tests.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args?: string[] } {
  const executablePath = DEBIAN_CHROMIUMS.find((candidate) => existsSync(candidate));
  return executablePath === undefined
    ? {}
    : {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      };
}
