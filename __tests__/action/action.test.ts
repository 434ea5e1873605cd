import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { publishToGitHub, type ApiTask } from '../../src/action/api.js';
import { planEvent, readContext, type RunContext } from '../../src/action/context.js';
import { createClient, DEFAULT_LIMITS, describeFailure, limitsFromEnv, type ApiLimits } from '../../src/action/github.js';
import { readInputs } from '../../src/action/inputs.js';
import { missingIds, omittedNote, outputsFor, placedAnnotations, repoPath, stepFolder, summaryMarkdown, SUMMARY_BYTES } from '../../src/action/publish.js';
import { RELEASE_BODY_LIMIT, roomForTable, spliceReleaseNotes } from '../../src/action/release-notes.js';
import { markerFor, planSticky, type ExistingComment } from '../../src/action/sticky.js';
import { UsageError } from '../../src/domain/errors.js';
import type { GateReport } from '../../src/domain/report-model.js';
import { EVENTS } from '../helpers/action-runner.js';
import { FakeGitHub } from '../helpers/github-server.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'og-action-unit-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('readInputs', () => {
  let ws: string;
  beforeAll(async () => {
    ws = join(tmp, 'ws');
    await mkdir(join(ws, 'models', 'tiny'), { recursive: true });
    await mkdir(join(ws, 'gate'), { recursive: true });
    await writeFile(join(ws, 'gate', 'policy.yml'), 'version: 1\n');
    await writeFile(join(ws, 'README.md'), '# hi\n');
    await mkdir(join(tmp, 'outside'), { recursive: true });
    await symlink(join(tmp, 'outside'), join(ws, 'out-link'));
  });
  const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('applies the defaults when inputs are unset', async () => {
    const inputs = await readInputs(get({}), ws);
    expect(inputs).toMatchObject({ root: '.', comment: 'auto', releaseNotes: false, verifyExternal: false, policyInput: '.openness.yml' });
    expect(inputs.policyFile).toBeUndefined();
    expect(inputs.failOn).toBeUndefined();
    expect(inputs.sarif).toBeUndefined();
    expect(inputs.cyclonedx).toBeUndefined();
  });

  it('resolves a sub-folder, an explicit policy and a SARIF path against the workspace', async () => {
    const inputs = await readInputs(get({ path: 'models/tiny/', policy: 'gate/policy.yml', sarif: 'out/x.sarif', cyclonedx: 'out/model.cdx.json', 'fail-on': 'warning', 'release-notes': 'True', ref: 'v1.0^{commit}' }), ws);
    expect(inputs.root).toBe('models/tiny');
    expect(inputs.policyFile).toMatch(/gate[/\\]policy\.yml$/);
    expect(inputs.sarif).toMatch(/out[/\\]x\.sarif$/);
    expect(inputs.cyclonedx).toMatch(/out[/\\]model\.cdx\.json$/);
    expect(inputs.failOn).toBe('warning');
    expect(inputs.releaseNotes).toBe(true);
    expect(inputs.ref).toBe('v1.0^{commit}');
  });

  it('reads verify-external as a boolean', async () => {
    expect((await readInputs(get({ 'verify-external': 'true' }), ws)).verifyExternal).toBe(true);
    await expect(readInputs(get({ 'verify-external': 'yes' }), ws)).rejects.toThrow("Input 'verify-external' must be true or false; got 'yes'");
  });

  const bad: [string, Record<string, string>, string | RegExp][] = [
    ['fail-on', { 'fail-on': 'sometimes' }, "Input 'fail-on' must be one of error, warning, never; got 'sometimes'"],
    ['comment', { comment: 'yes' }, "Input 'comment' must be one of auto, always, never; got 'yes'"],
    ['release-notes', { 'release-notes': 'on' }, "Input 'release-notes' must be true or false; got 'on'"],
    ['path outside', { path: '..' }, /^Input 'path' must be a folder inside the workspace .*; got '\.\.'$/],
    ['path absolute outside', { path: '/etc' }, /^Input 'path' must be a folder inside the workspace/],
    ['path through a symlink out', { path: 'out-link' }, /leads to/],
    ['path missing', { path: 'nope' }, /^Input 'path': 'nope' does not exist in the workspace/],
    ['path a file', { path: 'README.md' }, "Input 'path' must be a folder; 'README.md' is a file"],
    ['policy missing', { policy: 'gate/nope.yml' }, /^Input 'policy': the file 'gate\/nope.yml' does not exist/],
    ['policy a folder', { policy: 'gate' }, "Input 'policy' must name a file; 'gate' is not a file"],
    ['ref option', { ref: '-x' }, "Input 'ref' must be a git commit, tag or branch name; got '-x'"],
    ['base with a newline', { base: 'v1\n::set-output name=x::y' }, /^Input 'base' must be a git commit, tag or branch name; got 'v1\\n::set-output/],
  ];
  it.each(bad)('rejects a bad %s with a message naming the input', async (_name, values, message) => {
    const error = await readInputs(get(values), ws).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
  });

  it('a missing default policy is not an error (the built-in policy applies)', async () => {
    await expect(readInputs(get({ policy: '.openness.yml', path: 'models/tiny' }), ws)).resolves.toMatchObject({ root: 'models/tiny' });
  });
});

describe('events', () => {
  async function ctx(eventName: string, fixture: string, env: Record<string, string> = {}): Promise<RunContext> {
    return readContext(
      { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: join(EVENTS, `${fixture}.json`), GITHUB_REPOSITORY: 'acme/tinylm', GITHUB_SHA: 'abc123', ...env },
      '/cwd',
      '/tmp',
    );
  }

  it('reads the runner context', async () => {
    const c = await ctx('pull_request', 'pull_request', { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_API_URL: 'https://ghe.example.com/api/v3' });
    expect(c).toMatchObject({ repo: { owner: 'acme', repo: 'tinylm' }, sha: 'abc123', serverUrl: 'https://ghe.example.com', apiUrl: 'https://ghe.example.com/api/v3', workspace: '/cwd', runnerTemp: '/tmp' });
  });

  it('plans each event', async () => {
    expect(planEvent(await ctx('pull_request', 'pull_request'))).toEqual({ kind: 'pull_request', pr: 7, fork: false });
    expect(planEvent(await ctx('pull_request_target', 'pull_request_fork'))).toEqual({ kind: 'pull_request', pr: 8, fork: true });
    expect(planEvent(await ctx('push', 'push_tag', { GITHUB_REF: 'refs/tags/v1.0.0' }))).toEqual({ kind: 'tag', tag: 'v1.0.0', sha: 'abc123' });
    expect(planEvent(await ctx('release', 'release', { GITHUB_REF: 'refs/tags/v1.0.0' }))).toEqual({ kind: 'tag', tag: 'v1.0.0', sha: 'abc123', release: { id: 501 } });
    expect(planEvent(await ctx('push', 'push_branch', { GITHUB_REF: 'refs/heads/main' }))).toMatchObject({ kind: 'summary', reason: expect.stringContaining('branch') });
    expect(planEvent(await ctx('workflow_dispatch', 'workflow_dispatch'))).toMatchObject({ kind: 'summary', reason: expect.stringContaining('workflow_dispatch') });
    expect(planEvent(await ctx('schedule', 'workflow_dispatch'))).toMatchObject({ kind: 'summary', reason: expect.stringContaining("'schedule'") });
  });

  it('a deleted tag or a broken event file skips the pull-request parts instead of failing', async () => {
    expect(planEvent(await ctx('push', 'push_tag', { GITHUB_REF: 'refs/tags/v1', GITHUB_SHA: '0000000000000000000000000000000000000000' }))).toMatchObject({ kind: 'summary' });
    const broken = join(tmp, 'broken.json');
    await writeFile(broken, '{ not json');
    const c = await readContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken }, '/cwd', '/tmp');
    expect(planEvent(c)).toMatchObject({ kind: 'summary', reason: expect.stringContaining('no pull request number') });
  });
});

