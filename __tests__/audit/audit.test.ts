// `openness-gate audit`: many generated git repositories, some broken or hostile, judged in one run;
// the outputs, resuming, --force, and the merge step the reusable workflow runs.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, git, makeAuditRepos, writeKind, type MadeRepo } from '../../bench/audit-repos.js';
import { isErrorRow, parseRows, repoSlug, rowVerdict, type AuditRow } from '../../src/domain/audit-row.js';
import { collectTargets, runAudit, targetId, type AuditEvent, type AuditOptions } from '../../src/audit/run.js';
import { PROJECT, STACK_TRACE } from '../helpers/cli.js';

const ROOT_USER = process.getuid?.() === 0;
// By URL: the command also runs from folders outside the project, where `tsx` alone would not resolve.
const TSX = pathToFileURL(join(PROJECT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** The CLI from source (the committed bundle is rebuilt by the coordinator; the audit is new here). */
function cli(args: string[], cwd = PROJECT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', TSX, join(PROJECT, 'src', 'cli.ts'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', CI: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV parser for the test (RFC 4180: quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function rowsOf(out: string): AuditRow[] {
  return parseRows(readFileSync(join(out, 'reports.jsonl'), 'utf8')).rows;
}

let work: string;
let repos: MadeRepo[];
const broken: Record<string, string> = {};
const HOSTILE = 'evil-<script>alert(1)</script>-"q"-\u202etxt.exe-\nnewline';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'og-audit-'));
  repos = makeAuditRepos(join(work, 'repos'), 20);
  // A folder git does not know: judged from its files, with a warning.
  broken.plain = join(work, 'repos', 'plain-folder');
  writeKind(broken.plain, 'open');
  // A `.git` that points nowhere: git refuses it, the files are still judged.
  broken.badGit = join(work, 'repos', 'bad-git');
  writeKind(broken.badGit, 'weights-only');
  writeFileSync(join(broken.badGit, '.git'), 'gitdir: /nonexistent/openness-audit\n');
  // An invalid policy: an unknown key.
  broken.invalidPolicy = join(work, 'repos', 'invalid-policy');
  writeKind(broken.invalidPolicy, 'open');
  writeFileSync(join(broken.invalidPolicy, '.openness.yml'), 'version: 1\nfail-onn: error\n');
  commitAll(broken.invalidPolicy);
  // A policy that cannot be read as a file, for root too: a folder in its place.
  broken.policyFolder = join(work, 'repos', 'policy-folder');
  writeKind(broken.policyFolder, 'open');
  mkdirSync(join(broken.policyFolder, '.openness.yml'));
  writeFileSync(join(broken.policyFolder, '.openness.yml', 'x'), 'x\n');
  commitAll(broken.policyFolder);
  // A policy file without read permission (root reads it anyway: that case is skipped below).
  broken.unreadable = join(work, 'repos', 'unreadable-policy');
  writeKind(broken.unreadable, 'open');
  writeFileSync(join(broken.unreadable, '.openness.yml'), 'version: 1\n');
  commitAll(broken.unreadable);
  chmodSync(join(broken.unreadable, '.openness.yml'), 0o000);
  broken.missing = join(work, 'repos', 'no-such-folder');
  // A hostile folder name: markup, quotes, a bidi override and a newline.
  broken.hostile = join(work, 'repos', HOSTILE);
  writeKind(broken.hostile, 'weights-only');
  commitAll(broken.hostile);
}, 180_000);

afterAll(() => {
  if (broken.unreadable) chmodSync(join(broken.unreadable, '.openness.yml'), 0o644);
  if (work) rmSync(work, { recursive: true, force: true });
});

function options(out: string, extra: Partial<AuditOptions> = {}): AuditOptions {
  const targets = collectTargets([...repos.map((r) => r.dir), ...Object.values(broken)]);
  return { targets, out, concurrency: 3, timeMs: 60_000, readBytes: 64 * 1024 * 1024, ...extra };
}

