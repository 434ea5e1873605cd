import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runGate, type GateOptions } from '../../src/app/gate.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderMof } from '../../src/report/mof.js';
import { renderText } from '../../src/report/text.js';
import type { ArtifactReport, GateReport } from '../../src/domain/report-model.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { FakeHub } from '../helpers/hub-server.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hub');
const card = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const TOKEN = 'hf_testtokenthatmustnotleak0123456789';

/** A policy that judges the claimed artifacts only, so each test's verdict is about the claim. */
function policy(external: Record<string, string>, extra = ''): string {
  const judged = new Set(Object.keys(external));
  const core = ['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card'];
  const lines = ['version: 1', 'artifacts:'];
  for (const id of core) lines.push(`  ${id}: { severity: ${judged.has(id) ? 'error' : 'off'} }`);
  if (Object.keys(external).length > 0) {
    lines.push('external:');
    for (const [id, url] of Object.entries(external)) lines.push(`  ${id}: ${url}`);
  }
  return `${lines.join('\n')}\n${extra}`;
}

let dirs: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'og-verify-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

let hub: FakeHub;
let gh: FakeGitHub;
const waits: number[] = [];

beforeAll(async () => {
  hub = new FakeHub();
  hub.add({ type: 'dataset', name: 'finch/pretrain-mix', files: { 'README.md': card('dataset-card.md'), 'data/train-00000.parquet': 'PAR1' } });
  hub.add({ type: 'dataset', name: 'finch/empty-card', files: { 'README.md': card('dataset-card-template.md'), 'data/train.jsonl': '{}' } });
  hub.add({ type: 'dataset', name: 'finch/gated-mix', gated: 'manual', access: [TOKEN], files: { 'README.md': card('dataset-card.md') } });
  hub.add({ type: 'dataset', name: 'finch/busy-mix', files: { 'README.md': card('dataset-card.md') } });
  hub.add({ type: 'dataset', name: 'finch/slow-mix', files: { 'README.md': card('dataset-card.md') } });
  hub.add({ type: 'dataset', name: 'finch/throttled-mix', files: { 'README.md': card('dataset-card.md') } });
  hub.add({ type: 'dataset', name: 'finch/pretrain-mix-v2', files: { 'README.md': card('dataset-card.md') } });
  hub.add({ type: 'dataset', name: 'finch/old-mix', renamedTo: 'finch/pretrain-mix-v2', files: {} });
  hub.add({
    type: 'model',
    name: 'finch/finch-1b',
    files: { 'README.md': card('model-card-model-index.md'), 'config.json': '{}', 'model.safetensors': 'x' },
  });
  hub.add({
    type: 'model',
    name: 'finch/finch-1b-evals',
    files: { 'README.md': '---\nlicense: apache-2.0\n---\n# Finch\n\nSee the results.\n', '.eval_results/hellaswag.yaml': '- dataset:\n    id: Rowan/hellaswag\n  value: 61.2\n' },
  });
  hub.fault(/^\/api\/datasets\/finch\/busy-mix\//, { kind: 'rate-limit', retryAfter: 1 }, 1);
  hub.fault(/^\/api\/datasets\/finch\/throttled-mix\//, { kind: 'rate-limit', retryAfter: 3600 });
  hub.fault(/^\/api\/datasets\/finch\/slow-mix\//, { kind: 'slow', ms: 1500 });
  await hub.start();
  gh = await new FakeGitHub().start();
});
afterAll(async () => {
  await hub.close();
  await gh.close();
});

function gate(root: string, more: Partial<GateOptions['verifyExternal']> = {}, env: NodeJS.ProcessEnv = {}) {
  return runGate({
    root,
    now: new Date('2026-01-01T00:00:00Z'),
    verifyExternal: {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: gh.url, ...env },
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...more,
    },
  });
}

function artifact(report: GateReport, id: string): ArtifactReport {
  const a = report.artifacts.find((x) => x.id === id);
  if (!a) throw new Error(`no artifact ${id}`);
  return a;
}

describe('Hugging Face Hub claims', () => {
  it('a dataset card that passes the data-card checks is verified at the pinned sha', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/pretrain-mix' }) });
    const { report } = await gate(root);
    const a = artifact(report, 'data-card');
    expect(a.status).toBe('external');
    const item = a.evidence.find((e) => e.url === 'https://huggingface.co/datasets/finch/pretrain-mix')!;
    expect(item).toMatchObject({ verified: true, verification: 'verified', revision: hub.sha('dataset', 'finch/pretrain-mix'), license: 'CC-BY-4.0' });
    expect(item.reason).toMatch(/^verified on the Hub at [0-9a-f]{12}: README\.md: data card with/);
    expect(a.verification).toMatchObject({ verified: true });
    expect(report.verdict).toBe('pass');
    // The card was fetched at the sha the repository resolved to, not at a moving branch.
    const sha = hub.sha('dataset', 'finch/pretrain-mix');
    expect(hub.requests.some((r) => r.path === `/datasets/finch/pretrain-mix/resolve/${sha}/README.md`)).toBe(true);

    const json = JSON.parse(renderJson(report));
    const ev = json.artifacts[0].evidence.find((e: { url?: string }) => e.url);
    expect(ev).toMatchObject({ verified: true, revision: sha });
    expect(json.version).toBe(1);
    const md = renderMarkdown(report, {});
    expect(md).toContain(`✅ **verified on the Hub at [${sha.slice(0, 12)}](https://huggingface.co/datasets/finch/pretrain-mix/tree/${sha})**: README.md: data card with`);
    const text = renderText(report, { color: false });
    expect(text).toContain(`(verified at ${sha.slice(0, 12)})`);
    expect(text).toContain(`      verified: verified on the Hub at ${sha.slice(0, 12)}: README.md: data card with`);
  });

  it('an empty-template dataset card is refuted, and the policy decides what that weighs', async () => {
    const url = 'https://huggingface.co/datasets/finch/empty-card';
    const warnRoot = tree({ '.openness.yml': policy({ 'data-card': url }) });
    const warned = (await gate(warnRoot)).report;
    const a = artifact(warned, 'data-card');
    expect(a.evidence.find((e) => e.url === url)).toMatchObject({ verified: false, verification: 'refuted' });
    expect(a.problems.find((p) => p.code === 'external-refuted')?.message).toMatch(/placeholder/);
    expect(a.verification).toMatchObject({ verified: false, severity: 'warning' });
    expect(warned.verdict).toBe('warn');

    const errorRoot = tree({ '.openness.yml': policy({ 'data-card': url }, 'unverified-external: error\n') });
    expect((await gate(errorRoot)).report.verdict).toBe('fail');
    const waived = tree({ '.openness.yml': policy({ 'data-card': url }, 'unverified-external: error\nwaivers:\n  - { artifact: data-card, reason: card being written, expires: 2026-06-30 }\n') });
    const waivedReport = (await gate(waived)).report;
    expect(artifact(waivedReport, 'data-card').status).toBe('waived');
    expect(waivedReport.verdict).toBe('pass');
    const offRoot = tree({ '.openness.yml': policy({ 'data-card': url }, 'unverified-external: off\n') });
    expect((await gate(offRoot)).report.verdict).toBe('pass');
  });

  it('a gated repository cannot be verified without a token, and is with one that has access', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/gated-mix' }) });
    const without = (await gate(root)).report;
    const item = artifact(without, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: false, verification: 'unverifiable' });
    expect(item.reason).toMatch(/gated on the Hub \(HTTP 401\); set HF_TOKEN/);

    const withToken = await gate(root, {}, { HF_TOKEN: TOKEN });
    const verified = artifact(withToken.report, 'data-card').evidence.find((e) => e.url)!;
    expect(verified).toMatchObject({ verified: true, verification: 'verified' });
    expect(verified.reason).toMatch(/gated \(manual approval\)/);
    expect(hub.requests.some((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    for (const out of [renderJson(withToken.report), renderMarkdown(withToken.report, {}), renderText(withToken.report, { color: false })]) {
      expect(out).not.toContain(TOKEN);
    }

    const wrong = await gate(root, {}, { HF_TOKEN: 'hf_anotheraccountwithoutaccess' });
    expect(artifact(wrong.report, 'data-card').evidence.find((e) => e.url)?.reason).toMatch(/HTTP 403.*no access/);
  });

  it('a repository that does not exist is refuted (the Hub answers 401 RepoNotFound without a token)', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/deleted-mix' }, 'unverified-external: error\n') });
    const { report } = await gate(root);
    const item = artifact(report, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: false, verification: 'refuted' });
    expect(item.reason).toMatch(/not found on the Hub \(HTTP 401\)/);
    expect(report.verdict).toBe('fail');
    expect(artifact(report, 'data-card').fix).toMatch(/^Publish the data-card where the release says it is .*not found on the Hub/);
  });

  it('a refuted claim the policy makes points at the line of the policy that makes it', async () => {
    // version, artifacts: + 7 artifact rows, external: -> the data-card URL is on line 11.
    const text = policy({ 'data-card': 'https://huggingface.co/datasets/finch/deleted-mix' }, 'unverified-external: error\n');
    expect(text.split('\n')[10]).toBe('  data-card: https://huggingface.co/datasets/finch/deleted-mix');
    const { report } = await gate(tree({ '.openness.yml': text }));
    const item = artifact(report, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ path: '.openness.yml', line: 11, verification: 'refuted' });
  });

  it('a 429 with Retry-After is waited out as asked, then verified', async () => {
    waits.length = 0;
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/busy-mix' }) });
    const { report } = await gate(root);
    expect(artifact(report, 'data-card').evidence.find((e) => e.url)).toMatchObject({ verified: true });
    expect(waits).toEqual([1000]);
    const infos = hub.requests.filter((r) => r.path.startsWith('/api/datasets/finch/busy-mix/'));
    expect(infos.map((r) => r.status)).toEqual([429, 200]);
  });

  it('a server asking to wait longer than the run allows is "could not verify", and the verdict stands', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/throttled-mix' }) });
    const { report } = await gate(root);
    const item = artifact(report, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: false, verification: 'unverifiable' });
    expect(item.reason).toBe('could not verify: rate limited (HTTP 429); the server asks to wait 3600 s');
    expect(report.verdict).toBe('warn');
  });

  it('a Hub that answers too slowly times out: "could not verify", nothing thrown', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/slow-mix' }) });
    const { report } = await gate(root, { limits: { timeoutMs: 200, retries: 0 } });
    const item = artifact(report, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: false, verification: 'unverifiable' });
    expect(item.reason).toBe('could not verify: no answer in time (timeout)');
  });

  it('a renamed repository is followed to its new name and verified there', async () => {
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/old-mix' }) });
    const { report } = await gate(root);
    const item = artifact(report, 'data-card').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: true, revision: hub.sha('dataset', 'finch/pretrain-mix-v2'), resolved: `${hub.url}/datasets/finch/pretrain-mix-v2` });
    expect(item.reason).toMatch(/renamed to finch\/pretrain-mix-v2/);
  });

  it('eval results need numbers: model-index in the card, or .eval_results/ files', async () => {
    const root = tree({
      '.openness.yml': policy({ 'eval-results': 'https://huggingface.co/finch/finch-1b' }),
    });
    const { report } = await gate(root);
    expect(artifact(report, 'eval-results').evidence.find((e) => e.url)?.reason).toMatch(/model-index front matter with 2 metric value/);

    const root2 = tree({ '.openness.yml': policy({ 'eval-results': 'https://huggingface.co/finch/finch-1b-evals' }) });
    const second = (await gate(root2)).report;
    expect(artifact(second, 'eval-results').evidence.find((e) => e.url)?.reason).toMatch(/\.eval_results\/hellaswag\.yaml holds 1 result value/);
  });

  it('a model card pointing at its training dataset on the Hub gets that claim checked', async () => {
    const root = tree({
      '.openness.yml': policy({}).replace('data-card: { severity: off }', 'data-card: { severity: error }'),
      'README.md': '---\nlicense: apache-2.0\ndatasets:\n- finch/empty-card\n---\n# Finch\n\nA model.\n',
    });
    const { report } = await gate(root);
    const a = artifact(report, 'data-card');
    expect(a.status).toBe('external');
    expect(a.evidence.find((e) => e.code === 'card-datasets')).toMatchObject({ verified: false, verification: 'refuted', path: 'README.md' });
  });
});

