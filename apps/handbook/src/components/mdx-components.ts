import Callout from '@handbook/slides/components/Callout.astro';
import Column from '@handbook/slides/components/Column.astro';
import Columns from '@handbook/slides/components/Columns.astro';
import MetricCards from '@handbook/slides/components/MetricCards.astro';
import Notes from '@handbook/slides/components/Notes.astro';
import Questions from '@handbook/slides/components/Questions.astro';
import type { MdxComponentsOf, MdxTypeName } from '@handbook/schema';
import CogsKillSwitch from './deck/CogsKillSwitch.astro';
import DebtConstraints from './deck/DebtConstraints.astro';
import DeckAgenda from './deck/DeckAgenda.astro';
import MigrationMap from './deck/MigrationMap.astro';
import ScorecardMetric from './deck/ScorecardMetric.astro';
import TeamRoster from './deck/TeamRoster.astro';

/** An Astro component, whatever its props. */
type AstroComponent = (props: never) => unknown;

/** The shared components, which decks and handbook pages both offer. */
const SHARED = {
  Callout,
  Columns,
  Column,
  MetricCards,
  ScorecardMetric,
  CogsKillSwitch,
  DebtConstraints,
  MigrationMap,
  TeamRoster,
};

/**
 * The implementation of every component an MDX body may use, per MDX type, by the name
 * `MDX_COMPONENTS` (`@handbook/schema`) gives it: the `components` a page passes to `<Content>`.
 * Typed against that list, so a component added there fails typecheck here until it is built.
 */
export const MDX_COMPONENT_IMPLEMENTATIONS = {
  deck: { ...SHARED, Agenda: DeckAgenda, Notes, Questions },
  page: SHARED,
} satisfies { [Type in MdxTypeName]: Record<MdxComponentsOf<Type>, AstroComponent> };
