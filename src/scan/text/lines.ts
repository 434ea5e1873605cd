/**
 * Lines of a file's text found by searching the whole text, not by walking its lines. A README of
 * 20,000 one-word lines paid a JavaScript loop over every line in each detector that looks for a
 * handful of them (links, BibTeX entries, headings); a search of the whole text runs in the regex
 * engine and visits only the lines it stops on (issue 19).
 */

/** What is known of a text: worked out once, when first asked. */
interface TextFacts {
  text: string;
  lines?: readonly string[];
  starts?: readonly number[];
  sweepable?: boolean;
}

// Two short and two long texts are remembered: a detector that walks a README's sections asks about
// the README and a section in turn, and a section loop between two detectors must not push the README
// out (its lines and their offsets cost more to work out again than all its sections together).
const LONG = 8192;
const short: Array<TextFacts | undefined> = [undefined, undefined];
const long: Array<TextFacts | undefined> = [undefined, undefined];

function factsOf(text: string): TextFacts {
  const slots = text.length >= LONG ? long : short;
  if (slots[0]?.text === text) return slots[0];
  if (slots[1]?.text === text) [slots[0], slots[1]] = [slots[1], slots[0]];
  else [slots[0], slots[1]] = [{ text }, slots[0]];
  return slots[0]!;
}

/**
 * `text.split('\n')`, made once per text: the Markdown parse and a dozen detectors read the lines of
 * the same README or script in turn, and each split of a head of thousands of lines cost a copy of
 * it and the garbage collection of that copy. Shared: read it, never mutate it.
 */
export function splitLines(text: string): readonly string[] {
  const facts = factsOf(text);
  return (facts.lines ??= text.split('\n'));
}

/** Offsets where each line of `text` starts, made once per text. */
export function lineStarts(text: string): readonly number[] {
  const facts = factsOf(text);
  if (facts.starts) return facts.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  facts.starts = starts;
  return starts;
}

/**
 * 0-based index of the line holding offset `at`. `from`, a line at or above it, starts the search
 * there: a sweep's hits come in order, and most stand on the next lines, found in a step or two.
 */
export function lineIndexAt(starts: readonly number[], at: number, from = 0): number {
  let lo = from;
  let step = 1;
  // Gallop from `from` to a line past `at`, then search the last stretch.
  while (lo + step < starts.length && starts[lo + step]! <= at) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, starts.length) - 1;
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
let sweepers: WeakMap<RegExp, Sweep | null> | undefined;

interface Sweep {
  re: RegExp;
  /** No lookaround: a match that holds no line break is a match of its line alone, with no test of the line. */
  local: boolean;
}

// By pattern text too: a pattern written in a function is a new object at each call (a section
// loop asked for the same sweep a thousand times).
let sweepsBySource: Map<string, Sweep | null> | undefined;

