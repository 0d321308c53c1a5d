import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Wall time and peak resident memory of one whole process, and what it printed. */
export interface ProcessFigures {
  seconds: number;
  peakMegabytes: number;
  stdout: string;
}

/**
 * Runs `command args` under GNU `/usr/bin/time` and returns its wall time (seconds) and peak
 * resident set size (MB), whatever its exit code (a lint that finds problems exits 1).
 */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<ProcessFigures> {
  const result = await run('/usr/bin/time', ['-f', 'BENCH %e %M', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: { stdout: string; stderr: string }) => error);
  const [, seconds = 'NaN', kilobytes = 'NaN'] = /BENCH ([\d.]+) (\d+)/.exec(result.stderr) ?? [];
  return {
    seconds: Number(seconds),
    peakMegabytes: Number(kilobytes) / 1024,
    stdout: result.stdout,
  };
}

/**
 * The middle item of `items` by `key` (the upper middle of an even count): a whole run or page
 * to report, where `median` of `@handbook/schema` gives a number. `undefined` for none.
 */
export function middleBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor(items.length / 2)];
}

/** The run with the median wall time of `count` runs in turn. */
export async function medianOf(
  count: number,
  measure: () => Promise<ProcessFigures>,
): Promise<ProcessFigures> {
  const runs: ProcessFigures[] = [];
  for (let index = 0; index < count; index += 1) runs.push(await measure());
  return middleBy(runs, (run) => run.seconds) as ProcessFigures;
}
