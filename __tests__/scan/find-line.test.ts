// findLine sweeps a long file's joined code once per pattern instead of trying the pattern on every
// line (issue 19). It must give the per-line answer: the first line the pattern matches (and the
// caller accepts), whatever anchors, blanks and lookarounds the pattern holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLine, findLineWhere, type CodeLine } from '../../src/scan/text/code.js';

const PATTERNS: RegExp[] = [
  /^\s*loss\s*=/,
  /\bloss\b/,
  /x\s*$/,
  /^$/,
  /\s+\(/,
  /a[^)]*\)/,
  /\.backward\s*\(/,
  /(?<=\s)x/,
  /(?<![\w.])x/,
  /x(?!\s)/,
  /x(?=\s|$)/,
  /^#+\s+(.*)$/,
  /\S\s*$/m,
  /a.b/s,
  /LOSS/i,
  /\b\w*opt\w*\.step\s*\(/i,
  /(?:^|[\s"'])x(?=[\s"']|$)/,
];

// Pieces that meet the patterns at line starts and ends: blanks, CR, brackets, words.
const piece = fc.constantFrom('', ' ', '\t', '\r', 'x', 'a', 'b', '.', '(', ')', '#', '=', 'loss', 'LOSS', 'opt', '.step(', '.backward(', '\u2028', 'a\u2028b');
const line = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));

function naive(lines: readonly CodeLine[], re: RegExp, keep?: (l: CodeLine) => boolean): CodeLine | undefined {
  return lines.find((l) => re.test(l.text) && (!keep || keep(l)));
}

describe('findLine sweeps a long file and answers as the per-line loop does', () => {
  it('for every pattern, on generated files long enough to be swept', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 64, maxLength: 300 }), fc.constantFrom(...PATTERNS), fc.integer({ min: 0, max: 3 }), (texts, re, skipEvery) => {
        const lines = texts.map((text, i) => ({ line: i + 1, text }));
        expect(findLine(lines, re)).toBe(naive(lines, re));
        // A caller's filter (training's "not a tokenizer trainer") is applied to the candidates in order.
        const keep = skipEvery === 0 ? undefined : (l: CodeLine) => l.line % (skipEvery + 1) !== 0;
        expect(findLineWhere(lines, re, keep)).toBe(naive(lines, re, keep));
      }),
      { numRuns: 400, seed: 19 },
    );
  });

  it('finds the match on a line far down a long file and none where there is none', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => ({ line: i + 1, text: i === 19_500 ? '    loss.backward()' : 'x = 1' }));
    expect(findLine(lines, /\.backward\s*\(/)?.line).toBe(19_501);
    expect(findLine(lines, /optimizer\.step\(/)).toBeUndefined();
  });
});
