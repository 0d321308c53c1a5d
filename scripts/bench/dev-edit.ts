import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile } from 'node:fs/promises';

/** How long one edit took to show, and whether it showed at all within the limit. */
interface EditFigure {
  milliseconds: number;
  shown: boolean;
}

const POLL_MILLISECONDS = 20;
const GIVE_UP_MILLISECONDS = 30_000;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function waitFor(check: () => Promise<boolean>, limit: number): Promise<boolean> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    if (await check()) return true;
    await sleep(POLL_MILLISECONDS);
  }
  return false;
}

/**
 * Starts `astro dev` (the `astro` bin script) for the project at `projectRoot` on `port`, opens
 * `pagePath` once, then appends a new word to `file` `edits` times, each time measuring how long
 * until the page served contains it. Output: each edit's figure. The server is stopped afterwards.
 */
export async function measureDevEdits(
  astro: string,
  projectRoot: string,
  env: NodeJS.ProcessEnv,
  port: number,
  pagePath: string,
  file: string,
  edits: number,
): Promise<EditFigure[]> {
  const server: ChildProcess = spawn(process.execPath, [astro, 'dev', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://localhost:${port}${pagePath}`;
  try {
    if (!(await waitFor(async () => (await fetchText(url)) !== undefined, 180_000)))
      throw new Error(`astro dev did not serve ${url}`);
    const figures: EditFigure[] = [];
    for (let edit = 0; edit < edits; edit += 1) {
      const marker = `benchmarkedit${Date.now()}x${edit}`;
      const start = performance.now();
      await appendFile(file, `\n\nThe edit ${marker} is here.\n`);
      const shown = await waitFor(
        async () => (await fetchText(url))?.includes(marker) ?? false,
        GIVE_UP_MILLISECONDS,
      );
      figures.push({ milliseconds: performance.now() - start, shown });
      await sleep(500);
    }
    return figures;
  } finally {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // The server had already stopped.
    }
  }
}