function sweepOf(re: RegExp): Sweep | undefined {
  sweepers ??= new WeakMap();
  let g = sweepers.get(re);
  if (g === undefined) {
    sweepsBySource ??= new Map();
    const key = `${re.flags}/${re.source}`;
    g = sweepsBySource.get(key);
    if (g === undefined) {
      g =
        re.global || re.sticky || /\(\?<?!/.test(re.source)
          ? null
          : { re: new RegExp(withinLines(re.source, re.flags), re.flags.includes('m') ? `${re.flags}g` : `${re.flags}gm`), local: !/\(\?<?[=!]/.test(re.source) };
      sweepsBySource.set(key, g);
    }
    sweepers.set(re, g);
  }
  return g ?? undefined;
}

/** Below this length a text is tested line by line: a sweep's set-up costs more than a few lines. */
const SWEEP_MIN_CHARS = 2048;

// What `\s` matches but a line break: a sweep's blanks stop at the end of their line.
const BLANK_NOT_LF = '\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/**
 * `source` with each `\s` made to stop at `\n`. A line tried alone holds no line break, so the lines
 * the pattern matches are the same; but in a sweep of the whole text, `^\s*@` crossed every blank line
 * below each line it started on, and a README of 20,000 blank lines ending in a BibTeX entry cost
 * 20,000 sweeps of the rest of the file (8× a plain file, 15× with blanks on the lines).
 */
function withinLines(source: string, flags: string): string {
  if (flags.includes('v') || !source.includes('\\s')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      out += e === 's' ? (inClass ? BLANK_NOT_LF : `[${BLANK_NOT_LF}]`) : c + e;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/**
 * The global multiline copy of `re` that finds, in a whole text, at least every place where `re`
 * matches inside one line: `^`/`$` match at line breaks there, and what a match gains across a line
 * break only adds candidates. Negative lookarounds could see the line break and miss a line's match:
 * those patterns (and global or sticky ones, whose state a caller may rely on) get none.
 */
export function sweeper(re: RegExp): RegExp | undefined {
  return sweepOf(re)?.re;
}

/**
 * Whether line `i`, where a sweep match starts, matches `re` alone. A match inside the line is one
 * (`^`, `$` and `\b` see a line break as they see the end of a string), unless the pattern looks
 * around it; a match that runs over a line break is only a candidate, and the line is tested.
 */
function holds(sweep: Sweep, re: RegExp, m: RegExpExecArray, text: string, starts: readonly number[], i: number): boolean {
  if (sweep.local && !m[0].includes('\n')) return true;
  return re.test(lineOf(text, starts, i));
}

/**
 * Whether a text can be swept: it holds no CR, U+2028 or U+2029, so `^` and `$` of a multiline
 * pattern stop only where its lines are split. Where they stop elsewhere, a sweep would start `^\s*@`
 * again after each of them (a README of ` \u2028` repeated cost 0.74 s at 32 KB): such a text is
 * tested line by line.
 */
export function sweepable(text: string): boolean {
  const facts = factsOf(text);
  return (facts.sweepable ??= !/[\r\u2028\u2029]/.test(text));
}

/**
 * 0-based indexes, in order, of the lines of `text` that `re` matches when tried on the line alone
 * (the answer of `text.split('\n')` and a test per line), found by sweeping the whole text.
 */
export function linesMatching(text: string, re: RegExp, max = Infinity): number[] {
  const out: number[] = [];
  const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
  if (!sweep) {
    const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
    for (let i = 0; i < lines.length && out.length < max; i++) if (re.test(lines[i]!)) out.push(i);
    return out;
  }
  // The shared copy: this loop runs to its end before anything else can use it (a generator below
  // takes a copy of its own, since its caller may sweep in between).
  const own = sweep.re;
  own.lastIndex = 0;
  let starts: readonly number[] | undefined;
  let i = 0;
  for (let m = own.exec(text); m && out.length < max; m = own.exec(text)) {
    starts ??= lineStarts(text);
    i = lineIndexAt(starts, m.index, i);
    if (holds(sweep, re, m, text, starts, i)) out.push(i);
    if (i + 1 >= starts.length) break;
    own.lastIndex = starts[i + 1]!;
  }
  return out;
}

/** `linesMatching` one line at a time, for callers that stop early. */
export function* eachLineMatching(text: string, re: RegExp): Generator<number> {
  const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
  if (!sweep) {
    const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
    for (let i = 0; i < lines.length; i++) if (re.test(lines[i]!)) yield i;
    return;
  }
  const own = new RegExp(sweep.re.source, sweep.re.flags);
  let starts: readonly number[] | undefined;
  let i = 0;
  for (let m = own.exec(text); m; m = own.exec(text)) {
    starts ??= lineStarts(text);
    i = lineIndexAt(starts, m.index, i);
    if (holds(sweep, re, m, text, starts, i)) yield i;
    if (i + 1 >= starts.length) break;
    own.lastIndex = starts[i + 1]!;
  }
}

/** 0-based index of the first line of `text` that `re` matches (as `linesMatching`), or -1. */
export function firstLineMatching(text: string, re: RegExp): number {
  return nextLineMatching(text, re, 0);
}

/** 0-based index of the first line at or below line `from` that `re` matches (as `linesMatching`), or -1. */
export function nextLineMatching(text: string, re: RegExp, from: number): number {
  const sweep = text.length >= SWEEP_MIN_CHARS && sweepable(text) ? sweepOf(re) : undefined;
  if (!sweep) {
    const lines = text.length >= SWEEP_MIN_CHARS ? splitLines(text) : text.split('\n');
    for (let i = Math.max(0, from); i < lines.length; i++) if (re.test(lines[i]!)) return i;
    return -1;
  }
  const starts = lineStarts(text);
  if (from >= starts.length) return -1;
  const own = sweep.re;
  own.lastIndex = starts[Math.max(0, from)]!;
  let i = Math.max(0, from);
  for (let m = own.exec(text); m; m = own.exec(text)) {
    i = lineIndexAt(starts, m.index, i);
    if (holds(sweep, re, m, text, starts, i)) return i;
    if (i + 1 >= starts.length) break;
    own.lastIndex = starts[i + 1]!;
  }
  return -1;
}
