/**
 * The cost model of judging one file: every parser and check is linear in the bounded head it is
 * given, and what could grow faster (nesting, openers on one row) stops at a fixed bound. Judging runs
 * under a meter: parsers spend work units as they go, and the meter stops the check once the scan's
 * deadline has passed (checks are synchronous, so this is the only way to stop one mid-file). A file
 * that hits a bound is still judged, on what came before the bound, and carries a note saying so.
 */

/** Key paths deeper than this are not followed (real configs nest a handful of levels). */
export const MAX_DEPTH = 32;

/** Openers (`[`, `(`, `<table>`, `"source": [`) looked at on one row; the rest of the row is not. */
export const MAX_OPENERS_PER_ROW = 64;

/** The deadline is looked at once per this many work units (a unit is about one row or one key). */
const CHECK_EVERY = 1024;

/** Thrown out of a check when the scan's time budget ran out while it was running. */
export class OutOfTime extends Error {
  constructor() {
    super('the time budget ran out while this file was being judged');
    this.name = 'OutOfTime';
  }
}

interface Meter {
  deadline: number;
  units: number;
  nextCheck: number;
  bounds: Set<string>;
}

let current: Meter | undefined;

/**
 * Spends work units on the file being judged; throws OutOfTime past the deadline. Outside a metered
 * check (unit tests calling a parser directly) it only counts.
 */
export function spend(units = 1): void {
  const m = current;
  if (!m) return;
  m.units += units;
  if (m.units >= m.nextCheck) {
    m.nextCheck = m.units + CHECK_EVERY;
    if (Date.now() > m.deadline) throw new OutOfTime();
  }
}

/** Records that the file being judged hit a bound: what lies past it was not judged. */
export function bound(what: string): void {
  current?.bounds.add(what);
}

export interface Metered<T> {
  value: T;
  /** Work units spent: a deterministic measure of the work done (used by the cost tests). */
  units: number;
  /** The bounds the file hit, e.g. "nesting deeper than 32 levels". */
  bounds: string[];
}

/** Runs one synchronous check under a meter. OutOfTime propagates; the meter is always taken down. */
export function metered<T>(deadline: number, fn: () => T): Metered<T> {
  const outer = current;
  const m: Meter = { deadline, units: 0, nextCheck: CHECK_EVERY, bounds: new Set() };
  current = m;
  try {
    const value = fn();
    return { value, units: m.units, bounds: [...m.bounds] };
  } finally {
    current = outer;
    if (outer) {
      outer.units += m.units;
      for (const b of m.bounds) outer.bounds.add(b);
    }
  }
}

/** The note on a candidate that hit a bound: judged on what came before it, so not fully judged. */
export function boundNote(path: string, bounds: readonly string[]): { code: string; path: string; message: string } {
  return { code: 'not-fully-judged', path, message: `not fully judged: ${bounds.join('; ')} (what lies past the bound was not read)` };
}

/**
 * Lines judged per file. Every check does a little work per line, so a head of 256 KB made of
 * one-character lines would cost as much as a hundred ordinary files; 20,000 lines is more than a
 * 256 KB head holds at 13 bytes a line, so real files are not cut.
 */
export const MAX_LINES = 20_000;

/** The head cut at MAX_LINES lines (marked truncated), and the bound it hit, if any. */
export function capLines<T extends { text: string; truncated: boolean }>(content: T): { content: T; bound?: string } {
  let at = -1;
  for (let n = 0; n < MAX_LINES; n++) {
    at = content.text.indexOf('\n', at + 1);
    if (at < 0) return { content };
  }
  if (at === content.text.length - 1) return { content };
  return { content: { ...content, text: content.text.slice(0, at + 1), truncated: true }, bound: `more than ${MAX_LINES} lines` };
}
