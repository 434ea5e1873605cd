/**
 * Lines of a file's text found by searching the whole text, not by walking its lines. A README of
 * 20,000 one-word lines paid a JavaScript loop over every line in each detector that looks for a
 * handful of them (links, BibTeX entries, headings); a search of the whole text runs in the regex
 * engine and visits only the lines it stops on (issue 19).
 */

let startsCache: { text: string; starts: readonly number[] } | undefined;

/** Offsets where each line of `text` starts, made once per text. */
export function lineStarts(text: string): readonly number[] {
  if (startsCache?.text === text) return startsCache.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  startsCache = { text, starts };
  return starts;
}

/** 0-based index of the line holding offset `at`. */
export function lineIndexAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line `i` (0-based) of `text`, without its newline. */
export function lineOf(text: string, starts: readonly number[], i: number): string {
  const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
  return text.slice(starts[i], end);
}

// The global multiline copy of each pattern, or null when only a line-by-line test gives its answer.
let sweepers: WeakMap<RegExp, RegExp | null> | undefined;

/**
 * The global multiline copy of `re` that finds, in a whole text, at least every place where `re`
 * matches inside one line: `^`/`$` match at line breaks there, and what a match gains across a line
 * break only adds candidates. Negative lookarounds could see the line break and miss a line's match:
 * those patterns (and global or sticky ones, whose state a caller may rely on) get none.
 */
export function sweeper(re: RegExp): RegExp | undefined {
  sweepers ??= new WeakMap();
  let g = sweepers.get(re);
  if (g === undefined) {
    g = re.global || re.sticky || /\(\?<?!/.test(re.source) ? null : new RegExp(re.source, re.flags.includes('m') ? `${re.flags}g` : `${re.flags}gm`);
    sweepers.set(re, g);
  }
  return g ?? undefined;
}

/**
 * 0-based indexes, in order, of the lines of `text` that `re` matches when tried on the line alone
 * (the answer of `text.split('\n')` and a test per line), found by sweeping the whole text.
 */
export function linesMatching(text: string, re: RegExp): number[] {
  return [...eachLineMatching(text, re)];
}

/** `linesMatching` one line at a time, for callers that stop early. */
export function* eachLineMatching(text: string, re: RegExp): Generator<number> {
  const sweep = sweeper(re);
  if (!sweep) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) if (re.test(lines[i]!)) yield i;
    return;
  }
  // A sweep of its own: the shared global copy may be in use by an outer caller still iterating.
  const own = new RegExp(sweep.source, sweep.flags);
  let starts: readonly number[] | undefined;
  for (let m = own.exec(text); m; m = own.exec(text)) {
    starts ??= lineStarts(text);
    const i = lineIndexAt(starts, m.index);
    if (re.test(lineOf(text, starts, i))) yield i;
    if (i + 1 >= starts.length) break;
    own.lastIndex = starts[i + 1]!;
  }
}

/** 0-based index of the first line of `text` that `re` matches (as `linesMatching`), or -1. */
export function firstLineMatching(text: string, re: RegExp): number {
  const sweep = sweeper(re);
  if (!sweep) return text.split('\n').findIndex((l) => re.test(l));
  sweep.lastIndex = 0;
  let starts: readonly number[] | undefined;
  for (let m = sweep.exec(text); m; m = sweep.exec(text)) {
    starts ??= lineStarts(text);
    const i = lineIndexAt(starts, m.index);
    if (re.test(lineOf(text, starts, i))) return i;
    if (i + 1 >= starts.length) break;
    sweep.lastIndex = starts[i + 1]!;
  }
  return -1;
}
