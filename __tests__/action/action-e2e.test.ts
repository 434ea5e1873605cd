import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE, runAction, scratch, writeTree, type ActionOptions, type ActionRun } from '../helpers/action-runner.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { FakeHub } from '../helpers/hub-server.js';
import type { GateReport } from '../../src/domain/report-model.js';

/*
 * The built bundle (dist/index.js; run `npm run bundle` first) run as the runner runs it, against
 * a local GitHub API. Trees are built per test: an empty folder fails under the default policy;
 * `fail-on: never` turns the same tree into a non-failing gate without depending on detectors.
 */

const TOKEN = 'ghs_testtoken0123456789abcdef';
const MARKER = '<!-- openness-gate -->';

let gh: FakeGitHub;
let ws: Awaited<ReturnType<typeof scratch>>;

beforeAll(() => {
  if (!existsSync(BUNDLE)) throw new Error(`no action bundle at ${BUNDLE}: run 'npm run bundle' first`);
});

beforeEach(async () => {
  gh = await new FakeGitHub().start();
  ws = await scratch();
});

afterEach(async () => {
  await gh.close();
  await ws.cleanup();
});

function run(options: Partial<ActionOptions> & Pick<ActionOptions, 'eventName' | 'event'>): Promise<ActionRun> {
  return runAction({ workspace: ws.workspace, apiUrl: gh.url, ...options });
}

const pr = { eventName: 'pull_request', event: 'pull_request', ref: 'refs/pull/7/merge' } as const;

function warnings(r: ActionRun): string[] {
  return r.annotations.filter((a) => a.command === 'warning' && a.properties.title === undefined).map((a) => a.data);
}

/** Workflow commands the action itself may print; anything else came from somewhere it should not. */
const OWN_COMMANDS = new Set(['add-mask', 'group', 'endgroup', 'error', 'warning', 'notice', 'debug']);

