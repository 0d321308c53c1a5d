/**
 * What a command may touch of the outside world, passed in so that tests run commands in-process
 * against a temporary repository and read what they print.
 */
export interface CliIo {
  /** Writes text to standard output as is (callers add line ends). */
  stdout(text: string): void;
  /** Writes text to standard error as is. */
  stderr(text: string): void;
  /** The directory relative paths are resolved from. */
  cwd: string;
  /** Whether standard output takes ANSI colours (a terminal, and `NO_COLOR` unset). */
  colour: boolean;
  /**
   * A fixed today, `YYYY-MM-DD` as written (`HANDBOOK_TODAY`, for reproducible runs); absent,
   * commands ask the repository's clock (`today` in `clock.ts`).
   */
  today?: string;
  /** The current instant with the author's UTC offset, ISO 8601 (`2026-11-24T16:40:00+01:00`). */
  now: string;
}
