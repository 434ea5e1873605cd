import { closeSync, ftruncateSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GateError } from '../../src/domain/errors.js';
import { startListing } from '../../src/source/early.js';
import { scan } from '../../src/scan/index.js';
import { decodeHead, judgedHead } from '../../src/source/read.js';
import { capLines, MAX_LINES } from '../../src/domain/cost.js';
import type { Detector, Finding } from '../../src/domain/finding.js';
import { commitAll, finding, git, initRepo, removeDir, tempDir, testDetector, writeTree } from '../helpers/scan.js';

const dirs: string[] = [];
function fresh(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach(removeDir));

const readme = (): ReturnType<typeof testDetector> => testDetector('model-card', ['**/README.md']);

describe('listing', () => {
  let repo: string;
  beforeAll(() => {
    repo = fresh();
    initRepo(repo);
    writeTree(repo, {
      'README.md': 'evidence',
      '.gitignore': 'ignored/\n*.log\n',
      'docs/README.md': 'evidence',
      'ignored/README.md': 'evidence',
      'node_modules/pkg/README.md': 'evidence',
      'gone/README.md': 'evidence',
    });
    commitAll(repo, 'first');
    rmSync(join(repo, 'gone/README.md'));
    writeTree(repo, { 'new/README.md': 'evidence', 'new/debug.log': 'x' });
  });

  it('lists what git tracks inside a work tree, staged new files included', async () => {
    const det = readme();
    const result = await scan({ root: repo }, [det]);
    expect(result.source).toBe('git');
    expect(result.commit).toMatch(/^[0-9a-f]{40}$/);
    // new/ is not added yet; node_modules is vendored; gone/ was deleted from the work tree.
    expect(det.seen.map((f) => f.path).sort()).toEqual(['README.md', 'docs/README.md']);
    // The deleted file is still in the index, so still listed; it is only skipped when read.
    expect(result.stats.files).toBe(4);
    expect(result.notes).toEqual([]);

    const staged = fresh();
    initRepo(staged);
    writeTree(staged, { 'README.md': 'evidence' });
    commitAll(staged, 'first');
    writeTree(staged, { 'docs/README.md': 'evidence', 'notes/README.md': 'evidence' });
    git(staged, 'add', 'docs/README.md');
    const det2 = readme();
    await scan({ root: staged }, [det2]);
    expect(det2.seen.map((f) => f.path).sort()).toEqual(['README.md', 'docs/README.md']);
  });

  it('takes over git calls started early for the same folder and mode, and ignores them otherwise', async () => {
    const early = startListing(repo, false);
    // Stand-in results show which listing the scan used.
    early.files = Promise.resolve({ listing: Buffer.from('docs/README.md\0'), skipped: [] });
    const used = readme();
    await scan({ root: repo, early }, [used]);
    expect(used.seen.map((f) => f.path)).toEqual(['docs/README.md']);

    for (const other of [{ ...early, root: join(repo, 'docs') }, { ...early, untracked: true }]) {
      const det = readme();
      await scan({ root: repo, early: other }, [det]);
      expect(det.seen.map((f) => f.path).sort()).toEqual(['README.md', 'docs/README.md']);
    }
  });

  it('started early on a folder that does not exist, the git calls resolve to errors, never reject', async () => {
    const early = startListing(join(repo, 'no-such-folder'), false);
    expect(await early.files).toBeInstanceOf(Error);
    expect(await early.head).toBeNull();
    expect((await early.probe).repo).toBeNull();
  });

  it('adds untracked files git does not ignore when asked (untracked: true)', async () => {
    const det = readme();
    const result = await scan({ root: repo, untracked: true }, [det]);
    expect(result.source).toBe('git');
    // ignored/ and *.log are ignored by git; node_modules is vendored; gone/ was deleted from the work tree.
    expect(det.seen.map((f) => f.path).sort()).toEqual(['README.md', 'docs/README.md', 'new/README.md']);
    expect(result.findings.map((f) => f.path)).toEqual(['README.md', 'docs/README.md', 'new/README.md']);
    expect(result.stats.files).toBe(5);
    expect(result.notes).toEqual([]);
  });

  it('scans a subfolder of a work tree with paths relative to it', async () => {
    const det = readme();
    const result = await scan({ root: join(repo, 'docs') }, [det]);
    expect(result.source).toBe('git');
    expect(result.findings.map((f) => f.path)).toEqual(['README.md']);
  });

  it('walks a folder that is not a git repository, pruning vendored folders', async () => {
    const dir = fresh();
    writeTree(dir, {
      'README.md': 'evidence',
      'a/b/c/README.md': 'evidence',
      'node_modules/x/README.md': 'evidence',
      '.git/README.md': 'evidence',
      'lib/site-packages/y/README.md': 'evidence',
    });
    const det = readme();
    const result = await scan({ root: dir }, [det]);
    expect(result.source).toBe('walk');
    expect(result.commit).toBeUndefined();
    expect(result.findings.map((f) => f.path)).toEqual(['README.md', 'a/b/c/README.md']);
    expect(result.stats.files).toBe(2);
  });

  it('gives detectors a sorted, frozen listing without excluded paths, and their own candidates', async () => {
    const dir = fresh();
    writeTree(dir, { 'b.md': 'x', 'a.md': 'x', 'third_party/c.md': 'x', 'skip/d.md': 'x', 'e.yaml': 'x' });
    let seenPaths: readonly string[] = [];
    let has: boolean[] = [];
    let own: readonly string[] = [];
    const det = testDetector('config', ['**/*.yaml'], {
      fromTree(ctx) {
        seenPaths = ctx.paths;
        has = [ctx.has('a.md'), ctx.has('skip/d.md'), ctx.has('nope')];
        own = ctx.candidates?.('config') ?? [];
        expect(() => (ctx.paths as string[]).push('x')).toThrow();
        return [];
      },
    });
    await scan({ root: dir, exclude: ['skip'] }, [det]);
    expect(seenPaths).toEqual(['a.md', 'b.md', 'e.yaml']);
    expect(has).toEqual([true, false, false]);
    expect(own).toEqual(['e.yaml']);
  });

  it('fails with a GateError for a root that does not exist or is a file', async () => {
    await expect(scan({ root: '/nonexistent/og-scan' }, [readme()])).rejects.toThrow(GateError);
    const dir = fresh();
    writeFileSync(join(dir, 'file'), 'x');
    await expect(scan({ root: join(dir, 'file') }, [readme()])).rejects.toThrow(/not a folder/);
  });
});