describe('the action on the runner', () => {
  it('fails an empty tree: annotations, outputs as the runner reads them, summary, report file, exit 1', async () => {
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch' });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.missing!.split(',')).toEqual(expect.arrayContaining(['data-card', 'preprocessing', 'config', 'training', 'eval-results']));
    expect(r.report?.verdict).toBe('fail');
    expect(r.badge).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(r.outputs.sarif).toBe('');
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.some((e) => /data-card/i.test(`${e.properties.title} ${e.data}`))).toBe(true);
    expect(r.summary.length).toBeGreaterThan(0);
    expect(r.summary).toMatch(/data-card|Data card/);
    expect(r.commands.filter((c) => c.command === 'group').length).toBe(r.commands.filter((c) => c.command === 'endgroup').length);
    expect(gh.requests).toEqual([]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('never prints the token (only the mask command that hides it)', async () => {
    gh.pulls.add(7);
    const r = await run(pr);
    expect(r.commands.find((c) => c.command === 'add-mask')?.data).toBe(TOKEN);
    const withoutMask = `${r.stdout}${r.stderr}`.replace(`::add-mask::${TOKEN}`, '');
    expect(withoutMask).not.toContain(TOKEN);
    expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('on a pull request: one sticky comment, updated in place by the next run', async () => {
    gh.pulls.add(7);
    const first = await run(pr);
    expect(first.code).toBe(1);
    expect(gh.commentsOn(7)).toHaveLength(1);
    const comment = gh.commentsOn(7)[0]!;
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(first.outputs['comment-url']).toBe(comment.html_url);

    const second = await run({ ...pr, inputs: { 'fail-on': 'never' } });
    expect(second.code).toBe(0);
    expect(second.outputs.verdict).toBe('warn');
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.commentsOn(7)[0]!.id).toBe(comment.id);
    expect(gh.calls().filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect(gh.calls().filter((c) => c.startsWith('PATCH'))).toEqual([`PATCH /repos/acme/tinylm/issues/comments/${comment.id}`]);
    expect(second.outputs['comment-url']).toBe(comment.html_url);
  });

  it('cleans up duplicates a race left: the oldest marked comment stays, other people’s comments too', async () => {
    const oldest = gh.addComment(7, `${MARKER}\nold report`);
    gh.addComment(7, 'LGTM, but where is the data card?', { login: 'alice', type: 'User' });
    const dup1 = gh.addComment(7, `${MARKER}\nduplicate`);
    const dup2 = gh.addComment(7, `${MARKER}\nanother duplicate`);
    const r = await run(pr);
    expect(r.code).toBe(1);
    const left = gh.commentsOn(7);
    expect(left.map((c) => c.id)).toEqual([oldest.id, left[1]!.id]);
    expect(left[1]!.user.login).toBe('alice');
    expect(left[0]!.body).not.toContain('old report');
    expect(gh.calls()).toEqual(
      expect.arrayContaining([`DELETE /repos/acme/tinylm/issues/comments/${dup1.id}`, `DELETE /repos/acme/tinylm/issues/comments/${dup2.id}`]),
    );
    expect(gh.calls().some((c) => c.startsWith('POST'))).toBe(false);
  });

  it('comment: auto turns an earlier comment green, and stays silent on a passing pull request without one', async () => {
    gh.pulls.add(7);
    await run(pr);
    expect(gh.commentsOn(7)[0]!.body).toMatch(/Openness Gate: failed/);
    // The fix lands: a policy that turns every artifact off passes whatever the detectors find.
    const ids = ['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card'];
    await writeTree(ws.workspace, { '.openness.yml': `version: 1\nartifacts:\n${ids.map((id) => `  ${id}:\n    severity: off\n`).join('')}` });
    const green = await run(pr);
    expect(green.code).toBe(0);
    expect(green.outputs.verdict).toBe('pass');
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.commentsOn(7)[0]!.body).toMatch(/Openness Gate: passed/);

    gh.requests.length = 0;
    gh.pulls.add(9);
    const quiet = await run({ ...pr, event: { number: 9, pull_request: { number: 9 } } });
    expect(quiet.outputs.verdict).toBe('pass');
    expect(gh.calls()).toEqual(['GET /repos/acme/tinylm/issues/9/comments']);
    expect(quiet.outputs['comment-url'] ?? '').toBe('');
  });

  it('comment: never makes no API call at all', async () => {
    gh.pulls.add(7);
    const r = await run({ ...pr, inputs: { comment: 'never' } });
    expect(r.code).toBe(1);
    expect(gh.requests).toEqual([]);
  });

  it('on a tag push: scans, finds the merged pull request that brought the commit, comments there', async () => {
    const sha = '4444444444444444444444444444444444444444';
    gh.pulls.add(12);
    gh.commitPulls.set(sha, [
      { number: 12, merged: true, headSha: '9999999999999999999999999999999999999999' },
      { number: 13, merged: false, headSha: '8888888888888888888888888888888888888888' },
    ]);
    const r = await run({ eventName: 'push', event: 'push_tag', ref: 'refs/tags/v1.0.0', sha });
    expect(r.code).toBe(1);
    expect(gh.calls()).toContain(`GET /repos/acme/tinylm/commits/${sha}/pulls`);
    expect(gh.commentsOn(12)).toHaveLength(1);
    expect(gh.commentsOn(12)[0]!.body).toContain('v1.0.0');
    expect(gh.commentsOn(13)).toHaveLength(0);
  });

  it('a plain branch push and an unknown event run the scan and skip the pull-request parts, saying why', async () => {
    const push = await run({ eventName: 'push', event: 'push_branch' });
    expect(push.outputs.verdict).toBe('fail');
    expect(push.stdout).toMatch(/No pull request comment: a push to a branch/);
    const schedule = await run({ eventName: 'schedule', event: { schedule: '0 0 * * *' } });
    expect(schedule.outputs.verdict).toBe('fail');
    expect(schedule.stdout).toMatch(/'schedule' event is not one the gate comments on/);
    expect(gh.requests).toEqual([]);
  });

  it("on a fork's read-only token: no comment, one warning naming the permission, same exit status", async () => {
    gh.pulls.add(8);
    gh.readOnly = true;
    const fork = { eventName: 'pull_request', event: 'pull_request_fork', ref: 'refs/pull/8/merge' } as const;
    const r = await run(fork);
    const silent = await run({ ...fork, inputs: { comment: 'never' } });
    expect(r.code).toBe(silent.code);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(gh.commentsOn(8)).toHaveLength(0);
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('permissions: pull-requests: write');
    expect(w[0]).toContain('comes from a fork');
    expect(r.outputs['comment-url'] ?? '').toBe('');
    // Same summary, but for the scan's timing line.
    const stable = (md: string) => md.replace(/<sub>.*<\/sub>/g, '');
    expect(stable(r.summary)).toBe(stable(silent.summary));
  });

  it('a same-repository pull request without pull-requests: write: one warning saying what to add', async () => {
    gh.pulls.add(7);
    gh.readOnly = true;
    const r = await run(pr);
    expect(r.code).toBe(1);
    expect(warnings(r)).toEqual([expect.stringContaining('Give the job `permissions: pull-requests: write`')]);
    expect(gh.commentsOn(7)).toHaveLength(0);
  });

  it('retries 500, 500 then comments', async () => {
    gh.pulls.add(7);
    gh.fault({ method: 'POST', path: /\/comments$/, times: 2, fault: { kind: 'status', status: 500 } });
    const r = await run(pr);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST').map((q) => q.status)).toEqual([500, 500, 201]);
    expect(warnings(r)).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('an endless 500 ends in bounded time with the verdict, outputs and summary intact', async () => {
    gh.pulls.add(7);
    gh.fault({ fault: { kind: 'status', status: 503 } });
    const r = await run({ ...pr, env: { OPENNESS_GATE_API_RETRIES: '3' } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.report).toBeTruthy();
    expect(r.summary.length).toBeGreaterThan(0);
    // The first call (listing comments) is tried 1 + 3 times, then the action gives up on the comment.
    expect(gh.requests).toHaveLength(4);
    const w = warnings(r);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/could not read the comments of pull request #7 \(HTTP 503\)/);
  });

  it('an endless 500 under a tight budget stops at the budget', async () => {
    gh.pulls.add(7);
    gh.fault({ fault: { kind: 'status', status: 500 } });
    const r = await run({ ...pr, env: { OPENNESS_GATE_API_RETRIES: '1000', OPENNESS_GATE_API_RETRY_BASE_MS: '50', OPENNESS_GATE_API_BUDGET_MS: '1500' } });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.code).toBe(1);
    expect(gh.requests.length).toBeLessThan(20);
    expect(warnings(r).join('\n')).toMatch(/time budget/);
  });

  it('honours retry-after on a 429 secondary rate limit', async () => {
    gh.pulls.add(7);
    gh.fault({ method: 'POST', times: 1, fault: { kind: 'secondary-rate-limit', status: 429, retryAfter: 1 } });
    const r = await run(pr);
    expect(gh.commentsOn(7)).toHaveLength(1);
    const posts = gh.requests.filter((q) => q.method === 'POST');
    expect(posts.map((q) => q.status)).toEqual([429, 201]);
    // Waiting at least as long as asked is the point; a shorter gap would mean retry-after was ignored.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(r.stdout).toMatch(/retrying after 1 s, as GitHub asked/);
    expect(warnings(r)).toEqual([]);
  });

  it('gives up on a rate limit whose reset lies beyond the budget, with one warning and the verdict intact', async () => {
    gh.pulls.add(7);
    gh.fault({ fault: { kind: 'rate-limit', status: 403, resetInSeconds: 3600 } });
    const r = await run(pr);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(gh.requests).toHaveLength(1);
    const w = warnings(r);
    expect(w.some((x) => /rate limit/.test(x))).toBe(true);
    expect(w.join('\n')).not.toMatch(/pull-requests: write/);
  });

  it('retries a response slower than the request timeout', async () => {
    gh.pulls.add(7);
    gh.fault({ method: 'GET', times: 1, fault: { kind: 'slow', ms: 3000 } });
    const r = await run({ ...pr, env: { OPENNESS_GATE_API_TIMEOUT_MS: '300' } });
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'GET')).toHaveLength(2);
    expect(warnings(r)).toEqual([]);
  });

  it('a pull request that does not exist (404): a warning, the verdict unchanged', async () => {
    const r = await run({ ...pr, event: { number: 99, pull_request: { number: 99 } } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(warnings(r)).toEqual([expect.stringContaining('could not find pull request #99')]);
  });

  it('on a release: comments on the pull request and keeps one openness block in the release notes across re-runs', async () => {
    const sha = '4444444444444444444444444444444444444444';
    gh.pulls.add(12);
    gh.commitPulls.set(sha, [{ number: 12, merged: true, headSha: sha }]);
    gh.releases.set(501, { id: 501, tag_name: 'v1.0.0', body: 'First release.\n\nThanks to everyone.' });
    const release = { eventName: 'release', event: 'release', ref: 'refs/tags/v1.0.0', sha, inputs: { 'release-notes': 'true' } } as const;
    const first = await run(release);
    expect(first.outputs.verdict).toBe('fail');
    const body1 = gh.releases.get(501)!.body!;
    expect(body1.startsWith('First release.\n\nThanks to everyone.\n\n<!-- openness-gate:release-notes:start -->')).toBe(true);
    expect(body1.trimEnd().endsWith('<!-- openness-gate:release-notes:end -->')).toBe(true);
    await run({ ...release, inputs: { 'release-notes': 'true', 'fail-on': 'never' } });
    const body2 = gh.releases.get(501)!.body!;
    expect(body2.match(/release-notes:start/g)).toHaveLength(1);
    expect(body2.startsWith('First release.\n\nThanks to everyone.\n\n')).toBe(true);
    expect(body2).not.toBe(body1);
    expect(gh.commentsOn(12)).toHaveLength(1);
  });

  it.each([
    ['a symlink to a file outside the workspace', 'openness.sarif', async (victim: string) => symlink(victim, join(ws.workspace, 'openness.sarif'))],
    ['a symlinked folder leading outside the workspace', 'out/openness.sarif', async (victim: string) => symlink(dirname(victim), join(ws.workspace, 'out'))],
  ])('refuses to write the SARIF file through %s; the verdict and other outputs stand', async (_name, sarif, plant) => {
    const victim = join(ws.dir, 'victim', 'openness.sarif');
    await mkdir(dirname(victim), { recursive: true });
    await writeFile(victim, 'precious');
    await plant(victim);
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { sarif } });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(r.annotations.find((a) => a.command === 'error')?.data).toMatch(/^refusing to write .*openness\.sarif: (it is a symlink|its folder leads outside)/);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.sarif).toBe('');
    expect(r.outputs.report).toMatch(/report\.json$/);
  });

  it('verify-external: true checks a Hub dataset card at HF_ENDPOINT; the report says verified at the sha', async () => {
    const hub = new FakeHub();
    const card = await readFile(join(import.meta.dirname, '..', 'fixtures', 'hub', 'dataset-card.md'), 'utf8');
    hub.add({ type: 'dataset', name: 'acme/pretrain-mix', files: { 'README.md': card, 'data/train-00000.parquet': 'PAR1' } });
    await hub.start();
    try {
      await writeTree(ws.workspace, {
        '.openness.yml': 'version: 1\nfail-on: error\nartifacts:\n  data-card: { severity: error }\n  preprocessing: { severity: off }\n  config: { severity: off }\n  training: { severity: off }\n  eval-results: { severity: off }\n  license: { severity: off }\n  model-card: { severity: off }\nexternal:\n  data-card: https://huggingface.co/datasets/acme/pretrain-mix\n',
      });
      const off = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { comment: 'never' }, env: { HF_ENDPOINT: hub.url } });
      const offCard = (off.report as unknown as GateReport).artifacts.find((a) => a.id === 'data-card');
      expect(offCard?.status).toBe('external');
      expect(offCard?.evidence.some((e) => 'verified' in e)).toBe(false);
      expect(hub.requests).toHaveLength(0);
      const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { comment: 'never', 'verify-external': 'true' }, env: { HF_ENDPOINT: hub.url } });
      expect(r.code).toBe(0);
      expect(r.outputs.verdict).toBe('pass');
      const item = (r.report as unknown as GateReport).artifacts.find((a) => a.id === 'data-card')?.evidence.find((e) => e.url);
      expect(item).toMatchObject({ verified: true, verification: 'verified' });
      expect(item?.revision).toMatch(/^[0-9a-f]{40}$/);
      expect(r.summary).toContain(`verified on the Hub at`);
      expect(hub.requests.length).toBeGreaterThan(0);
    } finally {
      await hub.close();
    }
  });

  it('writes the CycloneDX ML-BOM where asked: valid 1.6, evidence linked at the commit, the tag as version', async () => {
    await writeTree(ws.workspace, {
      'MODEL_CARD.md': '---\npipeline_tag: text-generation\n---\n# Model card\n\n## Intended use\nResearch on small models, and nothing else for now, as a base for fine-tuning.\n\n## Limitations\nEnglish only; it makes things up and has had no safety evaluation at all.\n',
      'eval/results.json': JSON.stringify({ results: { piqa: { 'acc,none': 0.73 } } }),
    });
    const r = await run({ eventName: 'push', event: 'push_tag', ref: 'refs/tags/v1.2.0', inputs: { cyclonedx: 'out/model.cdx.json', 'fail-on': 'never', comment: 'never' } });
    const path = join(ws.workspace, 'out', 'model.cdx.json');
    expect(r.outputs.cyclonedx).toBe(path);
    const text = await readFile(path, 'utf8');
    const { JsonStrictValidator } = await import('@cyclonedx/cyclonedx-library/Validation');
    expect(await new JsonStrictValidator('1.6' as never).validate(text)).toBeNull();
    const bom = JSON.parse(text) as { metadata: { component: { name: string; version?: string; externalReferences: { url: string }[]; modelCard?: { quantitativeAnalysis?: unknown } } } };
    expect(bom.metadata.component.name).toBe('tinylm');
    expect(bom.metadata.component.version).toBe('v1.2.0');
    expect(bom.metadata.component.modelCard?.quantitativeAnalysis).toEqual({ performanceMetrics: [{ type: 'acc', value: '0.73', slice: 'piqa' }] });
    expect(bom.metadata.component.externalReferences.map((e) => e.url)).toContain(`https://github.com/acme/tinylm/blob/${'4'.repeat(40)}/MODEL_CARD.md?plain=1#L1`);
  });

  it('refuses to write the BOM through a symlink; the SARIF file asked for too is still written', async () => {
    const victim = join(ws.dir, 'victim.json');
    await writeFile(victim, 'precious');
    await symlink(victim, join(ws.workspace, 'bom.json'));
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { cyclonedx: 'bom.json', sarif: 'openness.sarif' } });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(r.annotations.find((a) => a.command === 'error')?.data).toMatch(/^refusing to write .*bom\.json: it is a symlink/);
    expect(r.outputs.cyclonedx).toBe('');
    expect(r.outputs.sarif).toBe(join(ws.workspace, 'openness.sarif'));
    expect(r.outputs.verdict).toBe('fail');
  });

  it('a BOM that cannot be written (its path is a folder) is reported; the verdict and other outputs stand', async () => {
    await mkdir(join(ws.workspace, 'bom.json'));
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { cyclonedx: 'bom.json', 'fail-on': 'never' } });
    expect(r.annotations.find((a) => a.command === 'error')?.data).toMatch(/^could not write .*bom\.json: /);
    expect(r.outputs.cyclonedx).toBe('');
    expect(r.outputs.verdict).toBe('warn');
    expect(r.outputs.report).toMatch(/report\.json$/);
    expect(r.code).toBe(0);
  });

  it('writes a SARIF file where asked and names it in the outputs', async () => {
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { sarif: 'results/openness.sarif' } });
    const path = join(ws.workspace, 'results', 'openness.sarif');
    expect(r.outputs.sarif).toBe(path);
    const sarif = JSON.parse(await readFile(path, 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
  });
});

