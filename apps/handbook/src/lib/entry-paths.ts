import { CONTENT_TYPE_NAMES } from '@handbook/schema';
import { collection } from './collections.ts';
import { sectionParam } from './site-navigation.ts';

/**
 * The static paths of every entry of every registered type: the section's route parameter and
 * the entry's id, with the type and the entry as props. Shared by the entry pages and their
 * Markdown twins, so that each page has its twin.
 */
export async function entryPaths() {
  const types = await Promise.all(
    CONTENT_TYPE_NAMES.map(async (type) =>
      (await collection(type)).map((entry) => ({
        params: { section: sectionParam(type), id: entry.id },
        props: { type, entry },
      })),
    ),
  );
  return types.flat();
}
