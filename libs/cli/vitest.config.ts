import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI's tests copy the repository and lint it, often in a child process: on a 2-core
  // machine that also runs the other projects' tasks, one can take several seconds. Speed is
  // measured by `npm run bench`, so a test waits up to 30 s rather than failing on load.
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
