import { Minimatch, braceExpand, type MinimatchOptions } from 'minimatch';
import type { ArtifactId } from '../domain/artifacts.js';
import { GateError } from '../domain/errors.js';
import { GLOB_LIMITS } from '../domain/glob-limits.js';
import type { Detector, DetectorError } from '../domain/finding.js';
import type { ScanOptions } from './options.js';

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
const MAGIC = /[*?[\]{}()!+@\\|]/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Literal characters and `*` only: no other glob syntax. */
const ONLY_STARS = /^[^?[\]{}()!+@\\|]*$/;

/** How the last segment of a row is tested against a path's basename. Literals are stored lower-case. */
type BaseTest =
  | { kind: 'any' }
  | { kind: 'name'; name: string }
  /** Only `*` wildcards: the literal pieces between them, matched greedily left to right. */
  | { kind: 'wild'; parts: string[] }
  | { kind: 'glob'; prefix: string; mm: Minimatch };

/** How the folder part of a row is tested against a path's folder. */
type DirTest =
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
  /** The basename lower-cased, when it is ASCII (then native string search is exact); computed on demand. */
  lowerBase: string | null | undefined;
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
  if (exact && /^[^*?[\]{}()!+@\\|]*(\*[^*?[\]{}()!+@\\|]*)+$/.test(lower)) {
    return { kind: 'wild', parts: lower.split('*') };
  }
  // Non-ASCII literals could case-fold differently from minimatch's own comparison: no prefix then.
  return { kind: 'glob', prefix: exact ? lower.slice(0, first) : '', mm: compileGlob(segment, where) };
}