describe('bad inputs', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['an unknown fail-on', { 'fail-on': 'sometimes' }, /^Input 'fail-on' must be one of error, warning, never; got 'sometimes'$/],
    ['an unknown comment mode', { comment: 'sometimes' }, /^Input 'comment' must be one of auto, always, never; got 'sometimes'$/],
    ['a non-boolean release-notes', { 'release-notes': 'yes' }, /^Input 'release-notes' must be true or false; got 'yes'$/],
    ['a path outside the workspace', { path: '../..' }, /^Input 'path' must be a folder inside the workspace/],
    ['a path that does not exist', { path: 'nope' }, /^Input 'path': 'nope' does not exist in the workspace/],
    ['a missing policy named explicitly', { policy: 'gate/openness.yml' }, /^Input 'policy': the file 'gate\/openness.yml' does not exist/],
    ['a ref that reads as a git option', { ref: '--output=/tmp/x' }, /^Input 'ref' must be a git commit, tag or branch name/],
  ];
  it.each(cases)('%s: one clear error, verdict error, exit 1, no stack trace', async (_name, inputs, message) => {
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('error');
    const errors = r.annotations.filter((a) => a.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.data).toMatch(message);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
    expect(gh.requests).toEqual([]);
  });

  it('an invalid policy: the job summary says what is wrong, with the file and line', async () => {
    await writeFile(join(ws.workspace, '.openness.yml'), 'version: 1\nfail-onn: error\n');
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch' });
    expect(r.outputs.verdict).toBe('error');
    expect(r.code).toBe(1);
    expect(r.summary).toMatch(/^### ❌ Openness Gate could not judge this release\n\n.*fail-onn.*\(\.openness\.yml, line 2\)/s);
  });

  it('a symlink that leads out of the workspace is refused as a path', async () => {
    await symlink(ws.dir, join(ws.workspace, 'escape'));
    const r = await run({ eventName: 'workflow_dispatch', event: 'workflow_dispatch', inputs: { path: 'escape' } });
    expect(r.outputs.verdict).toBe('error');
    expect(r.annotations.find((a) => a.command === 'error')?.data).toMatch(/^Input 'path' must be a folder inside the workspace .* leads to /);
  });
});

