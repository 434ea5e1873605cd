import parseSpdxExpression from 'spdx-expression-parse';

/**
 * The one SPDX expression grammar of the gate: spdx-expression-parse's (operators, precedence,
 * parentheses, `WITH`, `+`, `LicenseRef-`/`DocumentRef-`, ids and exceptions from the SPDX lists).
 * The policy's validation accepts exactly what this parses; the lenient reading of hand-written
 * values (src/domain/licenses/license-id.ts) feeds its canonicalised tokens through it too, so the
 * two can no longer drift apart.
 */
export type SpdxTree = parseSpdxExpression.Info;

/** Long expressions are someone's prose, not a license: never handed to the parser. */
export const MAX_SPDX_LENGTH = 1000;

/** The parsed expression, or undefined when it is not a valid SPDX expression. */
export function parseSpdx(expression: string): SpdxTree | undefined {
  if (expression.length > MAX_SPDX_LENGTH) return undefined;
  try {
    return parseSpdxExpression(expression);
  } catch {
    // The parser throws on every syntax error (and, for a trailing operator, a TypeError of its own).
    return undefined;
  }
}