/** The extension bucket a row lives in: every basename it can match has this extension. */
function bucketOf(base: BaseTest): string | undefined {
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

function compileRow(owner: number, row: string, where: string, folders: FolderTests): Row {
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
  return { owner, base, dir: folders.get(folder, segment === '**', under, where) };
}

/**
 * The distinct folder parts of an index's rows, judged together once per folder: a folder's verdicts
 * become a key (the ids of the parts it satisfies), cached per folder, which buckets map to their rows.
 */
class FolderTests {
  readonly tests: DirTest[] = [];
  private readonly byKey = new Map<string, DirTest>();
  /** Floating one-name literal parts by that name: `**\/results/**` is a lookup per folder name. */
  private readonly anyName = new Map<string, DirTest[]>();
  private readonly lastName = new Map<string, DirTest[]>();
  /** Parts that need more than one name lookup: anchored or multi-name literals, globs. */
  private readonly general: DirTest[] = [];
  private readonly keys = new Map<string, string>();
  private lastDirId = -1;
  private lastKey = '';
  private readonly rootIds: number[] = [];
  private readonly anywhereIds: number[] = [];

  get(folder: string | null, anyBase: boolean, under: boolean, where: string): DirTest {
    const key = folder === null ? (anyBase ? '**' : '') : folder === '**' ? '**' : `${under ? 'u' : 'e'}:${folder}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.tests.length;
    let test: DirTest;
    if (folder === null) test = anyBase ? { kind: 'anywhere', id } : { kind: 'root', id };
    else if (folder === '**') test = { kind: 'anywhere', id };
    else {
      const floating = folder.startsWith('**/');
      const literal = floating ? folder.slice(3) : folder;
      const parts = literal.toLowerCase().split('/');
      const plain = PRINTABLE_ASCII.test(literal) && literal !== '' && !parts.some((s) => s === '' || s === '.' || s === '..');
      if (plain && !MAGIC.test(literal)) test = { kind: 'literal', id, parts, floating, under };
      else if (plain && floating && parts.length === 1 && ONLY_STARS.test(literal) && !literal.includes('**')) {
        test = { kind: 'wildname', id, pieces: (parts[0] as string).split('*'), under };
      } else test = { kind: 'glob', id, mm: compileGlob(folder, where), under, cache: new Map() };
    }
    this.tests.push(test);
    this.byKey.set(key, test);
    if (test.kind === 'root') this.rootIds.push(id);
    else if (test.kind === 'anywhere') this.anywhereIds.push(id);
    else if (test.kind === 'literal' && test.floating && test.parts.length === 1) {
      const map = test.under ? this.anyName : this.lastName;
      const name = test.parts[0] as string;
      const list = map.get(name);
      if (list) list.push(test);
      else map.set(name, [test]);
    } else this.general.push(test);
    this.keys.clear();
    this.lastDirId = -1;
    return test;
  }

  /** The ids of the folder parts the view's folder satisfies, as a key ('' for none). */
  key(view: PathView): string {
    if (this.lastDirId === view.dirId) return this.lastKey;
    this.lastDirId = view.dirId;
    let key = this.keys.get(view.dir);
    if (key === undefined) {
      key = this.compute(view);
      this.keys.set(view.dir, key);
    }
    this.lastKey = key;
    return key;
  }

  private compute(view: PathView): string {
    const ids: number[] = [...this.anywhereIds];
    if (view.dirEnd < 0) {
      ids.push(...this.rootIds);
      return sortedKey(ids);
    }
    const dir = view.dir;
    const names = lowerAsciiFold(dir).split('/');
    if (this.anyName.size > 0 || this.lastName.size > 0) {
      for (let i = 0; i < names.length; i++) {
        const found = this.anyName.get(names[i] as string);
        if (found) for (const t of found) ids.push(t.id);
      }
      const last = this.lastName.get(names[names.length - 1] as string);
      if (last) for (const t of last) ids.push(t.id);
    }
    for (const test of this.general) {
      let ok = false;
      if (test.kind === 'literal') ok = literalDirMatches(test, names);
      else if (test.kind === 'wildname') ok = test.under ? names.some((name) => wildMatchesLower(test.pieces, name)) : wildMatchesLower(test.pieces, names[names.length - 1] as string);
      else if (test.kind === 'glob') ok = test.under ? atOrUnder(test, dir) : test.mm.match(dir);
      if (ok) ids.push(test.id);
    }
    return sortedKey(ids);
  }
}

function sortedKey(ids: number[]): string {
  if (ids.length === 0) return '';
  // A part can be found twice (a name repeated in the folder): the key lists each once.
  ids.sort((a, b) => a - b);
  let key = String(ids[0]);
  for (let i = 1; i < ids.length; i++) if (ids[i] !== ids[i - 1]) key += `,${ids[i]}`;
  return key;
}

/** ASCII letters lower-cased, everything else kept: folder names compare as minimatch's nocase does for ASCII. */
function lowerAsciiFold(text: string): string {
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
function lowerBaseOf(view: PathView): string | null {
  if (view.lowerBase === undefined) {
    const base = view.path.slice(view.dirEnd + 1);
    view.lowerBase = NON_ASCII.test(base) ? null : base.toLowerCase();
  }
  return view.lowerBase;
}

function wildMatchesLower(parts: readonly string[], base: string): boolean {
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

function baseMatches(test: BaseTest, view: PathView): boolean {
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
function matchesWholeBucket(base: BaseTest, ext: string | undefined): boolean {
  if (base.kind === 'any') return true;
  if (ext === undefined || base.kind !== 'wild' || base.parts.length !== 2) return false;
  // The bucket holds the paths whose text after the last dot is `ext`, so each ends with `.ext`.
  return base.parts[0] === '' && base.parts[1] === `.${ext}`;
}

/** A literal every basename matching the row must contain (lower-case), when there is a telling one. */
function requiredPiece(base: BaseTest, ext: string | undefined): string | null {
  let pieces: string[];
  if (base.kind === 'wild') {
    pieces = [...base.parts];
    // The bucket already guarantees the extension: it tells nothing.
    if (ext !== undefined && pieces[pieces.length - 1] === `.${ext}`) pieces.pop();
  } else if (base.kind === 'glob') pieces = [base.prefix];
  else return null;
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 2 ? longest : null;
}

/**
 * The rows of one extension bucket. Per folder, the rows whose folder part accepts it (judged once per
 * distinct folder part); per path, rows that need a literal in the basename are only tried when one
 * regular expression over all those literals finds one (most basenames in a big tree contain none).
 */
class Bucket {
  readonly rows: Row[] = [];
  private readonly pieces: (string | null)[] = [];
  /** Owners with a row every basename of this bucket matches (`*.json` in the json bucket): no test per path. */
  sure: number[] = [];
  always: Row[] = [];
  ifPiece: Row[] = [];
  private activeFor = -1;
  private readonly byVerdicts = new Map<string, { sure: number[]; always: Row[]; ifPiece: Row[] }>();
  private filter: RegExp | null | undefined;

  constructor(private readonly ext: string | undefined) {}

  push(row: Row): void {
    this.rows.push(row);
    this.pieces.push(requiredPiece(row.base, this.ext));
    this.filter = undefined;
    this.byVerdicts.clear();
  }

  private pieceFilter(): RegExp | null {
    if (this.filter === undefined) {
      const distinct = [...new Set(this.pieces.filter((p): p is string => p !== null))];
      this.filter = distinct.length > 0 ? new RegExp(distinct.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    }
    return this.filter;
  }

  /** Rows whose folder part accepts the view's folder, split by whether they need a literal. */
  prepare(view: PathView, folders: FolderTests): void {
    if (this.activeFor === view.dirId) return;
    this.activeFor = view.dirId;
    // Folders fall into a few kinds (which folder parts they satisfy): the row lists are built once per kind.
    const key = folders.key(view);
    let active = this.byVerdicts.get(key);
    if (active === undefined) {
      const satisfied = new Set(key === '' ? [] : key.split(',').map(Number));
      active = { sure: [], always: [], ifPiece: [] };
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as Row;
        if (!satisfied.has(row.dir.id)) continue;
        if (matchesWholeBucket(row.base, this.ext)) {
          if (!active.sure.includes(row.owner)) active.sure.push(row.owner);
        } else (this.pieces[i] === null ? active.always : active.ifPiece).push(row);
      }
      this.byVerdicts.set(key, active);
    }
    this.sure = active.sure;
    this.always = active.always;
    this.ifPiece = active.ifPiece;
  }

  /** The rows needing a literal are worth trying: one of the literals is in the basename. */
  piecesPresent(view: PathView): boolean {
    if (this.ifPiece.length === 0) return false;
    const lower = lowerBaseOf(view);
    const filter = this.pieceFilter();
    return lower === null || filter === null || filter.test(lower);
  }
}

/**
 * Globs indexed for bulk matching: rows are bucketed by the extension every match must have, so most
 * paths meet only a handful of rows; within a bucket, folder parts are judged once per folder (listings
 * are sorted, so a folder's files come together) and basenames are compared without minimatch where the
 * pattern is only literals and `*`.
 */
class GlobIndex {
  private readonly byExt = new Map<string, Bucket>();
  private readonly anyRows = new Bucket(undefined);
  private readonly seen = new Set<string>();
  private readonly folders = new FolderTests();
  private rowCount = 0;

  get size(): number {
    return this.rowCount;
  }

  add(owner: number, pattern: string, where: string): void {
    for (const row of expand(pattern, where)) {
      // Brace lists often spell one name in several cases (`{prep,Prep,PREP}`): one row is enough.
      const key = `${owner}\0${PRINTABLE_ASCII.test(row) ? row.toLowerCase() : row}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const compiled = compileRow(owner, row, where, this.folders);
      this.rowCount++;
      const ext = bucketOf(compiled.base);
      if (ext === undefined) this.anyRows.push(compiled);
      else {
        let bucket = this.byExt.get(ext);
        if (!bucket) this.byExt.set(ext, (bucket = new Bucket(ext)));
        bucket.push(compiled);
      }
    }
  }

  /**
   * Calls `hit` once per owner with a matching row. `taken[owner] === stamp` marks owners already
   * settled for this path (by an earlier row, or by the caller): their remaining rows are not tested.
   */
  match(view: PathView, taken: Int32Array, stamp: number, hit: (owner: number) => void): void {
    const bucket = this.byExt.get(view.ext);
    if (bucket !== undefined) matchBucket(bucket, this.folders, view, taken, stamp, hit);
    if (this.anyRows.rows.length > 0) matchBucket(this.anyRows, this.folders, view, taken, stamp, hit);
  }

  any(view: PathView): boolean {
    const bucket = this.byExt.get(view.ext);
    return (bucket !== undefined && anyInBucket(bucket, this.folders, view)) || (this.anyRows.rows.length > 0 && anyInBucket(this.anyRows, this.folders, view));
  }
}

