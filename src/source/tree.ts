import { promises as fsp, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { GateError } from '../domain/errors.js';
import type { ScanNote, Submodule } from '../domain/finding.js';
import { startListing, type EarlyListing } from './early.js';
import { BlobReader, lsTree, probeRepo, readGitmodules, resolveRef, type RepoInfo } from './git.js';
import { BlobSource, DiskSource, type FileSource } from './read.js';

/** The scanned tree, listed once. */
export interface TreeListing {
  source: 'git' | 'walk' | 'ref';
  commit?: string;
  ref?: string;
  /** Every file path relative to the root, POSIX, unique, sorted by code unit; folders and gitlinks left out. */
  paths: string[];
  submodules: Submodule[];
  notes: ScanNote[];
  /** False when listing stopped before the whole tree was seen (time budget). */
  complete: boolean;
  /** Reads the files of this listing. Close it when done. */
  files: FileSource;
}

export interface ListOptions {
  root: string;
  ref?: string;
  /** In a work tree, also list untracked files that git does not ignore (default: only what git tracks). */
  untracked?: boolean;
  /** Git listing calls already started for this folder (used only when root and mode match). */
  early?: EarlyListing;
  /** Folders (POSIX, relative to the root) not worth descending into; only a walk can skip them early. */
  skipDir?: (dir: string) => boolean;
  /** Epoch ms after which listing stops. */
  deadline?: number;
}

/**
 * Lists the tree once: from git objects for a ref, from the index in a git work tree (what a release is
 * made of; untracked files only when asked), otherwise by walking the folder.
 */
export async function listTree(options: ListOptions): Promise<TreeListing> {
  const { root } = options;
  const info = await fsp.stat(root).catch((error: NodeJS.ErrnoException) => {
    throw new GateError(`cannot read ${root}: ${error.code === 'ENOENT' ? 'no such folder' : (error.code ?? error.message)}`);
  });
  if (!info.isDirectory()) throw new GateError(`cannot scan ${root}: not a folder`);

  if (options.ref !== undefined) {
    const probe = await probeRepo(root);
    if (probe.repo === null) throw new GateError(`cannot scan ref "${options.ref}": ${root} is not in a git repository (${probe.message})`);
    return listRef(root, options.ref, probe.repo, options);
  }
  // Most scans are of a work tree: start listing it while git says what the folder is.
  const given = options.early;
  const untracked = options.untracked === true;
  const early = given !== undefined && given.root === root && given.untracked === untracked ? given : startListing(root, untracked, remaining(options.deadline));
  const probe = await early.probe;
  if (probe.repo !== null && !probe.repo.workTree && probe.repo.topLevel === null && (await early.head) !== null) {
    // A bare repository has no checked-out tree: what it holds is the tree of HEAD.
    const listing = await listRef(root, 'HEAD', probe.repo, options);
    listing.notes.unshift({ code: 'bare-repository', message: 'a bare repository: scanned the tree of HEAD' });
    return listing;
  }
  if (probe.repo === null || !probe.repo.workTree) {
    const listing = await walk(options);
    if (probe.repo === null && probe.reason === 'git-unavailable') {
      listing.notes.unshift({ code: 'git-unavailable', message: `git could not list this folder (${probe.message}); walked the folder instead, untracked and ignored files included` });
    }
    return listing;
  }
  return listWorkTree(root, probe.repo, options, early);
}

function remaining(deadline: number | undefined): number | undefined {
  return deadline === undefined ? undefined : Math.max(1, deadline - Date.now());
}

async function listWorkTree(root: string, repo: RepoInfo, options: ListOptions, early: EarlyListing): Promise<TreeListing> {
  const [files, commit] = await Promise.all([early.files, early.head]);
  if (files instanceof Error) throw files;
  const { listing: listed, skipped } = files;
  const { names, raw } = splitNames(listed);
  const notes: ScanNote[] = skipped.map(({ path, reason }) => skippedFolderNote(path, reason));
  let paths = names.filter((name) => name !== '' && !name.endsWith('/'));
  if (paths.length === 0) {
    // A folder git does not track (an export, a build output, a new project not yet added): walk it.
    const walked = await walk(options);
    if (walked.paths.length > 0) {
      walked.notes.unshift(
        commit === null
          ? { code: 'no-commit', message: 'the repository has no commits yet and nothing is staged: scanned the files on disk' }
          : { code: 'not-tracked', message: 'git tracks no file in this folder; walked the folder instead (untracked and ignored files included)' },
      );
      return walked;
    }
  }
  if (commit === null) notes.push({ code: 'no-commit', message: 'the repository has no commits yet: scanned the files on disk' });

  let submodules: Submodule[] = [];
  const gitmodules = repo.topLevel ? join(repo.topLevel, '.gitmodules') : null;
  if (gitmodules !== null && (await fsp.lstat(gitmodules).then((s) => s.isFile(), () => false))) {
    const declared = await readGitmodules(root, { file: gitmodules });
    submodules = underPrefix(declared, repo.prefix, new Set(paths));
    if (submodules.length > 0) {
      const gitlinks = new Set(submodules.map((s) => s.path));
      paths = paths.filter((p) => !gitlinks.has(p));
    }
  }
  sortUnique(paths);
  return {
    source: 'git',
    ...(commit ? { commit } : {}),
    paths,
    submodules,
    notes,
    complete: true,
    files: new DiskSource(root, raw),
  };
}

/** Submodules declared for the whole repository, restated relative to the scanned folder. */
function underPrefix(declared: readonly { path: string; url: string }[], prefix: string, listed: ReadonlySet<string> | null): Submodule[] {
  const out: Submodule[] = [];
  for (const { path, url } of declared) {
    if (prefix !== '' && !path.startsWith(prefix)) continue;
    const relative = path.slice(prefix.length);
    if (relative === '') continue;
    if (listed !== null && !listed.has(relative)) continue;
    out.push({ path: relative, url });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function listRef(root: string, ref: string, repo: RepoInfo, options: ListOptions): Promise<TreeListing> {
  const commit = await resolveRef(root, ref);
  const listed = await lsTree(root, commit, repo.prefix, remaining(options.deadline));
  const blobs = new Map<string, string>();
  const symlinks = new Set<string>();
  const gitlinks: string[] = [];
  const paths: string[] = [];
  const add = (mode: string, type: string, oid: string, path: string): void => {
    if (type === 'commit') gitlinks.push(path);
    else if (type === 'blob') {
      blobs.set(path, oid);
      if (mode === '120000') symlinks.add(path);
      paths.push(path);
    }
  };
  // `<mode> <type> <oid>\t<path>` records. Only paths can hold bytes that need escaping; the header is ASCII.
  const text = listed.toString('utf8');
  if (!NEEDS_ESCAPE.test(text.replace(/\t/g, ' '))) {
    for (const record of text.split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const typeEnd = record.indexOf(' ', 7);
      add(record.slice(0, 6), record.slice(7, typeEnd), record.slice(typeEnd + 1, tab), record.slice(tab + 1));
    }
  } else {
    for (let start = 0; start < listed.length; ) {
      let end = listed.indexOf(0, start);
      if (end < 0) end = listed.length;
      const tab = listed.indexOf(0x09, start);
      if (tab > start && tab < end) {
        const [mode = '', type = '', oid = ''] = listed.toString('latin1', start, tab).split(' ');
        add(mode, type, oid, decodeName(listed.subarray(tab + 1, end), null));
      }
      start = end + 1;
    }
  }
  let submodules: Submodule[] = [];
  if (gitlinks.length > 0) {
    const declared = await readGitmodules(root, { commit });
    const urls = new Map(underPrefix(declared, repo.prefix, null).map((s) => [s.path, s.url]));
    submodules = gitlinks.map((path) => ({ path, url: urls.get(path) ?? '' })).sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  sortUnique(paths);
  return {
    source: 'ref',
    commit,
    ref,
    paths,
    submodules,
    notes: [],
    complete: true,
    files: new BlobSource(new BlobReader(root), blobs, symlinks),
  };
}

const MAX_NOTE_PATH = 240;

/** A folder the listing could not look into. Paths past PATH_MAX are kilobytes long: shown shortened. */
function skippedFolderNote(path: string, reason: string): ScanNote {
  const shown = path.length > MAX_NOTE_PATH ? `${path.slice(0, MAX_NOTE_PATH)}…` : path;
  if (reason === 'ENAMETOOLONG' || /name too long/i.test(reason)) {
    return { code: 'too-deep', path: shown, message: 'the folder is nested too deep to open: nothing below it was scanned' };
  }
  return { code: 'unreadable', path: shown, message: `could not list this folder (${reason}): nothing below it was scanned` };
}

function sortUnique(paths: string[]): void {
  let sorted = true;
  for (let i = 1; i < paths.length; i++) {
    if ((paths[i - 1] as string) >= (paths[i] as string)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  paths.sort();
  let w = 0;
  for (let r = 0; r < paths.length; r++) {
    if (w === 0 || paths[r] !== paths[w - 1]) paths[w++] = paths[r] as string;
  }
  paths.length = w;
}

// Characters that must not reach a report as they are: controls (a newline would start a new log line,
// a workflow command), C1 controls, line/paragraph separators, bidirectional overrides.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\u0001-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\uFFFD]/;

/**
 * Splits NUL-separated names from git (bytes). Names that are not clean UTF-8 text get an escaped
 * display form (`\xff`, `\x0a`, `\u202e`); the raw bytes stay available to read the file back.
 */
export function splitNames(buffer: Buffer): { names: string[]; raw: Map<string, Buffer> } {
  const raw = new Map<string, Buffer>();
  const text = buffer.toString('utf8');
  if (!NEEDS_ESCAPE.test(text)) {
    const names = text.split('\0');
    if (names.length > 0 && names[names.length - 1] === '') names.pop();
    return { names, raw };
  }
  const names: string[] = [];
  for (let start = 0; start < buffer.length; ) {
    let end = buffer.indexOf(0, start);
    if (end < 0) end = buffer.length;
    names.push(decodeName(buffer.subarray(start, end), raw));
    start = end + 1;
  }
  return { names, raw };
}

/** A name's display form; when it differs from a plain decoding, its bytes are kept in `raw`. */
function decodeName(bytes: Buffer, raw: Map<string, Buffer> | null): string {
  const plain = bytes.toString('utf8');
  if (!NEEDS_ESCAPE.test(plain)) return plain;
  const shown = escapeName(bytes);
  if (shown !== plain) raw?.set(shown, Buffer.from(bytes));
  return shown;
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** Display form of a name given as bytes: valid UTF-8 kept, anything unsafe or undecodable escaped. */
export function escapeName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length = 0;
    let cp = 0;
    if (b < 0x80) {
      length = 1;
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      cp = b & 0x07;
    }
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) valid = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (valid && ((length === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (length === 4 && (cp < 0x10000 || cp > 0x10ffff)))) {
      valid = false;
    }
    if (!valid) {
      out += `\\x${hex2(b)}`;
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (cp === 0x5c) out += '\\\\';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${hex2(cp)}`;
    else if (NEEDS_ESCAPE.test(ch) && cp !== 0xfffd) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
    i += length;
  }
  return out;
}

interface WalkDir {
  /** POSIX, relative to the root; '' for the root. */
  rel: string;
  /** The same path as bytes, when some name on the way needed escaping. */
  raw: Buffer | null;
}

const WALK_CONCURRENCY = 8;
const MAX_WALK_NOTES = 200;

/**
 * Walks a folder that git cannot list. Iterative (a 100k-deep tree does not touch the call stack),
 * never descends into symlinked folders, prunes excluded folders before reading them, and keeps going
 * past folders it cannot read. Symlinks and special files are listed; the reader judges them.
 */
export async function walk(options: ListOptions): Promise<TreeListing> {
  const { root, skipDir, deadline } = options;
  const rootBytes = Buffer.from(root.endsWith('/') ? root : `${root}/`);
  const slash = Buffer.from('/');
  const paths: string[] = [];
  const raw = new Map<string, Buffer>();
  const notes: ScanNote[] = [];
  const stack: WalkDir[] = [{ rel: '', raw: null }];
  let complete = true;
  let failures = 0;

  const visit = async (dir: WalkDir): Promise<void> => {
    let entries: Dirent[] = [];
    let rawEntries: Dirent<Buffer>[] | null = null;
    try {
      if (dir.raw) rawEntries = await fsp.readdir(Buffer.concat([rootBytes, dir.raw]), { withFileTypes: true, encoding: 'buffer' });
      else {
        entries = await fsp.readdir(dir.rel === '' ? root : join(root, dir.rel), { withFileTypes: true });
        if (entries.some((e) => NEEDS_ESCAPE.test(e.name))) {
          rawEntries = await fsp.readdir(dir.rel === '' ? root : join(root, dir.rel), { withFileTypes: true, encoding: 'buffer' });
        }
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (dir.rel === '') throw new GateError(`cannot read ${root}: ${code}`);
      if (failures++ < MAX_WALK_NOTES) notes.push(skippedFolderNote(dir.rel, code));
      return;
    }
    const prefix = dir.rel === '' ? '' : `${dir.rel}/`;
    const count = rawEntries ? rawEntries.length : entries.length;
    for (let i = 0; i < count; i++) {
      let name: string;
      let entry: Dirent | Dirent<Buffer>;
      let rawRel: Buffer | null = null;
      if (rawEntries) {
        const e = rawEntries[i] as Dirent<Buffer>;
        entry = e;
        const plain = e.name.toString('utf8');
        name = NEEDS_ESCAPE.test(plain) ? escapeName(e.name) : plain;
        if (name !== plain || dir.raw) {
          rawRel = dir.raw ? Buffer.concat([dir.raw, slash, e.name]) : Buffer.concat([Buffer.from(prefix), e.name]);
        }
      } else {
        entry = entries[i] as Dirent;
        name = entry.name;
      }
      const rel = prefix + name;
      if (entry.isDirectory()) {
        if (skipDir?.(rel)) continue;
        stack.push({ rel, raw: rawRel });
      } else {
        paths.push(rel);
        if (rawRel) raw.set(rel, rawRel);
      }
    }
  };

  const inFlight = new Set<Promise<void>>();
  let failed: unknown = null;
  while ((stack.length > 0 || inFlight.size > 0) && failed === null) {
    while (stack.length > 0 && inFlight.size < WALK_CONCURRENCY) {
      if (deadline !== undefined && Date.now() > deadline) {
        complete = false;
        stack.length = 0;
        break;
      }
      const task: Promise<void> = visit(stack.pop() as WalkDir)
        .catch((error: unknown) => {
          failed = error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    if (inFlight.size > 0) await Promise.race(inFlight);
  }
  if (failed !== null) throw failed;
  if (!complete) notes.push({ code: 'budget', message: 'the time budget ran out while listing the folder: the listing is incomplete' });
  if (failures > MAX_WALK_NOTES) notes.push({ code: 'unreadable', message: `${failures - MAX_WALK_NOTES} more folders could not be listed` });
  sortUnique(paths);
  return { source: 'walk', paths, submodules: [], notes, complete, files: new DiskSource(root, raw) };
}
