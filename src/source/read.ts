import fs, { constants, promises as fsp, type Stats } from 'node:fs';
import { sep } from 'node:path';
import type { FileContent, ScanNote } from '../domain/finding.js';
import type { BlobReader } from './git.js';
import { resolveTreeLink } from './ref-file.js';
import { errorMessage } from '../domain/errors.js';
import { capLines, MAX_LINES } from '../domain/cost.js';

/** The bounded head of one file, or why it was not read (with a note when the user should know). */
export type ReadResult = { data: Buffer; size: number } | { data: null; note?: ScanNote };

export interface FileSource {
  /** Reads at most `maxBytes` from the start of a listed path. Never throws for a single file. */
  read(path: string, maxBytes: number): Promise<ReadResult>;
  close(): Promise<void>;
}

/** The file-system calls a disk reader makes; swappable so failures root cannot produce are testable. */
export interface DiskOps {
  lstat(path: string | Buffer): Promise<Stats>;
  stat(path: string | Buffer): Promise<Stats>;
  realpath(path: string | Buffer): Promise<Buffer>;
  open(path: string | Buffer, flags: number): Promise<number>;
  fstat(fd: number): Promise<Stats>;
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number): Promise<number>;
  close(fd: number): Promise<void>;
}

// Plain descriptors rather than FileHandle objects: a scan opens thousands of files and every
// object and promise per call shows in the profile.
export const nodeDiskOps: DiskOps = {
  lstat: (path) => fsp.lstat(path),
  stat: (path) => fsp.stat(path),
  realpath: (path) => fsp.realpath(path, { encoding: 'buffer' }),
  open: (path, flags) => new Promise((done, fail) => fs.open(path, flags, (error, fd) => (error ? fail(error) : done(fd)))),
  fstat: (fd) => new Promise((done, fail) => fs.fstat(fd, (error, stats) => (error ? fail(error) : done(stats)))),
  read: (fd, buffer, offset, length, position) =>
    new Promise((done, fail) => fs.read(fd, buffer, offset, length, position, (error, bytes) => (error ? fail(error) : done(bytes)))),
  close: (fd) => new Promise((done) => fs.close(fd, () => done())),
};

