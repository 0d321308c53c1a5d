import { defineConfig } from 'vitest/config';

/**
 * Test files run one after another: several build the site from other repositories, and Astro
 * keeps one content store per site root, so two builds at once would read each other's content.
 * Nx runs this target after the site's typecheck and build for the same reason.
 */
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], fileParallelism: false },
});