describe('without --verify-external', () => {
  it('nothing goes over the network and the report has no verification fields', async () => {
    const before = hub.requests.length;
    const ghBefore = gh.requests.length;
    const root = tree({ '.openness.yml': policy({ 'data-card': 'https://huggingface.co/datasets/finch/pretrain-mix' }) });
    const { report } = await runGate({ root, now: new Date('2026-01-01T00:00:00Z') });
    expect(hub.requests.length).toBe(before);
    expect(gh.requests.length).toBe(ghBefore);
    const json = renderJson(report);
    expect(json).not.toMatch(/"verified"|"verification"|"revision"/);
  });
});

describe('GitHub claims', () => {
  const FW = 'a'.repeat(40);
  const GONE = 'b'.repeat(40);
  beforeAll(() => {
    gh.addRepo('NVIDIA/Megatron-LM', { [FW]: ['pretrain_gpt.py', 'megatron/training.py'] });
    gh.addRepo('finch/evals', { ['c'.repeat(40)]: ['results/finch-1b.json', 'README.md'] }, { renamedFrom: 'finch/old-evals' });
  });

  function repoWithSubmodule(pinned: string): string {
    const root = tree({ '.openness.yml': policy({}).replace('training: { severity: off }', 'training: { severity: error }') });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(root, '.gitmodules'), '[submodule "Megatron-LM"]\n\tpath = Megatron-LM\n\turl = https://github.com/NVIDIA/Megatron-LM.git\n');
    git('update-index', '--add', '--cacheinfo', `160000,${pinned},Megatron-LM`);
    git('add', '.openness.yml', '.gitmodules');
    git('commit', '-q', '-m', 'init');
    return root;
  }

  it('a submodule whose pinned commit exists is verified at that commit', async () => {
    const { report } = await gate(repoWithSubmodule(FW));
    const item = artifact(report, 'training').evidence.find((e) => e.code === 'framework-submodule')!;
    expect(item).toMatchObject({ verified: true, revision: FW });
    expect(item.reason).toMatch(/NVIDIA\/Megatron-LM at aaaaaaaaaaaa \(the pinned commit\) exists/);
    expect(gh.requests.some((r) => r.path === `/repos/NVIDIA/Megatron-LM/commits/${FW}`)).toBe(true);
  });

  it('a submodule pinned to a commit the repository does not have is refuted', async () => {
    const { report } = await gate(repoWithSubmodule(GONE));
    const item = artifact(report, 'training').evidence.find((e) => e.code === 'framework-submodule')!;
    expect(item).toMatchObject({ verified: false, verification: 'refuted' });
    expect(item.reason).toMatch(/the pinned commit b{40} does not exist in NVIDIA\/Megatron-LM/);
  });

  it('a linked path must exist at the commit; a renamed repository is followed', async () => {
    const ok = tree({ '.openness.yml': policy({ 'eval-results': 'https://github.com/finch/old-evals/blob/main/results/finch-1b.json' }) });
    const item = artifact((await gate(ok)).report, 'eval-results').evidence.find((e) => e.url)!;
    expect(item).toMatchObject({ verified: true, revision: 'c'.repeat(40), resolved: 'https://github.com/finch/evals' });
    const missing = tree({ '.openness.yml': policy({ 'eval-results': 'https://github.com/finch/evals/tree/main/results/finch-7b' }) });
    const bad = artifact((await gate(missing)).report, 'eval-results').evidence.find((e) => e.url)!;
    expect(bad).toMatchObject({ verified: false, verification: 'refuted' });
    expect(bad.reason).toBe('results/finch-7b does not exist in finch/evals at cccccccccccc');
  });

  it('a GitHub server error is retried and then reported as "could not verify"', async () => {
    gh.fault({ path: /^\/repos\/finch\/evals$/, fault: { kind: 'status', status: 502 } });
    try {
      const root = tree({ '.openness.yml': policy({ 'eval-results': 'https://github.com/finch/evals' }) });
      const { report } = await gate(root, { limits: { retries: 1 } });
      const item = artifact(report, 'eval-results').evidence.find((e) => e.url)!;
      expect(item).toMatchObject({ verified: false, verification: 'unverifiable', reason: 'could not verify: GitHub answered HTTP 502' });
      expect(report.verdict).toBe('warn');
    } finally {
      gh.clearFaults();
    }
  });
});

