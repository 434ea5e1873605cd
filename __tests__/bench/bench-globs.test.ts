import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Minimatch, minimatch } from 'minimatch';
import { expandBraces, globsToEre } from '../../bench/globs.js';
import { synthLayout } from '../../bench/synth.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';

// The benchmark's `git ls-files | grep -iE` baseline is only fair if its regex selects what the globs select.
const mm = (path: string, glob: string) => minimatch(path, glob, { dot: true, nocase: true });
const re = (globs: readonly string[]) => new RegExp(globsToEre(globs), 'i');

describe('bench: globs as one ERE', () => {
  it('expands braces like minimatch, ranges and nesting included', () => {
    expect(expandBraces('a/{b,c{d,e}}/f')).toEqual(['a/b/f', 'a/cd/f', 'a/ce/f']);
    expect(expandBraces('x{1..3}')).toEqual(['x1', 'x2', 'x3']);
    expect(expandBraces('{a/b,c}.md')).toEqual(['a/b.md', 'c.md']);
    expect(expandBraces('lit{x}')).toEqual(['lit\\{x\\}']);
  });

  const cases: [string, string[], string[]][] = [
    ['**/DATA_CARD.md', ['DATA_CARD.md', 'docs/data_card.md', 'a/b/c/Data_Card.MD', '.hidden/DATA_CARD.md'], ['DATA_CARD.mdx', 'docs/xDATA_CARD.md']],
    ['configs/**/*.{yaml,yml}', ['configs/a.yaml', 'configs/x/y/b.YML'], ['configs.yaml', 'other/configs/a.yaml', 'configs/a.json']],
    ['**/eval*/**/*.json', ['eval/a.json', 'x/evals/y/z.json', 'evaluation/r.json'], ['x/val/a.json', 'eval.json']],
    ['**/train?.py', ['train1.py', 'a/trainx.py'], ['train.py', 'a/train12.py', 'a/train/.py']],
    ['scripts/[!_]*.py', ['scripts/prep.py'], ['scripts/_x.py', 'scripts/a/b.py']],
    ['LICENSE*', ['LICENSE', 'license.txt', 'LICENSE-APACHE'], ['docs/LICENSE']],
    ['**/*.@(safetensors|bin)', ['m.safetensors', 'a/b/w.BIN'], ['a/b.pt']],
    ['docs/**', ['docs/a', 'docs/a/b.md'], ['doc/a', 'xdocs/a']],
    ['a.b+c(d)$e.txt', ['a.b+c(d)$e.txt'], ['aXb+c(d)$e.txt']],
  ];
  for (const [glob, yes, no] of cases) {
    it(`${glob} agrees with minimatch`, () => {
      const r = re([glob]);
      for (const p of yes) {
        expect(mm(p, glob), `minimatch ${p}`).toBe(true);
        expect(r.test(p), `regex ${p}`).toBe(true);
      }
      for (const p of no) {
        expect(mm(p, glob), `minimatch ${p}`).toBe(false);
        expect(r.test(p), `regex ${p}`).toBe(false);
      }
    });
  }

  it('rejects what ERE cannot say instead of guessing', () => {
    expect(() => globsToEre(['**/!(x).md'])).toThrow(/negated extglob/);
    expect(() => globsToEre([])).toThrow(/no globs/);
  });

  it('selects exactly what the real detectors\' globs select, on a synthetic monorepo listing', () => {
    const globs = DETECTORS.flatMap((d) => d.globs);
    expect(globs.length).toBeGreaterThan(0);
    const r = re(globs);
    const matchers = globs.map((g) => new Minimatch(g, { dot: true, nocase: true }));
    const { files } = synthLayout({ size: 5_000, content: false });
    const extra = ['README.md', 'docs/DATA_CARD.md', 'Model_Card.md', 'train.py', 'eval/results.json', 'configs/x.yaml'];
    for (const path of [...files.map((f) => f.path), ...extra]) {
      const want = matchers.some((m) => m.match(path));
      if (r.test(path) !== want) expect.fail(`${path}: regex ${!want}, globs ${want}`);
    }
  });

  it('agrees with minimatch on random paths for generated globs', () => {
    const seg = fc.constantFrom('a', 'B', 'data', 'eval', '.x', 'c.md', 'r.json', 'Train.py');
    const gseg = fc.constantFrom('*', '**', 'a', 'data', '*.md', '*.json', 'eval*', '?', '[ab]*', '{a,data}', 'train.py');
    fc.assert(
      fc.property(fc.array(gseg, { minLength: 1, maxLength: 4 }), fc.array(seg, { minLength: 1, maxLength: 5 }), (gs, ps) => {
        const glob = gs.join('/');
        const path = ps.join('/');
        expect(re([glob]).test(path)).toBe(mm(path, glob));
      }),
      { numRuns: 3000 },
    );
  });
});
