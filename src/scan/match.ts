import { Minimatch, braceExpand, type MinimatchOptions } from 'minimatch';
import type { ArtifactId } from '../artifacts.js';
import { GateError } from '../errors.js';
import type { Detector, DetectorError, ScanOptions } from './types.js';

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
export type SelectOptions = Pick<ScanOptions, 'exclude' | 'artifacts' | 'only'>;

/** Patterns can come from a repository's policy: keep them small enough to stay cheap to compile and match. */
export const MAX_PATTERN_LENGTH = 1024;
export const MAX_PATTERN_EXPANSIONS = 256;

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
const MAGIC = /[*?[\]{}()!+@\\|]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How the last segment of a row is tested against a path's basename. Literals are stored lower-case. */
type BaseTest =
  | { kind: 'any' }
  | { kind: 'name'; name: string }
  | { kind: 'affix'; prefix: string; suffix: string }
  | { kind: 'glob'; prefix: string; mm: Minimatch };

/** How the folder part of a row is tested against a path's folder. */
type DirTest =
  | { kind: 'root' }
  | { kind: 'anywhere' }
  | {
      kind: 'glob';
      mm: Minimatch;
      /** The folder itself or one of its ancestors must match (a trailing `/**` in the folder part). */
      under: boolean;
      cache: Map<string, boolean>;
      lastId: number;
      last: boolean;
    };

/** One brace-free alternative of one glob, split at its last `/`: minimatch matches segment by segment. */
interface Row {
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
}

function compileGlob(pattern: string, where: string): Minimatch {
  try {
    return new Minimatch(pattern, GLOB_OPTIONS);
  } catch (error) {
    throw new GateError(`${where}: invalid glob pattern "${pattern}": ${(error as Error).message}`);
  }
}

