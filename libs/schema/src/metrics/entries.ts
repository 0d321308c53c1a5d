/** An entry as the metrics read it: its id and validated data. */
export interface EntryOf<Data> {
  id: string;
  data: Data;
}

/** Whether figures should count records marked `example: true`; by default they do not. */
export interface ExampleOption {
  includeExamples?: boolean;
}

/**
 * The entries that count for a figure or a listing: all of them with `includeExamples`, else
 * those not marked `example: true` (a type without the field has no examples). The entries are
 * returned as given.
 */
export function countable<Entry extends EntryOf<{ example?: boolean }>>(
  entries: readonly Entry[],
  { includeExamples = false }: ExampleOption,
): Entry[] {
  return entries.filter((entry) => includeExamples || entry.data.example !== true);
}
