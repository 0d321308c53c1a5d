import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { report, RULES } from './rules/index.ts';

/** A file read from the repository as text, with its path relative to the root in `/` form. */
export interface SourceFile {
  /** Path relative to the repository root, with `/` separators, as diagnostics print it. */
  file: string;
  /** The text, UTF-8 decoded, byte-order mark removed. */
  text: string;
}

/** The largest content file read, in bytes (1 MiB): a 600-word ADR is about 4 KB. */
const MAX_FILE_BYTES = 1024 * 1024;

const at = (file: string) => ({ file, line: 1, column: 1 });

/** Whether `target` lies below `root` (both real paths). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Reads a content file as untrusted input. Only regular files are read, and only when their real
 * path, every folder and link on the way resolved, stays inside the repository: a symbolic link
 * to a file outside, or a linked folder at any level, is refused; anything else (a folder, a
 * pipe, a device) is reported without being opened. Files over {@link MAX_FILE_BYTES} and files
 * with NUL bytes are reported unread. Invalid UTF-8 is decoded with U+FFFD and reported as a
 * warning at the first bad byte. Output: the text and any warnings; `missing` when there is no
 * such file; or the diagnostics that kept the file from being read. Never throws.
 */
export async function readSourceFile(
  root: string,
  relativePath: string,
): Promise<{ source?: SourceFile; missing?: true; diagnostics: Diagnostic[] }> {
  const file = relativePath.split(path.sep).join('/');
  const absolutePath = path.join(root, relativePath);
  try {
    const link = await lstat(absolutePath);
    const [realRoot, target] = await Promise.all([realpath(root), realpath(absolutePath).catch(() => undefined)]);
    if (target === undefined) return { diagnostics: [report(RULES.unreadable, at(file), { reason: 'it is a symbolic link to nothing, or to a loop' })] };
    if (!isInside(realRoot, target)) {
      const reason = link.isSymbolicLink() ? 'it is a symbolic link to a file outside the repository' : 'a folder on its path is a symbolic link that leads outside the repository';
      return { diagnostics: [report(RULES.unreadable, at(file), { reason })] };
    }
    const info = link.isSymbolicLink() ? await stat(absolutePath) : link;
    if (!info.isFile()) return { diagnostics: [report(RULES.unreadable, at(file), { reason: 'it is not a regular file' })] };
    if (info.size > MAX_FILE_BYTES) {
      return { diagnostics: [report(RULES.tooLarge, at(file), { bytes: info.size, limit: MAX_FILE_BYTES })] };
    }
    return decodeSource(file, await readFile(absolutePath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true, diagnostics: [] };
    return { diagnostics: [report(RULES.unreadable, at(file), { reason: code ?? String(error) })] };
  }
}

/**
 * Turns a content file's bytes into text: over {@link MAX_FILE_BYTES} or holding a NUL byte, it is
 * refused with a diagnostic; invalid UTF-8 is decoded with U+FFFD and reported as a warning at
 * the first bad byte; a byte-order mark is removed. Input: the repository-relative path (for
 * diagnostics) and the bytes. Never throws.
 */
export function decodeSource(file: string, bytes: Uint8Array): { source?: SourceFile; diagnostics: Diagnostic[] } {
  if (bytes.length > MAX_FILE_BYTES) return { diagnostics: [report(RULES.tooLarge, at(file), { bytes: bytes.length, limit: MAX_FILE_BYTES })] };
  if (bytes.includes(0)) return { diagnostics: [report(RULES.binary, at(file), {})] };
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).reduce((lines, byte) => (byte === 0x0a ? lines + 1 : lines), 1);
    diagnostics.push(report(RULES.invalidUtf8, { file, line, column: 1 }, { offset }));
  }
  return { source: { file, text }, diagnostics };
}

function isValidPrefix(bytes: Uint8Array, end: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The 0-based offset of the byte at which `bytes` stops being UTF-8 (a binary search over prefixes). */
function firstInvalidByte(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (isValidPrefix(bytes, middle)) valid = middle;
    else invalid = middle;
  }
  return invalid - 1;
}
