import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, ftruncateSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/index.js';
import { DiskSource, nodeDiskOps, type DiskOps } from '../../src/source/read.js';
import { escapeName } from '../../src/source/tree.js';
import type { FileContent, ScanResult } from '../../src/domain/finding.js';
import { commitAll, git, initRepo, removeDir, tempDir, testDetector, writeTree } from '../helpers/scan.js';

const dirs: string[] = [];
function fresh(): string {
  const dir = tempDir('og-hostile-');
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach(removeDir));

const isRoot = process.getuid?.() === 0;
const hasMkfifo = existsSync('/usr/bin/mkfifo') || existsSync('/bin/mkfifo');

/** A detector that takes every file and records what it saw. */
function everything() {
  return testDetector('data-card', ['**'], { judge: () => [] });
}

function seenPaths(seen: FileContent[]): string[] {
  return seen.map((f) => f.path).sort();
}

function codes(result: ScanResult): string[] {
  return result.notes.map((n) => `${n.code}:${n.path ?? ''}`).sort();
}

describe.each(['walk', 'git'] as const)('hostile files (%s)', (mode) => {
  function tree(): string {
    const dir = fresh();
    if (mode === 'git') initRepo(dir);
    return dir;
  }

  it.skipIf(!hasMkfifo)('never opens a FIFO (the scan does not hang) and says so', async () => {
    const dir = tree();
    writeTree(dir, { 'DATA_CARD.md': 'x', 'README.md': 'real' });
    if (mode === 'git') commitAll(dir, 'x');
    // Git never lists a FIFO it does not track: replace a tracked file by one.
    rmSync(join(dir, 'DATA_CARD.md'));
    execFileSync('mkfifo', [join(dir, 'DATA_CARD.md')]);
    const det = everything();
    const result = await scan({ root: dir }, [det]);
    expect(seenPaths(det.seen)).toEqual(['README.md']);
    expect(codes(result)).toEqual(['special-file:DATA_CARD.md']);
  });

  it('does not follow symlinks out of the root, reports them, and follows those that stay inside', async () => {
    const outside = fresh();
    writeTree(outside, { 'secret.md': 'secret', 'dir/README.md': 'secret' });
    const dir = tree();
    writeTree(dir, { 'docs/real.md': 'inside' });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'DATA_CARD.md'));
    symlinkSync('../../' + outside.split('/').pop() + '/secret.md', join(dir, 'docs', 'relative.md'));
    symlinkSync('docs/real.md', join(dir, 'MODEL_CARD.md'));
    symlinkSync(join(outside, 'dir'), join(dir, 'linked'));
    symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
    if (mode === 'git') commitAll(dir, 'links');
    const det = everything();
    const result = await scan({ root: dir }, [det]);
    expect(det.seen.find((f) => f.path === 'MODEL_CARD.md')?.text).toBe('inside');
    expect(det.seen.some((f) => f.text.includes('secret'))).toBe(false);
    // A symlinked folder is never walked into: its files are not even listed.
    expect(seenPaths(det.seen)).toEqual(['MODEL_CARD.md', 'docs/real.md']);
    expect(codes(result)).toEqual([
      'symlink-loop:loop-a.md',
      'symlink-loop:loop-b.md',
      'symlink-outside:DATA_CARD.md',
      'symlink-outside:docs/relative.md',
      'symlink-outside:linked',
    ]);
  });

  it('lists and reads back names with spaces, quotes, newlines, ::, %, bidi controls and non-UTF-8 bytes', async () => {
    const dir = tree();
    const names = ['with space.md', `quo"te's.md`, 'new\nline.md', '::set-output name=verdict::pass.md', '100%25 %0A.md', 'rtl\u202Eevil.md', 'ok-ü.md'];
    for (const name of names) writeFileSync(join(dir, name), `content of ${name}`);
    const rawName = Buffer.concat([Buffer.from(resolve(dir) + '/bad'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
    writeFileSync(rawName, 'latin bytes');
    mkdirSync(Buffer.concat([Buffer.from(resolve(dir) + '/dir'), Buffer.from([0xe9])]));
    writeFileSync(Buffer.concat([Buffer.from(resolve(dir) + '/dir'), Buffer.from([0xe9]), Buffer.from('/inner.md')]), 'nested');
    if (mode === 'git') commitAll(dir, 'names');
    const det = everything();
    const result = await scan({ root: dir }, [det]);
    const shown = seenPaths(det.seen);
    expect(shown).toEqual(
      [
        'with space.md',
        `quo"te's.md`,
        'new\\x0aline.md',
        '::set-output name=verdict::pass.md',
        '100%25 %0A.md',
        'rtl\\u202eevil.md',
        'ok-ü.md',
        'bad\\xff\\xfe.md',
        'dir\\xe9/inner.md',
      ].sort(),
    );
    // Every one was read back from its real name.
    for (const file of det.seen) expect(file.text).not.toBe('');
    expect(det.seen.find((f) => f.path === 'bad\\xff\\xfe.md')?.text).toBe('latin bytes');
    expect(det.seen.find((f) => f.path === 'new\\x0aline.md')?.text).toBe('content of new\nline.md');
    expect(det.seen.find((f) => f.path === 'dir\\xe9/inner.md')?.text).toBe('nested');
    // No listed path can break a log line.
    expect(det.seen.every((f) => !/[\n\r\u202e]/.test(f.path))).toBe(true);
    expect(result.notes).toEqual([]);
  });

  it('reads only the head of a 4 GB (sparse) file and flags binary, BOM, CRLF and LFS content', async () => {
    const dir = tree();
    const fd = openSync(join(dir, 'shard.json'), 'w');
    ftruncateSync(fd, 4 * 1024 ** 3);
    closeSync(fd);
    writeTree(dir, {
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Card\r\nbody\r\n')]),
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      'invalid.md': Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
      'DATA_CARD.md': 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n',
    });
    const det = everything();
    const result = await scan({ root: dir, untracked: mode === 'git', limits: { perFileBytes: 64 * 1024 } }, [det]);
    const byPath = new Map(det.seen.map((f) => [f.path, f]));
    expect(byPath.get('shard.json')).toMatchObject({ size: 4 * 1024 ** 3, truncated: true, binary: true });
    expect(result.stats.bytesRead).toBeLessThan(64 * 1024 + 1000);
    expect(byPath.get('bom.md')).toMatchObject({ text: '# Card\nbody\n', binary: false });
    expect(byPath.get('bin.md')).toMatchObject({ binary: true, text: '' });
    expect(byPath.get('invalid.md')).toMatchObject({ binary: true, text: '' });
    expect(byPath.get('DATA_CARD.md')).toMatchObject({ lfsPointer: true });
    // Not committed in git mode (listed as untracked): a 4 GB file is not something to hash in a test.
    expect(codes(result)).toEqual(mode === 'git' ? ['lfs-pointer:DATA_CARD.md', 'no-commit:'] : ['lfs-pointer:DATA_CARD.md']);
  });

  it('keeps going through a very wide folder', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'wide'));
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, 'wide', `f${i}.txt`), '');
    writeTree(dir, { 'wide/DATA_CARD.md': 'evidence' });
    const det = testDetector('data-card', ['**/DATA_CARD.md']);
    const result = await scan({ root: dir, untracked: mode === 'git' }, [det]);
    expect(result.stats.files).toBe(20_001);
    expect(result.findings.map((f) => f.path)).toEqual(['wide/DATA_CARD.md']);
  });
});

