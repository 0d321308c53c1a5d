import { CONTENT_TYPE_NAMES, CONTENT_TYPES, hrefFor } from '@handbook/schema';
import { ruleHref, RULES, type Repository } from '@handbook/content';

/** The pages every site publishes whatever its content. */
const FIXED_PATHS = ['/', '/with-examples/', '/team/', '/404/', '/rules/'];

/** The documentation page of every lint rule. */
const RULE_PATHS = Object.values(RULES).map((rule) => ruleHref(rule.id));

/** Every page the site publishes for a repository: the fixed pages, each type's index and each entry's page. */
export function sitePaths(repository: Repository): string[] {
  return [
    ...FIXED_PATHS,
    ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].route),
    ...CONTENT_TYPE_NAMES.flatMap((name) => repository.entries[name].map((entry) => hrefFor(name, entry.id))),
    ...RULE_PATHS,
  ];
}

/** One page of each kind: the fixed pages, each type's index and the first entry of each type. */
export function samplePaths(repository: Repository): string[] {
  return [
    ...FIXED_PATHS,
    ...CONTENT_TYPE_NAMES.map((name) => CONTENT_TYPES[name].route),
    ...CONTENT_TYPE_NAMES.flatMap((name) => repository.entries[name].slice(0, 1).map((entry) => hrefFor(name, entry.id))),
    ...RULE_PATHS.slice(0, 1),
  ];
}
