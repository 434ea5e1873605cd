// Issue 19: one crafted file under the read cap must cost about what a plain file of its size costs.
// Each shape is judged at 32 KB and at 256 KB by the whole scan, in process; the cost may grow about
// as the size does (8×), never as its square (64×). Ratios, never an absolute timeout. Cost is this
// process's CPU time (other processes on a loaded machine do not count), the least of three runs of
// each file, the three files interleaved so a busy spell hits them all; each run rewrites its file one
// blank longer, so the per-README caches (Markdown parse, links, verdicts) never answer a repeat.
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
  // Round four: each hit was judged by its whole row or by a walk over what stands above it.
  'a README row of thousands of arXiv links': { path: 'README.md', make: (n) => 'https://arxiv.org/abs/1 '.repeat(Math.floor(n / 24)) },
  'a README table of thousands of hub model links': { path: 'README.md', make: (n) => '| https://huggingface.co/a/b |\n'.repeat(Math.floor(n / 30)) },
  'a README of hub links to thousands of organisations': { path: 'README.md', make: (n) => Array.from({ length: Math.floor(n / 38) }, (_, i) => `[m](https://huggingface.co/o${i}/m)\n`).join('') },
  'a README of thousands of citation headings with links': { path: 'README.md', make: (n) => '## paper https://arxiv.org/abs/1\n'.repeat(Math.floor(n / 33)) },
  // Round five: each section looked for its first subsection from the first heading (sections × headings).
  'a README of thousands of distinct headings': { path: 'README.md', make: (n) => Array.from({ length: Math.floor(n / 8) }, (_, i) => `# h${i}\n`).join('').slice(0, n) },
  // Round six: a search of the whole text for `^\s*@` crossed every blank row below each row it started on.
  'a README of blank rows ending in a BibTeX entry': { path: 'README.md', make: (n) => `${`${' '.repeat(12)}\n`.repeat(Math.floor((n - 20) / 13))}@article{x,\n}\n` },
  'a pyproject.toml of blank rows': { path: 'pyproject.toml', make: (n) => `${' '.repeat(12)}\n`.repeat(Math.floor(n / 13)) },
  // `^` of a multiline pattern also stops at U+2028: a sweep started again after each one.
  'a README of blanks and line separators': { path: 'README.md', make: (n) => ' \u2028'.repeat(Math.floor(n / 2)) },
};

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The least CPU time of three scans of each text, as the file at `path` of a tree of its own. */
async function costs(path: string, texts: readonly string[]): Promise<number[]> {
  const roots = texts.map(() => {
    const root = tempDir('og-cost-');
    mkdirSync(join(root, path, '..'), { recursive: true });
    return root;
  });
  const best = texts.map(() => Infinity);
  for (let k = 0; k < 3; k++) {
    for (const [i, text] of texts.entries()) {
      writeFileSync(join(roots[i]!, path), `${text}${' '.repeat(k + 1)}`);
      const t = cpuMs();
      const r = await scan({ root: roots[i]! });
      best[i] = Math.min(best[i]!, cpuMs() - t);
      expect(r.errors).toEqual([]);
    }
  }
  return best;
}

describe('cost of one crafted file grows with its size, not its square', () => {
  it.each(Object.entries(SHAPES))('%s', async (_name, shape) => {
    const plainText = `${'plain words of text '.repeat(64)}\n`.repeat(Math.floor((256 * 1024) / 1281));
    const [small, large, plain] = (await costs(shape.path, [shape.make(32 * 1024), shape.make(256 * 1024), plainText])) as [number, number, number];
    const label = `32 KB ${small.toFixed(1)} ms, 256 KB ${large.toFixed(1)} ms, plain 256 KB ${plain.toFixed(1)} ms`;
    // Floors keep a few milliseconds of noise from reading as growth.
    expect(large / Math.max(small, 20), label).toBeLessThan(16);
    // And about what a plain file of the same size costs (the issue asks for about 2×; noise allowance on top).
    expect(large / Math.max(plain, 50), label).toBeLessThan(6);
  });
});
