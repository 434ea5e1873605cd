import {
  atOrUnder,
  baseMatches,
  baseTest,
  bucketOf,
  compileGlob,
  expand,
  literalDirMatches,
  lowerAsciiFold,
  MAGIC,
  matchesWholeBucket,
  ONLY_STARS,
  PRINTABLE_ASCII,
  requiredPiece,
  wildMatchesLower,
  type BaseTest,
  type DirTest,
  type PathView,
  type Row,
} from './glob-compile.js';
import { PieceFinder } from './glob-pieces.js';

/*
 * Matching many compiled globs against a big listing without trying each pattern on each path:
 * basename tests bucketed by extension (Bucket), folder parts judged once per distinct folder
 * (FolderTests), all detectors' globs in one GlobIndex, and the exclusions (Exclusions).
 */

function compileRow(owner: number, row: string, where: string, folders: FolderTests): Row {
  // `docs/` names a folder, as in .gitignore: everything under it.
  let text = row.length > 1 && row.endsWith('/') ? `${row.replace(/(?<!\/)\/+$/, '')}/**` : row;
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

interface ActiveRows {
  sure: number[];
  always: Row[];
  ifPiece: Row[];
  /** The `ifPiece` rows by the id of their literal. */
  byPiece: (Row[] | undefined)[];
}

/**
 * The rows of one extension bucket. Per folder, the rows whose folder part accepts it (judged once per
 * distinct folder part); per path, rows that need a literal in the basename (a name, or a word of
 * `*word*`) are only tried when one scan over the basename finds that literal (most basenames in a big
 * tree contain none of them).
 */
class Bucket {
  readonly rows: Row[] = [];
  /** Per row, the id of the literal it needs (an index into `literals`), or -1. */
  private readonly pieceIds: number[] = [];
  private readonly literals: string[] = [];
  /** Owners with a row every basename of this bucket matches (`*.json` in the json bucket): no test per path. */
  sure: number[] = [];
  always: Row[] = [];
  ifPiece: Row[] = [];
  byPiece: (Row[] | undefined)[] = [];
  private activeFor = -1;
  private readonly byVerdicts = new Map<string, ActiveRows>();
  private finder: PieceFinder | undefined;

  constructor(private readonly ext: string | undefined) {}

  push(row: Row): void {
    this.rows.push(row);
    const piece = requiredPiece(row.base, this.ext);
    let id = -1;
    if (piece !== null) {
      id = this.literals.indexOf(piece);
      if (id < 0) id = this.literals.push(piece) - 1;
    }
    this.pieceIds.push(id);
    this.finder = undefined;
    this.byVerdicts.clear();
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
      active = { sure: [], always: [], ifPiece: [], byPiece: [] };
      for (let i = 0; i < this.rows.length; i++) {
        const row = this.rows[i] as Row;
        if (!satisfied.has(row.dir.id)) continue;
        const piece = this.pieceIds[i] as number;
        if (matchesWholeBucket(row.base, this.ext)) {
          if (!active.sure.includes(row.owner)) active.sure.push(row.owner);
        } else if (piece < 0) active.always.push(row);
        else {
          active.ifPiece.push(row);
          (active.byPiece[piece] ??= []).push(row);
        }
      }
      this.byVerdicts.set(key, active);
    }
    this.sure = active.sure;
    this.always = active.always;
    this.ifPiece = active.ifPiece;
    this.byPiece = active.byPiece;
  }

  /**
   * The finder holding the ids of the literals in the view's basename (ASCII case folded), for
   * `byPiece`; null when the basename is not ASCII, and then every `ifPiece` row is to be tried.
   */
  piecesIn(view: PathView): PieceFinder | null {
    this.finder ??= new PieceFinder(this.literals);
    return this.finder.scan(view.path, view.dirEnd + 1) ? this.finder : null;
  }
}

/**
 * Globs indexed for bulk matching: rows are bucketed by the extension every match must have, so most
 * paths meet only a handful of rows; within a bucket, folder parts are judged once per folder (listings
 * are sorted, so a folder's files come together) and basenames are compared without minimatch where the
 * pattern is only literals and `*`.
 */
export class GlobIndex {
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
  if (bucket.ifPiece.length === 0) return;
  const found = bucket.piecesIn(view);
  if (found === null) matchRows(bucket.ifPiece, view, taken, stamp, hit);
  else {
    for (let i = 0; i < found.count; i++) {
      const rows = bucket.byPiece[found.found[i] as number];
      if (rows !== undefined) matchRows(rows, view, taken, stamp, hit);
    }
  }
}

function anyInBucket(bucket: Bucket, folders: FolderTests, view: PathView): boolean {
  bucket.prepare(view, folders);
  if (bucket.sure.length > 0) return true;
  for (const row of bucket.always) if (baseMatches(row.base, view)) return true;
  if (bucket.ifPiece.length === 0) return false;
  const found = bucket.piecesIn(view);
  const rows = found === null ? bucket.ifPiece : [...found.found.subarray(0, found.count)].flatMap((id) => bucket.byPiece[id] ?? []);
  for (const row of rows) if (baseMatches(row.base, view)) return true;
  return false;
}

/**
 * Exclusion globs with .gitignore-like reach: a pattern drops the paths it matches and everything
 * under a folder it matches (`third_party` and `third_party/**` alike). `!pattern` re-includes.
 */
export class Exclusions {
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
      const stem = pattern.endsWith('/**') ? pattern.slice(0, -3) : pattern.replace(/(?<!\/)\/+$/, '');
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
