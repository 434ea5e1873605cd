import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, readlinkSync, lstatSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/domain/errors.js';
import { findPreviousTag, isShallow, resolveRef, scan } from '../../src/scan/index.js';
import type { Detector, FileContent, Finding } from '../../src/domain/finding.js';
import { commitAll, git, initRepo, removeDir, tempDir, testDetector, writeTree } from '../helpers/scan.js';

const dirs: string[] = [];
function fresh(): string {
  const dir = tempDir('og-ref-');
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach(removeDir));

/** Findings that carry what the detector read, so equal findings mean equal contents. */
function echo(id: Detector['id'], globs: string[]): Detector {
  return testDetector(id, globs, {
    judge: (file: FileContent): Finding[] => [
      {
        artifact: id,
        path: file.path,
        line: 1,
        outcome: 'evidence',
        strength: 80,
        code: file.lfsPointer ? 'lfs' : file.binary ? 'binary' : 'text',
        message: `${file.size} ${file.truncated} ${createHash('sha256').update(file.text).digest('hex').slice(0, 16)}`,
      },
    ],
  });
}
const detectors = (): Detector[] => [
  echo('data-card', ['**/DATA_CARD.md', '**/*.md']),
  echo('config', ['**/*.yaml']),
  echo('eval-results', ['**/*.json']),
];

