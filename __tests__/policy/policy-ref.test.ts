import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/app/gate.js';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';
import { POLICY_LIMITS } from '../../src/policy/limits.js';
import { commitAll, git, initRepo, tempDir, writeTree } from '../helpers/scan.js';

/** The policy committed at a ref goes through the same loader, checks and errors as the work tree's. */
function repoWith(files: Record<string, string | Buffer>): string {
  const dir = tempDir('og-policy-ref-');
  initRepo(dir);
  writeTree(dir, { 'README.md': '# model\n', ...files });
  commitAll(dir, 'v1');
  git(dir, 'tag', 'v1');
  return dir;
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('policy at a ref', () => {
  it('reads the committed file, not the work tree one', async () => {
    const dir = repoWith({ '.openness.yml': 'version: 1\nfail-on: never\n' });
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nfail-on: warning\n');
    expect((await loadPolicy({ root: dir, ref: 'v1' })).failOn).toBe('never');
    expect((await loadPolicy({ root: dir })).failOn).toBe('warning');
    const run = await runGate({ root: dir, ref: 'v1', now: new Date('2026-01-01') });
    expect(run.report.policy).toMatchObject({ source: '.openness.yml', failOn: 'never' });
  });

  it('strips a byte order mark as the work tree loader does', async () => {
    const dir = repoWith({ '.openness.yml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('version: 1\nfail-on: never\n')]) });
    expect((await loadPolicy({ root: dir, ref: 'v1' })).failOn).toBe('never');
  });

  it('refuses NUL bytes, bad UTF-8 and an oversized file with a PolicyError naming file and line', async () => {
    const nul = repoWith({ '.openness.yml': Buffer.from('version: 1\n\0\n') });
    const e1 = await errorOf(loadPolicy({ root: nul, ref: 'v1' }));
    expect(e1).toBeInstanceOf(PolicyError);
    expect((e1 as Error).message).toBe('.openness.yml:2: the policy is not text (it contains NUL bytes)');

    const latin = repoWith({ '.openness.yml': Buffer.from([0x76, 0x3a, 0x20, 0xe9, 0x0a]) });
    const e2 = await errorOf(loadPolicy({ root: latin, ref: 'v1' }));
    expect(e2).toBeInstanceOf(PolicyError);
    expect((e2 as Error).message).toMatch(/^\.openness\.yml:1: the policy is not valid UTF-8/);

    const big = repoWith({ '.openness.yml': `version: 1\n#${'x'.repeat(POLICY_LIMITS.maxBytes)}\n` });
    const e3 = await errorOf(runGate({ root: big, ref: 'v1' }));
    expect(e3).toBeInstanceOf(PolicyError);
    expect((e3 as Error).message).toMatch(/^\.openness\.yml:1: the policy is \d+ bytes; the limit is/);
  });

  it('reads .openness.yaml when only that is committed, and a named file still wins', async () => {
    const dir = repoWith({ '.openness.yaml': 'version: 1\nfail-on: never\n', 'other.yml': 'version: 1\nfail-on: warning\n' });
    expect((await loadPolicy({ root: dir, ref: 'v1' })).source).toBe('.openness.yaml');
    const named = await runGate({ root: dir, ref: 'v1', policyFile: join(dir, 'other.yml'), now: new Date('2026-01-01') });
    expect(named.report.policy.failOn).toBe('warning');
  });

  it('follows a committed symlink inside the tree, as a checkout would, and never parses the link text', async () => {
    const dir = tempDir('og-policy-ref-');
    initRepo(dir);
    writeTree(dir, { 'README.md': '# model\n', 'policies/gate.yml': 'version: 1\nfail-on: never\n' });
    symlinkSync('policies/gate.yml', join(dir, '.openness.yml'));
    commitAll(dir, 'v1');
    git(dir, 'tag', 'v1');
    const policy = await loadPolicy({ root: dir, ref: 'v1' });
    expect(policy).toMatchObject({ source: '.openness.yml', failOn: 'never' });
  });

  it('refuses a committed symlink that leads out of the tree or into .git/, naming the file', async () => {
    for (const [target, message] of [
      ['../../etc/passwd', 'a symbolic link to a path outside the scanned folder'],
      ['.git/config', "resolves into git's own folder"],
    ] as const) {
      const dir = tempDir('og-policy-ref-');
      initRepo(dir);
      writeTree(dir, { 'README.md': '# model\n' });
      symlinkSync(target, join(dir, '.openness.yml'));
      commitAll(dir, 'v1');
      git(dir, 'tag', 'v1');
      const error = await errorOf(loadPolicy({ root: dir, ref: 'v1' }));
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as Error).message).toContain('.openness.yml: the policy file');
      expect((error as Error).message).toContain(message);
    }
  });

  it('uses the built-in default for a ref that commits no policy, whatever the work tree holds', async () => {
    const dir = repoWith({});
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nfail-on: never\n');
    const atRef = await loadPolicy({ root: dir, ref: 'v1' });
    expect(atRef.source).toBeNull();
    expect((await loadPolicy({ root: dir })).source).toBe('.openness.yml');
  });
});
