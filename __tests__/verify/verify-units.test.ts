import { describe, expect, it } from 'vitest';
import { BudgetSpent, politeFetch, waitAsked, DEFAULT_POLITE } from '../../src/verify/http.js';
import { hubPage, parseTarget } from '../../src/verify/targets.js';
import { publicHttps, verifyWeb } from '../../src/verify/web.js';
import { evalYamlValues, judgeRemote } from '../../src/verify/judge.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';

describe('parseTarget', () => {
  it.each([
    ['https://huggingface.co/datasets/org/data', { kind: 'hub', type: 'dataset', name: 'org/data' }],
    ['https://huggingface.co/org/model', { kind: 'hub', type: 'model', name: 'org/model' }],
    ['https://hf.co/spaces/org/demo', { kind: 'hub', type: 'space', name: 'org/demo' }],
    ['https://huggingface.co/org/model/blob/v1.0/eval/results.json', { kind: 'hub', type: 'model', name: 'org/model', revision: 'v1.0', path: 'eval/results.json' }],
    ['https://huggingface.co/gpt2', { kind: 'hub', type: 'model', name: 'gpt2' }],
    ['https://huggingface.co/docs/hub/index', { kind: 'web', url: 'https://huggingface.co/docs/hub/index' }],
    ['https://github.com/NVIDIA/Megatron-LM.git', { kind: 'github', owner: 'NVIDIA', repo: 'Megatron-LM' }],
    ['git@github.com:org/repo.git', { kind: 'github', owner: 'org', repo: 'repo' }],
    ['https://github.com/org/repo/tree/main/eval/results', { kind: 'github', owner: 'org', repo: 'repo', ref: 'main', path: 'eval/results' }],
    ['https://wandb.ai/org/proj/reports/Run--abc', { kind: 'web', url: 'https://wandb.ai/org/proj/reports/Run--abc' }],
  ])('%s', (url, expected) => {
    expect(parseTarget(url)).toEqual(expected);
  });

  it('refuses what is not an http(s) address', () => {
    expect(parseTarget('file:///etc/passwd')).toBeUndefined();
    expect(parseTarget('not a url')).toBeUndefined();
  });

  it('builds the page of a repository at a revision', () => {
    expect(hubPage('https://huggingface.co/', { type: 'dataset', name: 'o/d' }, 'abc')).toBe('https://huggingface.co/datasets/o/d/tree/abc');
  });
});

describe('waitAsked', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads Retry-After in seconds and as a date, the RateLimit header, and GitHub reset times', () => {
    expect(waitAsked(new Headers({ 'retry-after': '7' }), now)).toBe(7000);
    expect(waitAsked(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30_000);
    expect(waitAsked(new Headers({ ratelimit: '"api";r=0;t=55' }), now)).toBe(55_000);
    expect(waitAsked(new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 12) }), now)).toBe(12_000);
    expect(waitAsked(new Headers({ 'x-ratelimit-remaining': '10', 'x-ratelimit-reset': String(now / 1000 + 12) }), now)).toBeUndefined();
  });
});

/** A scripted network: answers in order, counting what is asked. */
function scripted(answers: (() => Response | Promise<Response>)[]) {
  const asked: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const net = (async (input: string | URL | Request) => {
    asked.push(String(input));
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setImmediate(r));
    const next = answers.shift();
    inFlight--;
    if (!next) return new Response('ok', { status: 200 });
    return next();
  }) as typeof fetch;
  return { net, asked, max: () => maxInFlight };
}

describe('politeFetch', () => {
  const options = { ...DEFAULT_POLITE, sleep: async () => {} };

  it('answers the same request once per run from its cache', async () => {
    const s = scripted([]);
    const p = politeFetch({ ...options, fetch: s.net });
    const a = await p.fetch('https://x.test/a');
    const b = await p.fetch('https://x.test/a');
    expect(await a.text()).toBe('ok');
    expect(await b.text()).toBe('ok');
    expect(s.asked).toEqual(['https://x.test/a']);
    expect(p.stats).toMatchObject({ sent: 1, cached: 1 });
  });

  it('keeps to the concurrency limit', async () => {
    const s = scripted([]);
    const p = politeFetch({ ...options, concurrency: 2, fetch: s.net });
    await Promise.all(Array.from({ length: 8 }, (_, i) => p.fetch(`https://x.test/${i}`)));
    expect(s.asked).toHaveLength(8);
    expect(s.max()).toBe(2);
  });

  it('retries a 503 after the wait the server asks for, and gives up after its retries', async () => {
    const waits: number[] = [];
    const s = scripted([() => new Response('busy', { status: 503, headers: { 'retry-after': '2' } }), () => new Response('busy', { status: 503 }), () => new Response('busy', { status: 503 })]);
    const p = politeFetch({ ...options, retries: 2, fetch: s.net, sleep: async (ms) => void waits.push(ms) });
    const r = await p.fetch('https://x.test/');
    expect(r.status).toBe(503);
    expect(waits).toEqual([2000, 1000]);
    expect(p.stats).toMatchObject({ sent: 3, retried: 2 });
  });

  it('spends no more than its budget', async () => {
    const s = scripted([]);
    const p = politeFetch({ ...options, budget: 2, fetch: s.net });
    await p.fetch('https://x.test/1');
    await p.fetch('https://x.test/2');
    await expect(p.fetch('https://x.test/3')).rejects.toBeInstanceOf(BudgetSpent);
    expect(s.asked).toHaveLength(2);
  });

  it('only reads', async () => {
    const p = politeFetch({ ...options, fetch: scripted([]).net });
    await expect(p.fetch('https://x.test/', { method: 'POST' })).rejects.toThrow(/only reads/);
  });

  it('cuts a body longer than its cap', async () => {
    const s = scripted([() => new Response('x'.repeat(5000))]);
    const p = politeFetch({ ...options, maxBody: 100, fetch: s.net });
    expect((await (await p.fetch('https://x.test/')).text()).length).toBe(100);
  });
});

