export { EXIT, type ExitCode } from './exit-codes.ts';
export type { CliIo } from './io.ts';
export { runCli } from './program.ts';
export { chromiumLaunchOptions } from './chromium.ts';
