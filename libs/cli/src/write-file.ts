import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './exit-codes.ts';

const temporaryName = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);

/**
 * Creates `target` with `text`, atomically and never over an existing file: the text is written to
 * a temporary file beside it, then hard-linked into place (which fails when `target` exists). The
 * folder is created when missing, as in a repository's first page or first postmortem.
 * Throws {@link UsageError} naming the file (as `shownAs`) and what to do instead (`advice`,
 * by default the advice of `handbook new`) when it already exists; leaves nothing behind.
 */
export async function createFile(
  target: string,
  text: string | Uint8Array,
  shownAs = target,
  advice = 'Choose another title, or remove the file first.',
): Promise<void> {
  const temporary = temporaryName(target);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(temporary, text, { flag: 'wx' });
  try {
    await link(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${shownAs} already exists; it was left as it is. ${advice}`);
    throw error;
  } finally {
    await unlink(temporary);
  }
}

/** Replaces the text of `target` atomically: a temporary file beside it, then a rename over it. */
export async function replaceFile(target: string, text: string | Uint8Array): Promise<void> {
  const temporary = temporaryName(target);
  await writeFile(temporary, text, { flag: 'wx' });
  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary);
    throw error;
  }
}
