// Issue 19, end to end: the crafted files of the issue, judged by the shipped CLI bundle on a small heap
// (before the fix, the deep-JSON config alone needed about 2 GB and the process aborted with a native
// stack trace), and a check stopped mid-file by the time budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spend } from '../../src/domain/cost.js';
import { scan } from '../../src/scan/index.js';
import type { Detector } from '../../src/domain/finding.js';
import { runCli, STACK_TRACE } from '../helpers/cli.js';
import { flood } from '../../bench/hostile-shapes.js';
import { removeDir, tempDir, writeTree } from '../helpers/scan.js';

const KB = 1024;
let root: string;

beforeAll(() => {
  root = tempDir('og-cost-e2e-');
  writeTree(root, {
    // Each just under the 256 KB read cap.
    // Lines long enough to stay under the line cap: the nesting bound is what holds.
    'configs/train.json': `{${flood('"learning_rate_schedule_settings":{\n', 250 * KB)}`,
    'configs/deep.json': flood('[', 250 * KB),
    'prep/dedup.json': `{${flood('"lr": 1, "a": {\n', 250 * KB)}`,
    'LICENSE': flood('{', 250 * KB),
    'README.md': flood('<table>\n', 250 * KB),
    'MODEL_CARD.md': `---\nlicense: ${flood('[', 250 * KB)}`,
    'prep/build.ipynb': `{"cells":[${flood('{"cell_type":"code","source": [', 250 * KB)}`,
    'train.py': `x = [${flood('loss.backward(), ', 250 * KB)}]\n`,
  });
});

afterAll(() => removeDir(root));

describe('crafted files under the read cap, through the CLI bundle', () => {
  it('are judged on a 256 MB heap: verdict, one JSON report, no abort, no stack trace', () => {
    const r = runCli([root, '--format', 'json'], { env: { NODE_OPTIONS: '--max-old-space-size=256' }, timeout: 120_000 });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { verdict: string; notes: string[] };
    expect(report.verdict).toBe('fail');
    // The deep config is judged up to the nesting bound, and says so.
    expect(report.notes.join('\n')).toMatch(/configs\/train\.json.*not fully judged: objects nested deeper than 32 levels/);
  });
});

describe('the time budget stops a check inside a file', () => {
  it('a check still running at the deadline is stopped, noted on its file, and its artifact left unfinished', async () => {
    const dir = tempDir('og-cost-budget-');
    try {
      writeTree(dir, { 'configs/a.yaml': 'lr: 1\n' });
      const slow: Detector = {
        id: 'config',
        globs: ['configs/*.yaml'],
        // Works as a parser does on a huge input: spends units row by row, for far longer than the budget.
        check: () => {
          const until = Date.now() + 30_000;
          while (Date.now() < until) spend(64);
          return [];
        },
      };
      // Long enough that listing the tree never uses it up, far shorter than the check would run.
      const result = await scan({ root: dir, limits: { timeMs: 2000 } }, [slow]);
      expect(result.notes).toContainEqual(expect.objectContaining({ code: 'budget', path: 'configs/a.yaml' }));
      expect(result.unfinished).toEqual(['config']);
      expect(result.errors).toEqual([]);
    } finally {
      removeDir(dir);
    }
  });
});
