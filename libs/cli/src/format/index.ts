import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import type { LintReport } from './report.ts';
import { formatSarif } from './sarif.ts';
import { formatStylish } from './stylish.ts';

/** The output formats of `handbook lint --format`, the first the default. */
export const FORMAT_NAMES = ['stylish', 'json', 'github', 'sarif'] as const;

/** One of {@link FORMAT_NAMES}. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** The formatter of each output format. */
export const FORMATTERS: Record<FormatName, (report: LintReport) => string> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};

export type { LintReport } from './report.ts';
