import { Minimatch, braceExpand, type MinimatchOptions } from 'minimatch';
import { errorMessage, GateError } from '../domain/errors.js';
import { GLOB_LIMITS } from '../domain/glob-limits.js';

/*
 * Compiling globs for the candidate selection (match.ts): the built-in exclusions, the one option set
 * for every glob, each pattern cut into a folder part and a basename test, and the case-insensitive
 * text tests those parts are judged with (glob-index.ts).
 */

/**
 * Folders that hold other people's code or generated output, pruned at any depth before matching:
 * a release is not judged on what it vendors. Compared case-insensitively against one path segment.
 * `build/` and `dist/` stay in: in ML repositories they often hold real release material.
 */
export const BUILTIN_EXCLUDED_DIRS = [
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'third_party',
  'third-party',
  'thirdparty',
  '3rdparty',
  'vendor',
  'vendored',
  'dependencies',
  'external',
  'site-packages',
  'dist-packages',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.nox',
  '.eggs',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.ipynb_checkpoints',
  '.cache',
] as const;

/** What candidate selection needs from the scan options. */
/** Patterns can come from a repository's policy: keep them small enough to stay cheap to compile and match. */
export const MAX_PATTERN_LENGTH = GLOB_LIMITS.compile.maxLength;

export const MAX_PATTERN_EXPANSIONS = GLOB_LIMITS.compile.maxExpansions;

// One option set for every glob, so detector globs and policy globs behave alike.
const GLOB_OPTIONS: MinimatchOptions = {
  nocase: true,
  dot: true,
  matchBase: false,
  nocomment: true,
  nonegate: true,
  platform: 'linux',
  braceExpandMax: MAX_PATTERN_EXPANSIONS,
};

let builtinDirSet: Set<string> | undefined;

function builtinDirs(): Set<string> {
  builtinDirSet ??= new Set(BUILTIN_EXCLUDED_DIRS);
  return builtinDirSet;
}

/** True when one folder name (a single segment) is a built-in vendored/generated folder. */
export function isBuiltinExcludedName(name: string): boolean {
  const set = builtinDirs();
  return set.has(name) || set.has(name.toLowerCase());
}

// Characters that make a glob segment more than a literal (extglob, classes, escapes included).
export const MAGIC = /[*?[\]{}()!+@\\|]/;

export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Literal characters and `*` only: no other glob syntax. */
export const ONLY_STARS = /^[^?[\]{}()!+@\\|]*$/;

/** How the last segment of a row is tested against a path's basename. Literals are stored lower-case. */
export type BaseTest =
  | { kind: 'any' }
  | { kind: 'name'; name: string }
  /** Only `*` wildcards: the literal pieces between them, matched greedily left to right. */
  | { kind: 'wild'; parts: string[] }
  | { kind: 'glob'; prefix: string; mm: Minimatch };

/** How the folder part of a row is tested against a path's folder. */
export type DirTest =
  | { kind: 'root'; id: number }
  | { kind: 'anywhere'; id: number }
  | {
      /** Literal folder names in sequence (lower-case), from the start of the folder or, floating, anywhere in it. */
      kind: 'literal';
      id: number;
      parts: string[];
      floating: boolean;
      under: boolean;
    }
  | {
      /** One folder name with `*` wildcards only, anywhere in the folder (`**\/eval*\/**`): pieces between the stars. */
      kind: 'wildname';
      id: number;
      pieces: string[];
      under: boolean;
    }
  | {
      kind: 'glob';
      id: number;
      mm: Minimatch;
      /** The folder itself or one of its ancestors must match (a trailing `/**` in the folder part). */
      under: boolean;
      cache: Map<string, boolean>;
    };

/** One brace-free alternative of one glob, split at its last `/`: minimatch matches segment by segment. */
export interface Row {
  owner: number;
  base: BaseTest;
  dir: DirTest;
}

/**
 * A path taken apart once for every index that tests it. `dirId` changes whenever the folder does,
 * so folder verdicts are computed once per run of files in the same folder.
 */
