import { CONTENT_TYPES, type ContentData, type ContentType, type ContentTypeName } from '@handbook/schema';
import type { Root } from 'mdast';
import type { Diagnostic } from './diagnostic.ts';
import type { ListedFile } from './list-files.ts';
import { MAX_NESTING_DEPTH, markdownNestingDepth } from './markdown-limits.ts';
import { parseMarkdownFile } from './markdown-file.ts';
import { report, RULES } from './rules.ts';
import { readSourceFile } from './source-file.ts';
import { checkSections } from './check-structure.ts';
import { validateWithSchema } from './validate.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A valid entry of content type `Name`, as the site and the lint receive it. */
export interface ContentEntry<Name extends ContentTypeName = ContentTypeName> {
  type: Name;
  /** The id other content uses: the path below the type's folder without extension. */
  id: string;
  /** The number of a numbered type (ADRs), as an integer. */
  number?: number;
  /** Path relative to the repository root (`adr/0004-move-redis-queues-to-bullmq.md`). */
  file: string;
  /** Validated data: front matter for Markdown types, the whole file for data types. */
  data: ContentData<Name>;
  /** The Markdown after the front matter; empty for data files. */
  body: string;
  /** 1-based file line on which `body` starts. */
  bodyLine: number;
  /** The file's Markdown tree (front matter node first), parsed once; absent for data files. */
  tree: Root | undefined;
}

/** A file as read, valid or not: what identity and reference checks work from. */
export interface ReadFile extends ListedFile {
  /** The parsed YAML or JSON with positions, when it parsed; `undefined` otherwise. */
  yaml: YamlSource | undefined;
  /** The entry, when the file is valid. */
  entry: ContentEntry | undefined;
  diagnostics: Diagnostic[];
}

function readMarkdown(type: ContentType, file: string, text: string) {
  const depth = markdownNestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) return { diagnostics: [report(RULES.tooDeep, { file, line: 1, column: 1 }, { depth, limit: MAX_NESTING_DEPTH })] };
  const markdown = parseMarkdownFile(text);
  if (markdown.frontmatter === undefined) {
    return { diagnostics: [report(RULES.missingFrontmatter, { file, line: 1, column: 1 }, { kind: type.label })] };
  }
  const yaml = parseYamlSource(markdown.frontmatter.source, {
    firstLine: markdown.frontmatter.firstLine,
    origin: { line: markdown.frontmatterLine, column: 1 },
  });
  return { yaml, markdown, diagnostics: checkSections(type, file, markdown.tree) };
}

/**
 * Reads one listed file of any registered type: reads it safely, finds and parses its front
 * matter (Markdown) or the whole file (JSON, YAML) with positions, validates it with the type's
 * schema and checks its body sections. Output: the file with its parsed YAML when that parsed,
 * its entry when valid, and every problem found. Never throws.
 */
export async function readContentFile(root: string, listed: ListedFile): Promise<ReadFile> {
  const type: ContentType = CONTENT_TYPES[listed.type];
  const { source, diagnostics } = await readSourceFile(root, listed.file);
  const failed = (more: Diagnostic[], yaml?: YamlSource): ReadFile => ({ ...listed, yaml, entry: undefined, diagnostics: [...diagnostics, ...more] });
  if (source === undefined) return failed([]);

  const read =
    type.format === 'markdown'
      ? readMarkdown(type, listed.file, source.text)
      : { yaml: parseYamlSource(source.text, { firstLine: 1, origin: { line: 1, column: 1 } }), markdown: undefined, diagnostics: [] };
  if (read.yaml === undefined) return failed(read.diagnostics);
  const { yaml } = read;
  if (yaml.syntaxErrors.length > 0) {
    return failed([...yaml.syntaxErrors.map(({ at, ...problem }) => report(RULES.yamlSyntax, { file: listed.file, ...at }, { ...problem, language: listed.file.endsWith('.json') ? 'JSON' : 'YAML' })), ...read.diagnostics]);
  }
  const validated = validateWithSchema(type.schema, yaml, listed.file);
  const all = [...validated.diagnostics, ...read.diagnostics];
  if (validated.data === undefined) return failed(all, yaml);
  const { markdown } = read;
  const entry: ContentEntry = {
    type: listed.type,
    id: listed.id,
    ...(listed.number === undefined ? {} : { number: listed.number }),
    file: listed.file,
    data: validated.data as ContentData<ContentTypeName>,
    body: markdown?.body ?? '',
    bodyLine: markdown?.bodyLine ?? 1,
    tree: markdown?.tree,
  };
  return { ...listed, yaml, entry, diagnostics: [...diagnostics, ...all] };
}
