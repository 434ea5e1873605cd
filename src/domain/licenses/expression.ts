import type { LicenseKind } from '../artifacts.js';
import { parseSpdx, type SpdxTree } from './spdx.js';
import { canonicalLicenseId, isCcAttribution, licenseInfo, openDataIds, openDocumentIds } from './catalog.js';

// ---------------------------------------------------------------------------------------------
// SPDX expressions

export type LicenseExpr = { id: string } | { op: 'and' | 'or'; args: LicenseExpr[] };

/**
 * Reads a license expression as people write it (`MIT OR Apache-2.0`, `mit or apache2`,
 * `(A AND B) WITH exc`) through the one SPDX grammar (src/domain/licenses/spdx.ts): operators may be
 * in any case and ids are canonicalised (an unknown id is kept as written); the structure is then
 * the parser's. `WITH` exceptions only add permissions, so the base license stands for the pair.
 * Returns undefined on a syntax error.
 */
export function parseLicenseExpression(text: string): LicenseExpr | undefined {
  const tokens = text.match(/\(|\)|[A-Za-z0-9][A-Za-z0-9.+:-]*/g);
  if (!tokens || tokens.length === 0 || tokens.length > 64) return undefined;
  // Each id becomes a stand-in the grammar accepts (`LicenseRef-<n>`); the ids come back after parsing.
  const ids: string[] = [];
  const strict: string[] = [];
  for (let pos = 0; pos < tokens.length; pos++) {
    const token = tokens[pos]!;
    const word = token.toUpperCase();
    if (word === 'WITH' && strict.at(-1)?.startsWith('LicenseRef-')) {
      // The exception is dropped with its operator; one must follow, and it must be a name.
      const exception = tokens[pos + 1];
      if (exception === undefined || exception === '(' || exception === ')' || /^(and|or|with)$/i.test(exception)) return undefined;
      pos++;
    } else if (word === 'WITH') {
      return undefined;
    } else if (token === '(' || token === ')' || word === 'AND' || word === 'OR') {
      strict.push(token === '(' || token === ')' ? token : word);
    } else {
      strict.push(`LicenseRef-${ids.length}`);
      ids.push(canonicalLicenseId(token) ?? token.replace(/\+$/, ''));
    }
  }
  const tree = parseSpdx(strict.join(' '));
  return tree ? fromSpdxTree(tree, ids) : undefined;
}

/** The parser's binary tree as the gate's n-ary one: `A AND B AND C` is one `and` of three. */
function fromSpdxTree(tree: SpdxTree, ids: readonly string[]): LicenseExpr {
  if ('license' in tree) return { id: ids[Number(tree.license.slice('LicenseRef-'.length))]! };
  const args: LicenseExpr[] = [];
  for (const side of [tree.left, tree.right]) {
    const expr = fromSpdxTree(side, ids);
    if ('op' in expr && expr.op === tree.conjunction) args.push(...expr.args);
    else args.push(expr);
  }
  return { op: tree.conjunction, args };
}

export function formatLicenseExpression(expr: LicenseExpr): string {
  if ('id' in expr) return expr.id;
  const sep = expr.op === 'and' ? ' AND ' : ' OR ';
  return expr.args.map((a) => ('id' in a ? a.id : `(${formatLicenseExpression(a)})`)).join(sep);
}

// ---------------------------------------------------------------------------------------------
// Fitness of a license for a MOF component type

/**
 * appropriate: open and of the kind the MOF asks for this type.
 * open:        open, but not of that kind (an OSI license on weights, MIT on a paper) — counts, with a warning.
 * not-open:    identified and not open (custom model license, non-commercial, no-derivatives).
 * unknown:     not identified; the MOF cannot count what it cannot read as open.
 */
export type LicenseFit = 'appropriate' | 'open' | 'not-open' | 'unknown';

export interface LicenseFitResult {
  fit: LicenseFit;
  /** The license id that decided it (the chosen operand of an OR, the weakest of an AND). */
  id: string;
  reason: string;
}

const FIT_RANK: Record<LicenseFit, number> = { appropriate: 3, open: 2, unknown: 1, 'not-open': 0 };

function kindNoun(kind: LicenseKind): string {
  return kind === 'code' ? 'code' : kind === 'data' ? 'data and parameters' : 'documents';
}

function fitOfId(id: string, kind: LicenseKind): LicenseFitResult {
  const info = licenseInfo(id);
  if (!info) return { fit: 'unknown', id, reason: `'${id}' is not a license id the gate knows` };
  const label = `${info.name} (${id})`;
  if (info.category === 'restricted-model') {
    return { fit: 'not-open', id, reason: `${label} is a custom model license with use restrictions, not an open license` };
  }
  if (info.category === 'not-open') return { fit: 'not-open', id, reason: `${label} is not an open license` };
  let appropriate: boolean;
  if (kind === 'code') appropriate = info.osiApproved || id === 'OpenMDW-1.0';
  else if (kind === 'data') appropriate = isCcAttribution(id) || openDataIds().has(id);
  else appropriate = isCcAttribution(id) || openDocumentIds().has(id);
  if (appropriate) return { fit: 'appropriate', id, reason: `${label} is an open license for ${kindNoun(kind)}` };
  const wanted =
    kind === 'code'
      ? 'an OSI-approved license'
      : kind === 'data'
        ? 'an open data license (CDLA-Permissive-2.0, CC-BY-4.0, CC0-1.0, ODC-By-1.0…)'
        : 'an open content license (CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0) or Apache-2.0';
  return { fit: 'open', id, reason: `${label} is open but the MOF asks ${wanted} for ${kindNoun(kind)}` };
}

function fitOfExpr(expr: LicenseExpr, kind: LicenseKind): LicenseFitResult {
  if ('id' in expr) return fitOfId(expr.id, kind);
  const results = expr.args.map((a) => fitOfExpr(a, kind));
  // OR lets the user pick the best operand; AND binds them to all, so the weakest decides.
  const pick = expr.op === 'or' ? Math.max : Math.min;
  const best = pick(...results.map((r) => FIT_RANK[r.fit]));
  return results.find((r) => FIT_RANK[r.fit] === best) ?? results[0]!;
}

/** How the MOF judges `license` (an id or SPDX expression) on a component of `kind`. */
export function licenseFitFor(license: string, kind: LicenseKind): LicenseFitResult {
  const expr = parseLicenseExpression(license);
  if (!expr) return { fit: 'unknown', id: license, reason: `'${license}' is not a valid SPDX license expression` };
  return fitOfExpr(expr, kind);
}
