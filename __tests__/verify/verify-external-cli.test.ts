import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, STACK_TRACE } from '../helpers/cli.js';
import { FakeHub } from '../helpers/hub-server.js';

/**
 * `--verify-external` end to end through the built CLI, with HF_ENDPOINT pointing at the fake Hub.
 * The CLI runs as a child process while this process serves the Hub, so it is spawned, not run synchronously.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hub');
const TOKEN = 'hf_clitokenthatmustnotleak9876543210';

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const POLICY = `version: 1
artifacts:
  data-card: { severity: error }
  preprocessing: { severity: off }
  config: { severity: off }
  training: { severity: off }
  eval-results: { severity: error }
  license: { severity: off }
  model-card: { severity: off }
external:
  data-card: https://huggingface.co/datasets/finch/pretrain-mix
  eval-results: https://huggingface.co/finch/finch-1b
unverified-external: error
`;

// The bundle is rebuilt from the source by `npm run bundle`; one built before this feature cannot be tested for it.
const BUILT = existsSync(CLI) && readFileSync(CLI, 'utf8').includes('verify-external');

describe.skipIf(!BUILT)(`openness-gate --verify-external (built CLI${BUILT ? '' : ': skipped, dist/cli predates --verify-external; run npm run bundle'})`, () => {
  let hub: FakeHub;
  let root: string;
  beforeAll(async () => {
    hub = new FakeHub()
      .add({ type: 'dataset', name: 'finch/pretrain-mix', files: { 'README.md': readFileSync(join(FIXTURES, 'dataset-card.md'), 'utf8') } })
      .add({ type: 'model', name: 'finch/finch-1b', gated: 'auto', access: [TOKEN], files: { 'README.md': readFileSync(join(FIXTURES, 'model-card-model-index.md'), 'utf8') } });
    await hub.start();
    root = mkdtempSync(join(tmpdir(), 'og-verify-cli-'));
    writeFileSync(join(root, '.openness.yml'), POLICY);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('verifies the dataset card, fails on the gated model card without a token, passes with one', async () => {
    const without = await run([root, '--verify-external', '--format', 'json'], { HF_ENDPOINT: hub.url });
    expect(without.stderr).toBe('');
    expect(without.code).toBe(1);
    const report = JSON.parse(without.stdout);
    const byId = (id: string) => report.artifacts.find((a: { id: string }) => a.id === id);
    const dataCard = byId('data-card');
    const evalResults = byId('eval-results');
    expect(dataCard.evidence[0]).toMatchObject({ url: 'https://huggingface.co/datasets/finch/pretrain-mix', verified: true, revision: hub.sha('dataset', 'finch/pretrain-mix') });
    expect(evalResults.evidence[0]).toMatchObject({ verified: false, verification: 'unverifiable' });
    expect(evalResults.evidence[0].reason).toMatch(/gated on the Hub/);
    expect(evalResults.failing).toBe(true);

    const withToken = await run([root, '--verify-external', '--format', 'markdown'], { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN });
    expect(withToken.code).toBe(0);
    expect(withToken.stdout).toContain(`verified on the Hub at [${hub.sha('model', 'finch/finch-1b').slice(0, 12)}]`);
    expect(withToken.stdout + withToken.stderr).not.toContain(TOKEN);
  });

  it('without the flag the CLI sends nothing, whatever HF_ENDPOINT says', async () => {
    const before = hub.requests.length;
    const r = await run([root, '--format', 'json'], { HF_ENDPOINT: hub.url });
    expect(hub.requests.length).toBe(before);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('"verified"');
  });

  it('an unreachable Hub is "could not verify", with the verdict kept and no stack trace', async () => {
    // A port that was just free: nothing listens there.
    const closed = await new FakeHub().start();
    const endpoint = closed.url;
    await closed.close();
    const r = await run([root, '--verify-external'], { HF_ENDPOINT: endpoint });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stdout).toMatch(/eval-results is declared elsewhere but could not be verified: network error \(ECONNREFUSED\)/);
  });

  it('--help names the flag', async () => {
    const r = await run(['--help'], {});
    expect(r.stdout).toContain('--verify-external');
  });
});