describe('sticky comment plan', () => {
  const M = '<!-- openness-gate -->';
  const c = (id: number, body: string, created_at = `2025-01-01T00:00:${String(id % 60).padStart(2, '0')}Z`): ExistingComment => ({ id, body, created_at, html_url: `u${id}` });

  it('creates when there is no comment, unless auto and passing', () => {
    expect(planSticky([], M, `${M}\nx`, 'auto', 'fail')).toEqual({ action: 'create', deletes: [] });
    expect(planSticky([], M, `${M}\nx`, 'auto', 'warn')).toEqual({ action: 'create', deletes: [] });
    expect(planSticky([], M, `${M}\nx`, 'auto', 'pass')).toMatchObject({ action: 'skip' });
    expect(planSticky([], M, `${M}\nx`, 'always', 'pass')).toEqual({ action: 'create', deletes: [] });
    expect(planSticky([c(1, `${M}\nold`)], M, `${M}\nx`, 'never', 'fail')).toMatchObject({ action: 'skip', deletes: [] });
  });

  it('updates the oldest marked comment (auto: also to turn it green) and deletes the later ones', () => {
    const comments = [c(5, `${M}\nlater`, '2025-01-02T00:00:00Z'), c(3, 'a human', '2025-01-01T00:00:00Z'), c(9, `${M}\noldest`, '2025-01-01T00:00:01Z'), c(7, `> ${M}\nquoted`)];
    expect(planSticky(comments, M, `${M}\nnew`, 'auto', 'pass')).toEqual({ action: 'update', id: 9, url: 'u9', deletes: [5] });
  });

  it('leaves an identical comment alone', () => {
    expect(planSticky([c(1, `${M}\nsame`)], M, `${M}\nsame`, 'auto', 'fail')).toEqual({ action: 'unchanged', id: 1, url: 'u1', deletes: [] });
  });

  it('orders by id when timestamps tie', () => {
    const t = '2025-01-01T00:00:00Z';
    expect(planSticky([c(20, `${M}\nb`, t), c(10, `${M}\na`, t)], M, `${M}\nz`, 'auto', 'fail')).toMatchObject({ id: 10, deletes: [20] });
  });

  it('keeps one marker per gate instance, and the plain one for the usual single gate', () => {
    expect(markerFor('.', '.openness.yml', '.openness.yml')).toBe(M);
    const a = markerFor('models/a', '.openness.yml', '.openness.yml');
    const b = markerFor('models/b', '.openness.yml', '.openness.yml');
    expect(a).toMatch(/^<!-- openness-gate id=[0-9a-f]{12} -->$/);
    expect(a).not.toBe(b);
    expect(markerFor('.', 'x-->.yml', '.openness.yml')).not.toContain('x-->');
    // A marked comment of one instance is not another instance's.
    expect(planSticky([c(1, `${a}\nx`)], b, `${b}\ny`, 'auto', 'fail')).toEqual({ action: 'create', deletes: [] });
  });
});

