// linesMatching sweeps a whole text once instead of testing each line (issue 19), and takes a match
// that stays inside its line as the line's answer without testing the line again. It must give the
// answer of a test per line, whatever anchors, lookarounds and line terminators are involved.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLineMatching, firstLineMatching, linesMatching, nextLineMatching } from '../../src/scan/text/lines.js';

const PATTERNS: RegExp[] = [
  /^\s*loss\s*=/,
  /\bloss\b/,
  /x\s*$/,
  /^$/,
  /^#{1,6}\s/,
  /^(#{1,6})\s+(.*)$/,
  /\s+\(/,
  /a[^)]*\)/,
  /(?<=\s)x/,
  /(?<![\w.])x/,
  /x(?!\s)/,
  /x(?=\s|$)/,
  /\S\s*$/m,
  /^x/m,
  /a.b/s,
  /LOSS/i,
  /\bloss\b[^.\n]{0,20}\bx\b/i,
  // Blanks, which a sweep stops at the end of their line: alone, in a class, negated, escaped.
  /^\s*@(\w+)\s*\{/,
  /[\s(]x/,
  /x[^\s]b/,
  /a\\s/,
  /\S\s+\S/u,
];

const plain = ['', ' ', '\t', '\n', '\n', 'x', 'a', 'b', '.', '(', ')', '#', '## ', '=', 'loss', 'LOSS', '\u00a0', '@a{', '\\s', '\v'];
// Texts with other line terminators (CR, U+2028, U+2029) are tested line by line, the others swept.
// Unbiased: long texts are what make a match run over a line break.
const text = fc.noBias(
  fc.oneof(
    fc.array(fc.constantFrom(...plain), { maxLength: 80 }).map((p) => p.join('')),
    fc.array(fc.constantFrom(...plain, '\r', '\u2028', 'a\u2029b'), { maxLength: 80 }).map((p) => p.join('')),
  ),
);

function naive(t: string, re: RegExp): number[] {
  return t.split('\n').flatMap((l, i) => (re.test(l) ? [i] : []));
}

describe('linesMatching answers as a test of every line does', () => {
  it('for every pattern, on generated texts', () => {
    fc.assert(
      fc.property(text, fc.noBias(fc.constantFrom(...PATTERNS)), (raw, re) => {
        // A short text is tested line by line; a long one (past 2 KB) is swept.
        for (const t of [raw, `${'z\n'.repeat(1100)}${raw}`]) {
          const want = naive(t, re);
          expect(linesMatching(t, re)).toEqual(want);
          expect([...eachLineMatching(t, re)]).toEqual(want);
          expect(firstLineMatching(t, re)).toBe(want[0] ?? -1);
          expect(linesMatching(t, re, 2)).toEqual(want.slice(0, 2));
          // From a line on, as the Markdown reader asks for the next table after the last one.
          const last = t.split('\n').length;
          for (const from of [0, 1, last >> 1, 1100, last - 1, last]) expect(nextLineMatching(t, re, from)).toBe(want.find((i) => i >= from) ?? -1);
        }
      }),
      { numRuns: 2000, seed: 19 },
    );
  });
});
