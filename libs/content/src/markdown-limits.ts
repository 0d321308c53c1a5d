/** The longest front matter parsed, in UTF-16 code units (64 Ki): fields, not documents; the YAML parser never sees more. */
export const MAX_FRONT_MATTER_LENGTH = 64 * 1024;

/** The deepest nesting of block quotes and lists a content file may have (remark's time grows steeply with depth). */
export const MAX_NESTING_DEPTH = 64;

const CONTAINER_MARKER = /^(?:>|[-*+]|\d{1,9}[.)])(?=\s|$)/;

/**
 * An upper bound of the block nesting of a Markdown text, computed line by line without
 * parsing: each run of two spaces (or a tab) of indentation and each block-quote or list marker
 * at the start of a line counts one level. Linear in the text's length. Output: the deepest line's
 * count; real nesting is never deeper.
 */
export function markdownNestingDepth(text: string): number {
  let deepest = 0;
  for (const line of text.split('\n')) {
    let depth = 0;
    let rest = line;
    for (;;) {
      const indent = /^(?: {1,4}|\t)/.exec(rest)?.[0];
      if (indent !== undefined) {
        depth += indent === '\t' ? 2 : indent.length / 2;
        rest = rest.slice(indent.length);
        continue;
      }
      const marker = CONTAINER_MARKER.exec(rest)?.[0];
      if (marker === undefined) break;
      depth += 1;
      rest = rest.slice(marker.length);
    }
    if (depth > deepest) deepest = depth;
  }
  return Math.ceil(deepest);
}

/**
 * The most character references (`&amp;`, `&#160;`) a content file may hold: 2,000. Sätteri's time
 * grows with the square of the references in one text (2,000 took 0.12 s, 16,000 took 9.4 s,
 * measured), and remark, linear, takes 2.5 s over a 1 MiB file that Sätteri reads in 0.2 s; the
 * 337 records of the corpus hold 6 at the most. Past it a file is refused unparsed.
 */
export const MAX_CHARACTER_REFERENCES = 2000;

/** How many character references (`&` then `#` or a letter) a text holds, counted in one linear pass. */
export function characterReferences(text: string): number {
  let count = 0;
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    const next = text.charCodeAt(index + 1);
    if (next === 35 || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count += 1;
  }
  return count;
}
