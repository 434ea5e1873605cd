// Shared by the scan test suites: temp trees, git repositories built at test time, small detectors.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ArtifactId } from '../../src/domain/artifacts.js';
import type { Detector, FileContent, Finding, Outcome } from '../../src/domain/finding.js';

export function tempDir(prefix = 'og-scan-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (path → content) under root, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Runs git in cwd for test setup; throws with git's message on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q');
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

export interface TestDetectorOptions {
  enough?: number;
  rank?: (path: string) => number | undefined;
  needsContent?: boolean;
  /** Called with every file the detector is shown; returns the findings. Default: evidence 80 when the text contains `evidence`. */
  judge?: (file: FileContent) => Finding[];
  fromTree?: Detector['fromTree'];
}

export function finding(artifact: ArtifactId, path: string, outcome: Outcome = 'evidence', strength = 80, code = 'test'): Finding {
  return { artifact, path, line: 1, outcome, strength, code, message: `${code} in ${path}` };
}

/** A small detector for scan tests; `seen` records every file it was shown, in order. */
export function testDetector(id: ArtifactId, globs: string[], options: TestDetectorOptions = {}): Detector & { seen: FileContent[] } {
  const seen: FileContent[] = [];
  const judge =
    options.judge ?? ((file: FileContent): Finding[] => (file.text.includes('evidence') ? [finding(id, file.path)] : [finding(id, file.path, 'weak', 10, 'weak')]));
  return {
    id,
    globs,
    ...(options.enough !== undefined ? { enough: options.enough } : {}),
    ...(options.rank ? { rank: options.rank } : {}),
    ...(options.needsContent !== undefined ? { needsContent: options.needsContent } : {}),
    ...(options.fromTree ? { fromTree: options.fromTree } : {}),
    check(file) {
      seen.push(file);
      return judge(file);
    },
    seen,
  };
}
