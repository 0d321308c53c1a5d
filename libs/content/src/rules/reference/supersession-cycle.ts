import type { Diagnostic } from '../../diagnostic.ts';
import type { YamlSource } from '../../yaml-source.ts';
import { adrFields, adrFile } from '../examples.ts';
import { report, rule } from '../rule.ts';

/** `reference/supersession-cycle`: ADRs that supersede each other in a loop, so none is in force. */
export const supersessionCycle = rule<{ cycle: string[] }>()({
  id: 'reference/supersession-cycle',
  severity: 'error',
  summary: 'Supersession runs one way: no ADR supersedes, through any chain, an ADR that supersedes it.',
  message: ({ cycle }) => `Supersession runs in a loop: ${[...cycle, cycle[0]].join(' supersedes ')}; no ADR of it is in force.`,
  fix: () => 'Remove the supersedes entry of whichever ADR is older, and its superseded-by on the other end.',
  examples: {
    ok: {
      'adr/0001-run-on-kubernetes.md': adrFile(adrFields('Run on Kubernetes').replace('accepted', 'superseded') + 'superseded-by: 0002-adopt-nomad\n'),
      'adr/0002-adopt-nomad.md': adrFile(adrFields('Adopt Nomad', 'supersedes:\n  - 0001-run-on-kubernetes\n')),
    },
    notOk: {
      'adr/0001-run-on-kubernetes.md': adrFile(adrFields('Run on Kubernetes', 'supersedes:\n  - 0002-adopt-nomad\n')),
      'adr/0002-adopt-nomad.md': adrFile(adrFields('Adopt Nomad', 'supersedes:\n  - 0001-run-on-kubernetes\n')),
    },
  },
});

/** An ADR as the cycle check needs it: id, file, positioned YAML. */
export interface SupersedingFile {
  id: string;
  file: string;
  yaml: YamlSource;
}

const supersededIds = (yaml: YamlSource): string[] => {
  const value = (yaml.data as Record<string, unknown> | null)?.supersedes;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

/**
 * Finds every loop in the `supersedes` graph of `adrs` (valid or not) and reports each once, at
 * the `supersedes` item of its first ADR in id order that closes the loop. Linear in the number of
 * supersedes entries (one depth-first search with three colours).
 */
export function checkSupersessionCycles(adrs: readonly SupersedingFile[]): Diagnostic[] {
  const byId = new Map(adrs.map((adr) => [adr.id, adr]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]): void => {
    state.set(id, 'open');
    const adr = byId.get(id);
    for (const next of adr === undefined ? [] : supersededIds(adr.yaml)) {
      if (state.get(next) === 'open') cycles.push(path.slice(path.indexOf(next)));
      else if (!state.has(next) && byId.has(next)) visit(next, [...path, next]);
    }
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) if (!state.has(id)) visit(id, [id]);
  return cycles.map((cycle) => {
    const first = [...cycle].sort()[0] as string;
    const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first))];
    const adr = byId.get(first) as SupersedingFile;
    const index = supersededIds(adr.yaml).indexOf(rotated[1] ?? first);
    return report(supersessionCycle, { file: adr.file, ...adr.yaml.locate(['supersedes', index]) }, { cycle: rotated });
  });
}
