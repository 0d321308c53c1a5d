import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { YamlSource } from './yaml-source.ts';

/**
 * MADR records name the decision in their level-1 heading, not in front matter. Input: a Markdown
 * file's parsed front matter and its tree. Output: the front matter to validate, with `title`
 * taken from the first level-1 heading when the front matter is a map without one; otherwise
 * `yaml` as it is. Never throws.
 */
export function withTitleFromHeading(yaml: YamlSource, tree: Root | undefined): YamlSource {
  const data = yaml.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || 'title' in data) return yaml;
  const heading = tree?.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = heading === undefined ? '' : toString(heading).replace(/\s+/g, ' ').trim();
  return title === '' ? yaml : { ...yaml, data: { ...data, title } };
}