// No following a symlink swapped in after the checks, and no blocking on a FIFO swapped in: the open
// fails or returns at once, and fstat then rejects anything that is not a regular file.
function openFlags(): number {
  return constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN';
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

const SEP = Buffer.from(sep);

/**
 * Reads candidates from the working tree without ever leaving the scanned root or blocking: lstat before
 * open, symlinks (of the file or of a folder on its way) resolved and kept only when they land inside
 * the root, special files never opened, and only the head of a file read however large it is.
 */
export class DiskSource implements FileSource {
  private readonly rootBytes: Buffer;
  private realRoot: Promise<Buffer> | null = null;
  /** Real path of each folder a candidate sits in: files of one folder share one realpath call. */
  private readonly realDirs = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly root: string,
    /** Raw names (bytes, relative to the root) of listed paths whose display form is escaped. */
    private readonly rawNames: ReadonlyMap<string, Buffer> = new Map(),
    private readonly ops: DiskOps = nodeDiskOps,
  ) {
    this.rootBytes = Buffer.from(root.endsWith(sep) ? root : root + sep);
  }

  private absolute(path: string): Buffer {
    const raw = this.rawNames.get(path);
    return Buffer.concat([this.rootBytes, raw ?? Buffer.from(path)]);
  }

  private inside(real: Buffer, root: Buffer): boolean {
    if (real.equals(root)) return false;
    const base = root[root.length - 1] === SEP[0] ? root : Buffer.concat([root, SEP]);
    return real.length > base.length && real.subarray(0, base.length).equals(base);
  }

  /** The real path of the file: its folder's real path (cached) plus its name, or the resolved symlink. */
  private async realOf(path: string, abs: Buffer, symlink: boolean): Promise<Buffer> {
    if (symlink) return this.ops.realpath(abs);
    // Listed paths use `/`; the root may use the platform separator (Windows).
    const slash = Math.max(abs.lastIndexOf(0x2f), abs.lastIndexOf(SEP[0] as number));
    const dirKey = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    let dir = this.realDirs.get(dirKey);
    if (dir === undefined) {
      dir = this.ops.realpath(abs.subarray(0, slash));
      this.realDirs.set(dirKey, dir);
    }
    return Buffer.concat([await dir, abs.subarray(slash)]);
  }

  async read(path: string, maxBytes: number): Promise<ReadResult> {
    const abs = this.absolute(path);
    let link: Stats;
    try {
      link = await this.ops.lstat(abs);
    } catch (error) {
      return this.failure(path, error);
    }
    if (link.isDirectory()) return { data: null };
    if (!link.isFile() && !link.isSymbolicLink()) {
      return { data: null, note: { code: 'special-file', path, message: `${kindOf(link)}: not opened` } };
    }

    let real: Buffer;
    try {
      this.realRoot ??= this.ops.realpath(this.root);
      const realRoot = await this.realRoot;
      real = await this.realOf(path, abs, link.isSymbolicLink());
      // Also catches a regular file reached through a symlinked folder.
      if (!this.inside(real, realRoot)) {
        return { data: null, note: { code: 'symlink-outside', path, message: 'a symlink leads outside the scanned folder: not followed' } };
      }
      // Git's own files (a persisted checkout credential in .git/config) are never evidence, whatever links there.
      if (/(?:^|[\\/])\.git(?:[\\/]|$)/.test(real.subarray(realRoot.length).toString('latin1'))) {
        return { data: null, note: { code: 'symlink-outside', path, message: "a symlink leads into git's own folder (.git/): not followed" } };
      }
    } catch (error) {
      return this.failure(path, error);
    }

    if (link.isSymbolicLink()) {
      let target: Stats;
      try {
        target = await this.ops.stat(real);
      } catch (error) {
        return this.failure(path, error);
      }
      if (target.isDirectory()) return { data: null };
      if (!target.isFile()) {
        return { data: null, note: { code: 'special-file', path, message: `the symlink leads to ${kindOf(target)}: not opened` } };
      }
    }

    let fd: number;
    try {
      fd = await this.ops.open(real, openFlags());
    } catch (error) {
      return this.failure(path, error);
    }
    try {
      const stats = await this.ops.fstat(fd);
      if (!stats.isFile()) {
        return { data: null, note: { code: 'special-file', path, message: `${kindOf(stats)}: not read` } };
      }
      const size = stats.size;
      const want = Math.max(0, Math.min(maxBytes, size));
      const buffer = Buffer.allocUnsafe(want);
      let filled = 0;
      while (filled < want) {
        const bytes = await this.ops.read(fd, buffer, filled, want - filled, filled);
        if (bytes === 0) break;
        filled += bytes;
      }
      return { data: buffer.subarray(0, filled), size: Math.max(size, filled) };
    } catch (error) {
      return this.failure(path, error);
    } finally {
      // Not awaited: closing is off the critical path of the next read.
      void this.ops.close(fd);
    }
  }

  private failure(path: string, error: unknown): ReadResult {
    const code = errorCode(error);
    // Listed but gone (deleted from the work tree, a dangling symlink): nothing to judge, nothing to say.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { data: null };
    if (code === 'ELOOP') return { data: null, note: { code: 'symlink-loop', path, message: 'a symlink loop: not followed' } };
    if (code === 'EACCES' || code === 'EPERM') return { data: null, note: { code: 'unreadable', path, message: 'no permission to read this file' } };
    if (code === 'ENAMETOOLONG') return { data: null, note: { code: 'unreadable', path, message: 'the path is too long to open' } };
    return { data: null, note: { code: 'unreadable', path, message: `could not read this file (${code})` } };
  }

  async close(): Promise<void> {}
}

const MAX_SYMLINK_HOPS = 40;

/**
 * Reads candidates of a commit's tree from git objects. Symlinks are resolved inside the tree the way
 * the file system would resolve them in a checkout, so scanning a ref and scanning its checkout agree.
 */
export class BlobSource implements FileSource {
  constructor(
    private readonly blobs: BlobReader,
    /** Path → blob id for every blob of the tree (before exclusions: symlinks may point anywhere in it). */
    private readonly tree: ReadonlyMap<string, string>,
    private readonly symlinks: ReadonlySet<string>,
  ) {}

