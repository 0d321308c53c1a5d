import { ruleHref, RULES, type RuleId } from '@handbook/content';
import { fullMessage, type LintReport } from './report.ts';

/** Every rule by id, for the tool's rule list: summary and documentation page. */
const RULE_LIST = Object.values(RULES);

/**
 * `--format sarif`: the diagnostics as a SARIF 2.1.0 log (OASIS), the format GitHub code
 * scanning uploads (`github/codeql-action/upload-sarif`): one run of the tool `handbook` with every
 * rule it has (id, summary, the path of its page on the published handbook), and one result per
 * diagnostic at its file, line and column. Paths are repository-relative.
 */
export function formatSarif(report: LintReport): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'handbook',
            rules: RULE_LIST.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              defaultConfiguration: { level: rule.severity },
              properties: { documentation: ruleHref(rule.id as RuleId) },
            })),
          },
        },
        results: report.diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.rule,
          ruleIndex: RULE_LIST.findIndex((rule) => rule.id === diagnostic.rule),
          level: diagnostic.severity,
          message: { text: fullMessage(diagnostic) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: diagnostic.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: diagnostic.line, startColumn: diagnostic.column },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