function expand(pattern: string, where: string): string[] {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new GateError(`${where}: glob pattern is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  let rows: string[];
  try {
    rows = braceExpand(pattern, GLOB_OPTIONS);
  } catch (error) {
    throw new GateError(`${where}: invalid glob pattern "${pattern}": ${(error as Error).message}`);
  }
  if (rows.length >= MAX_PATTERN_EXPANSIONS) {
    throw new GateError(`${where}: glob pattern "${pattern}" expands to ${MAX_PATTERN_EXPANSIONS} or more alternatives`);
  }
  return rows;
}

function lastIndexOfCode(text: string, code: number, stop = -1): number {
  for (let i = text.length - 1; i > stop; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function extensionOfName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1);
}

function baseTest(segment: string, where: string): BaseTest {
  if (segment === '**') return { kind: 'any' };
  const exact = PRINTABLE_ASCII.test(segment) && !segment.includes('**');
  const lower = segment.toLowerCase();
  const first = exact ? lower.search(MAGIC) : 0;
  if (exact && first < 0) return { kind: 'name', name: lower };
  if (exact && lower[first] === '*' && !MAGIC.test(lower.slice(first + 1))) {
    return { kind: 'affix', prefix: lower.slice(0, first), suffix: lower.slice(first + 1) };
  }
  // Non-ASCII literals could case-fold differently from minimatch's own comparison: no prefix then.
  return { kind: 'glob', prefix: exact ? lower.slice(0, first) : '', mm: compileGlob(segment, where) };
}

/** The extension bucket a row lives in: every basename it can match has this extension. */
function bucketOf(base: BaseTest): string | undefined {
  if (base.kind === 'name') return extensionOfName(base.name);
  let tail: string;
  if (base.kind === 'affix') tail = base.suffix;
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

function compileRow(owner: number, row: string, where: string): Row {
  // `docs/` names a folder, as in .gitignore: everything under it.
  let text = row.length > 1 && row.endsWith('/') ? `${row.replace(/\/+$/, '')}/**` : row;
  while (text.startsWith('./')) text = text.slice(2);
  const slash = text.lastIndexOf('/');
  const segment = text.slice(slash + 1);
  let folder = slash < 0 ? null : text.slice(0, slash);
  // `X/**`: any path with a folder at or under X, whatever its basename.
  const base: BaseTest = segment === '**' ? { kind: 'any' } : baseTest(segment, where);
  let under = segment === '**' && folder !== null;
  while (folder !== null && folder.endsWith('/**')) {
    folder = folder.slice(0, -3);
    under = true;
  }
  let dir: DirTest;
  if (folder === null) dir = segment === '**' ? { kind: 'anywhere' } : { kind: 'root' };
  else if (folder === '**') dir = { kind: 'anywhere' };
  else dir = { kind: 'glob', mm: compileGlob(folder, where), under, cache: new Map(), lastId: -1, last: false };
  return { owner, base, dir };
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

function baseMatches(test: BaseTest, view: PathView): boolean {
  const { path } = view;
  const start = view.dirEnd + 1;
  switch (test.kind) {
    case 'any':
      return true;
    case 'name':
      return path.length - start === test.name.length && startsWithCI(path, start, test.name);
    case 'affix':
      return (
        path.length - start >= test.prefix.length + test.suffix.length &&
        startsWithCI(path, start, test.prefix) &&
        startsWithCI(path, path.length - test.suffix.length, test.suffix)
      );
    case 'glob':
      return startsWithCI(path, start, test.prefix) && test.mm.match(path.slice(start));
  }
}

/**
 * Globs indexed for bulk matching: rows are bucketed by the extension every match must have, so most
 * paths meet only a handful of rows; basenames are compared in place without allocating; folder tests
 * are cached per folder, and minimatch runs only on what survives those cheap tests.
 */
class GlobIndex {
  private readonly byExt = new Map<string, Row[]>();
  private readonly anyRows: Row[] = [];
  private rowCount = 0;

  get size(): number {
    return this.rowCount;
  }

  add(owner: number, pattern: string, where: string): void {
    for (const row of expand(pattern, where)) {
      const compiled = compileRow(owner, row, where);
      this.rowCount++;
      const bucket = bucketOf(compiled.base);
      if (bucket === undefined) this.anyRows.push(compiled);
      else {
        const list = this.byExt.get(bucket);
        if (list) list.push(compiled);
        else this.byExt.set(bucket, [compiled]);
      }
    }
  }

  /** Calls `hit` with the owner of each matching row (an owner may come more than once); `true` stops. */
  match(view: PathView, hit: (owner: number) => boolean | void): void {
    const rows = this.byExt.get(view.ext);
    if (rows !== undefined && this.test(rows, view, hit)) return;
    if (this.anyRows.length > 0) this.test(this.anyRows, view, hit);
  }

  any(view: PathView): boolean {
    let found = false;
    this.match(view, () => (found = true));
    return found;
  }

  private test(rows: readonly Row[], view: PathView, hit: (owner: number) => boolean | void): boolean {
    for (const row of rows) {
      if (!baseMatches(row.base, view)) continue;
      if (!dirMatches(row.dir, view)) continue;
      if (hit(row.owner) === true) return true;
    }
    return false;
  }
}

function dirMatches(test: DirTest, view: PathView): boolean {
  if (test.kind === 'anywhere') return true;
  if (test.kind === 'root') return view.dirEnd < 0;
  if (view.dirEnd < 0) return false;
  if (test.lastId === view.dirId) return test.last;
  test.lastId = view.dirId;
  test.last = test.under ? atOrUnder(test, view.dir) : test.mm.match(view.dir);
  return test.last;
}

function atOrUnder(test: Extract<DirTest, { kind: 'glob' }>, dir: string): boolean {
  const cached = test.cache.get(dir);
  if (cached !== undefined) return cached;
  const slash = dir.lastIndexOf('/');
  const verdict = test.mm.match(dir) || (slash > 0 && atOrUnder(test, dir.slice(0, slash)));
  test.cache.set(dir, verdict);
  return verdict;
}

/**
 * Exclusion globs with .gitignore-like reach: a pattern drops the paths it matches and everything
 * under a folder it matches (`third_party` and `third_party/**` alike). `!pattern` re-includes.
 */
class Exclusions {
  private readonly positive = new GlobIndex();
  private readonly negative = new GlobIndex();

  constructor(patterns: readonly string[], where: string) {
    this.addAll(patterns, where);
  }

  addAll(patterns: readonly string[], where: string): void {
    for (const raw of patterns) {
      const text = raw.trim();
      if (text === '') continue;
      const negated = text.startsWith('!');
      const pattern = negated ? text.slice(1) : text;
      if (pattern === '') continue;
      const index = negated ? this.negative : this.positive;
      // `X` and `X/**` both mean the folder X and everything under it (or the file X).
      const stem = pattern.endsWith('/**') ? pattern.slice(0, -3) : pattern.replace(/\/+$/, '');
      if (stem === '' || stem === '**') {
        index.add(0, '**', where);
        continue;
      }
      index.add(0, stem, where);
      index.add(0, `${stem}/**`, where);
    }
  }

  get empty(): boolean {
    return this.positive.size === 0;
  }

  /** Folder pruning is only sound when nothing can re-include a path beneath. */
  get prunable(): boolean {
    return this.negative.size === 0;
  }

  matches(view: PathView): boolean {
    return this.positive.any(view) && !(this.negative.size > 0 && this.negative.any(view));
  }
}

export interface ClassifyResult {
  /** Ranked candidates per detector (best first); every selected detector has an entry. */
  candidates: Map<ArtifactId, string[]>;
  /** Detectors whose `rank` threw: they get no candidates. */
  errors: DetectorError[];
}

export interface SelectResult extends ClassifyResult {
  /** The paths that survive the exclusions, in their given order. */
  kept: string[];
}

export interface Selection {
  readonly detectors: readonly Detector[];
  /** True when a folder (POSIX, relative to the root, no trailing slash) is pruned with everything under it. */
  isExcludedDir(dir: string): boolean;
  /** True when a path (POSIX, relative to the root) is excluded from the scan. */
  isExcluded(path: string): boolean;
  /** Exclusions and candidate selection in one pass over the listing. */
  select(paths: readonly string[]): SelectResult;
}

interface CompiledDetector {
  detector: Detector;
  /** The policy's `paths` replaced the default globs: rank orders but never drops. */
  overridden: boolean;
  exclude: Exclusions | null;
}

/**
 * Compiles every glob once: the built-in folder exclusions, the policy's `exclude`, and one index over
 * all detectors' globs. Throws GateError naming the option for a pattern that is invalid or too large.
 */
export function compileSelection(detectors: readonly Detector[], options: SelectOptions = {}): Selection {
  const only = options.only;
  const selected = only ? detectors.filter((d) => only.includes(d.id)) : [...detectors];
  const exclusions = new Exclusions(options.exclude ?? [], 'exclude');

  const compiled: CompiledDetector[] = [];
  const index = new GlobIndex();
  for (const detector of selected) {
    const override = options.artifacts?.[detector.id];
    const overridden = override?.paths !== undefined && override.paths.length > 0;
    const globs = overridden ? (override?.paths ?? []) : detector.globs;
    const where = overridden ? `artifacts.${detector.id}.paths` : `detector ${detector.id}`;
    const owner = compiled.length;
    // In a candidate list a leading `!` reads as "not these": an exclusion of this detector.
    const not: string[] = [];
    for (const raw of globs) {
      const text = raw.trim();
      if (text === '') continue;
      if (text.startsWith('!')) not.push(text.slice(1));
      else index.add(owner, text, where);
    }
    const own = override?.exclude ?? [];
    let exclude: Exclusions | null = null;
    if (own.length > 0 || not.length > 0) {
      exclude = new Exclusions(own, `artifacts.${detector.id}.exclude`);
      if (not.length > 0) exclude.addAll(not, where);
    }
    compiled.push({ detector, overridden, exclude });
  }

  // Every view gets a fresh folder id unless it continues the previous one: row caches compare ids.
  let nextDirId = 0;
  const scratch: PathView = { path: '', dirEnd: -1, dir: '', dirId: 0, ext: '' };
  function viewOf(path: string, view: PathView): PathView {
    const dirEnd = lastIndexOfCode(path, 47);
    if (dirEnd !== view.dirEnd || (dirEnd > 0 && !path.startsWith(view.dir))) {
      view.dir = dirEnd > 0 ? path.slice(0, dirEnd) : '';
      view.dirId = ++nextDirId;
    }
    view.dirEnd = dirEnd;
    view.path = path;
    const dot = lastIndexOfCode(path, 46, dirEnd);
    view.ext = dot < 0 ? '' : lowerAscii(path.slice(dot + 1));
    return view;
  }
  function standaloneView(path: string): PathView {
    const view = viewOf(path, scratch);
    // A caller-driven view may not share a folder id with the previous one.
    view.dirId = ++nextDirId;
    return view;
  }

  const dirVerdicts = new Map<string, boolean>();
  function isExcludedDir(dir: string): boolean {
    if (dir === '') return false;
    const cached = dirVerdicts.get(dir);
    if (cached !== undefined) return cached;
    const slash = dir.lastIndexOf('/');
    const name = slash < 0 ? dir : dir.slice(slash + 1);
    const verdict =
      (slash > 0 && isExcludedDir(dir.slice(0, slash))) ||
      isBuiltinExcludedName(name) ||
      (exclusions.prunable && !exclusions.empty && exclusions.matches(standaloneView(dir)));
    dirVerdicts.set(dir, verdict);
    return verdict;
  }

  function isExcluded(path: string): boolean {
    const slash = path.lastIndexOf('/');
    if (slash > 0 && isExcludedDir(path.slice(0, slash))) return true;
    return !exclusions.empty && exclusions.matches(standaloneView(path));
  }

  function select(paths: readonly string[]): SelectResult {
    const kept: string[] = [];
    const hits: string[][] = compiled.map(() => []);
    // Which detectors already took the current path, without allocating per path.
    const seen = new Int32Array(compiled.length).fill(-1);
    const view: PathView = { path: '', dirEnd: -2, dir: '', dirId: 0, ext: '' };
    let lastDirId = -1;
    let dirExcluded = false;
    let i = 0;
    const take = (owner: number): void => {
      if (seen[owner] === i) return;
      seen[owner] = i;
      const c = compiled[owner] as CompiledDetector;
      if (c.exclude && c.exclude.matches(view)) return;
      (hits[owner] as string[]).push(view.path);
    };
    for (; i < paths.length; i++) {
      viewOf(paths[i] as string, view);
      if (view.dirId !== lastDirId) {
        lastDirId = view.dirId;
        dirExcluded = isExcludedDir(view.dir);
      }
      if (dirExcluded) continue;
      if (!exclusions.empty && exclusions.matches(view)) continue;
      kept.push(view.path);
      index.match(view, take);
    }

    const candidates = new Map<ArtifactId, string[]>();
    const errors: DetectorError[] = [];
    compiled.forEach((c, owner) => {
      try {
        candidates.set(c.detector.id, rankCandidates(c, hits[owner] as string[]));
      } catch (error) {
        errors.push({ artifact: c.detector.id, message: `rank() threw: ${errorMessage(error)}` });
        candidates.set(c.detector.id, []);
      }
    });
    return { kept, candidates, errors };
  }

  return { detectors: selected, isExcludedDir, isExcluded, select };
}

function lowerAscii(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return text.toLowerCase();
  }
  return text;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Best first, ties in path order. On default globs `rank` may drop a look-alike (undefined);
 * on a policy's own `paths` the user chose the files, so rank only orders them (undefined → 1).
 */
function rankCandidates(c: CompiledDetector, paths: string[]): string[] {
  const rank = c.detector.rank;
  if (!rank) return paths;
  const ranked: { path: string; score: number; order: number }[] = [];
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i] as string;
    const score = rank.call(c.detector, path);
    if (score === undefined || Number.isNaN(score)) {
      if (c.overridden) ranked.push({ path, score: 1, order: i });
      continue;
    }
    ranked.push({ path, score, order: i });
  }
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map((r) => r.path);
}

/**
 * The pure candidate selection used by the scan (and timed by the benchmark): exclusions, then each
 * detector's globs, then ranking. `paths` are POSIX paths relative to the scanned root, ideally sorted
 * (folder tests are cached per run of equal folders).
 */
export function selectCandidates(
  paths: readonly string[],
  detectors: readonly Detector[],
  options: SelectOptions = {},
): Map<ArtifactId, string[]> {
  return compileSelection(detectors, options).select(paths).candidates;
}