  async read(path: string, maxBytes: number): Promise<ReadResult> {
    try {
      let current = path;
      for (let hops = 0; ; hops++) {
        const oid = this.tree.get(current);
        // A folder or a dangling link: as on disk, nothing to read.
        if (oid === undefined) return { data: null };
        if (!this.symlinks.has(current)) {
          const head = await this.blobs.head(oid, maxBytes);
          return head === null ? { data: null } : { data: head.data, size: head.size };
        }
        if (hops >= MAX_SYMLINK_HOPS) return { data: null, note: { code: 'symlink-loop', path, message: 'a symlink loop: not followed' } };
        const link = await this.blobs.head(oid, 4096);
        if (link === null) return { data: null };
        const resolved = resolveTreeLink(current, link.data.toString('utf8'));
        if (resolved === null) {
          return { data: null, note: { code: 'symlink-outside', path, message: 'a symlink leads outside the scanned folder: not followed' } };
        }
        current = resolved;
      }
    } catch (error) {
      return { data: null, note: { code: 'unreadable', path, message: `could not read this blob: ${errorMessage(error)}` } };
    }
  }

  close(): Promise<void> {
    return this.blobs.close();
  }
}

const LFS_POINTER = /^version https:\/\/(git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/;

/**
 * Turns the head of a file into what detectors see: BOM stripped (UTF-16 decoded when it says so),
 * CRLF/CR → LF, binary content (NUL bytes, mostly invalid UTF-8) flagged with no text, LFS pointers flagged.
 * With `keepLines`, what follows the first `keepLines` lines is dropped (marked truncated) before the
 * line breaks are rewritten: a caller that judges fewer lines pays nothing for the rest.
 */
export function decodeHead(path: string, data: Buffer, size: number, keepLines = Infinity): FileContent {
  const truncated = size > data.length;
  let text: string;
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(data.subarray(2, data.length - (data.length % 2)), { stream: truncated });
  } else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
    const body = Buffer.from(data.subarray(2, data.length - (data.length % 2)));
    body.swap16();
    text = new TextDecoder('utf-16le').decode(body, { stream: truncated });
  } else {
    const start = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
    const body = data.subarray(start);
    if (body.indexOf(0) >= 0) return binary(path, size, truncated);
    // stream: a head cut in the middle of a character does not end in a replacement character.
    text = new TextDecoder('utf-8').decode(body, { stream: truncated });
    if (looksBinary(text)) return binary(path, size, truncated);
  }
  let cut = false;
  if (text.includes('\r')) {
    const end = afterLines(text, keepLines);
    cut = end < text.length;
    text = unixBreaks(cut ? text.slice(0, end) : text);
  }
  const lfsPointer = size < 1024 && LFS_POINTER.test(text);
  return { path, size, text, truncated: truncated || cut, binary: false, lfsPointer };
}

/** Judging's view of a file head: decoded, and cut at MAX_LINES lines (with the bound it hit, if any). */
export function judgedHead(path: string, data: Buffer, size: number): { content: FileContent; bound?: string } {
  // One line more than is judged, so that capLines still sees there was more and says so.
  return capLines(decodeHead(path, data, size, MAX_LINES + 1));
}

/** Offset just past the first `lines` lines of `text` (a break is CRLF, CR or LF), or its length. */
function afterLines(text: string, lines: number): number {
  if (lines === Infinity) return text.length;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let end = 0;
  for (let n = 0; n < lines; n++) {
    if (cr >= 0 && (lf < 0 || cr < lf)) {
      end = cr + (text.charCodeAt(cr + 1) === 10 ? 2 : 1);
      cr = text.indexOf('\r', end);
      if (lf >= 0 && lf < end) lf = text.indexOf('\n', end);
    } else if (lf >= 0) {
      end = lf + 1;
      lf = text.indexOf('\n', end);
    } else {
      return text.length;
    }
  }
  return end;
}

/**
 * CRLF and lone CR → LF, as `replace(/\r\n?/g, '\n')` would, by splitting in native code: the global
 * replace cost about 0.2 µs a break, so a 256 KB head of CRLF lines took 16 ms and one of lone CRs
 * over 30 ms, more than judging the plain LF file of the same size (issue 19).
 */
function unixBreaks(text: string): string {
  const crlf = text.includes('\r\n') ? text.split('\r\n').join('\n') : text;
  return crlf.includes('\r') ? crlf.split('\r').join('\n') : crlf;
}

function binary(path: string, size: number, truncated: boolean): FileContent {
  return { path, size, text: '', truncated, binary: true, lfsPointer: false };
}

/** More than one character in ten undecodable: not text in any encoding a detector can use. */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  return bad > 0 && bad * 10 > text.length;
}
