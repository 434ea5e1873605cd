import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureRepo } from '../../bench/repo.js';
import { REAL_ARTIFACTS, synthLayout } from '../../bench/synth.js';

describe('bench: synthetic monorepos', () => {
  it('has exactly the asked number of unique paths, the same with or without content', () => {
    const a = synthLayout({ size: 3_000 });
    const b = synthLayout({ size: 3_000, content: false });
    expect(a.files).toHaveLength(3_000);
    expect(new Set(a.files.map((f) => f.path)).size).toBe(3_000);
    expect(b.files.map((f) => f.path)).toEqual(a.files.map((f) => f.path));
    for (const path of Object.values(REAL_ARTIFACTS)) expect(a.files.some((f) => f.path === path)).toBe(true);
    // Vendored trees and thousands-to-be of eval JSONs are there to be pruned and not all read.
    expect(a.files.filter((f) => f.path.startsWith('third_party/')).length).toBeGreaterThan(100);
    expect(a.files.filter((f) => f.path.startsWith('evals/') && f.path.endsWith('.json')).length).toBeGreaterThan(300);
  });

  const caches: string[] = [];
  afterAll(() => {
    for (const c of caches) rmSync(c, { recursive: true, force: true });
  });

  it('builds a reproducible git repository once and reuses it', async () => {
    const saved = process.env.OPENNESS_BENCH_CACHE;
    const build = async () => {
      const cache = mkdtempSync(join(tmpdir(), 'og-bench-test-'));
      caches.push(cache);
      process.env.OPENNESS_BENCH_CACHE = cache;
      try {
        return [await ensureRepo(400), await ensureRepo(400)] as const;
      } finally {
        if (saved === undefined) delete process.env.OPENNESS_BENCH_CACHE;
        else process.env.OPENNESS_BENCH_CACHE = saved;
      }
    };
    const [first, again] = await build();
    const [other] = await build();
    expect(first.builtMs).not.toBeNull();
    expect(again.builtMs).toBeNull();
    expect(again.dir).toBe(first.dir);
    expect(other.commit).toBe(first.commit);

    const tracked = execFileSync('git', ['-C', first.dir, 'ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked).toHaveLength(400);
    // The shard: an LFS pointer in git, a sparse multi-GB file in the work tree.
    const shard = 'data/raw/train-00000-of-00001.jsonl';
    expect(tracked).toContain(shard);
    const blob = execFileSync('git', ['-C', first.dir, 'show', `HEAD:${shard}`], { encoding: 'utf8' });
    expect(blob).toMatch(/^version https:\/\/git-lfs\.github\.com\/spec\/v1\n/);
    const st = statSync(join(first.dir, shard));
    expect(st.size).toBe(4 * 1024 ** 3);
    expect(st.blocks * 512).toBeLessThan(64 * 1024 * 1024);
    expect(readFileSync(join(first.dir, REAL_ARTIFACTS['data-card']), 'utf8')).toMatch(/^# Data card/);
  });
});
