import { ROSTER_FILE, RosterSchema, type Roster } from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { scanSecrets } from './rules/safety/secret.ts';
import { readSourceFile } from './source-file.ts';
import { validateWithSchema } from './validate.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** The roster as read: valid data when valid, the positioned YAML when it parsed, and every problem. */
export interface ReadRoster {
  roster: Roster | undefined;
  yaml: YamlSource | undefined;
  diagnostics: Diagnostic[];
}

/** Reads and validates `content/team.yaml` with positions, and scans it for secrets (`/team/` publishes it). Never throws; a missing file is one diagnostic. */
export async function readRoster(root: string): Promise<ReadRoster> {
  const { source, missing, diagnostics } = await readSourceFile(root, ROSTER_FILE);
  if (source === undefined) {
    return {
      roster: undefined,
      yaml: undefined,
      diagnostics: missing ? [report(RULES.missingRoster, { file: ROSTER_FILE, line: 1, column: 1 }, { file: ROSTER_FILE })] : diagnostics,
    };
  }
  const secrets = await scanSecrets(source.file, source.text);
  const yaml = parseYamlSource(source.text, { firstLine: 1, origin: { line: 1, column: 1 } });
  if (yaml.syntaxErrors.length > 0) {
    const syntax = yaml.syntaxErrors.map(({ at, ...problem }) => report(RULES.yamlSyntax, { file: source.file, ...at }, { ...problem, language: 'YAML' }));
    return { roster: undefined, yaml: undefined, diagnostics: [...diagnostics, ...syntax, ...secrets] };
  }
  const validated = validateWithSchema(RosterSchema, yaml, source.file);
  return { roster: validated.data, yaml, diagnostics: [...diagnostics, ...validated.diagnostics, ...secrets] };
}