/** Every file and symlink under a folder with its content, .git aside: "untouched" means this is unchanged. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir)) {
      if (rel === '' && name === '.git') continue;
      const abs = join(dir, name);
      const path = rel ? `${rel}/${name}` : name;
      const stats = lstatSync(abs);
      if (stats.isSymbolicLink()) out[path] = `-> ${readlinkSync(abs)}`;
      else if (stats.isDirectory()) visit(abs, path);
      else out[path] = `${stats.mtimeMs} ${createHash('sha256').update(readFileSync(abs)).digest('hex')}`;
    }
  };
  visit(root, '');
  return out;
}

let repo = '';
let v1 = '';
let v2 = '';

beforeAll(() => {
  repo = fresh();
  initRepo(repo);
  writeTree(repo, {
    'README.md': '# Model\r\nfirst release\r\n',
    'DATA_CARD.md': '# Data card\n\n## Sources\nThe corpus.\n',
    'configs/train.yaml': 'lr: 0.001\n',
    'evals/results.json': '{"accuracy": 0.71}',
    'pkg/README.md': 'package readme',
    'pkg/evals/pkg.json': '{"f1": 0.5}',
    'big/blob.json': 'x'.repeat(300 * 1024),
    'node_modules/dep/README.md': 'vendored',
  });
  symlinkSync('../README.md', join(repo, 'pkg', 'LINKED.md'));
  symlinkSync('/etc/passwd', join(repo, 'pkg', 'ESCAPE.md'));
  mkdirSync(join(repo, 'loops'));
  symlinkSync('b.md', join(repo, 'loops', 'a.md'));
  symlinkSync('a.md', join(repo, 'loops', 'b.md'));
  v1 = commitAll(repo, 'v1');
  git(repo, 'tag', '-a', 'v1', '-m', 'first');
  rmSync(join(repo, 'DATA_CARD.md'));
  writeTree(repo, { 'README.md': '# Model\nsecond release\n' });
  v2 = commitAll(repo, 'v2');
  git(repo, 'tag', 'v2');
  // Local, uncommitted work that a ref scan must neither see nor disturb.
  writeTree(repo, { 'README.md': 'work in progress', 'untracked.md': 'new' });
});

describe('scanning a ref without a checkout', () => {
  it('gives the same findings as scanning a checkout of the ref, and leaves the working tree alone', async () => {
    const before = snapshot(repo);
    const status = git(repo, 'status', '--porcelain=v1', '--ignored');
    const index = readFileSync(join(repo, '.git', 'index'));

    const fromRef = await scan({ root: repo, ref: 'v1', limits: { perFileBytes: 64 * 1024 } }, detectors());

    const clone = join(fresh(), 'clone');
    git(repo, 'clone', '-q', repo, clone);
    git(clone, 'checkout', '-q', 'v1');
    const fromCheckout = await scan({ root: clone, limits: { perFileBytes: 64 * 1024 } }, detectors());

    const exported = fresh();
    execFileSync('sh', ['-c', `git -C "${repo}" archive v1 | tar -x -C "${exported}"`]);
    const fromExport = await scan({ root: exported, limits: { perFileBytes: 64 * 1024 } }, detectors());

    expect(fromRef).toMatchObject({ source: 'ref', ref: 'v1', commit: v1 });
    expect(fromCheckout).toMatchObject({ source: 'git', commit: v1 });
    expect(fromExport.source).toBe('walk');
    expect(fromRef.findings.length).toBeGreaterThan(5);
    expect(fromRef.findings).toEqual(fromCheckout.findings);
    expect(fromRef.findings).toEqual(fromExport.findings);
    expect(fromRef.notes).toEqual(fromCheckout.notes);
    expect(fromRef.stats.files).toBe(fromCheckout.stats.files);
    expect(fromRef.findings.find((f) => f.path === 'DATA_CARD.md')).toBeDefined();
    expect(fromRef.findings.find((f) => f.path === 'untracked.md')).toBeUndefined();
    // The symlink inside the tree is followed, the one leaving it and the loop are reported.
    expect(fromRef.findings.find((f) => f.path === 'pkg/LINKED.md')?.message).toBe(fromRef.findings.find((f) => f.path === 'README.md')?.message);
    expect(fromRef.notes.map((n) => `${n.code}:${n.path}`)).toEqual(['symlink-loop:loops/a.md', 'symlink-loop:loops/b.md', 'symlink-outside:pkg/ESCAPE.md']);

    expect(snapshot(repo)).toEqual(before);
    expect(git(repo, 'status', '--porcelain=v1', '--ignored')).toBe(status);
    expect(readFileSync(join(repo, '.git', 'index')).equals(index)).toBe(true);
    expect(git(repo, 'rev-parse', 'HEAD').trim()).toBe(v2);
  });

  it('reads only the head of a large blob', async () => {
    const det = echo('eval-results', ['big/*.json']);
    const result = await scan({ root: repo, ref: 'v1', limits: { perFileBytes: 4096 } }, [det]);
    expect(result.stats.bytesRead).toBe(4096);
    expect(result.findings[0]?.message).toMatch(/^307200 true /);
  });

  it('scans a subfolder of the repository at the ref, paths relative to it', async () => {
    const fromRef = await scan({ root: join(repo, 'pkg'), ref: 'v1' }, detectors());
    const clone = join(fresh(), 'clone');
    git(repo, 'clone', '-q', repo, clone);
    git(clone, 'checkout', '-q', 'v1');
    const fromCheckout = await scan({ root: join(clone, 'pkg') }, detectors());
    // From pkg/, LINKED.md (→ ../README.md) leaves the scanned folder too.
    expect(fromRef.findings.map((f) => f.path)).toEqual(['README.md', 'evals/pkg.json']);
    expect(fromRef.notes.map((n) => `${n.code}:${n.path}`)).toEqual(['symlink-outside:ESCAPE.md', 'symlink-outside:LINKED.md']);
    expect(fromRef.findings).toEqual(fromCheckout.findings);
    expect(fromRef.notes).toEqual(fromCheckout.notes);
  });

  it('sees what changed between two refs', async () => {
    const one = await scan({ root: repo, ref: 'v1' }, detectors());
    const two = await scan({ root: repo, ref: v2 }, detectors());
    expect(one.findings.some((f) => f.path === 'DATA_CARD.md')).toBe(true);
    expect(two.findings.some((f) => f.path === 'DATA_CARD.md')).toBe(false);
    expect(two.commit).toBe(v2);
  });

  it('fails with a GateError naming a ref that does not exist', async () => {
    await expect(scan({ root: repo, ref: 'v9.9' }, detectors())).rejects.toThrow(GateError);
    await expect(scan({ root: repo, ref: 'v9.9' }, detectors())).rejects.toThrow(/unknown ref "v9\.9"/);
    await expect(scan({ root: repo, ref: '--output=/tmp/x' }, detectors())).rejects.toThrow(/invalid ref/);
    await expect(scan({ root: fresh(), ref: 'main' }, detectors())).rejects.toThrow(/not in a git repository/);
  });

  it('fails with a GateError when the scanned folder does not exist at the ref', async () => {
    writeTree(repo, { 'later/README.md': 'x' });
    await expect(scan({ root: join(repo, 'later'), ref: 'v1' }, detectors())).rejects.toThrow(/the folder later does not exist at/);
    rmSync(join(repo, 'later'), { recursive: true });
  });
});

describe('git helpers for release-over-release', () => {
  it('resolves refs to commits', async () => {
    expect(await resolveRef(repo, 'v1')).toBe(v1);
    expect(await resolveRef(repo, 'HEAD~1')).toBe(v1);
    expect(await resolveRef(repo, 'main')).toBe(v2);
    await expect(resolveRef(repo, 'nope')).rejects.toThrow(/unknown ref "nope"/);
  });

  it('finds the nearest earlier tag, ignoring tags on the commit being judged', async () => {
    expect(await findPreviousTag(repo)).toEqual({ tag: 'v1', commit: v1 });
    expect(await findPreviousTag(repo, { before: 'v2' })).toEqual({ tag: 'v1', commit: v1 });
    expect(await findPreviousTag(repo, { before: 'v1' })).toMatchObject({ tag: null, reason: 'none' });
    expect(await findPreviousTag(repo, { pattern: 'release-*' })).toMatchObject({ tag: null, reason: 'none' });
  });

  it('says when the clone is too shallow to tell', async () => {
    expect(await isShallow(repo)).toBe(false);
    const shallow = join(fresh(), 'shallow');
    git(repo, 'clone', '-q', '--depth', '1', '--no-tags', `file://${repo}`, shallow);
    expect(await isShallow(shallow)).toBe(true);
    const result = await findPreviousTag(shallow);
    expect(result).toMatchObject({ tag: null, reason: 'shallow' });
    expect(result.message).toContain('fetch-depth: 0');
    // Scanning the shallow clone itself still works.
    const scanned = await scan({ root: shallow }, detectors());
    expect(scanned).toMatchObject({ source: 'git', commit: v2 });
  });

  it('works from a detached HEAD', async () => {
    const clone = join(fresh(), 'clone');
    git(repo, 'clone', '-q', repo, clone);
    git(clone, 'checkout', '-q', '--detach', 'v2');
    expect(await findPreviousTag(clone)).toEqual({ tag: 'v1', commit: v1 });
  });
});

describe('LFS pointers in a ref', () => {
  it('reads the pointer blob, as git stores it, not a smudged file', async () => {
    const dir = fresh();
    initRepo(dir);
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 999999\n';
    writeFileSync(join(dir, 'DATA_CARD.md'), pointer);
    commitAll(dir, 'lfs');
    const result = await scan({ root: dir, ref: 'HEAD' }, [echo('data-card', ['*.md'])]);
    expect(result.findings[0]?.code).toBe('lfs');
    expect(result.notes.map((n) => n.code)).toEqual(['lfs-pointer']);
  });
});
