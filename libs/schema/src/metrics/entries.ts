/** An entry as the metrics read it: its id and validated data. */
export interface EntryOf<Data> {
  id: string;
  data: Data;
}

/** Whether figures should count records marked `example: true`; by default they do not. */
export interface ExampleOption {
  includeExamples?: boolean;
}

/** The entries that count for a figure: all of them with `includeExamples`, else those not marked `example`. */
export function countable<Data extends { example: boolean }>(
  entries: readonly EntryOf<Data>[],
  { includeExamples = false }: ExampleOption,
): EntryOf<Data>[] {
  return entries.filter((entry) => includeExamples || !entry.data.example);
}