describe('a folder nested deeper than any path can reach', () => {
  // tmpfs keeps building and removing 100k levels in seconds; a disk needs minutes, so fewer levels there
  // (past PATH_MAX either way, where opening stops working and the walk has to give up gracefully).
  const base = existsSync('/dev/shm') ? '/dev/shm' : undefined;
  const depth = base ? 100_000 : 5_000;
  let dir = '';

  afterAll(() => {
    // GNU rm walks with openat, so it can remove what paths cannot name.
    if (dir) execFileSync('rm', ['-rf', dir]);
  });

  it.each(['walk', 'git'] as const)('finishes with a note and keeps the shallow files (%s)', async (mode) => {
    if (!dir) {
      dir = base ? tempDirIn(base) : fresh();
      writeTree(dir, { 'README.md': 'evidence' });
      execFileSync(process.execPath, [
        '-e',
        `const fs=require('fs');process.chdir(${JSON.stringify(dir)});for(let i=0;i<${depth};i++){fs.mkdirSync('d');process.chdir('d')}fs.writeFileSync('README.md','deep')`,
      ]);
    }
    if (mode === 'git' && !existsSync(join(dir, '.git'))) initRepo(dir);
    const det = testDetector('model-card', ['**/README.md']);
    // Untracked: git walks the folder itself and says which folders it could not open.
    const result = await scan({ root: dir, untracked: mode === 'git' }, [det]);
    expect(result.findings.map((f) => f.path)).toContain('README.md');
    expect(result.notes.some((n) => n.code === 'too-deep')).toBe(true);
    expect(result.notes.length).toBeLessThanOrEqual(51);
  });
});

