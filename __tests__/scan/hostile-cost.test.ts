// Issue 19: one crafted file under the read cap must cost about what a plain file of its size costs.
// Each shape is judged at 32 KB and at 256 KB by the whole scan, in process; the time may grow about
// as the size does (8×), never as its square (64×). Ratios, never an absolute timeout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/index.js';
import { tempDir } from '../helpers/scan.js';

const SHAPES: Record<string, { path: string; make: (bytes: number) => string }> = {
  'a license that is a flood of {': { path: 'LICENSE', make: (n) => '{'.repeat(n) },
  'a README of <table> lines with no <tr>': { path: 'README.md', make: (n) => '<table>\n'.repeat(Math.floor(n / 8)) },
  'a notebook whose source arrays never close': { path: 'prep/build.ipynb', make: (n) => `{"cells":[${'{"cell_type":"code","source": ['.repeat(Math.floor(n / 32))}` },
  'deeply nested JSON in a config candidate': { path: 'configs/train.json', make: (n) => `${'{"lr":1,"a":'.repeat(Math.floor(n / 24))}1${'}'.repeat(Math.floor(n / 24))}` },
  'one very long line of a training script': { path: 'train.py', make: (n) => `x = [${'loss.backward(), '.repeat(Math.floor(n / 17))}]\n` },
  // Round three: each was 24× to 150× a plain file before its fix.
  'a data card of rows with thousands of blanks before a value': { path: 'DATA_CARD.md', make: (n) => `a: ${' '.repeat(4000)}b\n`.repeat(Math.floor(n / 4006)) },
  'a launch script of rows of backticks after the launcher': { path: 'scripts/train.sh', make: (n) => `python ${'`'.repeat(3990)}\n`.repeat(Math.floor(n / 3998)) },
  'a pyproject of rows of -a-a-a with no end': { path: 'pyproject.toml', make: (n) => `${'-a'.repeat(2000)}?\n`.repeat(Math.floor(n / 4002)) },
  'a card whose license expression is a run of blanks': { path: 'README.md', make: (n) => `---\nlicense: "(${' '.repeat(n - 40)}CC-BY-NC-4.0)"\n---\n# Model\n` },
};

async function timeOf(path: string, text: string): Promise<number> {
  const root = tempDir('og-cost-');
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    const r = await scan({ root });
    best = Math.min(best, performance.now() - t);
    expect(r.errors).toEqual([]);
  }
  return best;
}

describe('cost of one crafted file grows with its size, not its square', () => {
  it.each(Object.entries(SHAPES))('%s', async (_name, shape) => {
    const small = await timeOf(shape.path, shape.make(32 * 1024));
    const large = await timeOf(shape.path, shape.make(256 * 1024));
    const plain = await timeOf(shape.path, `${'plain words of text '.repeat(64)}\n`.repeat(Math.floor((256 * 1024) / 1281)));
    // Floors keep a few milliseconds of noise from reading as growth.
    expect(large / Math.max(small, 20)).toBeLessThan(16);
    // And about what a plain file of the same size costs (the issue asks for about 2×; noise allowance on top).
    expect(large / Math.max(plain, 50)).toBeLessThan(6);
  });
});
