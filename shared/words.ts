// Lists and counts in words, as every text the app writes says them.

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** "month" for one, "months" for any other count. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** "1 month", "3 months". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${plural(count, one, many)}`;
}
