import { chromiumLaunchOptions } from '@handbook/cli';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where installed (these CI machines), as `handbook export` launches it. */
const launchOptions = chromiumLaunchOptions();

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
