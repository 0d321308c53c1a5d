import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  ID_CONVENTION_TEMPLATES,
  identifyFile,
  isId,
  type ContentType,
  type ContentTypeName,
  type FileIdentity,
} from '@handbook/schema';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';
import { isInside } from './source-file.ts';

/** A file whose name follows its type's convention: it exists for identity before anything is read. */
export interface ListedFile extends FileIdentity {
  type: ContentTypeName;
  /** Path relative to the repository root, `/`-separated. */
  file: string;
}

/** Files about a folder rather than content: left alone in every content folder. */
const FOLDER_FILES = new Set(['readme.md', 'index.md']);

function accepted(type: ContentType): string {
  return type.extensions.map((extension) => `${ID_CONVENTION_TEMPLATES[type.convention]}${extension}`).join(' or ');
}

/**
 * Whether a content folder, resolved through every link on its path, stays inside the repository:
 * a folder replaced by a link to elsewhere (`content/syncs -> /etc`) must not be listed, read or
 * published. A folder that does not exist is inside (it lists nothing).
 */
async function staysInside(root: string, folder: string): Promise<boolean> {
  const [realRoot, target] = await Promise.all([realpath(root), realpath(path.join(root, folder)).catch(() => undefined)]);
  return target === undefined || isInside(realRoot, target);
}

async function listFolder(root: string, folder: string): Promise<{ name: string; isDirectory: boolean }[]> {
  try {
    const entries = await readdir(path.join(root, folder), { withFileTypes: true });
    // A link to a folder counts as a folder, so that where it leads is checked before it is listed.
    const linksToFolder = async (name: string) => (await stat(path.join(root, folder, name)).catch(() => undefined))?.isDirectory() === true;
    return Promise.all(entries.map(async (entry) => ({ name: entry.name, isDirectory: entry.isDirectory() || (entry.isSymbolicLink() && (await linksToFolder(entry.name))) })));
  } catch {
    // A missing folder holds no entries; one that cannot be listed is reported by nothing else
    // that could be more precise, and it holds no entries either.
    return [];
  }
}

/**
 * Lists the files of one content type by name only, before any is opened: a file whose name
 * follows the convention is listed (identity before validity); one with the type's extension but
 * another name gets `identity/file-name`; anything else in the folder (a subfolder where none
 * belong or not named in kebab-case, MDX where plain Markdown is expected, a stray file) gets
 * `identity/unexpected-file`.
 * Hidden files and a folder's README.md or index.md are left alone.
 */
async function listType(root: string, name: ContentTypeName): Promise<{ files: ListedFile[]; diagnostics: Diagnostic[] }> {
  const type: ContentType = CONTENT_TYPES[name];
  const files: ListedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const visit = async (below: string): Promise<void> => {
    const folder = below === '' ? type.folder : `${type.folder}/${below}`;
    if (!(await staysInside(root, folder))) {
      diagnostics.push(report(RULES.unreadable, { file: `${folder}/`, line: 1, column: 1 }, { reason: 'the folder, or one on its path, is a symbolic link that leads outside the repository; nothing in it was read' }));
      return;
    }
    for (const entry of (await listFolder(root, folder)).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const relative = below === '' ? entry.name : `${below}/${entry.name}`;
      const file = `${type.folder}/${relative}`;
      const at = { file, line: 1, column: 1 };
      if (entry.isDirectory) {
        // A folder whose name is not a kebab-case slug can hold no entry's id (`0002-x.md/`, `Drafts/`).
        if (type.recursive && isId('slug', entry.name)) await visit(relative);
        else diagnostics.push(report(RULES.unexpectedFile, at, { name: `${entry.name}/`, folder: type.folder, plural: type.plural, accepted: accepted(type) }));
        continue;
      }
      if (FOLDER_FILES.has(entry.name.toLowerCase())) continue;
      const identity = identifyFile(name, relative);
      if (identity !== undefined) files.push({ type: name, file, ...identity });
      else if (type.extensions.some((extension) => entry.name.endsWith(extension))) {
        diagnostics.push(report(RULES.fileName, at, { name: entry.name, convention: accepted(type) }));
      } else {
        diagnostics.push(report(RULES.unexpectedFile, at, { name: entry.name, folder: type.folder, plural: type.plural, accepted: accepted(type) }));
      }
    }
  };
  await visit('');
  return { files, diagnostics };
}

/**
 * Lists the files of every registered content type by name, opening none (see {@link listType}):
 * what numbering and renaming need, without reading the repository. Never throws.
 */
export async function listContentFiles(root: string): Promise<{ files: ListedFile[]; diagnostics: Diagnostic[] }> {
  const listed = await Promise.all(CONTENT_TYPE_NAMES.map((name) => listType(root, name)));
  return { files: listed.flatMap((result) => result.files), diagnostics: listed.flatMap((result) => result.diagnostics) };
}
