import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `schema/yaml-syntax`: front matter or a data file that does not parse, with a fix per YAML error code. */
export const yamlSyntax = rule<{ reason: string; fix: string; language: 'YAML' | 'JSON' }>()({
  id: 'schema/yaml-syntax',
  severity: 'error',
  summary: 'Front matter must be valid YAML, and data files valid JSON or YAML: no tabs for indentation, no repeated field, quotes closed.',
  message: ({ reason, language }) => `The ${language} is not valid: ${reason}.`,
  fix: ({ fix }) => fix,
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('"Redis: move the queues to BullMQ"')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Redis: move the queues to BullMQ')) },
  },
});
