import type { ContentTypeName } from '@handbook/schema';
import EntryLayout from '../layouts/EntryLayout.astro';
import ListLayout from '../layouts/ListLayout.astro';

/** An Astro component as `import.meta.glob` gives it. */
type AstroComponent = typeof EntryLayout;

/** The components in `src/types/`, one per type whose entry page has particular parts, by file. */
const ENTRY_COMPONENTS = import.meta.glob<AstroComponent>('../types/*.astro', {
  eager: true,
  import: 'default',
});

/** The components in `src/lists/`, one per type whose list page has particular parts, by file. */
const LIST_COMPONENTS = import.meta.glob<typeof ListLayout>('../lists/*.astro', {
  eager: true,
  import: 'default',
});

/**
 * The component that renders an entry page of `type`: `src/types/<type>.astro`, which wraps
 * {@link EntryLayout} with what is particular to the type; the shared layout alone for a type
 * without one. Found by file name, so a new type's component needs no other edit.
 */
export function entryComponent(type: ContentTypeName): AstroComponent {
  return ENTRY_COMPONENTS[`../types/${type}.astro`] ?? EntryLayout;
}

/**
 * The component that renders a list page of `type`: `src/lists/<type>.astro`, which wraps
 * {@link ListLayout}; the shared layout alone (a plain list of links) for a type without one.
 */
export function listComponent(type: ContentTypeName): typeof ListLayout {
  return LIST_COMPONENTS[`../lists/${type}.astro`] ?? ListLayout;
}