describe('reading', () => {
  it('stops a detector once it has enough strong evidence: 2 reads out of 1,000 candidates', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) files[`evals/run${String(i).padStart(4, '0')}.json`] = '{"accuracy": 0.5, "evidence": true}';
    writeTree(dir, files);
    const det = testDetector('eval-results', ['**/*.json'], { enough: 2 });
    const result = await scan({ root: dir }, [det]);
    expect(result.stats.candidates).toBe(1000);
    expect(result.stats.filesRead).toBe(2);
    expect(det.seen.map((f) => f.path).sort()).toEqual(['evals/run0000.json', 'evals/run0001.json']);
    expect(result.findings).toHaveLength(2);
    expect(result.unfinished).toBeUndefined();
  });

  it('reads past weak candidates, best rank first, and no further than the prefix it needs', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`r/${String(i).padStart(3, '0')}.json`] = i % 10 === 9 ? 'evidence' : 'weak';
    writeTree(dir, files);
    // Reverse order by rank: 199 first. Strong ones are 199, 189, 179 …
    const det = testDetector('eval-results', ['**/*.json'], { enough: 3, rank: (p) => Number(p.slice(2, 5)) });
    const result = await scan({ root: dir }, [det]);
    // The shortest ranked prefix holding three strong files: 199 … 179, 21 files; never more, whatever the timing.
    expect(result.stats.filesRead).toBe(21);
    expect(result.findings.filter((f) => f.outcome === 'evidence').map((f) => f.path)).toEqual(['r/179.json', 'r/189.json', 'r/199.json']);
  });

  it('gives up after a long dry run once it has strong evidence (patience), at the same file every run', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`s/${String(i).padStart(3, '0')}.py`] = i === 0 ? 'evidence' : 'weak';
    writeTree(dir, files);
    const run = async () => {
      const det = testDetector('training', ['**/*.py'], { enough: 3 });
      const result = await scan({ root: dir }, [det]);
      return { result, judged: det.seen.length };
    };
    const first = await run();
    // The strong file, then 32 without another: the 33 best-ranked files judged, the rest left.
    expect(first.judged).toBe(33);
    expect(first.result.findings).toHaveLength(33);
    expect(first.result.unfinished).toBeUndefined();
    expect((await run()).result.findings).toEqual(first.result.findings);
  });

  it('shows one detector at most detectorFiles candidates, and says it is unfinished without strong evidence', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`s/${String(i).padStart(2, '0')}.py`] = 'weak';
    writeTree(dir, files);
    const det = testDetector('inference-code', ['**/*.py']);
    const result = await scan({ root: dir, limits: { detectorFiles: 10 } }, [det]);
    expect(det.seen.map((f) => f.path)).toEqual(Array.from({ length: 10 }, (_, i) => `s/${String(i).padStart(2, '0')}.py`));
    expect(result.unfinished).toEqual(['inference-code']);
    expect(result.notes).toEqual([
      {
        code: 'detector-files',
        message: 'inference-code: none of the 10 best-ranked of 50 candidates is strong evidence; the rest were not read',
      },
    ]);
  });

  it('reads at most infoFiles candidates for an artifact the policy does not judge', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`s/${String(i).padStart(2, '0')}.py`] = 'weak';
    writeTree(dir, files);
    const judged = testDetector('training', ['**/*.py']);
    const info = testDetector('inference-code', ['**/*.py']);
    const result = await scan({ root: dir, informational: ['inference-code'], limits: { detectorFiles: 20, infoFiles: 5 } }, [judged, info]);
    expect(judged.seen).toHaveLength(20);
    expect(info.seen.map((f) => f.path)).toEqual(Array.from({ length: 5 }, (_, i) => `s/${String(i).padStart(2, '0')}.py`));
    expect(result.unfinished).toEqual(['training', 'inference-code']);
    expect(result.notes.map((n) => n.message)).toEqual([
      'training: none of the 20 best-ranked of 50 candidates is strong evidence; the rest were not read',
      'inference-code: none of the 5 best-ranked of 50 candidates is strong evidence; the rest were not read',
    ]);
  });

  it('reads a file once when several detectors want it', async () => {
    const dir = fresh();
    writeTree(dir, { 'README.md': 'evidence' });
    const a = testDetector('model-card', ['**/README.md']);
    const b = testDetector('data-card', ['**/*.md']);
    const result = await scan({ root: dir }, [a, b]);
    expect(result.stats.filesRead).toBe(1);
    expect(a.seen).toHaveLength(1);
    expect(b.seen[0]).toBe(a.seen[0]);
  });

  it('skips content reads for path-only detectors', async () => {
    const dir = fresh();
    writeTree(dir, { 'model.safetensors': 'x' });
    const det = testDetector('weights', ['**/*.safetensors'], {
      needsContent: false,
      fromTree: (ctx) => (ctx.candidates?.('weights') ?? []).map((p) => finding('weights', p)),
    });
    const result = await scan({ root: dir }, [det]);
    expect(result.stats.filesRead).toBe(0);
    expect(det.seen).toEqual([]);
    expect(result.findings.map((f) => f.path)).toEqual(['model.safetensors']);
  });

  it('reads only the head of a large (sparse) file', async () => {
    const dir = fresh();
    const fd = openSync(join(dir, 'big.json'), 'w');
    ftruncateSync(fd, 4 * 1024 ** 3);
    closeSync(fd);
    const det = testDetector('eval-results', ['**/*.json']);
    const result = await scan({ root: dir, limits: { perFileBytes: 4096 } }, [det]);
    expect(result.stats.bytesRead).toBe(4096);
    expect(det.seen).toHaveLength(1);
    expect(det.seen[0]?.size).toBe(4 * 1024 ** 3);
    expect(det.seen[0]?.truncated).toBe(true);
    expect(det.seen[0]?.binary).toBe(true);
  });

  it('caps the bytes and files read over the run, and says which detectors were left unfinished', async () => {
    const dir = fresh();
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`d/${String(i).padStart(2, '0')}.md`] = 'w'.repeat(1000);
    writeTree(dir, files);
    const bytes = await scan({ root: dir, limits: { totalBytes: 2500, concurrency: 1 } }, [testDetector('data-card', ['**/*.md'])]);
    expect(bytes.stats.bytesRead).toBe(2500);
    expect(bytes.unfinished).toEqual(['data-card']);
    expect(bytes.notes.map((n) => n.code)).toEqual(['total-bytes']);

    const count = await scan({ root: dir, limits: { maxFiles: 5 } }, [testDetector('data-card', ['**/*.md']), testDetector('config', ['**/*.yaml'])]);
    expect(count.stats.filesRead).toBe(5);
    expect(count.unfinished).toEqual(['data-card']);
    expect(count.notes[0]?.message).toContain('data-card not fully judged');
  });

  it('stops reading when the time budget is spent and marks the detectors unfinished', async () => {
    const dir = fresh();
    writeTree(dir, { 'a/1.md': 'x', 'a/2.md': 'x', 'a/3.md': 'x' });
    const slow = testDetector('data-card', ['**/*.md'], {
      enough: 1,
      judge: (file) => {
        // Spends the whole 1 ms budget inside the first check: whatever comes next is past the deadline.
        const until = Date.now() + 5;
        while (Date.now() < until);
        return [finding('data-card', file.path, 'weak', 10)];
      },
    });
    const result = await scan({ root: dir, limits: { timeMs: 1 } }, [slow]);
    expect(result.unfinished).toEqual(['data-card']);
    expect(result.notes.map((n) => n.code)).toContain('budget');
    expect(slow.seen.length).toBeLessThan(3);
  });
});