export interface PathView {
  path: string;
  /** Index of the last `/`, or -1 for a file at the root. */
  dirEnd: number;
  /** The folder (`path` up to `dirEnd`), '' at the root. */
  dir: string;
  dirId: number;
  /** Lower-case text after the basename's last dot; '' when there is none. */
  ext: string;
  /** The basename lower-cased, when it is ASCII (then native string search is exact); computed on demand. */
  lowerBase: string | null | undefined;
}

export function compileGlob(pattern: string, where: string): Minimatch {
  try {
    return new Minimatch(pattern, GLOB_OPTIONS);
  } catch (error) {
    throw new GateError(`${where}: invalid glob pattern "${pattern}": ${errorMessage(error)}`);
  }
}

export function expand(pattern: string, where: string): string[] {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new GateError(`${where}: glob pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  let rows: string[];
  try {
    rows = braceExpand(pattern, GLOB_OPTIONS);
  } catch (error) {
    throw new GateError(`${where}: invalid glob pattern "${pattern}": ${errorMessage(error)}`);
  }
  if (rows.length >= MAX_PATTERN_EXPANSIONS) {
    throw new GateError(`${where}: glob pattern "${pattern}" expands to ${MAX_PATTERN_EXPANSIONS} or more alternatives`);
  }
  return rows;
}

function extensionOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

export function baseTest(segment: string, where: string): BaseTest {
  if (segment === '**') return { kind: 'any' };
  const exact = PRINTABLE_ASCII.test(segment) && !segment.includes('**');
  const lower = segment.toLowerCase();
  const first = exact ? lower.search(MAGIC) : 0;
  if (exact && first < 0) return { kind: 'name', name: lower };
  if (exact && /^[^*?[\]{}()!+@\\|]*(\*[^*?[\]{}()!+@\\|]*)+$/.test(lower)) {
    return { kind: 'wild', parts: lower.split('*') };
  }
  // Non-ASCII literals could case-fold differently from minimatch's own comparison: no prefix then.
  return { kind: 'glob', prefix: exact ? lower.slice(0, first) : '', mm: compileGlob(segment, where) };
}

/** The extension bucket a row lives in: every basename it can match has this extension. */
export function bucketOf(base: BaseTest): string | undefined {
  if (base.kind === 'name') return extensionOfName(base.name);
  let tail: string;
  if (base.kind === 'wild') tail = base.parts[base.parts.length - 1] as string;
  else if (base.kind === 'glob') {
    const source = base.mm.pattern.toLowerCase();
    if (!PRINTABLE_ASCII.test(source)) return undefined;
    let last = -1;
    for (let i = source.length - 1; i >= 0; i--) {
      if (MAGIC.test(source[i] as string)) {
        last = i;
        break;
      }
    }
    tail = source.slice(last + 1);
  } else return undefined;
  const dot = tail.lastIndexOf('.');
  return dot < 0 ? undefined : tail.slice(dot + 1);
}

/** ASCII letters lower-cased, everything else kept: folder names compare as minimatch's nocase does for ASCII. */
export function lowerAsciiFold(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }
  return text;
}

/** `text` from `at` starts with `lower` (already lower-case ASCII), ignoring ASCII case. */
function startsWithCI(text: string, at: number, lower: string): boolean {
  if (text.length - at < lower.length) return false;
  for (let i = 0; i < lower.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Where `lower` (lower-case ASCII) first occurs in `text` within [from, to), ignoring ASCII case; -1 if nowhere. */
function indexOfCI(text: string, lower: string, from: number, to: number): number {
  const last = to - lower.length;
  const first = lower.charCodeAt(0);
  for (let i = from; i <= last; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    if (c === first && startsWithCI(text, i, lower)) return i;
  }
  return -1;
}

/**
 * `a*b*c` against text[start..]: the first piece anchored at the start, the last at the end, the middle
 * ones at their leftmost place in between. With `*` as the only wildcard, leftmost is always right.
 */
function wildMatches(parts: readonly string[], text: string, start: number): boolean {
  const head = parts[0] as string;
  const tail = parts[parts.length - 1] as string;
  let end = text.length;
  if (end - start < head.length + tail.length) return false;
  if (!startsWithCI(text, start, head)) return false;
  if (!startsWithCI(text, end - tail.length, tail)) return false;
  let at = start + head.length;
  end -= tail.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const piece = parts[i] as string;
    if (piece === '') continue;
    const found = indexOfCI(text, piece, at, end);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** The lower-case basename when it is pure ASCII, else null (compared in place, ASCII case folded). */
export function lowerBaseOf(view: PathView): string | null {
  if (view.lowerBase === undefined) {
    const base = view.path.slice(view.dirEnd + 1);
    view.lowerBase = NON_ASCII.test(base) ? null : base.toLowerCase();
  }
  return view.lowerBase;
}

export function wildMatchesLower(parts: readonly string[], base: string): boolean {
  const head = parts[0] as string;
  const tail = parts[parts.length - 1] as string;
  if (base.length < head.length + tail.length || !base.startsWith(head) || !base.endsWith(tail)) return false;
  let at = head.length;
  const end = base.length - tail.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const piece = parts[i] as string;
    if (piece === '') continue;
    const found = base.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

export function baseMatches(test: BaseTest, view: PathView): boolean {
  const { path } = view;
  const start = view.dirEnd + 1;
  switch (test.kind) {
    case 'any':
      return true;
    case 'name': {
      const lower = lowerBaseOf(view);
      if (lower !== null) return lower === test.name;
      return path.length - start === test.name.length && startsWithCI(path, start, test.name);
    }
    case 'wild': {
      const lower = lowerBaseOf(view);
      return lower !== null ? wildMatchesLower(test.parts, lower) : wildMatches(test.parts, path, start);
    }
    case 'glob':
      return startsWithCI(path, start, test.prefix) && test.mm.match(path.slice(start));
  }
}

/** Every basename in the bucket of extension `ext` matches: `*` then `.ext`, or any basename. */
export function matchesWholeBucket(base: BaseTest, ext: string | undefined): boolean {
  if (base.kind === 'any') return true;
  if (ext === undefined || base.kind !== 'wild' || base.parts.length !== 2) return false;
  // The bucket holds the paths whose text after the last dot is `ext`, so each ends with `.ext`.
  return base.parts[0] === '' && base.parts[1] === `.${ext}`;
}

/** A literal every basename matching the row must contain (lower-case), when there is a telling one. */
export function requiredPiece(base: BaseTest, ext: string | undefined): string | null {
  let pieces: string[];
  if (base.kind === 'name') pieces = [base.name];
  else if (base.kind === 'wild') {
    pieces = [...base.parts];
    // The bucket already guarantees the extension: it tells nothing.
    if (ext !== undefined && pieces[pieces.length - 1] === `.${ext}`) pieces.pop();
  } else if (base.kind === 'glob') pieces = [base.prefix];
  else return null;
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 2 ? longest : null;
}

/** Literal folder names against the folder's names (ASCII case folded). */
export function literalDirMatches(test: Extract<DirTest, { kind: 'literal' }>, names: readonly string[]): boolean {
  const { parts, floating, under } = test;
  const k = parts.length;
  if (k > names.length) return false;
  if (!floating) return (under || names.length === k) && namesAt(names, parts, 0);
  if (!under) return namesAt(names, parts, names.length - k);
  for (let at = 0; at + k <= names.length; at++) if (namesAt(names, parts, at)) return true;
  return false;
}

function namesAt(names: readonly string[], parts: readonly string[], at: number): boolean {
  for (let j = 0; j < parts.length; j++) if (names[at + j] !== parts[j]) return false;
  return true;
}

export function atOrUnder(test: Extract<DirTest, { kind: 'glob' }>, dir: string): boolean {
  const cached = test.cache.get(dir);
  if (cached !== undefined) return cached;
  const slash = dir.lastIndexOf('/');
  const verdict = test.mm.match(dir) || (slash > 0 && atOrUnder(test, dir.slice(0, slash)));
  test.cache.set(dir, verdict);
  return verdict;
}
