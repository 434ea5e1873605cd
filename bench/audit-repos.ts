// Small git repositories for the audit: the tests' broken-and-hostile set and the benchmark's 200 share
// these kinds. Each is a copy of a tree the project already judges (the examples and MOF fixtures), so
// its verdict is known, committed with a fixed author and date so its commit id is the same everywhere.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '..');

export const AUDIT_KINDS = {
  /** Every training artifact: passes. */
  open: { from: 'examples/open-training', verdict: 'pass' },
  /** Weights and a card only: fails. */
  'weights-only': { from: 'examples/weights-only', verdict: 'fail' },
  /** No data card, which its own policy makes a warning: warns. */
  warn: { from: 'examples/open-training', verdict: 'warn' },
  /** Every MOF component: Class I. */
  'mof-class-i': { from: '__tests__/fixtures/repos/mof-fully-open', verdict: 'pass' },
  /** A paper and weights: Class III under its policy, which fails. */
  'mof-class-iii': { from: '__tests__/fixtures/repos/mof-class-iii-paper', verdict: 'fail' },
} as const;

export type AuditKind = keyof typeof AUDIT_KINDS;

const EPOCH = '2024-01-01T00:00:00Z';

export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Openness Audit',
    GIT_AUTHOR_EMAIL: 'audit@example.invalid',
    GIT_AUTHOR_DATE: EPOCH,
    GIT_COMMITTER_NAME: 'Openness Audit',
    GIT_COMMITTER_EMAIL: 'audit@example.invalid',
    GIT_COMMITTER_DATE: EPOCH,
  };
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Copies a kind's tree into `dir` (fixture answer files left out); returns its expected verdict. */
export function writeKind(dir: string, kind: AuditKind): string {
  const { from, verdict } = AUDIT_KINDS[kind];
  mkdirSync(dir, { recursive: true });
  cpSync(join(PROJECT, from), dir, { recursive: true, filter: (src) => !/expected(-mof)?\.json$/.test(src) });
  if (kind === 'warn') {
    rmSync(join(dir, 'data', 'DATA_CARD.md'));
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nartifacts:\n  data-card:\n    severity: warning\n');
  }
  return verdict;
}

/** `git init` + one commit of everything in `dir`; returns the commit id. */
export function commitAll(dir: string, message = 'release'): string {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-gpg-sign', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

export interface MadeRepo {
  dir: string;
  kind: AuditKind;
  verdict: string;
}

/** `count` git repositories under `root`, cycling through the kinds, named `repo-001`… */
export function makeAuditRepos(root: string, count: number): MadeRepo[] {
  const kinds = Object.keys(AUDIT_KINDS) as AuditKind[];
  const out: MadeRepo[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length] as AuditKind;
    const dir = join(root, `repo-${String(i + 1).padStart(3, '0')}`);
    const verdict = writeKind(dir, kind);
    commitAll(dir);
    out.push({ dir, kind, verdict });
  }
  return out;
}
