/** The `handbook` process: reads the clock and the environment, runs the command line, sets the exit code. */
import { localIsoDateTime, localToday } from './clock.ts';
import { runCli } from './program.ts';

const instant = new Date();
const today = localToday(instant, process.env.HANDBOOK_TODAY);
if (today === undefined) {
  process.stderr.write(
    `handbook: HANDBOOK_TODAY must be a date written YYYY-MM-DD, not "${process.env.HANDBOOK_TODAY}".\n`,
  );
  process.exitCode = 2;
} else {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    today,
    now: localIsoDateTime(instant),
  });
}
