import type { AdrPageEntry } from './adr-log.ts';

/** How two ADRs are related in the graph: by supersession, by the `related` field, or by a link in a body. */
export type AdrRelationKind = 'supersedes' | 'related' | 'links';

/** One ADR placed on the graph's baseline. */
interface AdrNode {
  id: string;
  x: number;
}

/** One relation drawn as an arc from `from` to `to`. */
interface AdrEdge {
  from: string;
  to: string;
  kind: AdrRelationKind;
  /** SVG path data of the arc. */
  path: string;
}

/** The graph laid out in SVG user units. */
export interface AdrGraph {
  width: number;
  height: number;
  baseline: number;
  nodes: AdrNode[];
  edges: AdrEdge[];
}

/** Space between two ADRs on the baseline, and around the drawing, in SVG units. */
const STEP = 44;
const MARGIN = 28;

/**
 * Lays the ADRs out as an arc diagram, computed at build time: ADRs in number order along a
 * baseline, each relation an arc above it whose height grows with the distance it spans.
 * Input: every ADR, and the ADR-to-ADR links found in bodies (`[from, to]` ids). Output: the
 * layout; a pair related in more than one way is drawn once per kind, an unordered pair once
 * for `related` and `links`.
 */
export function adrGraph(
  adrs: readonly AdrPageEntry[],
  bodyLinks: readonly (readonly [string, string])[],
): AdrGraph {
  const sorted = [...adrs].sort((a, b) => a.id.localeCompare(b.id));
  const nodes = sorted.map((adr, index) => ({ id: adr.id, x: MARGIN + index * STEP }));
  const xOf = new Map(nodes.map((node) => [node.id, node.x]));
  const pairs = new Map<string, { from: string; to: string; kind: AdrRelationKind }>();
  const add = (from: string, to: string, kind: AdrRelationKind, ordered: boolean) => {
    if (!xOf.has(from) || !xOf.has(to) || from === to) return;
    const key = ordered ? `${kind}:${from}:${to}` : `${kind}:${[from, to].sort().join(':')}`;
    if (!pairs.has(key)) pairs.set(key, { from, to, kind });
  };
  for (const adr of sorted) {
    for (const older of adr.data.supersedes) add(adr.id, older, 'supersedes', true);
    for (const other of adr.data.related) add(adr.id, other, 'related', false);
  }
  for (const [from, to] of bodyLinks) add(from, to, 'links', false);

  const span = Math.max(
    0,
    ...[...pairs.values()].map(({ from, to }) =>
      Math.abs((xOf.get(from) ?? 0) - (xOf.get(to) ?? 0)),
    ),
  );
  const baseline = MARGIN + span / 2;
  const edges = [...pairs.values()].map(({ from, to, kind }) => {
    const [x1, x2] = [xOf.get(from) ?? 0, xOf.get(to) ?? 0].sort((a, b) => a - b) as [
      number,
      number,
    ];
    const radius = (x2 - x1) / 2;
    return {
      from,
      to,
      kind,
      path: `M ${x1} ${baseline} A ${radius} ${radius} 0 0 1 ${x2} ${baseline}`,
    };
  });
  return {
    width: MARGIN * 2 + Math.max(0, nodes.length - 1) * STEP,
    height: baseline + MARGIN + 16,
    baseline,
    nodes,
    edges,
  };
}