describe('audit over generated repositories', () => {
  let out: string;
  let events: AuditEvent[];

  beforeAll(async () => {
    out = join(work, 'out');
    events = [];
    await runAudit(options(out), (e) => events.push(e));
  }, 180_000);

  it('writes one row per tree, each working tree judged with the verdict its contents call for', () => {
    const rows = rowsOf(out);
    const byPath = new Map(rows.map((r) => [r.repository.path, r]));
    expect(rows).toHaveLength(repos.length + Object.keys(broken).length);
    for (const repo of repos) {
      const row = byPath.get(repo.dir)!;
      expect(isErrorRow(row), repo.dir).toBe(false);
      expect(rowVerdict(row), `${repo.kind} ${repo.dir}`).toBe(repo.verdict);
      if (!isErrorRow(row)) {
        // The row is the JSON report v1 plus the repository: the same commit git has.
        expect(row.version).toBe(1);
        expect(row.commit).toBe(git(repo.dir, ['rev-parse', 'HEAD']));
        expect(row.audit?.key).toContain(`git:${row.commit}`);
      }
    }
    expect(new Set(rows.map((r) => r.repository.id)).size).toBe(rows.length);
  });

  it('reports broken trees as rows with an error, naming the file, and goes on', () => {
    const byPath = new Map(rowsOf(out).map((r) => [r.repository.path, r]));
    const error = (path: string) => {
      const row = byPath.get(path)!;
      return isErrorRow(row) ? row.error : `judged: ${rowVerdict(row)}`;
    };
    expect(error(broken.missing!)).toBe('no such folder');
    expect(error(broken.invalidPolicy!)).toMatch(/\.openness\.yml.*fail-onn|fail-onn.*\.openness\.yml/s);
    expect(error(broken.policyFolder!)).toContain('.openness.yml: is a folder');
    for (const path of [broken.plain!, broken.badGit!]) {
      const row = byPath.get(path)!;
      expect(isErrorRow(row)).toBe(false);
      expect(row.audit?.warnings?.[0]).toMatch(/^not a git repository/);
      expect(row.audit?.key).toMatch(/^path:/);
    }
    expect(rowVerdict(byPath.get(broken.plain!)!)).toBe('pass');
    expect(rowVerdict(byPath.get(broken.hostile!)!)).toBe('fail');
  });

  it.skipIf(ROOT_USER)('reports a policy file it may not read as an error row', () => {
    const row = rowsOf(out).find((r) => r.repository.path === broken.unreadable)!;
    expect(isErrorRow(row) ? row.error : '').toMatch(/\.openness\.yml/);
  });
  it.runIf(ROOT_USER)('skipped: running as root, chmod 000 does not stop reads, so an unreadable policy cannot be made here', () => {
    const row = rowsOf(out).find((r) => r.repository.path === broken.unreadable)!;
    expect(rowVerdict(row)).toBe('pass');
  });

  it('writes the CSV, one MOF file per judged tree and the dashboard', () => {
    const rows = rowsOf(out);
    const csv = parseCsv(readFileSync(join(out, 'reports.csv'), 'utf8'));
    const header = csv[0]!;
    expect(header.slice(0, 5)).toEqual(['repository', 'path', 'commit', 'verdict', 'mof_class']);
    expect(header).toContain('data-card');
    expect(csv).toHaveLength(rows.length + 1);
    for (const line of csv.slice(1)) {
      expect(line).toHaveLength(header.length);
      const row = rows.find((r) => r.repository.id === line[0])!;
      expect(line[header.indexOf('verdict')]).toBe(rowVerdict(row));
    }
    // The hostile name is one field, newline and all.
    expect(csv.some((l) => l[0]!.includes('\nnewline'))).toBe(true);

    const judged = rows.filter((r) => !isErrorRow(r));
    const mof = readdirSync(join(out, 'mof')).sort();
    expect(mof).toEqual(judged.map((r) => `${repoSlug(r.repository.id)}.yml`).sort());
    const classI = judged.find((r) => !isErrorRow(r) && r.mof?.class === 1)!;
    expect(readFileSync(join(out, 'mof', `${repoSlug(classI.repository.id)}.yml`), 'utf8')).toMatch(/^# Computed class: Class I/m);

    const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
    expect(html).toContain('<table id="repos">');
    expect(html.match(/<tr data-verdict=/g)).toHaveLength(rows.length);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('reports progress once per tree', () => {
    expect(events).toHaveLength(repos.length + Object.keys(broken).length);
    expect(events.map((e) => e.done)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.outcome === 'error').length).toBe(rowsOf(out).filter(isErrorRow).length);
  });

  it('resumes: unchanged trees are skipped, a new commit and broken trees are judged again, --force judges all', async () => {
    const again: AuditEvent[] = [];
    const before = readFileSync(join(out, 'reports.jsonl'), 'utf8');
    const s1 = await runAudit(options(out), (e) => again.push(e));
    const errors = parseRows(before).rows.filter(isErrorRow).length;
    expect(s1.errors).toBe(errors);
    expect(s1.skipped).toBe(again.length - errors);
    expect(s1.judged).toBe(0);
    // Skipped rows are the very rows of the last run.
    const old = new Map(parseRows(before).rows.map((r) => [r.repository.id, r]));
    for (const row of rowsOf(out)) if (!isErrorRow(row)) expect(row.audit?.judgedAt).toBe(old.get(row.repository.id)?.audit?.judgedAt);

    // A new commit in one repository: only that one is judged again.
    const changed = repos[1]!;
    rmSync(join(changed.dir, 'MODEL_CARD.md'), { force: true });
    writeFileSync(join(changed.dir, 'NOTES.md'), '# notes\n');
    git(changed.dir, ['add', '-A']);
    git(changed.dir, ['commit', '-q', '--no-gpg-sign', '-m', 'second']);
    const s2 = await runAudit(options(out));
    expect(s2.judged).toBe(1);
    const row = rowsOf(out).find((r) => r.repository.path === changed.dir)!;
    expect(isErrorRow(row) ? '' : row.commit).toBe(git(changed.dir, ['rev-parse', 'HEAD']));

    const s3 = await runAudit(options(out, { force: true }));
    expect(s3.skipped).toBe(0);
    expect(s3.judged).toBe(s3.rows.filter((r) => !isErrorRow(r)).length);
  }, 180_000);

  it('resumes after a run cut short mid-line: the cut row is judged again', async () => {
    const cut = join(work, 'out-cut');
    const first = options(cut);
    first.targets = first.targets.slice(0, 4);
    await runAudit(first);
    const text = readFileSync(join(cut, 'reports.jsonl'), 'utf8');
    writeFileSync(join(cut, 'reports.jsonl'), text.slice(0, text.length - 40));
    const s = await runAudit(first);
    expect(s.unreadableLines).toBe(1);
    expect(s.judged).toBe(1);
    expect(s.skipped).toBe(3);
    expect(rowsOf(cut)).toHaveLength(4);
  }, 120_000);

  it('holds each tree to its read budget', async () => {
    const small = join(work, 'out-budget');
    const target = options(small).targets.find((t) => t.path === repos[0]!.dir)!;
    await runAudit({ ...options(small), targets: [target], readBytes: 2048, force: true });
    const row = rowsOf(small)[0]!;
    expect(isErrorRow(row)).toBe(false);
    if (!isErrorRow(row)) {
      expect(row.stats.bytesRead).toBeLessThanOrEqual(2048);
      expect(row.notes.join('\n')).toContain('the cap on bytes read was reached');
    }
  }, 60_000);

  it('keeps the rows of trees an earlier run judged and this one did not name', async () => {
    const parts = join(work, 'out-parts');
    const all = options(parts).targets.slice(0, 6);
    await runAudit({ ...options(parts), targets: all.slice(0, 3) });
    await runAudit({ ...options(parts), targets: all.slice(3) });
    expect(rowsOf(parts).map((r) => r.repository.id).sort()).toEqual(all.map((t) => t.id).sort());
  }, 120_000);
});

describe('audit targets', () => {
  it('names a tree by its path, once', () => {
    expect(targetId('./a/b/')).toBe('a/b');
    expect(targetId('a//b')).toBe('a/b');
    expect(targetId('.')).toBe('.');
    expect(targetId('/')).toBe('/');
    expect(collectTargets(['x', './x/'], '# comment\n\n  y  \r\nx\n').map((t) => t.id)).toEqual(['x', 'y']);
  });

  it('gives every id its own MOF file name, inside the folder', () => {
    const ids = ['a/b', 'a__b', 'a_b', '../../etc/passwd', '.hidden', 'x'.repeat(300), '<script>', 'org/model.v2'];
    const slugs = ids.map(repoSlug);
    expect(new Set(slugs).size).toBe(ids.length);
    for (const s of slugs) expect(s).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
    expect(repoSlug('org/model.v2')).toBe('org__model.v2');
  });
});

describe('the audit command', () => {
  it('prints one plain line per tree when not on a terminal, and exits 1 when a tree fails', () => {
    const out = join(work, 'cli-out');
    const list = join(work, 'list.txt');
    writeFileSync(list, `# two good, one missing\n${repos[0]!.dir}\n${repos[2]!.dir}\n${broken.missing}\n`);
    const r = cli(['audit', '--list', list, '--out', out, '--concurrency', '2']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^\[\d\/3\] \S+: (pass|warn|fail|error: .+)( \(unchanged, skipped\))?$/);
    expect(r.stdout).toMatch(/3 tree\(s\): 1 pass, 1 warn, 0 fail, 1 could not be judged/);
    for (const f of ['reports.jsonl', 'reports.csv', 'dashboard.html']) expect(existsSync(join(out, f))).toBe(true);

    // Only passing and warning trees: exit 0; and the second time they are skipped.
    const ok = cli(['audit', repos[0]!.dir, repos[2]!.dir, '--out', out]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('(unchanged, skipped)');
    const forced = cli(['audit', repos[0]!.dir, '--out', out, '--force']);
    expect(forced.stderr).not.toContain('skipped');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('draws one progress bar in place on a terminal (skipped without script(1) for a pseudo-terminal)', () => {
    const out = join(work, 'cli-tty');
    const command = [process.execPath, '--import', TSX, join(PROJECT, 'src', 'cli.ts'), 'audit', repos[0]!.dir, repos[1]!.dir, '--out', out].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: PROJECT, env: { ...process.env, CI: '', NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- the escape that clears the line is what is checked
    expect(r.stdout).toMatch(/\r\x1b\[K\[#{12}\.{12}\] 1\/2 {2}pass \d warn 0 fail \d error 0 {2}\S+/);
    // eslint-disable-next-line no-control-regex -- likewise
    expect(r.stdout).toMatch(/\r\x1b\[K\[#{24}\] 2\/2 {2}pass 1 warn 0 fail 1 error 0/);
    expect(r.stdout).not.toMatch(/^\[1\/2\]/m);
  });

  it.each([
    [['audit'], /no folders to audit/],
    [['audit', 'x', '--concurrency', '0'], /--concurrency must be a positive integer; got '0'/],
    [['audit', 'x', '--timeout', 'soon'], /--timeout must be a positive number/],
    [['audit', '--list', '/nonexistent/list.txt'], /cannot read --list '\/nonexistent\/list.txt': no such file/],
    [['audit', 'x', '--policy', '/nonexistent/policy.yml'], /policy file not found/],
    [['audit', 'x', '--bogus'], /Unknown option '--bogus'/],
    [['audit', 'merge', '--out', 'x'], /give the rows to merge/],
  ])('%j: exit 2 with one clear message', (args, message) => {
    const r = cli(args as string[], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('audit --help documents the exit status', () => {
    const r = cli(['audit', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit status: 0 every tree passed');
  });

  it('merge: plain --format json reports named owner__name.json become rows linked to the forge, with a job summary', () => {
    const inDir = join(work, 'merge-in');
    mkdirSync(join(inDir, 'report-a'), { recursive: true });
    mkdirSync(join(inDir, 'report-b'), { recursive: true });
    const a = cli([repos[0]!.dir, '--format', 'json']);
    writeFileSync(join(inDir, 'report-a', 'org__open-model.json'), a.stdout);
    const b = cli([repos[1]!.dir, '--format', 'json']);
    writeFileSync(join(inDir, 'report-b', 'org__weights.json'), b.stdout);
    writeFileSync(join(inDir, 'report-b', 'org__broken.json'), `${JSON.stringify({ repository: { id: 'org/broken' }, error: 'openness-gate: .openness.yml: unknown key' })}\n`);
    writeFileSync(join(inDir, 'stray.json'), '{"not":"a report"}');
    const out = join(work, 'merge-out');
    const summary = join(work, 'summary.md');
    const r = cli(['audit', 'merge', '--in', inDir, '--out', out, '--server-url', 'https://github.com', '--summary', summary]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stray.json: not a JSON report');
    const rows = rowsOf(out);
    expect(rows.map((x) => x.repository.id)).toEqual(['org/broken', 'org/open-model', 'org/weights']);
    expect(rows.map(rowVerdict)).toEqual(['error', 'pass', 'fail']);
    const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
    const commit = git(repos[0]!.dir, ['rev-parse', 'HEAD']);
    expect(html).toContain(`href="https://github.com/org/open-model/blob/${commit}/data/DATA_CARD.md#L1"`);
    expect(readFileSync(summary, 'utf8')).toMatch(/\| org\/weights \| ❌ fail \|/);
    expect(readdirSync(join(out, 'mof')).sort()).toEqual(['org__open-model.yml', 'org__weights.yml']);
  });
});