function matchRows(rows: readonly Row[], view: PathView, taken: Int32Array, stamp: number, hit: (owner: number) => void): void {
  for (const row of rows) {
    const owner = row.owner;
    if (taken[owner] === stamp || !baseMatches(row.base, view)) continue;
    taken[owner] = stamp;
    hit(owner);
  }
}

function matchBucket(bucket: Bucket, folders: FolderTests, view: PathView, taken: Int32Array, stamp: number, hit: (owner: number) => void): void {
  bucket.prepare(view, folders);
  for (const owner of bucket.sure) {
    if (taken[owner] === stamp) continue;
    taken[owner] = stamp;
    hit(owner);
  }
  matchRows(bucket.always, view, taken, stamp, hit);
  if (bucket.piecesPresent(view)) matchRows(bucket.ifPiece, view, taken, stamp, hit);
}

function anyInBucket(bucket: Bucket, folders: FolderTests, view: PathView): boolean {
  bucket.prepare(view, folders);
  if (bucket.sure.length > 0) return true;
  for (const row of bucket.always) if (baseMatches(row.base, view)) return true;
  if (bucket.piecesPresent(view)) for (const row of bucket.ifPiece) if (baseMatches(row.base, view)) return true;
  return false;
}

/** Literal folder names against the folder's names (ASCII case folded). */
function literalDirMatches(test: Extract<DirTest, { kind: 'literal' }>, names: readonly string[]): boolean {
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
  /** Paths that are a candidate of at least one detector (before ranking). */
  candidateCount: number;
}

