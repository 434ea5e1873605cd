import { describe, expect, it } from 'vitest';
import { PieceFinder } from '../../src/scan/glob-pieces.js';
import { selectCandidates } from '../../src/scan/match.js';
import type { Detector } from '../../src/domain/finding.js';

function found(finder: PieceFinder, text: string, from = 0): string[] | null {
  if (!finder.scan(text, from)) return null;
  return [...finder.found.subarray(0, finder.count)].map(String).sort();
}

describe('PieceFinder', () => {
  const pieces = ['train', 'pretrain', 'rain', 'ai', 'tok', 'token', 'run_'];
  const finder = new PieceFinder(pieces);
  const ids = (...names: string[]) => names.map((n) => String(pieces.indexOf(n))).sort();

  it('reports every literal the text contains, overlapping and nested ones included, each once', () => {
    expect(found(finder, 'run_pretrain_tokenizer.py')).toEqual(ids('run_', 'pretrain', 'train', 'rain', 'ai', 'tok', 'token'));
    expect(found(finder, 'trainrain')).toEqual(ids('train', 'rain', 'ai'));
    expect(found(finder, 'model.py')).toEqual([]);
    expect(found(finder, '')).toEqual([]);
  });

  it('folds ASCII case, starts where it is told, and gives up on text beyond ASCII', () => {
    expect(found(finder, 'PreTRAIN.PY')).toEqual(ids('pretrain', 'train', 'rain', 'ai'));
    expect(found(finder, 'src/train/model.py', 10)).toEqual([]);
    expect(found(finder, 'src/train/tok.py', 10)).toEqual(ids('tok'));
    expect(found(finder, 'trän_token.py')).toBeNull();
    // A scan after one that gave up starts afresh.
    expect(found(finder, 'token')).toEqual(ids('tok', 'token'));
  });

  it('agrees with a plain substring search on every literal', () => {
    const words = ['ab', 'abc', 'bca', 'ca', 'c', 'aab', 'bb'];
    const f = new PieceFinder(words);
    const letters = 'abc';
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let k = n; k > 0; k = Math.floor(k / 3)) text += letters[k % 3];
      const want = words.map((w, i) => (text.includes(w) ? String(i) : null)).filter((x): x is string => x !== null).sort();
      expect(found(f, text), text).toEqual(want);
    }
  });
});

describe('candidate selection with literal rows', () => {
  const detector = (id: Detector['id'], globs: string[]): Detector => ({ id, globs, check: () => [] });

  it('selects by contained words, exact names and non-ASCII basenames alike', () => {
    const paths = ['a/Pre_Train.py', 'a/model.py', 'a/train.py', 'b/évaltrain.py', 'b/TRAIN.PY', 'c/notes.md', 'c/prep.py', 'Dockerfile.gpu', 'x/dockerfile'];
    const selected = selectCandidates(paths, [
      detector('training', ['**/*train*.py', '**/model.py']),
      detector('preprocessing', ['**/*prep*.py', '**/Dockerfile*']),
    ]);
    expect(selected.get('training')).toEqual(['a/Pre_Train.py', 'a/model.py', 'a/train.py', 'b/évaltrain.py', 'b/TRAIN.PY']);
    expect(selected.get('preprocessing')).toEqual(['c/prep.py', 'Dockerfile.gpu', 'x/dockerfile']);
  });
});