function tempDirIn(base: string): string {
  const dir = join(base, `og-deep-${process.pid}-${Date.now()}`);
  mkdirSync(dir);
  return dir;
}

describe('files that cannot be read', () => {
  it('notes a permission error and continues (faked: the tests may run as root)', async () => {
    const dir = fresh();
    writeTree(dir, { 'a.md': 'a', 'b.md': 'b' });
    const ops: DiskOps = {
      ...nodeDiskOps,
      open: (path, flags) =>
        String(path).endsWith('a.md') ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) : nodeDiskOps.open(path, flags),
    };
    const source = new DiskSource(dir, new Map(), ops);
    expect(await source.read('a.md', 100)).toEqual({ data: null, note: { code: 'unreadable', path: 'a.md', message: 'no permission to read this file' } });
    expect(await source.read('b.md', 100)).toMatchObject({ size: 1 });
  });

  it.skipIf(isRoot)('notes a chmod 000 file and continues', async () => {
    const dir = fresh();
    writeTree(dir, { 'a.md': 'secret', 'b.md': 'b' });
    chmodSync(join(dir, 'a.md'), 0o000);
    const det = everything();
    const result = await scan({ root: dir }, [det]);
    expect(seenPaths(det.seen)).toEqual(['b.md']);
    expect(codes(result)).toEqual(['unreadable:a.md']);
  });

  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  // The re-run as uid 65534 needs to read this checkout (tsx, src/): a clone under a 0700 folder
  // (`mktemp -d`) denies it. That is the machine's set-up, not a failure of the gate: skip.
  const nobodyReadsCheckout =
    isRoot &&
    setpriv !== undefined &&
    spawnSync(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(resolve('node_modules/tsx/package.json'))}, 4)`], { stdio: 'ignore' }).status === 0;
  it.skipIf(!nobodyReadsCheckout)('notes a chmod 000 file and continues (run as uid 65534; skipped unless root, setpriv and a checkout that user can read)', () => {
    const dir = fresh();
    chmodSync(dir, 0o755);
    writeTree(dir, { 'a.md': 'secret', 'b.md': 'b' });
    chmodSync(join(dir, 'a.md'), 0o000);
    const script = join(dir, 'run.mts');
    writeFileSync(
      script,
      `const { scan } = await import(${JSON.stringify(resolve('src/scan/index.ts'))});
