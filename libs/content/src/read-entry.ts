import { CONTENT_TYPES, type ContentData, type ContentType, type ContentTypeName } from '@handbook/schema';
import type { Root } from 'mdast';
import type { Diagnostic } from './diagnostic.ts';
import type { ListedFile } from './list-files.ts';
import { characterReferences, MAX_CHARACTER_REFERENCES, MAX_FRONT_MATTER_LENGTH, MAX_NESTING_DEPTH, markdownNestingDepth } from './markdown-limits.ts';
import { parseMarkdownFile } from './markdown-file.ts';
import type { ReadCache, SourceRead } from './read-cache.ts';
import { FILE_CHECKS, report, RULES, type FileContext } from './rules/index.ts';
import { scanSecrets } from './rules/safety/secret.ts';
import type { SecretScanner } from './secret-scanner.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';
import { checkEmptySections, checkHeadingLevels, checkSections } from './check-structure.ts';
import { withTitleFromHeading } from './title-from-heading.ts';
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
  /** The Markdown tree, when the file is Markdown and was parsed (valid front matter or not). */
  tree: Root | undefined;
  /** The entry, when the file is valid. */
  entry: ContentEntry | undefined;
  diagnostics: Diagnostic[];
}

/** Whether front matter says `handbook import` wrote the entry from another team's record. */
const isImported = (data: unknown) => typeof data === 'object' && data !== null && 'imported' in data;

function readMarkdown(type: ContentType, file: string, text: string) {
  const depth = markdownNestingDepth(text);
  if (depth > MAX_NESTING_DEPTH) return { diagnostics: [report(RULES.tooDeep, { file, line: 1, column: 1 }, { depth, limit: MAX_NESTING_DEPTH })] };
  const references = characterReferences(text);
  if (references > MAX_CHARACTER_REFERENCES) return { diagnostics: [report(RULES.tooManyReferences, { file, line: 1, column: 1 }, { references, limit: MAX_CHARACTER_REFERENCES })] };
  const markdown = parseMarkdownFile(text, file.endsWith('.mdx') ? 'mdx' : 'md');
  const syntax = markdown.mdxError === undefined ? [] : [report(RULES.mdxSyntax, { file, line: markdown.mdxError.line, column: markdown.mdxError.column }, { reason: markdown.mdxError.reason })];
  if (markdown.frontmatter === undefined) {
    return { diagnostics: [...syntax, report(RULES.missingFrontmatter, { file, line: 1, column: 1 }, { kind: type.label, unclosed: /^---[ \t]*\r?\n/.test(text) })] };
  }
  if (markdown.frontmatter.source.length > MAX_FRONT_MATTER_LENGTH) {
    const problem = report(RULES.frontMatterTooLarge, { file, line: markdown.frontmatterLine, column: 1 }, { length: markdown.frontmatter.source.length, limit: MAX_FRONT_MATTER_LENGTH });
    return { markdown, diagnostics: [...syntax, problem] };
  }
  const yaml = parseYamlSource(markdown.frontmatter.source, {
    firstLine: markdown.frontmatter.firstLine,
    origin: { line: markdown.frontmatterLine, column: 1 },
  });
  const imported = isImported(yaml.data);
  const sections = checkSections(type, file, text, markdown.tree, imported);
  // A heading already reported as a section at the wrong level is not reported again for its level.
  const headingsReported = new Set(sections.map(({ line }) => line));
  const structure = [
    ...sections,
    ...checkEmptySections(type, file, markdown.tree, imported),
    ...checkHeadingLevels(file, markdown.tree).filter(({ line }) => !headingsReported.has(line)),
  ];
  return { yaml, markdown, diagnostics: [...syntax, ...structure] };
}

/**
 * Reads one listed file of any registered type: reads it safely, finds and parses its front
 * matter (Markdown) or the whole file (JSON, YAML) with positions, validates it with the type's
 * schema, checks its body sections and runs every per-file rule ({@link FILE_CHECKS}: title and
 * heading, review dates against `today`, script, event handlers, unsafe URLs, embedded content,
 * MDX), and scans the whole text for secrets (`scan`, by default `scanSecrets` on this thread), valid front matter or not. Output: the file with its parsed YAML when that parsed,
 * its Markdown tree when parsed, its entry when valid, and every problem found. With a `cache`,
 * a file whose text is unchanged since the cache saw it is not parsed again. Never throws.
 */
export async function readContentFile(root: string, listed: ListedFile, today: string, cache?: ReadCache, scan: SecretScanner['scan'] = scanSecrets): Promise<ReadFile> {
  const { source, diagnostics } = await readSourceFile(root, listed.file);
  if (source === undefined) return { ...listed, yaml: undefined, tree: undefined, entry: undefined, diagnostics };
  let read = cache?.get(listed, source.text, today);
  if (read === undefined) {
    const checked = readContentSource(listed, source, today);
    read = { ...checked, diagnostics: [...checked.diagnostics, ...(await scan(listed.file, source.text))] };
    cache?.set(listed, source.text, today, read);
  }
  return { ...listed, ...read, diagnostics: [...diagnostics, ...read.diagnostics] };
}

/**
 * The work of {@link readContentFile} once the text is read, without the file system: parse,
 * validate and check the text of a listed file. Output: parsed YAML, Markdown tree, entry when
 * valid, and every diagnostic. Never throws, whatever the text (the fuzz test holds it to that).
 */
export function readContentSource(listed: ListedFile, source: SourceFile, today: string): SourceRead {
  const type: ContentType = CONTENT_TYPES[listed.type];
  const read =
    type.format === 'markdown'
      ? readMarkdown(type, listed.file, source.text)
      : { yaml: parseYamlSource(source.text, { firstLine: 1, origin: { line: 1, column: 1 } }), markdown: undefined, diagnostics: [] };
  const language = listed.file.endsWith('.json') ? 'JSON' : 'YAML';
  const syntax = (read.yaml?.syntaxErrors ?? []).map(({ at, replacements, ...problem }) => ({
    ...report(RULES.yamlSyntax, { file: listed.file, ...at }, { ...problem, language }),
    ...(replacements === undefined ? {} : { replacements }),
  }));
  const yaml = syntax.length === 0 ? read.yaml : undefined;
  const { markdown } = read;
  const validated = yaml === undefined ? { data: undefined, diagnostics: [] } : validateWithSchema(type.schema, type.format === 'markdown' ? withTitleFromHeading(yaml, markdown?.tree) : yaml, listed.file);
  const context: FileContext = { file: listed.file, type: listed.type, id: listed.id, text: source.text, yaml, tree: markdown?.tree, today };
  const all = [...syntax, ...validated.diagnostics, ...read.diagnostics, ...FILE_CHECKS.flatMap((check) => check(context))];
  const entry: ContentEntry | undefined =
    validated.data === undefined
      ? undefined
      : {
          type: listed.type,
          id: listed.id,
          ...(listed.number === undefined ? {} : { number: listed.number }),
          file: listed.file,
          data: validated.data as ContentData<ContentTypeName>,
          body: markdown?.body ?? '',
          bodyLine: markdown?.bodyLine ?? 1,
          tree: markdown?.tree,
        };
  return { yaml, tree: markdown?.tree, entry, diagnostics: all };
}
