/**
 * Prints a zod issue path the way an author reads front matter: `action-items[1].owner`,
 * not `action-items.1.owner` (after zod's `toDotPath`). An empty path prints as `(front matter)`.
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(front matter)';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}
