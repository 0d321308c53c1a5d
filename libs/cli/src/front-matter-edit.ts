import { parseMarkdownFile } from '@handbook/content';
import { isMap, isPair, isScalar, parseDocument, stringify, type Pair } from 'yaml';
import { UsageError } from './exit-codes.ts';

const BOM = '\uFEFF';

/**
 * Where the YAML of a Markdown file's front matter is, as the content reader finds it (the front
 * matter node of its tree): from after the opening `---` line to the closing `---`, and the
 * line end the file uses. `undefined` when the reader finds no front matter.
 */
function frontMatterSpan(
  text: string,
): { start: number; end: number; newline: string } | undefined {
  const node = parseMarkdownFile(text).tree.children[0];
  const [blockStart, blockEnd] = [node?.position?.start.offset, node?.position?.end.offset];
  if (node?.type !== 'yaml' || blockStart === undefined || blockEnd === undefined) return undefined;
  const start = text.indexOf('\n', blockStart) + 1;
  return {
    start,
    end: Math.max(start, blockEnd - 3),
    newline: text[start - 2] === '\r' ? '\r\n' : '\n',
  };
}

interface Splice {
  at: number;
  remove: number;
  insert: string;
}

/**
 * Sets top-level scalar fields of a Markdown file's front matter by editing only their text: an
 * existing field's value is replaced where it stands; a missing one is added on a new line after
 * the field named by `after` (or at the end of the front matter). Everything else (order, quoting,
 * comments, line ends, a byte-order mark) stays byte for byte; the front matter is found as the
 * content reader finds it, so the CLI never edits a block lint would not read. Input: the file text, `[field, value]` pairs, and for
 * each new field the field it follows. Throws {@link UsageError} (using `file` in the message)
 * when the file has no front matter, its YAML does not parse, or a field holds a list or map.
 */
export function setFrontMatterFields(
  file: string,
  text: string,
  fields: readonly { field: string; value: string; after?: string }[],
): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  const markdown = text.slice(bom.length);
  const span = frontMatterSpan(markdown);
  if (span === undefined)
    throw new UsageError(`${file} has no front matter to edit; add it, or edit the file by hand.`);
  const { newline } = span;
  const yaml = markdown.slice(span.start, span.end);
  const document = parseDocument(yaml, { keepSourceTokens: true });
  if (document.errors.length > 0 || !isMap(document.contents)) {
    throw new UsageError(
      `${file} has front matter that is not a valid YAML map; run \`npx handbook lint ${file}\` and fix it first.`,
    );
  }
  const pairs = document.contents.items as Pair<unknown, unknown>[];
  const pairOf = (field: string) =>
    pairs.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === field);
  const lineEndAfter = (offset: number) => {
    const end = yaml.indexOf('\n', offset);
    return end === -1 ? yaml.length : end + 1;
  };
  const splices: Splice[] = fields.map(({ field, value, after }) => {
    const written = stringify(value, { lineWidth: 0 }).trimEnd();
    const pair = pairOf(field);
    if (pair === undefined) {
      const anchor = after === undefined ? undefined : pairOf(after);
      const anchorEnd = isScalar(anchor?.value) ? anchor.value.range?.[1] : undefined;
      const at = anchorEnd === undefined ? yaml.length : lineEndAfter(anchorEnd);
      return { at, remove: 0, insert: `${field}: ${written}${newline}` };
    }
    if (!isScalar(pair.value) || pair.value.range === undefined || pair.value.range === null) {
      throw new UsageError(
        `${file}: ${field} holds a list or map, not one value; edit it by hand.`,
      );
    }
    const [start, end] = pair.value.range;
    return { at: start, remove: end - start, insert: written };
  });
  let edited = yaml;
  const lastFirst = splices
    .map((splice, index) => ({ ...splice, index }))
    .sort((a, b) => b.at - a.at || b.index - a.index);
  for (const { at, remove, insert } of lastFirst)
    edited = edited.slice(0, at) + insert + edited.slice(at + remove);
  return bom + markdown.slice(0, span.start) + edited + markdown.slice(span.end);
}