const det = { id: 'data-card', globs: ['**/*.md'], check: (f) => [{ artifact: 'data-card', path: f.path, line: 1, outcome: 'evidence', strength: 80, code: 't', message: f.text }] };
const r = await scan({ root: ${JSON.stringify(dir)} }, [det]);
console.log(JSON.stringify({ notes: r.notes, findings: r.findings.map((f) => f.message) }));`,
    );
    chmodSync(script, 0o644);
    const out = execFileSync(setpriv as string, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, HOME: tempDirIn('/tmp') },
    });
    expect(JSON.parse(out)).toEqual({
      notes: [{ code: 'unreadable', path: 'a.md', message: 'no permission to read this file' }],
      findings: ['b'],
    });
  });
});

describe('git repositories in odd states', () => {
  it('scans an empty repository (no commits) from its files and says so', async () => {
    const dir = fresh();
    initRepo(dir);
    const bare = await scan({ root: dir }, [everything()]);
    expect(bare).toMatchObject({ source: 'git', findings: [], errors: [] });
    expect(bare.commit).toBeUndefined();
    writeTree(dir, { 'README.md': 'x' });
    const det = everything();
    const withFile = await scan({ root: dir }, [det]);
    expect(seenPaths(det.seen)).toEqual(['README.md']);
    expect(codes(withFile)).toEqual(['no-commit:']);
  });

  it('scans a detached HEAD and a shallow clone', async () => {
    const origin = fresh();
    initRepo(origin);
    writeTree(origin, { 'README.md': 'one' });
    const first = commitAll(origin, 'one');
    writeTree(origin, { 'README.md': 'two' });
    commitAll(origin, 'two');
    git(origin, 'checkout', '-q', '--detach', first);
    const det = everything();
    const detached = await scan({ root: origin }, [det]);
    expect(detached.commit).toBe(first);
    expect(det.seen[0]?.text).toBe('one');

    const shallow = fresh();
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'main', `file://${origin}`, 'clone');
    const cloneDet = everything();
    const result = await scan({ root: join(shallow, 'clone') }, [cloneDet]);
    expect(result.source).toBe('git');
    expect(cloneDet.seen[0]?.text).toBe('two');
  });

  it('reports submodules with their URL and does not list them as files', async () => {
    const sub = fresh();
    initRepo(sub);
    writeTree(sub, { 'DATA_CARD.md': 'inside the submodule' });
    commitAll(sub, 'sub');
    const dir = fresh();
    initRepo(dir);
    writeTree(dir, { 'README.md': 'x' });
    git(dir, 'submodule', 'add', '-q', sub, 'data/corpus');
    git(dir, 'submodule', 'add', '-q', sub, 'third_party/lib');
    commitAll(dir, 'with submodules');
    let submodules: unknown[] = [];
    const det = testDetector('datasets', ['**'], {
      judge: () => [],
      fromTree: (ctx) => {
        submodules = [...ctx.submodules];
        return [];
      },
    });
    const result = await scan({ root: dir }, [det]);
    expect(submodules).toEqual([{ path: 'data/corpus', url: sub }]);
    expect(seenPaths(det.seen)).toEqual(['.gitmodules', 'README.md']);
    expect(result.stats.files).toBe(2);

    // The same submodule seen from the tree of a commit.
    const fromRef = await scan({ root: dir, ref: 'HEAD' }, [det]);
    expect(fromRef.source).toBe('ref');
    expect(submodules).toEqual([{ path: 'data/corpus', url: sub }]);
  });

  it('scans the tree of HEAD in a bare repository', async () => {
    const origin = fresh();
    initRepo(origin);
    writeTree(origin, { 'README.md': 'bare content' });
    commitAll(origin, 'x');
    const bareParent = fresh();
    git(bareParent, 'clone', '-q', '--bare', origin, 'repo.git');
    const det = everything();
    const result = await scan({ root: join(bareParent, 'repo.git') }, [det]);
    expect(result.source).toBe('ref');
    expect(det.seen.map((f) => f.text)).toEqual(['bare content']);
    expect(codes(result)).toEqual(['bare-repository:']);
  });

  it('does not follow a tracked folder replaced on disk by a symlink out of the root', async () => {
    const outside = fresh();
    writeTree(outside, { 'README.md': 'secret' });
    const dir = fresh();
    initRepo(dir);
    writeTree(dir, { 'docs/README.md': 'x' });
    commitAll(dir, 'x');
    rmSync(join(dir, 'docs'), { recursive: true });
    symlinkSync(outside, join(dir, 'docs'));
    const det = everything();
    const result = await scan({ root: dir }, [det]);
    expect(det.seen).toEqual([]);
    expect(codes(result)).toEqual(['symlink-outside:docs/README.md']);
    // With untracked files, git also lists the symlink that replaced the folder.
    const withUntracked = await scan({ root: dir, untracked: true }, [det]);
    expect(det.seen).toEqual([]);
    expect(codes(withUntracked)).toEqual(['symlink-outside:docs', 'symlink-outside:docs/README.md']);
  });

  it('falls back to walking a folder git ignores', async () => {
    const dir = fresh();
    initRepo(dir);
    writeTree(dir, { '.gitignore': 'export/\n', 'export/README.md': 'x' });
    commitAll(dir, 'x');
    const det = everything();
    const result = await scan({ root: join(dir, 'export') }, [det]);
    expect(result.source).toBe('walk');
    expect(seenPaths(det.seen)).toEqual(['README.md']);
    expect(codes(result)).toEqual(['not-tracked:']);
  });
});

describe('floods', () => {
  it.skipIf(!hasMkfifo)('lists at most 50 notes of a kind and counts the rest', async () => {
    const dir = fresh();
    execFileSync('mkfifo', Array.from({ length: 120 }, (_, i) => join(dir, `p${i}.md`)));
    const result = await scan({ root: dir }, [testDetector('data-card', ['**/*.md'])]);
    expect(result.notes.filter((n) => n.code === 'special-file')).toHaveLength(51);
    expect(result.notes.at(-1)?.message).toBe('70 more "special-file" notes not listed');
  });
});

describe('escapeName', () => {
  it('keeps clean UTF-8 and escapes controls, bidi overrides and undecodable bytes', () => {
    expect(escapeName(Buffer.from('plain-ü.md'))).toBe('plain-ü.md');
    expect(escapeName(Buffer.from('a\nb\tc\u202e.md'))).toBe('a\\x0ab\\x09c\\u202e.md');
    expect(escapeName(Buffer.from([0x61, 0xff, 0xc3]))).toBe('a\\xff\\xc3');
    // Overlong encodings and surrogates are not valid UTF-8 either.
    expect(escapeName(Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]))).toBe('\\xc0\\xaf\\xed\\xa0\\x80');
  });
});
