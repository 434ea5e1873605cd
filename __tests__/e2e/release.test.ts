import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/app/gate.js';
import { PROJECT, runCli } from '../helpers/cli.js';

/**
 * Release over release, on a real git repository built here: v1.0.0 is the open-training
 * example; v1.1.0 drops the data card; the working tree then gets a policy with waivers.
 */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  });
}

const POLICY = 'version: 1\nregression: error\nartifacts:\n  data-card:\n    severity: warning\n';
let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'og-release-'));
  git(repo, 'init', '-q', '-b', 'main');
  cpSync(join(PROJECT, 'examples', 'open-training'), repo, { recursive: true });
  writeFileSync(join(repo, '.openness.yml'), POLICY);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'v1');
  git(repo, 'tag', 'v1.0.0');
  rmSync(join(repo, 'data', 'DATA_CARD.md'));
  git(repo, 'commit', '-q', '-am', 'drop the data card');
  git(repo, 'tag', 'v1.1.0');
});

const statuses = (r: Awaited<ReturnType<typeof runGate>>) => Object.fromEntries(r.report.artifacts.map((a) => [a.id, a.status]));
const NOW = new Date('2026-06-01T00:00:00Z');

describe('scanning a ref', () => {
  it('a tag scanned from git objects gives the same report as its checkout', async () => {
    const fromRef = await runGate({ root: repo, ref: 'v1.0.0', now: NOW });
    const checkout = mkdtempSync(join(tmpdir(), 'og-checkout-'));
    git(repo, 'worktree', 'add', '-q', '--detach', checkout, 'v1.0.0');
    const fromCheckout = await runGate({ root: checkout, now: NOW });
    git(repo, 'worktree', 'remove', '--force', checkout);
    expect(fromRef.report.artifacts).toEqual(fromCheckout.report.artifacts);
    expect(fromRef.report.verdict).toBe(fromCheckout.report.verdict);
    expect(fromRef.report.stats.source).toBe('ref');
    expect(fromRef.report.policy.source).toBe('.openness.yml');
    // The work tree was not touched.
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});

describe('regression gate', () => {
  it('fails v1.1.0 against the previous tag, naming what vanished', async () => {
    const run = await runGate({ root: repo, ref: 'v1.1.0', now: NOW });
    expect(run.report.base).toMatchObject({ ref: 'v1.0.0' });
    const card = run.report.artifacts.find((a) => a.id === 'data-card')!;
    expect(card.since).toEqual({ base: 'v1.0.0', status: 'present', vanished: ['data/DATA_CARD.md'], regression: true });
    expect(run.report.verdict).toBe('fail');
    expect(statuses(run)['data-card']).not.toBe('present');
  });

  it('the CLI says the same with --ref and an explicit --base', () => {
    const r = runCli([repo, '--ref', 'v1.1.0', '--base', 'v1.0.0', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.artifacts.find((a: { id: string }) => a.id === 'data-card').since.vanished).toEqual(['data/DATA_CARD.md']);
  });

  it('no earlier tag: a clear note and no failure', async () => {
    const run = await runGate({ root: repo, ref: 'v1.0.0', now: NOW });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.base).toMatchObject({ ref: null });
    expect(run.report.notes.join('\n')).toMatch(/no earlier tag matching "v\*".*fetch-depth: 0/);
  });

  it('outside git: said once, no failure', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'og-plain-'));
    cpSync(join(PROJECT, 'examples', 'open-training'), plain, { recursive: true });
    writeFileSync(join(plain, '.openness.yml'), POLICY);
    const run = await runGate({ root: plain, now: NOW });
    expect(run.report.verdict).toBe('pass');
    expect(run.report.notes.filter((n) => n.includes('regression gate'))).toHaveLength(1);
  });
});

describe('waivers on a real tree', () => {
  const policyWith = (expires: string, artifact = 'data-card') =>
    `version: 1\nwaivers:\n  - artifact: ${artifact}\n    reason: data card under legal review\n    expires: ${expires}\n    owner: "@data-team"\n`;

  it.each([
    ['valid', 'v1.1.0', '2026-06-30', 'data-card', 'pass', 'waived'],
    ['expired', 'v1.1.0', '2026-05-01', 'data-card', 'fail', 'missing'],
    ['stale', 'v1.0.0', '2026-06-30', 'data-card', 'warn', 'present'],
  ])('%s waiver (on %s)', async (_kind, ref, expires, artifact, verdict, status) => {
    const wt = mkdtempSync(join(tmpdir(), 'og-waive-'));
    git(repo, 'worktree', 'add', '-q', '--detach', wt, ref);
    writeFileSync(join(wt, '.openness.yml'), policyWith(expires, artifact));
    const run = await runGate({ root: wt, now: NOW });
    git(repo, 'worktree', 'remove', '--force', wt);
    expect(run.report.verdict).toBe(verdict);
    const a = run.report.artifacts.find((x) => x.id === artifact)!;
    expect(a.status).toBe(status);
    if (_kind === 'expired') expect(a.problems.map((p) => p.message).join('\n')).toContain('expired on 2026-05-01');
    if (_kind === 'stale') expect(a.problems.map((p) => p.code)).toContain('waiver-stale');
    if (_kind === 'valid') expect(a.waiver).toEqual({ reason: 'data card under legal review', expires: '2026-06-30', owner: '@data-team' });
  });
});
