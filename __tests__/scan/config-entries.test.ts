// A YAML key without a value opens a mapping when the next row that says anything (within 50 rows)
// is deeper, or a list item at its indent. The reader decides it when it reaches that row instead of
// looking ahead from every key (issue 19: a YAML of 20,000 `a:` rows read each row twice); the answer
// must be the look-ahead's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configEntries } from '../../src/scan/text/code.js';

const KEY = /^(\s*)(-\s+)?(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|([A-Za-z_$][\w.$/-]{0,120}))[ \t]*:(?:[ \t]+(.*))?$/;

/** The look-ahead, as it was: the indent of the next row that is not blank or a comment. */
function opensMapping(rows: readonly string[], i: number, indent: number): boolean {
  for (let j = i + 1; j < rows.length && j < i + 50; j++) {
    const r = rows[j]!;
    if (r.trim() === '' || /^\s*#/.test(r)) continue;
    const ind = /^(\s*)/.exec(r)![1]!.length;
    return ind > indent || (ind === indent && /^\s*-\s/.test(r));
  }
  return false;
}

const row = fc
  .tuple(fc.constantFrom('', ' ', '  ', '    ', '\t'), fc.constantFrom('a:', 'b: 1', '- c:', '- d: x', '"q": ', '# note', '', '-', '- item', 'e: |', 'text', 'k:   # c', '-\tz:'))
  .map(([indent, text]) => indent + text);
// Runs of blank rows around the 50-row window, as well as single rows.
const rows = fc.array(fc.oneof({ weight: 10, arbitrary: row.map((r) => [r]) }, { weight: 1, arbitrary: fc.integer({ min: 45, max: 55 }).map((n) => Array<string>(n).fill('')) }), { maxLength: 60 }).map((a) => a.flat());

describe('YAML config entries', () => {
  it('mark a key without a value as a mapping exactly when the look-ahead would', () => {
    fc.assert(
      fc.property(rows, (lines) => {
        const text = lines.join('\n');
        for (const e of configEntries(text, 'yaml')) {
          if (e.value !== '') continue;
          const m = KEY.exec(lines[e.line - 1]!);
          if (!m || (m[3] ?? m[4] ?? m[5]) !== e.path.split('.').at(-1)) continue;
          expect(e.section, `line ${e.line}`).toBe(opensMapping(lines, e.line - 1, m[1]!.length + (m[2]?.length ?? 0)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('nest the keys under a mapping in its path', () => {
    const entries = configEntries('optimizer:\n  lr: 3e-4\n\n\n  # note\n  betas:\n    - 0.9\nsteps: 10\n', 'yaml');
    expect(entries.map((e) => [e.path, e.section])).toEqual([
      ['optimizer', true],
      ['optimizer.lr', false],
      ['optimizer.betas', true],
      ['steps', false],
    ]);
  });
});
