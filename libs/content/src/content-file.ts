import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { parseMarkdownFile, type MarkdownFile } from './markdown-file.ts';
import { report, RULES } from './rules.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A file read from the repository, with its path relative to the root in `/` form. */
export interface SourceFile {
  /** Path relative to the repository root, with `/` separators, as diagnostics print it. */
  file: string;
  text: string;
}

/** Reads a file of the repository. Throws the file system's error when it cannot be read. */
export async function readSourceFile(root: string, relativePath: string): Promise<SourceFile> {
  const text = await readFile(path.join(root, relativePath), 'utf8');
  return { file: relativePath.split(path.sep).join('/'), text };
}

/** One `schema/yaml-syntax` diagnostic per syntax error of a positioned YAML text. */
export function yamlSyntaxDiagnostics(yaml: YamlSource, file: string): Diagnostic[] {
  return yaml.syntaxErrors.map(({ reason, at }) => report(RULES.yamlSyntax, { file, ...at }, { reason }));
}

/** A Markdown content file whose front matter parsed as YAML (not yet validated). */
export interface FrontmatterFile {
  markdown: MarkdownFile;
  yaml: YamlSource;
}

/**
 * Splits a Markdown content file and parses its front matter with positions.
 * Output: the parsed file, or diagnostics when the front matter is missing or not YAML.
 */
export function readFrontmatter(source: SourceFile, kind: string): FrontmatterFile | Diagnostic[] {
  const markdown = parseMarkdownFile(source.text);
  if (markdown.frontmatter === undefined) {
    return [report(RULES.missingFrontmatter, { file: source.file, line: 1, column: 1 }, { kind })];
  }
  const yaml = parseYamlSource(markdown.frontmatter.source, {
    firstLine: markdown.frontmatter.firstLine,
    origin: { line: markdown.frontmatterLine, column: 1 },
  });
  if (yaml.syntaxErrors.length > 0) return yamlSyntaxDiagnostics(yaml, source.file);
  return { markdown, yaml };
}
