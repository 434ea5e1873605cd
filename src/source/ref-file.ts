import { posix } from 'node:path';
import { runGit } from './git.js';

/** What a commit's tree holds at a path, read from git objects (no checkout). */
export type RefFile =
  | { kind: 'file'; data: Buffer; size: number; path: string }
  | { kind: 'too-large'; size: number; path: string }
  /** A committed symlink whose target a checkout would find outside the tree or in git's own folder. */
  | { kind: 'refused'; reason: 'outside' | 'git-dir' | 'loop'; path: string };

// As many hops as a file system allows before ELOOP.
const MAX_HOPS = 40;

/**
 * One file of a commit's tree, or null when the tree holds no blob there (a folder, a submodule, a
 * dangling link). A committed symlink is followed inside the tree the way a checkout would resolve it;
 * its target text is never returned as the file. A blob over `maxBytes` comes back as its size only,
 * so a caller can say so without reading it.
 */
export async function readFileAtRef(root: string, ref: string, path: string, maxBytes: number): Promise<RefFile | null> {
  let current = posix.normalize(path);
  for (let hops = 0; hops <= MAX_HOPS; hops++) {
    const entry = await entryAt(root, ref, current);
    if (entry === null) return null;
    if (entry.mode !== '120000') return entry.type === 'blob' ? readBlob(root, entry.oid, current, maxBytes) : null;
    const link = await runGit(root, ['cat-file', 'blob', entry.oid]);
    if (link.code !== 0) return null;
    const resolved = resolveTreeLink(current, link.stdout.toString('utf8'));
    if (resolved === null) return { kind: 'refused', reason: 'outside', path };
    if (/(?:^|\/)\.git(?:\/|$)/.test(resolved)) return { kind: 'refused', reason: 'git-dir', path };
    current = resolved;
  }
  return { kind: 'refused', reason: 'loop', path };
}

/**
 * Where a committed symlink at `from` leads inside the tree, as a checkout's file system would resolve
 * it; null when it leads out of the tree (an absolute target, or `..` above the root).
 */
export function resolveTreeLink(from: string, target: string): string | null {
  const resolved = posix.normalize(posix.join(posix.dirname(from), target));
  if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../') || resolved === '.') return null;
  return resolved;
}

async function entryAt(root: string, ref: string, path: string): Promise<{ mode: string; type: string; oid: string } | null> {
  // Paths are relative to `root` inside the repository, as a checkout of the ref would place them.
  const listed = await runGit(root, ['ls-tree', '-z', ref, '--', `./${path}`]);
  if (listed.code !== 0) return null;
  const line = listed.stdout.toString('utf8').split('\0')[0] ?? '';
  const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(line);
  return match ? { mode: match[1]!, type: match[2]!, oid: match[3]! } : null;
}

async function readBlob(root: string, oid: string, path: string, maxBytes: number): Promise<RefFile | null> {
  const size = await runGit(root, ['cat-file', '-s', oid]);
  if (size.code !== 0) return null;
  const bytes = Number(size.stdout.toString('utf8').trim());
  if (bytes > maxBytes) return { kind: 'too-large', size: bytes, path };
  const blob = await runGit(root, ['cat-file', 'blob', oid]);
  if (blob.code !== 0) return null;
  return { kind: 'file', data: blob.stdout, size: bytes, path };
}
