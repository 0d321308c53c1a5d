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
  // `npm test` runs desktop and phone: every spec at desktop width, and at phone width the tests
  // tagged @phone, whose layout changes there. `npm run test:a11y` runs the sweep of every page.
  projects: [
    {
      name: 'desktop',
      testMatch: /\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'phone',
      testMatch: /\.spec\.ts$/,
      grep: /@phone/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
    {
      // `astro dev` over a fixture copy with a broken file: what an author sees while writing.
      name: 'dev',
      testMatch: /\.dev\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'a11y-sweep',
      testMatch: /\.sweep\.ts$/,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
});