export interface Selection {
  readonly detectors: readonly Detector[];
  /** True when a folder (POSIX, relative to the root, no trailing slash) is pruned with everything under it. */
  isExcludedDir(dir: string): boolean;
  /** True when a path (POSIX, relative to the root) is excluded from the scan. */
  isExcluded(path: string): boolean;
  /** Exclusions and candidate selection in one pass over the listing. */
  select(paths: readonly string[]): SelectResult;
  /** Artifacts whose candidates the policy's `paths` chose (they replaced the default globs). */
  readonly chosen: ReadonlySet<ArtifactId>;
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
  const scratch: PathView = { path: '', dirEnd: -1, dir: '', dirId: 0, ext: '', lowerBase: undefined };
  function viewOf(path: string, view: PathView): PathView {
    const dirEnd = path.lastIndexOf('/');
    if (dirEnd !== view.dirEnd || (dirEnd > 0 && !path.startsWith(view.dir))) {
      view.dir = dirEnd > 0 ? path.slice(0, dirEnd) : '';
      view.dirId = ++nextDirId;
    }
    view.dirEnd = dirEnd;
    view.path = path;
    view.lowerBase = undefined;
    const dot = path.lastIndexOf('.');
    // ASCII folding only, as for every literal here: a non-ASCII extension never lands in an ASCII bucket.
    view.ext = dot <= dirEnd ? '' : lowerAsciiFold(path.slice(dot + 1));
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
    // Most paths survive the exclusions: kept is only built once one is dropped (until then it is a prefix).
    let kept: string[] | null = null;
    const hits: string[][] = compiled.map(() => []);
    // Which detectors already took the current path, without allocating per path.
    const taken = new Int32Array(compiled.length).fill(-1);
    const view: PathView = { path: '', dirEnd: -2, dir: '', dirId: 0, ext: '', lowerBase: undefined };
    let lastDirId = -1;
    let dirExcluded = false;
    let candidateCount = 0;
    let counted = -1;
    let i = 0;
    const take = (owner: number): void => {
      const c = compiled[owner] as CompiledDetector;
      if (c.exclude && c.exclude.matches(view)) return;
      (hits[owner] as string[]).push(view.path);
      if (counted !== i) {
        counted = i;
        candidateCount++;
      }
    };
    for (; i < paths.length; i++) {
      viewOf(paths[i] as string, view);
      if (view.dirId !== lastDirId) {
        lastDirId = view.dirId;
        dirExcluded = isExcludedDir(view.dir);
      }
      if (dirExcluded || (!exclusions.empty && exclusions.matches(view))) {
        kept ??= paths.slice(0, i);
        continue;
      }
      if (kept !== null) kept.push(view.path);
      index.match(view, taken, i, take);
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
    return { kept: kept ?? paths.slice(), candidates, errors, candidateCount };
  }

  const chosen = new Set(compiled.filter((c) => c.overridden).map((c) => c.detector.id));
  return { detectors: selected, isExcludedDir, isExcluded, select, chosen };
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
  // Scores are few distinct values: group by score (each group keeps path order), then order the groups.
  // Whole scores 0..100 (what detectors give) index an array; anything else goes through a map.
  const small: (string[] | undefined)[] = [];
  const other = new Map<number, string[]>();
  for (const path of paths) {
    let score = rank.call(c.detector, path);
    if (score === undefined || Number.isNaN(score)) {
      if (!c.overridden) continue;
      score = 1;
    }
    if (Number.isInteger(score) && score >= 0 && score <= 100) {
      const group = small[score];
      if (group) group.push(path);
      else small[score] = [path];
    } else {
      const group = other.get(score);
      if (group) group.push(path);
      else other.set(score, [path]);
    }
  }
  for (let score = 0; score <= 100; score++) {
    const group = small[score];
    if (group) other.set(score, group);
  }
  if (other.size === 1) return other.values().next().value ?? [];
  const out: string[] = [];
  for (const score of [...other.keys()].sort((a, b) => b - a)) for (const path of other.get(score) as string[]) out.push(path);
  return out;
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
