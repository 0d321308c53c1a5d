import { rule } from '../rule.ts';

/** `schema/missing-roster`: no `content/team.yaml`, so no person reference can resolve. */
export const missingRoster = rule<{ file: string }>()({
  id: 'schema/missing-roster',
  severity: 'error',
  summary: 'The repository must have content/team.yaml: owners and decision-makers are ids from it.',
  message: ({ file }) => `${file} is missing; owners and decision-makers are ids from it.`,
  fix: ({ file }) => `Create ${file} with the lists teams (id, name, manager) and people (id, name, role).`,
  examples: {
    ok: {},
    notOk: { 'content/team.yaml': null },
  },
});
