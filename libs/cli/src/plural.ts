/** "1 problem", "3 problems": a count with its noun, plural unless the count is 1. */
export const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`;
