import path from 'node:path';
import {
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  identifyFile,
  type ContentTypeName,
} from './content-types.ts';

/** A link from one entry's body to another entry, as far as the link alone says. */
export interface EntryLink {
  type: ContentTypeName;
  /** The id the link names, or `undefined` when the file name breaks the type's convention. */
  id: string | undefined;
  /** `#fragment` with its `#`, or ''. */
  fragment: string;
}

/** A relative link to a Markdown file: no scheme, not absolute, not only a fragment. */
const RELATIVE_MARKDOWN_LINK = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]+\.mdx?)(#.*)?$/i;

/** Files about a folder, not entries: a link to them is not a link to an entry. */
const FOLDER_FILES = /(?:^|\/)(?:readme|index)\.mdx?$/i;

function decoded(text: string): string | undefined {
  try {
    return decodeURI(text);
  } catch {
    return undefined;
  }
}

/** The type and id of a repository path below a type's folder (`adr/0005-x.md`), if it is one. */
function entryAtPath(target: string): Omit<EntryLink, 'fragment'> | undefined {
  if (FOLDER_FILES.test(target)) return undefined;
  for (const name of CONTENT_TYPE_NAMES) {
    const prefix = `${CONTENT_TYPES[name].folder}/`;
    if (target.startsWith(prefix))
      return { type: name, id: identifyFile(name, target.slice(prefix.length))?.id };
  }
  return undefined;
}

/** The type and id of a site path (`/adr/0005-x/`), if it is an entry's page. */
function entryAtRoute(url: string): EntryLink | undefined {
  const [route = '', fragment = ''] = url.split(/(?=#)/, 2);
  for (const name of CONTENT_TYPE_NAMES) {
    const prefix = CONTENT_TYPES[name].route;
    if (!route.startsWith(prefix) || route.length === prefix.length) continue;
    const id = decoded(route.slice(prefix.length).replace(/\/$/, ''));
    return {
      type: name,
      id:
        id === undefined
          ? undefined
          : identifyFile(name, `${id}${CONTENT_TYPES[name].extensions[0]}`)?.id,
      fragment,
    };
  }
  return undefined;
}

/**
 * The entry a link in the body of `fromFile` (repository-relative, `adr/0008-x.md`) points at:
 * a relative link to a content file (`0005-y.md`, `../incidents/2026-11-02-z.md#impact`, as
 * GitHub renders them) or a link to an entry's page (`/adr/0005-y/`). Output: its type, its id
 * (`undefined` when the name breaks the type's convention) and fragment; `undefined` for any
 * other link (web pages, images, a README). Whether the id exists is the caller's question.
 */
export function entryLinkTarget(url: string, fromFile: string): EntryLink | undefined {
  if (url.startsWith('/')) return entryAtRoute(url);
  const match = RELATIVE_MARKDOWN_LINK.exec(url);
  const relative = match === null ? undefined : decoded(match[1] ?? '');
  if (relative === undefined) return undefined;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), relative));
  const entry = entryAtPath(target);
  return entry === undefined ? undefined : { ...entry, fragment: match?.[2] ?? '' };
}
