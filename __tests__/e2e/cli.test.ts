import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/domain/version.js';
import { PROJECT, runCli, STACK_TRACE } from '../helpers/cli.js';
import { commitAll, git, initRepo } from '../helpers/scan.js';

const expected = JSON.parse(readFileSync(join(PROJECT, 'examples', 'expected.json'), 'utf8')) as Record<
  string,
  { verdict: string; exit: number; status: Record<string, string> }
>;

describe('CLI on the bundled examples', () => {
  it.each(Object.entries(expected))('%s gives its expected result', (name, want) => {
    const r = runCli([`examples/${name}`, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(want.exit);
    const report = JSON.parse(r.stdout);
    expect(report.verdict).toBe(want.verdict);
    expect(Object.fromEntries(report.artifacts.map((a: { id: string; status: string }) => [a.id, a.status]))).toEqual(want.status);
    expect(report.policy.builtin).toBe(true);
  });

  it('the weights-only text report names the missing training artifacts', () => {
    const r = runCli(['examples/weights-only']);
    expect(r.code).toBe(1);
    for (const id of ['data-card', 'preprocessing', 'config', 'training', 'eval-results']) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/built-in default policy/);
  });

  it('writes the report to --output instead of stdout', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'og-cli-')), 'report.json');
    const r = runCli(['examples/open-training', '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe(1);
  });

  it('--fail-on never turns a failing gate into exit 0', () => {
    expect(runCli(['examples/weights-only', '--fail-on', 'never']).code).toBe(0);
  });
});

describe('CLI in a git work tree', () => {
  it('judges what git tracks; --untracked adds files not yet added', () => {
    const repo = mkdtempSync(join(tmpdir(), 'og-cli-git-'));
    initRepo(repo);
    cpSync(join(PROJECT, 'examples', 'open-training'), repo, { recursive: true });
    commitAll(repo, 'release');
    const card = readFileSync(join(repo, 'data', 'DATA_CARD.md'), 'utf8');
    git(repo, 'rm', '-q', '--cached', 'data/DATA_CARD.md');
    const status = (args: string[]) => {
      const r = runCli([repo, '--format', 'json', ...args]);
      expect(r.stderr).toBe('');
      const report = JSON.parse(r.stdout) as { artifacts: { id: string; status: string }[] };
      return report.artifacts.find((a) => a.id === 'data-card')?.status;
    };
    expect(card).toMatch(/\S/);
    expect(status([])).not.toBe('present');
    expect(status(['--untracked'])).toBe('present');
    git(repo, 'add', 'data/DATA_CARD.md');
    expect(status([])).toBe('present');
  });
});

describe('CLI usage', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `openness-gate ${pkg.version}\n` });
  });

  it('--help describes the usage and exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: openness-gate \[DIR\]/);
    expect(r.stdout).toContain('--format');
    expect(r.stdout).toContain('Exit status');
  });

  it.each([
    [['--format', 'yaml'], /--format must be one of text, json, markdown, sarif, badge, mof, cyclonedx; got 'yaml'/],
    [['--fail-on', 'sometimes'], /--fail-on must be one of error, warning, never; got 'sometimes'/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['a', 'b'], /expected at most one directory/],
    [['does/not/exist'], /cannot read directory 'does\/not\/exist': no such directory/],
    [['package.json'], /'package.json' is not a directory/],
    [['examples/open-training', '--policy', 'nope.yml'], /nope\.yml/],
    [['.', '--untracked', '--ref', 'HEAD'], /--untracked looks at the work tree; --ref scans a commit/],
  ])('%j exits 2 with one clear message', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^openness-gate: /);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('an invalid policy exits 2 naming the file, line and key path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-cli-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nartifacts:\n  data-crd:\n    severity: error\n');
    const r = runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.openness\.yml:3: artifacts\.data-crd: .*did you mean 'data-card'/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
