/**
 * Short texts asked about again and again: a README of twenty thousand headings asks each heading
 * classifier about each heading, and three detectors normalise the same heading. Pure functions of a
 * short text are answered once per distinct text (issue 19). Long texts are not kept (memory), and
 * the table is emptied when full, so a file of distinct headings costs what it cost before.
 */
const MAX_KEY = 256;
const MAX_ENTRIES = 20_000;

export function memoText<T>(fn: (text: string) => T): (text: string) => T {
  let seen: Map<string, T> | undefined;
  return (text) => {
    if (text.length > MAX_KEY) return fn(text);
    seen ??= new Map();
    const had = seen.get(text);
    if (had !== undefined || seen.has(text)) return had as T;
    const value = fn(text);
    if (seen.size >= MAX_ENTRIES) seen.clear();
    seen.set(text, value);
    return value;
  };
}