describe('detector failures', () => {
  it('records a throwing check, fromTree or rank as that detector’s error and keeps scanning', async () => {
    const dir = fresh();
    writeTree(dir, { 'README.md': 'evidence', 'a.yaml': 'x', 'b.json': 'x', 'c.txt': 'x' });
    const throwsCheck = testDetector('model-card', ['**/README.md'], {
      judge: () => {
        throw new Error('check exploded');
      },
    });
    const throwsTree: Detector = {
      ...testDetector('config', ['**/*.yaml']),
      fromTree: () => {
        throw new TypeError('tree exploded');
      },
    };
    const throwsRank = testDetector('eval-results', ['**/*.json'], {
      rank: () => {
        throw new Error('rank exploded');
      },
    });
    const returnsJunk: Detector = { ...testDetector('license', ['**/*.txt']), check: () => 'nope' as unknown as Finding[] };
    const healthy = testDetector('data-card', ['**/README.md']);
    const result = await scan({ root: dir }, [throwsCheck, throwsTree, throwsRank, returnsJunk, healthy]);
    // In artifact order, whatever order the reads finished in.
    expect(result.errors).toEqual([
      { artifact: 'config', message: 'fromTree() threw: tree exploded' },
      { artifact: 'eval-results', message: 'rank() threw: rank exploded' },
      { artifact: 'license', message: 'detector returned no list of findings: nope' },
      { artifact: 'model-card', message: 'check() threw on README.md: check exploded' },
    ]);
    expect(result.findings.map((f) => `${f.artifact}:${f.path}`)).toEqual(['data-card:README.md']);
  });
});

