// `npm run accuracy`, the maintainer's measure: the bundled examples as two labelled repositories in
// git, judged at their labelled commits, with the pooled folders and the calibration view.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAll, initRepo, removeDir, tempDir } from '../helpers/scan.js';
import { PROJECT, STACK_TRACE } from '../helpers/cli.js';

const HAS_GIT = spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
const TSX = pathToFileURL(join(PROJECT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const ARTIFACTS = ['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card'] as const;

function label(repo: string, commit: string, cls: string, absent: readonly string[] = []) {
  const artifacts = Object.fromEntries(ARTIFACTS.map((a) => [a, { label: absent.includes(a) ? 'absent' : 'present', paths: [], reason: 'test' }]));
  return { repo, commit, class: cls, artifacts, notes: '' };
}

describe.skipIf(!HAS_GIT)('npm run accuracy (skipped without git)', () => {
  let root: string;
  let out: string;
  let json: { rows: { repo: string; artifacts: Record<string, { decided?: { code?: string; signals: string[]; setAside: string[] } }> }[] };

  beforeAll(() => {
    root = tempDir('og-accuracy-');
    const trees = join(root, 'trees');
    const commits: Record<string, string> = {};
    for (const [name, example] of [['open', 'open-training'], ['weights', 'weights-only']] as const) {
      const dir = join(trees, `acme__${name}`);
      cpSync(join(PROJECT, 'examples', example), dir, { recursive: true });
      initRepo(dir);
      commits[name] = commitAll(dir, 'release');
    }
    // Two label folders, pooled by --labels a,b.
    for (const [folder, file, body] of [
      ['one', 'acme__open.json', label('acme/open', commits.open!, 'open-training')],
      ['two', 'acme__weights.json', label('acme/weights', commits.weights!, 'weights-only', ['data-card', 'preprocessing', 'config', 'training', 'eval-results'])],
    ] as const) {
      mkdirSync(join(root, folder), { recursive: true });
      writeFileSync(join(root, folder, file), JSON.stringify(body));
    }
    const r = spawnSync(process.execPath, ['--import', TSX, join(PROJECT, 'scripts', 'accuracy.ts'), '--trees', trees, '--labels', `${join(root, 'one')},${join(root, 'two')}`, '--signals', '--json', join(root, 'rows.json')], {
      cwd: PROJECT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(0);
    out = r.stdout;
    json = JSON.parse(readFileSync(join(root, 'rows.json'), 'utf8')) as typeof json;
  });

  afterAll(() => removeDir(root));

  it('pools the label folders and scores the verdicts by class', () => {
    expect(out).toContain('study corpus: 2 repositories judged');
    expect(out).toMatch(/open-training: 1 · .*agree 1\/1/);
    expect(out).toMatch(/weights-only: 1 · .*agree 1\/1/);
  });

  it('prints the calibration view: what decided each artifact and its precision', () => {
    const view = out.slice(out.indexOf('calibration'));
    expect(view).toMatch(/^training: counted in 1, precision 1\.00$/m);
    // The decisive code of the open release's training, with how often it decided.
    const trainingCode = json.rows.find((r) => r.repo === 'acme/open')!.artifacts.training!.decided!.code!;
    expect(trainingCode).toBeTruthy();
    expect(view).toMatch(new RegExp(`^\\| ${trainingCode} \\| 1 \\| 1\\.00 \\| \\d+ \\| 1\\.00 \\|$`, 'm'));
    // The weights-only example's licence restricts use: it is still the release's licence, as the
    // label says, and what decided it is named.
    expect(view).toMatch(/^license: counted in 2, precision 1\.00$/m);
    expect(json.rows.find((r) => r.repo === 'acme/weights')!.artifacts.license!.decided!.code).toBe('not-open');
  });

  it('keeps what it decided on in the JSON rows', () => {
    const open = json.rows.find((r) => r.repo === 'acme/open')!;
    expect(open.artifacts.preprocessing!.decided!.signals.length).toBeGreaterThan(0);
  });
});
