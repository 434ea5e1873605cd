import { bound } from '../../domain/cost.js';

/**
 * Short texts asked about again and again: a README of twenty thousand headings asks each heading
 * classifier about each heading, and three detectors normalise the same heading. Pure functions of a
 * short text are answered once per distinct text (issue 19). Long texts are not kept (memory), and
 * the table is small and emptied when full: a flood repeats a few texts, and a file of thousands of
 * distinct lines would otherwise fill a large table only to throw it away (its garbage collection
 * cost more than the answers saved).
 */
const MAX_KEY = 256;
const MAX_ENTRIES = 1024;

// What an answer of `undefined` is kept as, so that a hit costs one look-up, not two.
const NONE = Symbol('none');

export function memoText<T>(fn: (text: string) => T): (text: string) => T {
  let seen: Map<string, T | typeof NONE> | undefined;
  return (text) => {
    if (text.length > MAX_KEY) return fn(text);
    seen ??= new Map();
    const had = seen.get(text);
    if (had !== undefined) return (had === NONE ? undefined : had) as T;
    const value = fn(text);
    if (seen.size >= MAX_ENTRIES) seen.clear();
    seen.set(text, value === undefined ? NONE : value);
    return value;
  };
}

/**
 * The answer for the last text asked about: the detectors that read the same README or script ask
 * in turn. The bounds its computation hit are reported again to every caller, since each detector
 * is metered on its own. The answer is shared: read it, never mutate it.
 */
export function lastText<T>(compute: (text: string, bounds: string[]) => T): (text: string) => T {
  let last: { text: string; value: T; bounds: readonly string[] } | undefined;
  return (text) => {
    if (last?.text !== text) {
      const bounds: string[] = [];
      last = { text, value: compute(text, bounds), bounds };
    }
    for (const b of last.bounds) bound(b);
    return last.value;
  };
}
