/**
 * Judging hits (links, references, headings) by where they stand, at a cost linear in the file.
 * One row can hold thousands of hits and a file thousands of headings: what is asked of a line is
 * answered once per line, and "the heading above" is a binary search, never a walk (issue 19).
 */

/** `test` memoised by line number: a row of ten thousand links is read once, not once per link. */
export function perLine<T>(test: (text: string, line: number) => T): (line: number, text: string) => T {
  const seen = new Map<number, T>();
  return (line, text) => {
    if (seen.has(line)) return seen.get(line) as T;
    const value = test(text, line);
    seen.set(line, value);
    return value;
  };
}

/** The last item (sorted by line) that stands strictly above `line`. */
export function lastBefore<T extends { line: number }>(items: readonly T[], line: number): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.line ?? Infinity) < line) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}

/** The first item (sorted by line) that stands strictly below `line`. */
export function firstAfter<T extends { line: number }>(items: readonly T[], line: number): T | undefined {
  return items[indexAfter(items, line)];
}

function indexAfter<T extends { line: number }>(items: readonly T[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.line ?? Infinity) <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
