import type { CollectionEntry } from 'astro:content';

/** Handbook pages grouped by their top folder, for navigation. */
export interface HandbookSection {
  /** The folder name in words ("operations" → "Operations"); "General" for pages at the top. */
  section: string;
  /** Its pages by `order`, then title. */
  pages: CollectionEntry<'page'>[];
}

/** Groups handbook pages by the first folder of their id, sections in name order, pages by `order` then title. */
export function handbookSections(pages: readonly CollectionEntry<'page'>[]): HandbookSection[] {
  const bySection = new Map<string, CollectionEntry<'page'>[]>();
  for (const page of pages) {
    const folder = page.id.includes('/') ? (page.id.split('/')[0] ?? '') : '';
    const section =
      folder === ''
        ? 'General'
        : `${folder[0]?.toUpperCase()}${folder.slice(1).replaceAll('-', ' ')}`;
    bySection.set(section, [...(bySection.get(section) ?? []), page]);
  }
  const byOrder = (a: CollectionEntry<'page'>, b: CollectionEntry<'page'>) =>
    (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
    a.data.title.localeCompare(b.data.title);
  return [...bySection.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, sectionPages]) => ({ section, pages: sectionPages.sort(byOrder) }));
}
