import type { EntriesByType } from '@handbook/content';
import { hrefFor, type ContentData } from '@handbook/schema';

/** A decision that governs what was asked about, and why it was chosen. */
export interface GoverningDecision {
  id: string;
  title: string;
  status: string;
  /** Whether it is in force: accepted and not superseded. Only these are rules to follow. */
  inForce: boolean;
  /** What led to it: `component rest-api`, `tag kubernetes`. */
  because: string[];
  page: string;
}

/** A component of a tech stack file that matched, with the ADRs its entry names. */
export interface MatchedComponent {
  stack: string;
  id: string;
  name: string;
  adrs: string[];
}

/** The lower-case words and segments of a path or name (`services/rest-api/src` → services, rest-api, rest, api, src). */
function terms(text: string): Set<string> {
  const lower = text.toLowerCase();
  const segments = lower.split(/[\\/.\s]+/).filter((part) => part !== '');
  return new Set([...segments, ...segments.flatMap((segment) => segment.split(/[-_]+/))]);
}

/**
 * The ADRs that govern the given file paths or component names: through the tech stack files
 * (a component whose id or name is a given name or a segment of a given path names its ADRs)
 * and through ADR tags (an ADR tagged with such a segment or name). Input: the valid entries and
 * what was asked about. Output: the matching components, and the decisions in force first, then
 * those that are not (proposed, superseded: listed so the agent knows, marked as not rules).
 */
export function decisionsFor(
  entries: EntriesByType,
  asked: readonly string[],
): { components: MatchedComponent[]; decisions: GoverningDecision[] } {
  const askedTerms = new Set(asked.flatMap((text) => [...terms(text)]));
  const components = entries.stack.flatMap((stack) =>
    stack.data.components
      .filter(
        (component) =>
          askedTerms.has(component.id.toLowerCase()) ||
          askedTerms.has(component.name.toLowerCase()),
      )
      .map((component) => ({
        stack: stack.id,
        id: component.id,
        name: component.name,
        adrs: [...component.adrs],
      })),
  );
  const reasons = new Map<string, Set<string>>();
  const because = (id: string, reason: string) =>
    reasons.set(id, (reasons.get(id) ?? new Set()).add(reason));
  for (const component of components)
    for (const adr of component.adrs) because(adr, `component ${component.name}`);
  for (const adr of entries.adr)
    for (const tag of adr.data.tags) if (askedTerms.has(tag)) because(adr.id, `tag ${tag}`);
  const decisions = entries.adr
    .filter((adr) => reasons.has(adr.id))
    .map((adr) => {
      const data: ContentData<'adr'> = adr.data;
      const status = data.status ?? 'not stated';
      return {
        id: adr.id,
        title: data.title,
        status,
        inForce: status === 'accepted' && data['superseded-by'] === undefined,
        because: [...(reasons.get(adr.id) ?? [])],
        page: hrefFor('adr', adr.id),
      };
    })
    .sort((a, b) => Number(b.inForce) - Number(a.inForce) || a.id.localeCompare(b.id));
  return { components, decisions };
}