describe('release notes', () => {
  it('appends once, then replaces only its block', () => {
    const once = spliceReleaseNotes('Notes by the author.\n', '| a | b |');
    expect(once).toBe('Notes by the author.\n\n<!-- openness-gate:release-notes:start -->\n| a | b |\n<!-- openness-gate:release-notes:end -->');
    const edited = `${once}\n\nAdded later by the author.`;
    const twice = spliceReleaseNotes(edited, '| c | d |');
    expect(twice).toBe('Notes by the author.\n\n<!-- openness-gate:release-notes:start -->\n| c | d |\n<!-- openness-gate:release-notes:end -->\n\nAdded later by the author.');
    expect(spliceReleaseNotes(twice, '| c | d |')).toBe(twice);
    expect(spliceReleaseNotes(null, 'T')).toBe('<!-- openness-gate:release-notes:start -->\nT\n<!-- openness-gate:release-notes:end -->');
  });

  it('leaves room so the author’s text is never cut', () => {
    const body = 'x'.repeat(100_000);
    const room = roomForTable(body);
    expect(spliceReleaseNotes(body, 'y'.repeat(room)).length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
    const spliced = spliceReleaseNotes(body, 'y'.repeat(room));
    // Re-running with the room left in the updated body still fits.
    expect(spliceReleaseNotes(spliced, 'z'.repeat(roomForTable(spliced))).length).toBeLessThanOrEqual(RELEASE_BODY_LIMIT);
  });
});

/** A failing report with thousands of long, multi-byte problems: more than any limit allows. */
function hugeReport(): GateReport {
  const problems = Array.from({ length: 3000 }, (_, i) => ({ path: `docs/データ/card-${i}.md`, line: i + 1, code: 'placeholder', message: `セクション ${'€'.repeat(100)} is a placeholder` }));
  return {
    version: 1,
    tool: { name: 'openness-gate', version: '0.0.0' },
    root: 'models/tiny',
    policy: { source: 'built-in:open-training', builtin: true, preset: 'open-training', failOn: 'error' },
    verdict: 'fail',
    artifacts: [
      { id: 'data-card', title: 'Data card', status: 'invalid', severity: 'error', failing: true, evidence: [], problems, rejected: [], weak: [], fix: 'Write a data card.', why: 'Data matters.' },
      { id: 'training', title: 'Training scripts', status: 'missing', severity: 'error', failing: true, evidence: [], problems: [], rejected: [], weak: [], fix: 'Publish the training code.', why: 'Code matters.' },
    ],
    notes: [],
    stats: { files: 3000, filesRead: 3000, bytesRead: 1, ms: 1, source: 'walk' },
  };
}

describe('publishing helpers', () => {
  it('places report paths in the repository and drops paths that leave it', () => {
    expect(repoPath('.', 'docs/DATA_CARD.md', '/ws')).toBe('docs/DATA_CARD.md');
    expect(repoPath('models/tiny', 'docs/DATA_CARD.md', '/ws')).toBe('models/tiny/docs/DATA_CARD.md');
    expect(repoPath('models/tiny', '../.openness.yml', '/ws')).toBe('models/.openness.yml');
    expect(repoPath('.', '../x', '/ws')).toBeUndefined();
    expect(repoPath('.', '/ws/gate/policy.yml', '/ws')).toBe('gate/policy.yml');
    expect(repoPath('.', '/elsewhere/policy.yml', '/ws')).toBeUndefined();
    expect(repoPath('.', '', '/ws')).toBeUndefined();
  });

  it('says how many annotations GitHub would not show', () => {
    expect(omittedNote({ error: 0, warning: 0, notice: 0 })).toBe('');
    expect(omittedNote({ error: 3, warning: 1, notice: 0 })).toContain('3 errors, 1 warning not shown as annotations');
  });

  it('keeps the job summary under 1 MiB with the annotations note intact, even with multi-byte text', () => {
    const note = omittedNote({ error: 40, warning: 0, notice: 0 });
    const md = summaryMarkdown(hugeReport(), undefined, note);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(SUMMARY_BYTES);
    expect(md.endsWith(note)).toBe(true);
    expect(md).toContain('data-card');
  });

  it('caps error annotations at 9 on a failing gate (the failure message is the 10th) and counts the rest', () => {
    const report = hugeReport();
    const { shown, omitted } = placedAnnotations(report, 'models/tiny', '/ws');
    const errors = shown.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(9);
    expect(omitted.error).toBeGreaterThan(0);
    expect(shown.every((a) => a.file === undefined || a.file.startsWith('models/tiny/'))).toBe(true);
  });

  it('names step files safely', () => {
    expect(stepFolder('/t', '__acme_gate')).toBe(join('/t', 'openness-gate', '__acme_gate'));
    expect(stepFolder('/t', '../../etc')).toBe(join('/t', 'openness-gate', '__.._etc'));
  });

  it('lists missing and invalid artifacts the policy judges', () => {
    const a = (id: string, status: string, severity = 'error') => ({ id, status, severity }) as unknown as GateReport['artifacts'][number];
    const report = { artifacts: [a('data-card', 'missing'), a('training', 'present'), a('config', 'invalid', 'warning'), a('weights', 'missing', 'off')] } as GateReport;
    expect(missingIds(report)).toEqual(['data-card', 'config']);
  });

  it('reads API limits from the environment, ignoring nonsense', () => {
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(limitsFromEnv({ OPENNESS_GATE_API_RETRIES: '5', OPENNESS_GATE_API_BUDGET_MS: 'lots', OPENNESS_GATE_API_TIMEOUT_MS: '-1' })).toEqual({ ...DEFAULT_LIMITS, retries: 5 });
  });

  it('tells a missing permission from a rate limit', () => {
    const err = (status: number, message: string) => Object.assign(new Error(message), { status, response: { data: { message } } });
    expect(describeFailure(err(403, 'Resource not accessible by integration'))).toMatchObject({ forbidden: true, status: 403 });
    expect(describeFailure(err(403, 'API rate limit exceeded for installation.'))).toMatchObject({ forbidden: false });
    expect(describeFailure(err(404, 'Not Found'))).toMatchObject({ notFound: true });
    expect(describeFailure('weird')).toMatchObject({ message: 'weird', forbidden: false });
  });
});

describe('publishToGitHub against a local API', () => {
  let gh: FakeGitHub;
  const fast: ApiLimits = { retries: 2, retryBaseMs: 5, requestTimeoutMs: 1000, budgetMs: 5000, rateLimitRetries: 2, secondMs: 10 };
  let logs: { info: string[]; warning: string[] };
  const M = '<!-- openness-gate -->';

  beforeEach(async () => {
    gh = await new FakeGitHub().start();
    logs = { info: [], warning: [] };
  });
  afterEach(async () => {
    await gh.close();
  });

  function task(overrides: Partial<ApiTask>, limits: ApiLimits = fast): ApiTask {
    const log = { info: (m: string) => logs.info.push(m), warning: (m: string) => logs.warning.push(m) };
    return {
      octokit: createClient('t0ken', gh.url, limits, { debug: () => {}, info: log.info, warning: log.warning }),
      owner: 'acme',
      repo: 'tinylm',
      plan: { kind: 'pull_request', pr: 7, fork: false },
      mode: 'auto',
      verdict: 'fail',
      marker: M,
      commentBody: `${M}\nreport`,
      log,
      ...overrides,
    };
  }

  it('finds its comment beyond the first page of comments', async () => {
    for (let i = 0; i < 130; i++) gh.addComment(7, `chatter ${i}`, { login: 'alice', type: 'User' });
    const ours = gh.addComment(7, `${M}\nold`);
    const out = await publishToGitHub(task({}));
    expect(out.commentUrl).toBe(ours.html_url);
    expect(gh.commentsOn(7).filter((c) => c.body.startsWith(M))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('auto and passing with no earlier comment: reads, writes nothing', async () => {
    gh.pulls.add(7);
    const out = await publishToGitHub(task({ verdict: 'pass' }));
    expect(out.commented).toEqual([]);
    expect(gh.requests.map((r) => r.method)).toEqual(['GET']);
  });

  it('auto and passing with an earlier comment: turns it green', async () => {
    const old = gh.addComment(7, `${M}\nfailing`);
    await publishToGitHub(task({ verdict: 'pass', commentBody: `${M}\npassing` }));
    expect(gh.commentsOn(7)).toEqual([expect.objectContaining({ id: old.id, body: `${M}\npassing` })]);
  });

  it('an unchanged comment is not written again', async () => {
    gh.addComment(7, `${M}\nreport`);
    await publishToGitHub(task({}));
    // The comments, and once who the token is (a marked comment is only ours if we wrote it).
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/acme/tinylm/issues/7/comments', 'GET /user']);
  });

  it("a participant's comment holding the marker is neither adopted nor deleted", async () => {
    const bait = gh.addComment(7, `${M}\nlooks like the gate`, { login: 'mallory', type: 'User' });
    const out = await publishToGitHub(task({}));
    const marked = gh.commentsOn(7).filter((c) => c.body.startsWith(M));
    expect(marked).toHaveLength(2);
    expect(marked.find((c) => c.id === bait.id)?.body).toBe(`${M}\nlooks like the gate`);
    const mine = marked.find((c) => c.id !== bait.id)!;
    expect(mine.user.login).toBe('github-actions[bot]');
    expect(out.commentUrl).toBe(mine.html_url);
    // A later run keeps its own comment and still leaves the participant's alone.
    await publishToGitHub(task({ commentBody: `${M}\nnew report` }));
    expect(gh.commentsOn(7).find((c) => c.id === mine.id)?.body).toBe(`${M}\nnew report`);
    expect(gh.commentsOn(7).find((c) => c.id === bait.id)?.body).toBe(`${M}\nlooks like the gate`);
  });

  it('with a personal token, its own user is who the gate is', async () => {
    gh.tokenUser = 'release-bot';
    const mine = gh.addComment(7, `${M}\nold`, { login: 'release-bot', type: 'User' });
    gh.addComment(7, `${M}\nbait`, { login: 'mallory', type: 'User' });
    await publishToGitHub(task({}));
    expect(gh.commentsOn(7).find((c) => c.id === mine.id)?.body).toBe(`${M}\nreport`);
    expect(gh.commentsOn(7).filter((c) => c.body.startsWith(M))).toHaveLength(2);
  });

  it('a duplicate deleted by a concurrent run (404) is fine', async () => {
    gh.addComment(7, `${M}\na`);
    const dup = gh.addComment(7, `${M}\nb`);
    gh.fault({ method: 'DELETE', fault: { kind: 'not-found' } });
    await publishToGitHub(task({}));
    expect(logs.warning).toEqual([]);
    expect(gh.calls()).toContain(`DELETE /repos/acme/tinylm/issues/comments/${dup.id}`);
  });

  it('survives a dropped connection', async () => {
    gh.pulls.add(7);
    gh.fault({ method: 'POST', times: 1, fault: { kind: 'drop' } });
    await publishToGitHub(task({}));
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(logs.warning).toEqual([]);
  });

  it('on a tag without a merged pull request, comments on the one whose head is the tagged commit', async () => {
    gh.pulls.add(3);
    gh.pulls.add(4);
    gh.commitPulls.set('abc', [
      { number: 3, merged: false, headSha: 'def' },
      { number: 4, merged: false, headSha: 'abc' },
    ]);
    await publishToGitHub(task({ plan: { kind: 'tag', tag: 'v2', sha: 'abc' } }));
    expect(gh.commentsOn(3)).toHaveLength(0);
    expect(gh.commentsOn(4)).toHaveLength(1);
  });

  it('a read-only token on a release: one warning per missing permission', async () => {
    gh.pulls.add(12);
    gh.commitPulls.set('abc', [
      { number: 12, merged: true, headSha: 'abc' },
      { number: 13, merged: true, headSha: 'x' },
    ]);
    gh.pulls.add(13);
    gh.releases.set(9, { id: 9, tag_name: 'v1', body: 'hello' });
    gh.readOnly = true;
    const out = await publishToGitHub(task({ plan: { kind: 'tag', tag: 'v1', sha: 'abc', release: { id: 9 } }, releaseTable: () => '| table |' }));
    expect(out.forbidden).toBe(true);
    expect(logs.warning).toHaveLength(2);
    expect(logs.warning[0]).toContain('permissions: pull-requests: write');
    expect(logs.warning[1]).toContain('permissions: contents: write');
    // After the first refusal the second pull request is not even tried.
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(gh.releases.get(9)!.body).toBe('hello');
  });

  it('the time budget ends a rate-limit wait it cannot afford', async () => {
    gh.pulls.add(7);
    gh.fault({ fault: { kind: 'secondary-rate-limit', status: 403, retryAfter: 60 } });
    const out = await publishToGitHub(task({}, { ...fast, secondMs: 1000, budgetMs: 2000 }));
    expect(out.commented).toEqual([]);
    expect(gh.requests).toHaveLength(1);
    expect(logs.warning.join('\n')).toMatch(/asked to wait 60 s, more than the time left/);
    expect(logs.warning.join('\n')).not.toMatch(/pull-requests: write/);
  });

  it('waits out a primary rate limit whose reset is near, then succeeds', async () => {
    gh.pulls.add(7);
    gh.fault({ method: 'GET', times: 1, fault: { kind: 'rate-limit', status: 429, resetInSeconds: 0 } });
    await publishToGitHub(task({}));
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(logs.info.join('\n')).toMatch(/rate limit .* retrying after \d+ s/);
  });
});

describe('action.yml', () => {
  it('declares every input the action reads, with the defaults the code assumes, and every output it sets', async () => {
    const { parse } = await import('yaml');
    const { readFile } = await import('node:fs/promises');
    const meta = parse(await readFile(join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string; description: string }>;
      outputs: Record<string, { description: string }>;
      branding: { icon: string; color: string };
    };
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(meta.branding.icon && meta.branding.color).toBeTruthy();
    const read: string[] = [];
    const ws = join(tmp, 'meta-ws');
    await mkdir(ws, { recursive: true });
    await readInputs((name) => {
      read.push(name);
      return meta.inputs[name]?.default?.startsWith('${{') ? 't' : (meta.inputs[name]?.default ?? '');
    }, ws);
    expect(Object.keys(meta.inputs).sort()).toEqual([...new Set(read)].sort());
    expect(meta.inputs.policy!.default).toBe('.openness.yml');
    expect(meta.inputs.comment!.default).toBe('auto');
    expect(meta.inputs.token!.default).toBe('${{ github.token }}');
    const report = hugeReport();
    const outputs = Object.keys(outputsFor(report, { report: 'r', badge: 'b' }));
    expect(Object.keys(meta.outputs).sort()).toEqual([...outputs, 'comment-url'].sort());
    for (const i of Object.values(meta.inputs)) expect(i.description.length).toBeGreaterThan(20);
  });
});

describe('runner files', () => {
  it('the outputs parser reads heredoc and key=value lines as the runner does', async () => {
    const { parseOutputsFile } = await import('../helpers/action-runner.js');
    expect(parseOutputsFile('a=1\nb<<EOF\nline 1\nline 2\nEOF\nc<<X\n\nX\n')).toEqual({ a: '1', b: 'line 1\nline 2', c: '' });
    expect(() => parseOutputsFile('b<<EOF\nno end\n')).toThrow(/no closing delimiter/);
  });

  it('the command parser finds commands the way the runner does, and only those', async () => {
    const { parseWorkflowCommands } = await import('../helpers/action-runner.js');
    const found = parseWorkflowCommands('hello\n  ::set-output name=verdict::pass\rtext ##[error]old\n:\u200b:error::no\n##\u200b[error]no\n::error file=a%2Cb.md,line=3::msg%0Anext');
    expect(found.map((c) => `${c.syntax}:${c.command}`)).toEqual(['v2:set-output', 'v1:error', 'v2:error']);
    expect(found[2]).toMatchObject({ properties: { file: 'a,b.md', line: '3' }, data: 'msg\nnext' });
  });
});

describe('job files', () => {
  it('readContext tolerates a missing event file', async () => {
    const c = await readContext({ GITHUB_EVENT_PATH: join(tmp, 'nope.json'), GITHUB_EVENT_NAME: 'push' }, '/cwd', '/tmp');
    expect(c.payload).toEqual({});
    expect(planEvent(c)).toMatchObject({ kind: 'summary' });
  });
});
