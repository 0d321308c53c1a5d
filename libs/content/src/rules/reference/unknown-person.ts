import { adrFields, adrFile } from '../examples.ts';
import { rule } from '../rule.ts';

/** `reference/unknown-person`: a person id (decision-maker, owner, a team's manager) not in the roster. */
export const unknownPerson = rule<{ field: string; id: string; suggestion?: string }>()({
  id: 'reference/unknown-person',
  severity: 'error',
  summary: "Every person named (decision-makers, owners, action items, a team's manager) is an id in content/team.yaml.",
  message: ({ field, id }) => `${field} names "${id}", who is not a person in content/team.yaml.`,
  fix: ({ suggestion }) => (suggestion === undefined ? 'Add the person to content/team.yaml or use an existing id.' : `Did you mean ${suggestion}?`),
  examples: {
    ok: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'consulted:\n  - peter-cipov\n')) },
    notOk: { 'adr/0002-adopt-bullmq.md': adrFile(adrFields('Adopt BullMQ', 'consulted:\n  - peter-cipv\n')) },
  },
});