describe('MOF class and MOT export', () => {
  it('verified external components count and say so; refuted ones do not count', async () => {
    const root = tree({
      '.openness.yml': policy({
        'data-card': 'https://huggingface.co/datasets/finch/pretrain-mix',
        'model-card': 'https://huggingface.co/datasets/finch/empty-card',
      }),
    });
    const { report } = await gate(root);
    const mof = report.mof!;
    const dataCard = mof.components.find((c) => c.artifact === 'data-card')!;
    expect(dataCard).toMatchObject({ status: 'external', verification: 'verified', revision: hub.sha('dataset', 'finch/pretrain-mix'), counts: true });
    expect(dataCard.license?.id).toBe('CC-BY-4.0');
    const modelCard = mof.components.find((c) => c.artifact === 'model-card')!;
    expect(modelCard).toMatchObject({ status: 'invalid', verification: 'refuted', counts: false });
    expect(mof.classes[0]!.verified).toEqual(expect.arrayContaining(mof.classes[0]!.external.filter((id) => id === 'data-card')));
    const yml = renderMof(report);
    expect(yml).toContain(`component_path: 'https://huggingface.co/datasets/finch/pretrain-mix' # verified at ${hub.sha('dataset', 'finch/pretrain-mix').slice(0, 12)}`);
    expect(yml).toMatch(/# External components checked where they are published: verified: Data card/);
  });
});

describe('the request budget', () => {
  it('a spent budget leaves the remaining claims "could not verify" with the reason', async () => {
    const root = tree({
      '.openness.yml': policy({
        'data-card': 'https://huggingface.co/datasets/finch/pretrain-mix',
        'eval-results': 'https://huggingface.co/finch/finch-1b',
      }),
    });
    const { report } = await gate(root, { limits: { budget: 0 } });
    for (const id of ['data-card', 'eval-results']) {
      const item = artifact(report, id).evidence.find((e) => e.url)!;
      expect(item).toMatchObject({ verified: false, verification: 'unverifiable', reason: "could not verify: the run's request budget (0) is spent" });
    }
    expect(report.notes.some((n) => /external evidence checked: 0 verified.*2 could not be verified \(0 requests\)/.test(n))).toBe(true);
  });
});