describe('decodeHead', () => {
  const decode = (bytes: Buffer | string, size?: number) => {
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    return decodeHead('f', data, size ?? data.length);
  };

  it('strips a UTF-8 BOM and normalises CRLF and CR to LF', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Title\r\nline\rend')])).text).toBe('# Title\nline\nend');
  });

  it('decodes UTF-16 files that say so with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Data card\r\n', 'utf16le')]);
    expect(decode(le)).toMatchObject({ text: 'Data card\n', binary: false });
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(be)).toMatchObject({ text: 'Data card\n', binary: false });
  });

  it('flags NUL bytes and mostly undecodable bytes as binary, with no text', () => {
    expect(decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatchObject({ binary: true, text: '' });
    expect(decode(Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x41].slice(2)))).toMatchObject({ binary: true, text: '' });
    // A stray Latin-1 byte in otherwise good text is still text.
    expect(decode(Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' au lait, with a long enough sentence')]))).toMatchObject({ binary: false });
  });

  it('does not end a cut head with a broken character', () => {
    const full = Buffer.from('naïve café 日本');
    const head = full.subarray(0, full.length - 1);
    const content = decode(head, full.length);
    expect(content.truncated).toBe(true);
    expect(content.text).toBe('naïve café 日');
  });

  it('rewrites every mix of CR, LF and CRLF as a global replace of /\\r\\n?/ would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bc', '\r', '\n', '\r\n'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(decode(text).text).toBe(text.replace(/\r\n?/g, '\n'));
      }),
    );
  });

  it('cuts a head of CR or CRLF lines where the lines judged end, with the note a head of LF lines gets', () => {
    for (const unit of ['a\r', 'a\r\n', 'a\r\nb\r', 'a\n']) {
      for (const lines of [MAX_LINES - 1, MAX_LINES, MAX_LINES + 1, MAX_LINES + 2, 3 * MAX_LINES]) {
        for (const tail of ['', 'x']) {
          const text = `${unit.repeat(Math.ceil(lines / (unit.match(/\r\n?|\n/g)?.length ?? 1)))}${tail}`;
          const data = Buffer.from(text);
          const old = capLines({ ...decodeHead('f', data, data.length), text: text.replace(/\r\n?/g, '\n') });
          const now = judgedHead('f', data, data.length);
          expect({ text: now.content.text, truncated: now.content.truncated, bound: now.bound }).toEqual({ text: old.content.text, truncated: old.content.truncated, bound: old.bound });
        }
      }
    }
  });

  it('recognises Git LFS pointers and keeps their text', () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
    expect(decode(pointer)).toMatchObject({ lfsPointer: true, binary: false, text: pointer });
    expect(decode(`# About\n${pointer}`).lfsPointer).toBe(false);
  });
});

describe('determinism', () => {
  it('gives the same findings in the same order on every run', async () => {
    const dir = fresh();
    initRepo(dir);
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`m${i % 7}/f${i}.md`] = i % 3 === 0 ? 'evidence' : 'weak';
    writeTree(dir, files);
    commitAll(dir, 'x');
    const run = async () => (await scan({ root: dir }, [testDetector('data-card', ['**/*.md'], { enough: 4 }), testDetector('model-card', ['**/*.md'])])).findings;
    const first = await run();
    expect(await run()).toEqual(first);
    expect(await run()).toEqual(first);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});
