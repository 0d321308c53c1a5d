/** The content types written in MDX: the only ones whose bodies may use components. */
export const MDX_TYPES = ['deck', 'page'] as const;
export type MdxTypeName = (typeof MDX_TYPES)[number];

const SLIDES = '@handbook/slides/components';

/**
 * Every component an MDX body may use, by the name it writes (`<Callout title="…">`): the only
 * names `handbook lint` accepts in MDX besides plain HTML elements, and the names the site maps to
 * its implementations (typed against this list, so a new name fails typecheck there until it is
 * built). `types` lists the content types whose pages provide it; `module`, when set, is the one
 * module an MDX file may import it from (`import Callout from '@handbook/slides/components/Callout.astro'`),
 * although no import is needed: every page supplies its components by name. Props are literal
 * values only (strings, numbers, booleans, lists and maps of those): MDX in the handbook is data,
 * not code (ADR 0025).
 */
export const MDX_COMPONENTS = {
  Agenda: { types: ['deck'], summary: "The deck's agenda, read from its front matter." },
  Callout: {
    types: ['deck', 'page'],
    module: `${SLIDES}/Callout.astro`,
    summary: 'A titled box for a key message (`title`).',
  },
  Columns: {
    types: ['deck', 'page'],
    module: `${SLIDES}/Columns.astro`,
    summary: 'Side-by-side columns; each child is a `Column`.',
  },
  Column: {
    types: ['deck', 'page'],
    module: `${SLIDES}/Column.astro`,
    summary: 'One column of `Columns`.',
  },
  MetricCards: {
    types: ['deck', 'page'],
    module: `${SLIDES}/MetricCards.astro`,
    summary: 'A row of metric cards.',
  },
  Notes: {
    types: ['deck'],
    module: `${SLIDES}/Notes.astro`,
    summary: 'Speaker notes: hidden from the audience, shown in the presenter view.',
  },
  Questions: {
    types: ['deck'],
    module: `${SLIDES}/Questions.astro`,
    summary:
      'Open questions for the room (optional `title` when the slide has no heading of its own).',
  },
  ScorecardMetric: {
    types: ['deck', 'page'],
    summary: 'One metric of the latest scorecard as a card (`metric`, optional `label`).',
  },
  CogsKillSwitch: {
    types: ['deck', 'page'],
    summary:
      "The cost of goods sold against the playbook's kill switch, from the latest scorecard.",
  },
  DebtConstraints: {
    types: ['deck', 'page'],
    summary: 'The highest-priority open debt items (`limit`).',
  },
  MigrationMap: { types: ['deck', 'page'], summary: 'The latest tech stack as a migration map.' },
  TeamRoster: { types: ['deck', 'page'], summary: 'The people and teams of `content/team.yaml`.' },
} as const satisfies Record<
  string,
  { types: readonly MdxTypeName[]; module?: string; summary: string }
>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** The components whose pages of type `type` provide them, by name. */
export type MdxComponentsOf<Type extends MdxTypeName> = {
  [Name in MdxComponentName]: Type extends (typeof MDX_COMPONENTS)[Name]['types'][number]
    ? Name
    : never;
}[MdxComponentName];

/** Whether `name` is a component an MDX body of type `type` may use. */
export function isMdxComponent(name: string, type: MdxTypeName): name is MdxComponentName {
  return (
    Object.hasOwn(MDX_COMPONENTS, name) &&
    (MDX_COMPONENTS[name as MdxComponentName].types as readonly string[]).includes(type)
  );
}

/** The component an MDX file may import from `module` (default import, same name), or `undefined`. */
export function mdxComponentOfModule(module: string): MdxComponentName | undefined {
  return (Object.keys(MDX_COMPONENTS) as MdxComponentName[]).find(
    (name) => (MDX_COMPONENTS[name] as { module?: string }).module === module,
  );
}
