// The detectors' default globs as one POSIX extended regex, for the `git ls-files | grep -iE` baseline.
//
// Semantics follow how the scan matches: minimatch with `dot: true`, case-insensitive (grep -i), whole POSIX
// paths, no matchBase. Braces become `(a|b)` groups; one holding a slash is expanded first (as minimatch does),
// then each pattern is translated segment by segment. The output uses only syntax that means the same in ERE and in a
// JavaScript RegExp, which is how the tests check it against minimatch.

const ERE_SPECIAL = new Set(['.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$', '\\']);

/** Index of the `}` closing the `{` at `open`, or -1. */
function closingBrace(p: string, open: number): number {
  let depth = 0;
  for (let i = open; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Splits the inside of a brace on its top-level commas. */
function braceAlternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** `a{b,c{d,e}}f` → `abf`, `acdf`, `acef`; `{1..3}` → 1, 2, 3. A brace with one alternative stays literal. */
export function expandBraces(pattern: string): string[] {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c !== '{') continue;
    const close = closingBrace(pattern, i);
    if (close < 0) return [pattern];
    const body = pattern.slice(i + 1, close);
    const head = pattern.slice(0, i);
    const tail = pattern.slice(close + 1);
    const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
    let alts: string[];
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      const step = from <= to ? 1 : -1;
      alts = [];
      for (let n = from; n !== to + step; n += step) alts.push(String(n));
    } else {
      alts = braceAlternatives(body);
      if (alts.length < 2) {
        // Not a brace expansion: keep the braces as literal text and look further on.
        return expandBraces(tail).map((t) => `${head}\\{${body}\\}${t}`);
      }
    }
    const tails = expandBraces(tail);
    return alts.flatMap((a) => expandBraces(`${head}${a}`).flatMap((h) => tails.map((t) => `${h}${t}`)));
  }
  return [pattern];
}

/** One path segment (no `/`, not `**`) to ERE. */
function segmentToEre(seg: string, glob: string): string {
  let out = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string;
    const next = seg[i + 1];
    if (c === '{') {
      // Inline `(a|b)` keeps the regex as short as a person would write it; braces holding a `/` were expanded.
      const close = closingBrace(seg, i);
      const body = close < 0 ? '' : seg.slice(i + 1, close);
      const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body);
      const alts = range ? expandBraces(`{${body}}`) : braceAlternatives(body);
      if (close < 0 || alts.length < 2) {
        out += '\\{';
        continue;
      }
      out += `(${alts.map((a) => (range ? a : segmentToEre(a, glob))).join('|')})`;
      i = close;
    } else if ('@?+*!'.includes(c) && next === '(') {
      const close = seg.indexOf(')', i);
      if (close < 0) throw new Error(`unbalanced extglob in '${glob}'`);
      if (c === '!') throw new Error(`negated extglob !(…) has no ERE equivalent: '${glob}'`);
      const alts = seg.slice(i + 2, close).split('|').map((a) => segmentToEre(a, glob));
      out += `(${alts.join('|')})${c === '@' ? '' : c}`;
      i = close;
    } else if (c === '*') {
      out += '[^/]*';
      while (seg[i + 1] === '*') i++;
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      if (body.includes('\\')) throw new Error(`escapes inside a character class are not supported: '${glob}'`);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body}]`;
      i = close;
    } else if (c === '\\' && next !== undefined) {
      out += ERE_SPECIAL.has(next) ? `\\${next}` : next;
      i++;
    } else {
      out += ERE_SPECIAL.has(c) ? `\\${c}` : c;
    }
  }
  return out;
}

function hasSlashInBrace(glob: string): boolean {
  for (let i = glob.indexOf('{'); i >= 0; i = glob.indexOf('{', i + 1)) {
    const close = closingBrace(glob, i);
    if (close > 0 && glob.slice(i, close).includes('/')) return true;
  }
  return false;
}

/** One glob (braces within segments allowed) to an unanchored ERE body. */
function globToEre(glob: string): string {
  const segs = glob.replace(/^\.\//, '').split('/');
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    const last = i === segs.length - 1;
    if (seg === '**') {
      // `**` spans zero or more whole segments: `a/**/b` matches `a/b`; a trailing `a/**` anything below `a`.
      while (segs[i + 1] === '**') i++;
      out += i === segs.length - 1 ? '.*' : '(.*/)?';
      continue;
    }
    out += segmentToEre(seg, glob);
    if (!last) out += '/';
  }
  return out;
}

const ANY_FOLDER = '(.*/)?';

/**
 * All globs as one ERE for `grep -iE`. Globs that start with `**\/` share one `(^|/)(…)$` group rather than
 * each starting with `^(.*\/)?`: the same language, but grep's DFA then scans each line once instead of
 * falling back to its slow matcher (measured: several times faster on the detectors' ~200 globs).
 */
export function globsToEre(globs: readonly string[]): string {
  const anywhere = new Set<string>();
  const rooted = new Set<string>();
  for (const g of globs) {
    for (const p of hasSlashInBrace(g) ? expandBraces(g) : [g]) {
      const body = globToEre(p);
      if (body.startsWith(ANY_FOLDER)) anywhere.add(body.slice(ANY_FOLDER.length));
      else rooted.add(body);
    }
  }
  const parts: string[] = [];
  if (anywhere.size > 0) parts.push(`(^|/)(${[...anywhere].join('|')})$`);
  if (rooted.size > 0) parts.push(`^(${[...rooted].join('|')})$`);
  if (parts.length === 0) throw new Error('no globs to turn into a regex');
  return parts.join('|');
}
