import { defineConfig } from 'astro/config';

// Astro's defaults: its own Markdown pipeline, nothing added. The bench passes the content
// folder (BASELINE_CONTENT) and the output folder (--outDir).
export default defineConfig({});
