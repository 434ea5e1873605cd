import spdxIds from 'spdx-license-list/simple.js';
import { parseSpdx } from '../domain/licenses/spdx.js';
import { quote } from './errors.js';
import { closest } from './suggest.js';

/**
 * Why an artifact's `license:` is not a usable SPDX expression, or undefined. The decision is the
 * one SPDX grammar's (src/domain/licenses/spdx.ts): a value passes exactly when it parses. Ids are
 * checked against the SPDX list so a typo (`Apache2.0`) is caught here instead of silently counting
 * as "not open" in the license rules; custom licenses are written `LicenseRef-<name>`.
 */
export function licenseProblem(expression: string): string | undefined {
  if (parseSpdx(expression)) return undefined;
  return explain(expression) ?? `not a valid SPDX license expression; join license ids with AND, OR or WITH (e.g. 'MIT OR Apache-2.0')`;
}

/** The first thing a reader can fix in an expression the grammar refused; diagnostics only, never the decision. */
function explain(expression: string): string | undefined {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let depth = 0;
  let afterWith = false;
  let expectId = true;
  for (const token of tokens) {
    const upper = token.toUpperCase();
    if (token === '(') {
      depth++;
      continue;
    }
    if (token === ')') {
      if (--depth < 0) return "unbalanced ')' in the license expression";
      continue;
    }
    if (upper === 'AND' || upper === 'OR' || upper === 'WITH') {
      if (expectId) return `${quote(token)} needs a license id before it`;
      afterWith = upper === 'WITH';
      expectId = true;
      continue;
    }
    if (!expectId) return `two license ids in a row; join them with AND or OR (e.g. 'MIT OR Apache-2.0')`;
    expectId = false;
    // Exception ids (after WITH) come from a separate SPDX list; their spelling is not checked.
    if (afterWith) continue;
    const problem = idProblem(token);
    if (problem) return problem;
  }
  if (depth !== 0) return "unbalanced '(' in the license expression";
  if (expectId) return 'the license expression is incomplete';
  return undefined;
}

function idProblem(token: string): string | undefined {
  if (/^(LicenseRef|DocumentRef)-[A-Za-z0-9.:-]+$/.test(token)) return undefined;
  const id = token.endsWith('+') ? token.slice(0, -1) : token;
  if (spdxIds.has(id) || spdxIds.has(token)) return undefined;
  const guess = closest(id, [...spdxIds]);
  const hint = guess ? `did you mean '${guess}'?` : 'use an id from https://spdx.org/licenses/';
  return `unknown SPDX license id ${quote(token, 40)}; ${hint} (a custom license is written LicenseRef-<name>)`;
}