describe('workflow-command injection', () => {
  it('file names and contents cannot start a workflow command or change an output', async () => {
    const repo = join(ws.workspace, 'repo');
    await mkdir(repo, { recursive: true });
    await writeTree(repo, {
      'data_card\n::set-output name=verdict::pass.md': '# Data card\n\n## Sources\n::set-output name=verdict::pass\n',
      'MODEL_CARD.md': '# Model card\n::stop-commands::pwned\n## ::error::forged\n##[set-output name=verdict;]pass\n',
      'train\r::add-mask::x.py': 'import torch\noptimizer.step()\nloss.backward()\n',
      'configs/::warning::x.yaml': 'learning_rate: 0.001\n',
    });
    gh.pulls.add(7);
    const r = await run({ ...pr, inputs: { path: 'repo' } });
    expect(r.outputs.verdict).not.toBe('pass');
    expect(Object.keys(r.outputs).sort()).toEqual(['badge', 'comment-url', 'cyclonedx', 'missing', 'mof-class', 'report', 'sarif', 'verdict'].sort());
    for (const c of r.commands) expect(OWN_COMMANDS.has(c.command), `unexpected command ${c.command}: ${c.data}`).toBe(true);
    expect(r.commands.filter((c) => c.syntax === 'v1')).toEqual([]);
    expect(r.commands.filter((c) => c.command === 'add-mask').map((c) => c.data)).toEqual([TOKEN]);
    expect(r.commands.some((c) => /forged/.test(c.data) && c.command === 'error' && !c.properties.title)).toBe(false);
  });
});
