import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium, used where Playwright cannot download its own browser (CI machines here). */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? { executablePath: DEBIAN_CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }
  : {};

export default defineConfig({
  testDir: './tests',
  globalSetup: './src/serve-built-site.ts',
  fullyParallel: true,
  // The browser waits on the page more than it computes: two workers use both cores of a CI machine.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions } },
  ],
});
