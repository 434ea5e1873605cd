import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLicenseExpression, parseLicenseExpression } from '../../src/domain/licenses/license-id.js';
import { parseSpdx } from '../../src/domain/licenses/spdx.js';
import { licenseProblem } from '../../src/policy/spdx.js';

/** One SPDX grammar: what the policy accepts is what the parser reads, and the lenient reading never refuses it. */
describe('one SPDX grammar', () => {
  const ids = ['MIT', 'Apache-2.0', 'GPL-2.0-only', 'GPL-2.0+', 'CC-BY-4.0', 'LicenseRef-Llama-3-Community', 'Apache2.0', 'mit', 'Foo-1.0'];
  const words = [...ids, 'AND', 'OR', 'WITH', 'and', 'or', '(', ')', 'Classpath-exception-2.0', 'LLVM-exception', 'Foo-exception'];
  const expressions = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

  it('the policy accepts an expression exactly when the grammar parses it', () => {
    fc.assert(
      fc.property(expressions, (text) => {
        expect(licenseProblem(text) === undefined).toBe(parseSpdx(text) !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('an expression the policy accepts is always read by the license rules', () => {
    fc.assert(
      fc.property(expressions, (text) => {
        if (licenseProblem(text) === undefined) expect(parseLicenseExpression(text)).toBeDefined();
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['MIT OR Apache-2.0', 'MIT OR Apache-2.0'],
    ['(MIT AND BSD-3-Clause) OR GPL-2.0-only WITH Classpath-exception-2.0', '(MIT AND BSD-3-Clause) OR GPL-2.0-only'],
    ['A-1 AND B-2 AND C-3', 'A-1 AND B-2 AND C-3'],
    ['MIT OR Apache-2.0 AND CC-BY-4.0', 'MIT OR (Apache-2.0 AND CC-BY-4.0)'],
  ])('reads %s as %s', (text, formatted) => {
    expect(formatLicenseExpression(parseLicenseExpression(text)!)).toBe(formatted);
  });

  it('reads hand-written spellings the policy refuses, and refuses what no grammar allows', () => {
    expect(formatLicenseExpression(parseLicenseExpression('mit or apache2')!)).toBe('MIT OR Apache-2.0');
    expect(licenseProblem('mit or apache2')).toBeDefined();
    for (const broken of ['MIT OR', '(MIT', 'MIT Apache-2.0', 'AND MIT', 'MIT WITH', '(MIT) WITH Classpath-exception-2.0']) {
      expect(parseLicenseExpression(broken), broken).toBeUndefined();
      expect(licenseProblem(broken), broken).toBeDefined();
    }
  });

  it('names an unknown exception, which the SPDX list decides', () => {
    expect(licenseProblem('GPL-2.0-only WITH Foo-exception')).toMatch(/not a valid SPDX license expression/);
    expect(licenseProblem('GPL-2.0-only WITH Classpath-exception-2.0')).toBeUndefined();
  });
});
