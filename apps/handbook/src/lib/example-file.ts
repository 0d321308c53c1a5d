import type { ExampleFile } from '@handbook/content';

/** Longest example text shown in full; longer ones (the too-large example) are cut with a note. */
const MAX_SHOWN = 800;

/**
 * How a rule example file reads on its documentation page. Input: the file's content as the rule
 * declares it (`null` for a file the example removes). Output: the text to show in a code block,
 * or a description for what is not text (bytes, a symbolic link, a removed file).
 */
export function showExampleFile(content: ExampleFile | null): { code?: string; note?: string } {
  if (content === null) return { note: 'This file is removed from the example repository.' };
  if (content instanceof Uint8Array) {
    const hex = [...content.slice(-16)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
    return { note: `${content.length} bytes, ending with the bytes ${hex}.` };
  }
  if (typeof content !== 'string') return { note: `A symbolic link to ${content.symlinkTo}.` };
  if (content.length <= MAX_SHOWN) return { code: content };
  return {
    code: content.slice(0, MAX_SHOWN),
    note: `…and ${content.length - MAX_SHOWN} more characters.`,
  };
}