describe('verifyWeb', () => {
  it('says reachable, content not judged; a 404 is a dead link; HEAD refused falls back to GET', async () => {
    const ok = await verifyWeb('https://wandb.ai/org/p/reports/r', scripted([() => new Response(null, { status: 200 })]).net);
    expect(ok).toMatchObject({ outcome: 'reachable', verified: true, reason: 'reachable (HTTP 200), content not judged' });
    const dead = await verifyWeb('https://example.org/gone', scripted([() => new Response(null, { status: 404 })]).net);
    expect(dead).toMatchObject({ outcome: 'refuted', verified: false });
    const s = scripted([() => new Response(null, { status: 405 }), () => new Response('x', { status: 206 })]);
    expect(await verifyWeb('https://arxiv.org/abs/2401.00001', s.net)).toMatchObject({ outcome: 'reachable' });
    expect(s.asked).toHaveLength(2);
  });

  it('follows redirects hop by hop, never to a private address', async () => {
    const s = scripted([
      () => new Response(null, { status: 301, headers: { location: 'https://www.example.org/new' } }),
      () => new Response(null, { status: 200 }),
    ]);
    expect(await verifyWeb('https://example.org/old', s.net)).toMatchObject({ outcome: 'reachable' });
    expect(s.asked).toEqual(['https://example.org/old', 'https://www.example.org/new']);
    const evil = scripted([() => new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } })]);
    expect(await verifyWeb('https://example.org/x', evil.net)).toMatchObject({ outcome: 'unverifiable' });
    expect(evil.asked).toEqual(['https://example.org/x']);
  });

  it('never asks a private or local address', async () => {
    for (const url of ['http://example.org/', 'https://127.0.0.1/x', 'https://169.254.169.254/latest/meta-data', 'https://localhost/x', 'https://intranet/x', 'https://[::1]/x', 'https://build.internal/x']) {
      expect(publicHttps(url), url).toBe(false);
    }
    const s = scripted([]);
    expect(await verifyWeb('https://10.0.0.1/report', s.net)).toMatchObject({ outcome: 'unverifiable' });
    expect(s.asked).toHaveLength(0);
  });
});

describe('evalYamlValues', () => {
  it('counts numeric values of .eval_results entries, not other numbers', () => {
    expect(evalYamlValues('- dataset: {id: cais/mmlu}\n  value: 63.1\n- dataset: {id: gsm8k}\n  value: 41\n  date: 2025\n')).toBe(2);
    expect(evalYamlValues('- dataset: {id: cais/mmlu}\n  value: TODO\n')).toBe(0);
    expect(evalYamlValues(': [')).toBe(0);
  });
});

describe('judgeRemote', () => {
  const card = { data: Buffer.from('# Data\n\nSome words.\n'), size: 22 };
  it('a dataset repository publishes data only when it holds files beside its card', () => {
    expect(judgeRemote('datasets', DETECTORS, { card, files: ['README.md', '.gitattributes', 'data/train-00000-of-00002.parquet'] })).toMatchObject({ result: 'verified' });
    expect(judgeRemote('datasets', DETECTORS, { card, files: ['README.md', '.gitattributes'] })).toMatchObject({ result: 'refuted', reason: 'the repository holds no data files, only its card' });
  });
  it('weights need parameter files, judged by the detector\'s own globs', () => {
    expect(judgeRemote('weights', DETECTORS, { card, files: ['README.md', 'model-00001-of-00002.safetensors'] })).toMatchObject({ result: 'verified' });
    expect(judgeRemote('weights', DETECTORS, { card, files: ['README.md', 'config.json'] })).toMatchObject({ result: 'refuted' });
  });
  it('a card-content claim without a card is refuted', () => {
    expect(judgeRemote('model-card', DETECTORS, { card: null, files: ['model.safetensors'] })).toEqual({ result: 'refuted', reason: 'the repository has no card (README.md)' });
  });
});
