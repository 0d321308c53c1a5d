import type { ContentTypeName } from '@handbook/schema';
import EntryLayout from '../layouts/EntryLayout.astro';

/** An Astro component as `import.meta.glob` gives it. */
type AstroComponent = typeof EntryLayout;

/** The components in `src/types/`, one per type that has particular parts, by file name. */
const COMPONENTS = import.meta.glob<AstroComponent>('../types/*.astro', {
  eager: true,
  import: 'default',
});

/**
 * The component that renders an entry page of `type`: `src/types/<type>.astro`, which wraps
 * {@link EntryLayout} with what is particular to the type; the shared layout alone for a type
 * without one. Found by file name, so a new type's component needs no other edit.
 */
export function entryComponent(type: ContentTypeName): AstroComponent {
  return COMPONENTS[`../types/${type}.astro`] ?? EntryLayout;
}
