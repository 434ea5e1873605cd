import fc from 'fast-check';
import { Minimatch, braceExpand } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/domain/errors.js';
import { GLOB_LIMITS } from '../../src/domain/glob-limits.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { compileSelection, selectCandidates } from '../../src/scan/match.js';
import { testDetector } from '../helpers/scan.js';

const MM = { nocase: true, dot: true, platform: 'linux' as const };

describe('selectCandidates: glob matching', () => {
  // The index (extension buckets, in-place basename tests, per-folder caches) must agree with minimatch.
  it('agrees with minimatch on every path for arbitrary trees and patterns', () => {
    const patterns = [
      '**/README.md',
      '*.json',
      '**/eval*/**/*.json',
      'a/**',
      'a/**/b.md',
      '**/LICENSE*',
      '**/*.{md,txt}',
      'docs/*.md',
      '**/.x*',
      'A/b/**/c*.JSON',
      '**/d?t?/*',
      '**/[ab].md',
      '**/@(x|y).md',
      '**/*',
      '**',
      'x/',
      '**/Ünï*.md',
      '{docs,a}/**/README*',
      '*',
      'a/*/b/**/*.json',
      '**/*a*t*.{md,json}',
      '**/*{EVAL,eval}*.md',
      '**/docs/a/**/*.md',
      'docs/**/*.md',
      '**/a/**',
      '**/data/**/*a*',
      'a/b/*',
      '**/x/*.json',
    ];
    const segment = fc.constantFrom('a', 'b', 'A', 'eval', 'Evals', 'docs', 'DOCS', '.x', 'data', 'dat1', 'x', 'xa', 'ünï');
    const name = fc.constantFrom(
      'README.md',
      'readme.MD',
      'x.json',
      'b.md',
      'LICENSE',
      'license.txt',
      'c1.json',
      'a.md',
      'y.md',
      '.xrc',
      'z',
      'Q.TXT',
      '.json',
      'ÜNÏ.md',
      'x',
      'data_stat.md',
      'my-EVAL-run.md',
      'aat.json',
      'at.md',
      'ta.md',
    );
    const path = fc.tuple(fc.array(segment, { maxLength: 4 }), name).map(([dirs, base]) => [...dirs, base].join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(path, { maxLength: 40 }), fc.constantFrom(...patterns), (paths, pattern) => {
        const sorted = [...paths].sort();
        const got = selectCandidates(sorted, [testDetector('config', [pattern])]).get('config');
        const mm = new Minimatch(pattern, MM);
        // `x/` means the folder x and everything under it.
        const want = sorted.filter((p) => (pattern === 'x/' ? new Minimatch('x/**', MM).match(p) : mm.match(p)));
        expect(got).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('matches case-insensitively, dotfiles included, without matchBase', () => {
    const paths = ['DATA_CARD.MD', 'docs/data_card.md', '.github/data_card.md', 'sub/x/Data_Card.md'];
    expect(selectCandidates(paths, [testDetector('data-card', ['data_card.md'])]).get('data-card')).toEqual(['DATA_CARD.MD']);
    expect(selectCandidates(paths, [testDetector('data-card', ['**/data_card.md'])]).get('data-card')).toEqual(paths);
  });

  it('gives every detector its own candidates from one pass, a shared file to each', () => {
    const paths = ['README.md', 'configs/a.yaml', 'evals/r.json', 'train.py'];
    const got = selectCandidates(paths, [
      testDetector('model-card', ['**/README.md']),
      testDetector('data-card', ['**/README.md', '**/*.md']),
      testDetector('config', ['**/*.yaml']),
      testDetector('training', ['**/train*.py']),
    ]);
    expect(Object.fromEntries(got)).toEqual({
      'model-card': ['README.md'],
      'data-card': ['README.md'],
      config: ['configs/a.yaml'],
      training: ['train.py'],
    });
  });
});

describe('selectCandidates: exclusions', () => {
  const paths = [
    'README.md',
    'node_modules/pkg/README.md',
    'src/vendor/lib/README.md',
    'Third_Party/x/README.md',
    'a/.venv/lib/site-packages/m/README.md',
    'docs/README.md',
    'docs/old/README.md',
    'build/README.md',
  ].sort();

  it('prunes built-in vendored and generated folders at any depth, in any case', () => {
    const got = selectCandidates(paths, [testDetector('model-card', ['**/README.md'])]).get('model-card');
    expect(got).toEqual(['README.md', 'build/README.md', 'docs/README.md', 'docs/old/README.md']);
  });

  it('applies the policy exclude to folders and files, with or without /**', () => {
    const det = [testDetector('model-card', ['**/README.md'])];
    expect(selectCandidates(paths, det, { exclude: ['docs/old'] }).get('model-card')).toEqual(['README.md', 'build/README.md', 'docs/README.md']);
    expect(selectCandidates(paths, det, { exclude: ['docs/old/**'] }).get('model-card')).toEqual(['README.md', 'build/README.md', 'docs/README.md']);
    expect(selectCandidates(paths, det, { exclude: ['**/README.md'] }).get('model-card')).toEqual([]);
    expect(selectCandidates(paths, det, { exclude: ['docs/**', '!docs/old/**'] }).get('model-card')).toEqual([
      'README.md',
      'build/README.md',
      'docs/old/README.md',
    ]);
  });

  it('applies per-artifact exclude only to that artifact', () => {
    const got = selectCandidates(paths, [testDetector('model-card', ['**/README.md']), testDetector('data-card', ['**/README.md'])], {
      artifacts: { 'data-card': { exclude: ['docs'] } },
    });
    expect(got.get('data-card')).toEqual(['README.md', 'build/README.md']);
    expect(got.get('model-card')).toEqual(['README.md', 'build/README.md', 'docs/README.md', 'docs/old/README.md']);
  });

  it('keeps excluded paths out of the filtered listing and prunes folders for a walk', () => {
    const selection = compileSelection([testDetector('config', ['**/*.yaml'])], { exclude: ['data/shards/**'] });
    const { kept } = selection.select(['a.yaml', 'data/shards/x.yaml', 'data/y.yaml', 'node_modules/z.yaml']);
    expect(kept).toEqual(['a.yaml', 'data/y.yaml']);
    expect(selection.isExcludedDir('data/shards')).toBe(true);
    expect(selection.isExcludedDir('data/shards/deeper')).toBe(true);
    expect(selection.isExcludedDir('data')).toBe(false);
    expect(selection.isExcludedDir('x/node_modules')).toBe(true);
    expect(selection.isExcluded('data/shards/x.yaml')).toBe(true);
  });
});

describe('selectCandidates: policy paths and ranking', () => {
  const paths = ['eval/a.json', 'eval/b.json', 'eval/summary.json', 'notes/custom.txt', 'results/c.json'];
  const rank = (p: string): number | undefined => (p.includes('summary') ? 10 : p.startsWith('eval/') ? 5 : undefined);

  it('orders default-glob candidates by rank, best first, and drops what rank rejects', () => {
    const got = selectCandidates(paths, [testDetector('eval-results', ['**/*.json'], { rank })]).get('eval-results');
    expect(got).toEqual(['eval/summary.json', 'eval/a.json', 'eval/b.json']);
  });

  it('lets policy paths replace the globs; rank then only orders (undefined counts as 1)', () => {
    const got = selectCandidates(paths, [testDetector('eval-results', ['**/*.json'], { rank })], {
      artifacts: { 'eval-results': { paths: ['notes/*.txt', 'results/*.json', 'eval/summary.json'] } },
    }).get('eval-results');
    expect(got).toEqual(['eval/summary.json', 'notes/custom.txt', 'results/c.json']);
  });

  it('reports a rank that throws as a detector error, with no candidates', () => {
    const bad = testDetector('eval-results', ['**/*.json'], {
      rank: () => {
        throw new Error('boom');
      },
    });
    const result = compileSelection([bad]).select(paths);
    expect(result.candidates.get('eval-results')).toEqual([]);
    expect(result.errors).toEqual([{ artifact: 'eval-results', message: 'rank() threw: boom' }]);
  });

  it('runs only the detectors asked for', () => {
    const got = selectCandidates(paths, [testDetector('eval-results', ['**/*.json']), testDetector('config', ['**/*.txt'])], { only: ['config'] });
    expect([...got.keys()]).toEqual(['config']);
  });
});

describe('selectCandidates: hostile patterns', () => {
  it('rejects patterns that expand into too many alternatives, naming the option', () => {
    const explode = '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/**';
    expect(() => selectCandidates(['x'], [testDetector('config', ['*.yaml'])], { exclude: [explode] })).toThrow(GateError);
    expect(() => selectCandidates(['x'], [testDetector('config', ['*.yaml'])], { exclude: [explode] })).toThrow(/^exclude: glob pattern/);
    expect(() => selectCandidates(['x'], [testDetector('config', ['{1..100000}'])], { artifacts: { config: { paths: ['{1..100000}.md'] } } })).toThrow(
      /artifacts\.config\.paths/,
    );
  });

  it('rejects overlong patterns', () => {
    expect(() => selectCandidates(['x'], [testDetector('config', ['*.yaml'])], { exclude: ['a'.repeat(2000)] })).toThrow(/longer than/);
  });

  it('stays linear on patterns that backtrack in regex engines', () => {
    // Correctness only: minimatch here matches without backtracking; this pins that the index does not add any.
    const name = `${'a'.repeat(200)}.md`;
    const got = selectCandidates([name, 'x/' + name], [testDetector('config', ['**/*a*a*a*a*a*a*a*a*b.md'])]).get('config');
    expect(got).toEqual([]);
  });
});

describe('glob limits (src/domain/glob-limits.ts)', () => {
  it('a pattern the policy accepts is always within what the scan compiles', () => {
    expect(GLOB_LIMITS.policy.maxLength).toBeLessThanOrEqual(GLOB_LIMITS.compile.maxLength);
    expect(GLOB_LIMITS.policy.maxBraceExpansion).toBeLessThan(GLOB_LIMITS.compile.maxExpansions);
  });

  it('every detector glob is within the compile limits', () => {
    for (const d of DETECTORS) {
      for (const glob of d.globs) {
        expect(glob.length, glob).toBeLessThanOrEqual(GLOB_LIMITS.compile.maxLength);
        expect(braceExpand(glob).length, glob).toBeLessThan(GLOB_LIMITS.compile.maxExpansions);
      }
    }
  });
});
