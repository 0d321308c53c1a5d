/** The `handbook` process: reads the clock and the environment, runs the command line, sets the exit code. */
import { localIsoDateTime } from './clock.ts';
import { runCli } from './program.ts';

const instant = new Date();
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  today: process.env.HANDBOOK_TODAY || undefined,
  now: localIsoDateTime(instant),
});
