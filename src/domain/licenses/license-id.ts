import spdxList from 'spdx-license-list';
import type { LicenseKind } from '../mof.js';
import { STANDARD_TEXTS } from './license-texts.js';
import { parseSpdx, type SpdxTree } from './spdx.js';
import { spend } from '../cost.js';

/**
 * License identification and license knowledge, shared by the license detector (which finds
 * license files and names the license in them) and the MOF evaluation (which decides whether a
 * component's license is open for its type).
 *
 * Ids and names come from the SPDX list (`spdx-license-list`, its small `spdx.json`: id → name,
 * OSI approval). License *texts* are recognised by a few distinctive phrases per license rather
 * than by shipping the 5 MB of full texts; the test suite checks every phrase against the full
 * SPDX texts (`spdx-full.json`), so a phrase that drifts from the official text fails a test.
 * Custom model licenses (Llama, Gemma, RAIL…) are not in the SPDX list: they get `LicenseRef-`
 * ids, SPDX's own convention for licenses outside the list.
 */

export type LicenseCategory =
  /** OSI-approved. */
  | 'osi'
  /** An open data or open content license (CDLA, CC-BY, CC0, ODC…). */
  | 'open'
  /** A custom model license with use restrictions (Llama, Gemma, RAIL, Yi…). */
  | 'restricted-model'
  /** Identified, but not open: non-commercial, no-derivatives, proprietary. */
  | 'not-open';

export interface LicenseInfo {
  id: string;
  name: string;
  category: LicenseCategory;
  osiApproved: boolean;
}

interface CustomLicense {
  id: string;
  name: string;
}

/** Custom model licenses with use restrictions: none is open under the OSI definition or the MOF. */
const CUSTOM_LICENSES: readonly CustomLicense[] = [
  { id: 'LicenseRef-Llama-2-Community', name: 'Llama 2 Community License' },
  { id: 'LicenseRef-Llama-3-Community', name: 'Meta Llama 3 Community License' },
  { id: 'LicenseRef-Llama-3.1-Community', name: 'Llama 3.1 Community License' },
  { id: 'LicenseRef-Llama-3.2-Community', name: 'Llama 3.2 Community License' },
  { id: 'LicenseRef-Llama-3.3-Community', name: 'Llama 3.3 Community License' },
  { id: 'LicenseRef-Llama-4-Community', name: 'Llama 4 Community License' },
  { id: 'LicenseRef-Llama', name: 'LLaMA license (Meta)' },
  { id: 'LicenseRef-Gemma-Terms', name: 'Gemma Terms of Use' },
  { id: 'LicenseRef-BigScience-BLOOM-RAIL-1.0', name: 'BigScience BLOOM RAIL License v1.0' },
  { id: 'LicenseRef-BigScience-OpenRAIL-M', name: 'BigScience Open RAIL-M License' },
  { id: 'LicenseRef-CreativeML-OpenRAIL-M', name: 'CreativeML Open RAIL-M License' },
  { id: 'LicenseRef-BigCode-OpenRAIL-M', name: 'BigCode Open RAIL-M License' },
  { id: 'LicenseRef-OpenRAIL', name: 'Open RAIL license' },
  { id: 'LicenseRef-Yi', name: 'Yi Series Models License' },
  { id: 'LicenseRef-Qwen', name: 'Qwen / Tongyi Qianwen License' },
  { id: 'LicenseRef-Baichuan', name: 'Baichuan Model Community License' },
  { id: 'LicenseRef-ChatGLM', name: 'ChatGLM / GLM Model License' },
  { id: 'LicenseRef-DeepSeek', name: 'DeepSeek License Agreement' },
  { id: 'LicenseRef-Falcon-TII', name: 'TII Falcon LLM License' },
  { id: 'LicenseRef-Stability-AI', name: 'Stability AI Community License' },
  { id: 'LicenseRef-Mistral-Research', name: 'Mistral AI Research / Non-Production License' },
  { id: 'LicenseRef-NVIDIA-Open-Model', name: 'NVIDIA Open Model License' },
  { id: 'LicenseRef-AI2-ImpACT', name: 'AI2 ImpACT License' },
  { id: 'LicenseRef-Jamba-Open-Model', name: 'Jamba Open Model License' },
  { id: 'LicenseRef-FAIR-Noncommercial', name: 'FAIR Noncommercial Research License' },
  { id: 'LicenseRef-DeepFloyd-IF', name: 'DeepFloyd IF License' },
  { id: 'LicenseRef-Apple-Research', name: 'Apple research / sample code license' },
];

/** A license with use restrictions the gate could not name: not open. */
export const RESTRICTED_REF = 'LicenseRef-Restricted';
/** No grant at all ("All rights reserved", "proprietary"). */
export const PROPRIETARY_REF = 'LicenseRef-Proprietary';

/**
 * Open licenses outside the OSI list, and which component types each fits. Data: the open data
 * licenses the MOT accepts (its LicenseHandler OPEN_DATA_LICENSES and mof-licenses.json), plus the
 * public-domain tools. Documents: open content licenses; Apache-2.0 too (the MOT lists it for
 * documents). OpenMDW-1.0 was written for model releases and fits every type.
 */
let openDataIdsCache: ReadonlySet<string> | undefined;
function openDataIds(): ReadonlySet<string> {
  return (openDataIdsCache ??= new Set([
    'CDLA-Permissive-1.0',
    'CDLA-Permissive-2.0',
    'CDLA-Sharing-1.0',
    'CC0-1.0',
    'CC-PDDC',
    'PDDL-1.0',
    'ODC-By-1.0',
    'ODbL-1.0',
    'OGL-UK-1.0',
    'OGL-UK-2.0',
    'OGL-UK-3.0',
    'OGL-Canada-2.0',
    'etalab-2.0',
    'OpenMDW-1.0',
  ]));
}

let openDocumentIdsCache: ReadonlySet<string> | undefined;
function openDocumentIds(): ReadonlySet<string> {
  return (openDocumentIdsCache ??= new Set([
    'CC0-1.0',
    'CC-PDDC',
    'FreeBSD-DOC',
    'GFDL-1.3',
    'GFDL-1.3-only',
    'GFDL-1.3-or-later',
    'GFDL-1.3-no-invariants-only',
    'GFDL-1.3-no-invariants-or-later',
    'Apache-2.0',
    'OpenMDW-1.0',
  ]));
}

/**
 * FSF-libre licenses the OSI has not approved; the MOT counts FSF-approved licenses as open. AML
 * (the Apple MIT License) grants use, reproduction, modification and redistribution with notice,
 * as MIT does, and is an allowed license in distributions that review such texts (Fedora).
 */
let fsfOnlyIdsCache: ReadonlySet<string> | undefined;
function fsfOnlyIds(): ReadonlySet<string> {
  return (fsfOnlyIdsCache ??= new Set(['WTFPL', 'X11', 'Unlicense', 'AML']));
}

/** CC BY and CC BY-SA in every version and port: open data and open content. */
function isCcAttribution(id: string): boolean {
  return /^CC-BY(-SA)?-\d\.\d(-[A-Za-z]+)?$/.test(id);
}

let lowerIndex: Map<string, string> | undefined;
/** Lower-cased SPDX id → id, built on first use. */
function spdxIdIndex(): Map<string, string> {
  if (!lowerIndex) {
    lowerIndex = new Map();
    for (const id of Object.keys(spdxList)) lowerIndex.set(id.toLowerCase(), id);
  }
  return lowerIndex;
}

/** Deprecated SPDX ids for the GNU licenses name no `-only`/`-or-later`; prefer the current ids. */
function currentSpdxId(id: string): string {
  const gnu = /^(A?GPL|LGPL)-(\d\.\d)(\+)?$/.exec(id);
  if (gnu) return `${gnu[1]}-${gnu[2]}-${gnu[3] ? 'or-later' : 'only'}`;
  return id;
}

/** Hugging Face `license:` values and common spellings that are not SPDX ids. */
let aliasCache: ReadonlyMap<string, string> | undefined;
function aliasIds(): ReadonlyMap<string, string> {
  return (aliasCache ??= new Map([
    ['odc-by', 'ODC-By-1.0'],
    ['odbl', 'ODbL-1.0'],
    ['pddl', 'PDDL-1.0'],
    ['c-uda', 'C-UDA-1.0'],
    ['gfdl', 'GFDL-1.3-only'],
    ['lgpl-lr', 'LGPLLR'],
    ['apache2', 'Apache-2.0'],
    ['apache 2.0', 'Apache-2.0'],
    ['apache-2', 'Apache-2.0'],
    ['openrail', 'LicenseRef-OpenRAIL'],
    ['openrail++', 'LicenseRef-OpenRAIL'],
    ['creativeml-openrail-m', 'LicenseRef-CreativeML-OpenRAIL-M'],
    ['bigscience-openrail-m', 'LicenseRef-BigScience-OpenRAIL-M'],
    ['bigscience-bloom-rail-1.0', 'LicenseRef-BigScience-BLOOM-RAIL-1.0'],
    ['bigcode-openrail-m', 'LicenseRef-BigCode-OpenRAIL-M'],
    ['llama2', 'LicenseRef-Llama-2-Community'],
    ['llama3', 'LicenseRef-Llama-3-Community'],
    ['llama3.1', 'LicenseRef-Llama-3.1-Community'],
    ['llama3.2', 'LicenseRef-Llama-3.2-Community'],
    ['llama3.3', 'LicenseRef-Llama-3.3-Community'],
    ['llama4', 'LicenseRef-Llama-4-Community'],
    ['gemma', 'LicenseRef-Gemma-Terms'],
    ['deepfloyd-if-license', 'LicenseRef-DeepFloyd-IF'],
    ['fair-noncommercial-research-license', 'LicenseRef-FAIR-Noncommercial'],
    ['apple-ascl', 'LicenseRef-Apple-Research'],
    ['apple-amlr', 'LicenseRef-Apple-Research'],
    ['yi-license', 'LicenseRef-Yi'],
    ['tongyi-qianwen', 'LicenseRef-Qwen'],
    ['qwen', 'LicenseRef-Qwen'],
    ['deepseek', 'LicenseRef-DeepSeek'],
    ['proprietary', PROPRIETARY_REF],
  ]));
}

/**
 * A license id as written in front matter, package metadata or a policy → the canonical id the
 * gate knows (SPDX id or one of its `LicenseRef-`s). `undefined` when it is not a known license.
 */
export function canonicalLicenseId(raw: string): string | undefined {
  const key = raw.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!key) return undefined;
  const alias = aliasIds().get(key);
  if (alias) return alias;
  const spdx = spdxIdIndex().get(key);
  if (spdx) return currentSpdxId(spdx);
  const custom = CUSTOM_LICENSES.find((c) => c.id.toLowerCase() === key);
  if (custom) return custom.id;
  if (key === RESTRICTED_REF.toLowerCase()) return RESTRICTED_REF;
  if (key === PROPRIETARY_REF.toLowerCase()) return PROPRIETARY_REF;
  return undefined;
}

/** What the gate knows about a canonical id; `undefined` for an id it does not know. */
export function licenseInfo(id: string): LicenseInfo | undefined {
  const custom = CUSTOM_LICENSES.find((c) => c.id === id);
  if (custom) return { id, name: custom.name, category: 'restricted-model', osiApproved: false };
  if (id === RESTRICTED_REF) return { id, name: 'custom license with use restrictions', category: 'not-open', osiApproved: false };
  if (id === PROPRIETARY_REF) return { id, name: 'proprietary terms', category: 'not-open', osiApproved: false };
  const entry = (spdxList as Readonly<Record<string, { name: string; osiApproved: boolean }>>)[id];
  if (!entry) return undefined;
  const name = entry.name.replace(/\s+/g, ' ');
  if (entry.osiApproved) return { id, name, category: 'osi', osiApproved: true };
  if (isCcAttribution(id) || openDataIds().has(id) || openDocumentIds().has(id) || fsfOnlyIds().has(id)) {
    return { id, name, category: 'open', osiApproved: false };
  }
  return { id, name, category: 'not-open', osiApproved: false };
}

export function isOpenLicense(id: string): boolean {
  const info = licenseInfo(id);
  return info !== undefined && (info.category === 'osi' || info.category === 'open');
}

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

// ---------------------------------------------------------------------------------------------
// Identification from text

/** Lower-case words separated by single spaces; "licence" spelled "license". Letters of any script survive. */
export function normalizeLicenseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/licen[cs]e/g, 'license')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Fingerprint {
  id: string;
  /** Normalised phrases that must all appear. */
  all: readonly string[];
  /** Normalised phrases that must not appear (the look-alike variants). */
  none?: readonly string[];
  /**
   * The first phrase is the license's title: it must appear near the start. Other licenses
   * quote titles (EUPL lists the EPL, the FSL embeds Apache-2.0 as its future license).
   */
  title?: boolean;
}

/** How far into the normalised text a title may start (copyright lines and a short preamble fit). */
const TITLE_WINDOW = 1500;

/**
 * Distinctive phrases of license texts, in normalised form. Order matters: custom model licenses
 * first (RAIL licenses reuse Apache-2.0 wording), then the more specific of each family.
 */
function fingerprints(): readonly Fingerprint[] {
  return [
    { id: 'LicenseRef-Llama-2-Community', all: ['llama 2 community license'] },
    { id: 'LicenseRef-Llama-3.1-Community', all: ['llama 3 1 community license'] },
    { id: 'LicenseRef-Llama-3.2-Community', all: ['llama 3 2 community license'] },
    { id: 'LicenseRef-Llama-3.3-Community', all: ['llama 3 3 community license'] },
    { id: 'LicenseRef-Llama-4-Community', all: ['llama 4 community license'] },
    { id: 'LicenseRef-Llama-3-Community', all: ['llama 3 community license'] },
    { id: 'LicenseRef-Llama', all: ['llama materials'] },
    { id: 'LicenseRef-Gemma-Terms', all: ['gemma terms of use'] },
    { id: 'LicenseRef-Gemma-Terms', all: ['gemma prohibited use policy'] },
    { id: 'LicenseRef-BigScience-BLOOM-RAIL-1.0', all: ['bigscience rail license'] },
    { id: 'LicenseRef-BigScience-OpenRAIL-M', all: ['bigscience open rail m'] },
    { id: 'LicenseRef-CreativeML-OpenRAIL-M', all: ['creativeml open rail m'] },
    { id: 'LicenseRef-BigCode-OpenRAIL-M', all: ['bigcode open rail m'] },
    { id: 'LicenseRef-OpenRAIL', all: ['open rail'] },
    { id: 'LicenseRef-OpenRAIL', all: ['responsible ai license'] },
    { id: 'LicenseRef-Yi', all: ['yi series models'] },
    { id: 'LicenseRef-Qwen', all: ['tongyi qianwen license'] },
    { id: 'LicenseRef-Qwen', all: ['tongyi qianwen research license'] },
    { id: 'LicenseRef-Qwen', all: ['qwen license agreement'] },
    { id: 'LicenseRef-Qwen', all: ['qwen research license'] },
    { id: 'LicenseRef-Baichuan', all: ['baichuan', 'community license'] },
    { id: 'LicenseRef-Baichuan', all: ['baichuan', '许可协议'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm2 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm3 6b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['glm 4 license'] },
    { id: 'LicenseRef-ChatGLM', all: ['glm 130b license'] },
    { id: 'LicenseRef-ChatGLM', all: ['chatglm', '模型许可证'] },
    { id: 'LicenseRef-DeepSeek', all: ['deepseek license agreement'] },
    { id: 'LicenseRef-Falcon-TII', all: ['tii falcon'] },
    { id: 'LicenseRef-Falcon-TII', all: ['falcon 180b tii license'] },
    { id: 'LicenseRef-Stability-AI', all: ['stability ai', 'community license'] },
    { id: 'LicenseRef-Stability-AI', all: ['stability ai non commercial research'] },
    { id: 'LicenseRef-Mistral-Research', all: ['mistral ai research license'] },
    { id: 'LicenseRef-Mistral-Research', all: ['mistral ai non production license'] },
    { id: 'LicenseRef-NVIDIA-Open-Model', all: ['nvidia open model license'] },
    { id: 'LicenseRef-AI2-ImpACT', all: ['ai2 impact license'] },
    { id: 'LicenseRef-Jamba-Open-Model', all: ['jamba open model license'] },
    { id: 'LicenseRef-FAIR-Noncommercial', all: ['fair noncommercial research license'] },
    { id: 'LicenseRef-DeepFloyd-IF', all: ['deepfloyd if license'] },

    { id: 'OpenMDW-1.0', all: ['openmdw license agreement'], title: true },
    // Apple's sample-code license (SPDX "AML"): "All rights reserved" in its header, then a full grant.
    { id: 'AML', all: ['apple grants you a personal non exclusive license', 'to use reproduce modify and redistribute the apple software'] },
    { id: 'CDLA-Permissive-2.0', all: ['community data license agreement permissive version 2 0'], title: true },
    { id: 'CDLA-Permissive-1.0', all: ['community data license agreement permissive version 1 0'], title: true },
    { id: 'CDLA-Sharing-1.0', all: ['community data license agreement sharing version 1 0'], title: true },
    { id: 'C-UDA-1.0', all: ['computational use of data agreement'], title: true },
    { id: 'ODbL-1.0', all: ['open database license odbl'], title: true },
    { id: 'ODC-By-1.0', all: ['open data commons attribution license'], title: true },
    { id: 'PDDL-1.0', all: ['open data commons public domain dedication'], title: true },
    { id: 'CC0-1.0', all: ['cc0 1 0 universal'], title: true },
    { id: 'CC-PDDC', all: ['dedicator or certifier'] },

    { id: 'ECL-2.0', all: ['educational community license version 2 0'], title: true },
    { id: 'Apache-2.0', all: ['apache license version 2 0 january 2004'], none: ['solderpad'], title: true },
    { id: 'Apache-2.0', all: ['licensed under the apache license version 2 0'], none: ['solderpad'], title: true },
    { id: 'Apache-1.1', all: ['apache software license version 1 1'], title: true },
    { id: 'AGPL-3.0-only', all: ['gnu affero general public license', 'version 3 19 november 2007'], title: true },
    { id: 'LGPL-3.0-only', all: ['gnu lesser general public license', 'version 3 29 june 2007'], title: true },
    { id: 'LGPL-2.1-only', all: ['gnu lesser general public license', 'version 2 1 february 1999'], title: true },
    { id: 'LGPL-2.0-only', all: ['gnu library general public license', 'version 2 june 1991'], title: true },
    { id: 'GPL-3.0-only', all: ['gnu general public license', 'version 3 29 june 2007'], none: ['gnu lesser general public license version 3'], title: true },
    { id: 'GPL-2.0-only', all: ['gnu general public license', 'version 2 june 1991'], none: ['gnu library general public license version 2'], title: true },
    { id: 'GFDL-1.3-only', all: ['gnu free documentation license', 'version 1 3 3 november 2008'], title: true },
    { id: 'MPL-2.0', all: ['mozilla public license version 2 0'], title: true },
    { id: 'MPL-1.1', all: ['mozilla public license version 1 1'], none: ['npl consists of the mozilla public license', 'sugarcrm public license'], title: true },
    { id: 'EPL-2.0', all: ['eclipse public license v 2 0'], title: true },
    { id: 'EPL-1.0', all: ['eclipse public license v 1 0'], title: true },
    { id: 'EUPL-1.2', all: ['european union public license v 1 2'], title: true },
    { id: 'EUPL-1.1', all: ['european union public license v 1 1'], title: true },
    { id: 'AFL-3.0', all: ['academic free license afl v 3 0'], title: true },
    { id: 'OSL-3.0', all: ['open software license v 3 0'], title: true },
    { id: 'MS-PL', all: ['microsoft public license ms pl'], title: true },
    { id: 'BSL-1.0', all: ['boost software license version 1 0'], title: true },
    { id: 'Artistic-2.0', all: ['the artistic license 2 0'], title: true },
    { id: 'UPL-1.0', all: ['universal permissive license upl version 1 0'] },
    { id: 'NCSA', all: ['university of illinois ncsa open source license'], title: true },
    { id: 'MulanPSL-2.0', all: ['木兰宽松许可证 第2版'], title: true },
    { id: 'OFL-1.1', all: ['sil open font license version 1 1'], title: true },
    { id: 'Unlicense', all: ['this is free and unencumbered software released into the public domain'] },
    { id: 'WTFPL', all: ['do what the fuck you want to public license'], title: true },
    { id: 'Zlib', all: ['altered source versions must be plainly marked as such', 'in no event will the authors be held liable'] },
    { id: 'PostgreSQL', all: ['postgresql', 'permission to use copy modify and distribute this software and its documentation for any purpose without fee'] },
    {
      id: '0BSD',
      all: ['permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted'],
      none: ['provided that the above copyright notice'],
    },
    {
      id: 'ISC',
      all: [
        'permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted',
        'provided that the above copyright notice and this permission notice appear in all copies',
      ],
    },
    {
      id: 'MIT-0',
      all: ['permission is hereby granted free of charge to any person obtaining a copy', 'to deal in the software without restriction'],
      none: ['the above copyright notice and this permission notice shall be included', 'the above copyright notice and this permission notice including the next paragraph shall be included'],
    },
    {
      id: 'MIT',
      all: [
        'permission is hereby granted free of charge to any person obtaining a copy',
        'the above copyright notice and this permission notice shall be included in all copies or substantial portions of the software',
      ],
      none: ['except as contained in this notice the name', 'the name of the copyright holders shall not be used'],
    },
    {
      id: 'BSD-4-Clause',
      all: ['redistribution and use in source and binary forms', 'all advertising materials mentioning features or use of this software'],
    },
    {
      id: 'BSD-3-Clause-Clear',
      all: ['redistribution and use in source and binary forms', 'no express or implied licenses to any party s patent rights are granted by this license'],
    },
    {
      id: 'BSD-3-Clause',
      all: ['redistribution and use in source and binary forms', 'neither the name of', 'without specific prior written permission'],
      none: ['all advertising materials mentioning features', 'nuclear facility'],
    },
    {
      id: 'BSD-2-Clause',
      all: [
        'redistribution and use in source and binary forms',
        'redistributions of source code must retain the above copyright notice',
        'redistributions in binary form must reproduce the above copyright notice',
      ],
      none: ['neither the name of', 'advertising materials', 'the names of its contributors may not be used', 'must not be misrepresented'],
    },
  ];
}

/**
 * Phrases people write instead of the license text ("Licensed under the MIT License",
 * "Apache 2.0"). Matched in short notices and README license statements.
 */
function proseAliases(): ReadonlyArray<readonly [string, string]> {
  return [
    ['apache license version 2 0', 'Apache-2.0'],
    ['apache license 2 0', 'Apache-2.0'],
    ['apache 2 0', 'Apache-2.0'],
    ['apache v2', 'Apache-2.0'],
    ['apache2', 'Apache-2.0'],
    ['apache 2', 'Apache-2.0'],
    ['mit license', 'MIT'],
    ['the mit', 'MIT'],
    ['under mit', 'MIT'],
    ['bsd 3 clause', 'BSD-3-Clause'],
    ['3 clause bsd', 'BSD-3-Clause'],
    ['bsd 2 clause', 'BSD-2-Clause'],
    ['2 clause bsd', 'BSD-2-Clause'],
    ['gplv3', 'GPL-3.0-only'],
    ['gpl v3', 'GPL-3.0-only'],
    ['gpl 3 0', 'GPL-3.0-only'],
    ['gplv2', 'GPL-2.0-only'],
    ['gpl v2', 'GPL-2.0-only'],
    ['agplv3', 'AGPL-3.0-only'],
    ['agpl 3 0', 'AGPL-3.0-only'],
    ['mpl 2 0', 'MPL-2.0'],
    ['cdla permissive 2 0', 'CDLA-Permissive-2.0'],
    ['cdla permissive 1 0', 'CDLA-Permissive-1.0'],
    ['cdla sharing 1 0', 'CDLA-Sharing-1.0'],
    ['odc by', 'ODC-By-1.0'],
    ['odc attribution license', 'ODC-By-1.0'],
    ['open database license', 'ODbL-1.0'],
    ['odbl', 'ODbL-1.0'],
    ['pddl', 'PDDL-1.0'],
    ['cc0', 'CC0-1.0'],
    ['openmdw', 'OpenMDW-1.0'],
    ['unlicense', 'Unlicense'],
  ];
}

const CC_VERSIONS: readonly string[] = ['1.0', '2.0', '2.5', '3.0', '4.0'];

/** "Creative Commons Attribution-NonCommercial-ShareAlike 4.0" / "CC BY-NC 4.0" → SPDX CC ids. */
function findCreativeCommons(norm: string): { id: string; index: number } | undefined {
  const re =
    /(?:^| )(?:creative commons(?: legal code)?(?: license)?|cc)(?: license)? (?:attribution|by)((?: non ?commercial| nc)?)((?: share ?alike| sa| no ?derivatives| no ?derivs| nd)?)(?: license)?(?: international)?(?: version)? ?v?(\d) (\d)(?= |$)/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const version = `${m[3]}.${m[4]}`;
    if (!CC_VERSIONS.includes(version)) continue;
    const nc = m[1] ? '-NC' : '';
    const mod = m[2] ?? '';
    const tail = /^ (share|sa)/.test(mod) ? '-SA' : mod ? '-ND' : '';
    const id = `CC-BY${nc}${tail}-${version}`;
    if (licenseInfo(id)) return { id, index: m.index };
  }
  return undefined;
}

let nameIndex: Array<{ norm: string; id: string }> | undefined;
/** Normalised SPDX names (≥ 3 words, so "MIT License" style short names need the alias list), longest first. */
function spdxNames(): Array<{ norm: string; id: string }> {
  if (!nameIndex) {
    nameIndex = [];
    for (const [id, entry] of Object.entries(spdxList as Readonly<Record<string, { name: string }>>)) {
      const norm = normalizeLicenseText(entry.name);
      if (norm.split(' ').length >= 3) nameIndex.push({ norm, id: currentSpdxId(id) });
    }
    nameIndex.sort((a, b) => b.norm.length - a.norm.length);
  }
  return nameIndex;
}

export type IdentifyMethod = 'spdx-identifier' | 'text' | 'name' | 'id';

export type Identification =
  | { kind: 'identified'; license: string; method: IdentifyMethod; line: number }
  /** A short notice that only says where the license is ("Please refer to license: https://…"). */
  | { kind: 'pointer'; url: string; line: number }
  | { kind: 'empty' }
  | { kind: 'placeholder'; reason: string }
  | { kind: 'restricted'; license: string; reason: string; line: number }
  /** A standard text with terms added: no longer the license it resembles. */
  | { kind: 'modified'; resembles: string; added: string; line: number }
  | { kind: 'unidentified' };

/** 1-based line of the first line (of the raw text) whose normalised form contains `phrase`. */
function lineOf(text: string, phrase: string): number {
  if (!phrase) return 1;
  const words = phrase.split(' ');
  const lines = text.split('\n');
  // A title may wrap ("Apache License" / "Version 2.0, January 2004"): try its first words, then fewer.
  for (const n of [4, 2]) {
    const first = words.slice(0, n).join(' ');
    for (let i = 0; i < lines.length; i++) {
      spend(1 + (lines[i]!.length >> 6));
      if (` ${normalizeLicenseText(lines[i] ?? '')} `.includes(` ${first} `)) return i + 1;
    }
  }
  return 1;
}

/** The `SPDX-License-Identifier:` expression of a text, with its line. */
export function findSpdxIdentifier(text: string): { expression: string; line: number } | undefined {
  const re = /SPDX-License-Identifier:[ \t]*([^\n]*)/;
  const m = re.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const expression = m[1]
    .replace(/\*\/.*$|-->.*$|["'`]/g, '')
    .trim();
  if (!expression) return undefined;
  const line = text.slice(0, m.index).split('\n').length;
  return { expression, line };
}

/**
 * `{{ … }}` somewhere in the text, in one pass: the regex `\{\{[^}]*\}\}` rescans the rest of the
 * text from every `{{`, which a flood of `{` turns quadratic.
 */
function hasTemplateBraces(raw: string): boolean {
  let i = raw.indexOf('{{');
  while (i >= 0) {
    const close = raw.indexOf('}', i + 2);
    if (close < 0) return false;
    if (raw[close + 1] === '}') return true;
    // Every `{{` before this `}` meets the same lone `}`: continue after it.
    i = raw.indexOf('{{', close + 1);
  }
  return false;
}

function placeholderReason(raw: string, norm: string): string | undefined {
  if (/lorem ipsum/.test(norm)) return 'lorem ipsum text';
  if (norm.split(' ').length < 60 && hasTemplateBraces(raw)) return 'template braces ({{ … }}) instead of a license';
  const words = norm.split(' ');
  if (words.length <= 12 && /\b(todo|tbd|tba|fixme|coming soon|placeholder|to be determined|to be added|insert|your license)\b/.test(norm)) {
    return `placeholder text ("${raw.trim().slice(0, 60)}")`;
  }
  return undefined;
}

function restrictionMarker(norm: string): string | undefined {
  const markers: ReadonlyArray<readonly [string, string]> = [
    ['non commercial', 'non-commercial use only'],
    ['noncommercial', 'non-commercial use only'],
    ['not for commercial use', 'non-commercial use only'],
    ['research purposes only', 'research use only'],
    ['research use only', 'research use only'],
    ['for research purposes', 'research use only'],
    ['acceptable use policy', 'an acceptable use policy restricts use'],
    ['you agree not to use', 'use restrictions'],
    ['prohibited uses', 'use restrictions'],
    ['use restrictions', 'use restrictions'],
    ['monthly active users', 'a user-count threshold'],
  ];
  const padded = ` ${norm} `;
  for (const [phrase, reason] of markers) if (padded.includes(` ${phrase} `)) return reason;
  return undefined;
}

/** Ids written as such in a short notice ("Apache-2.0", "MIT OR Apache-2.0"). */
function idsInShortText(raw: string): string[] {
  const found: string[] = [];
  for (const token of raw.match(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g) ?? []) {
    const lower = token.toLowerCase();
    // Ids that are ordinary words would match prose; only well-known ones count here.
    if (!/[-.]/.test(token) && !['mit', 'isc', 'zlib', 'unlicense', 'wtfpl', 'postgresql', 'cc0'].includes(lower)) continue;
    const id = canonicalLicenseId(token);
    if (id && !found.includes(id)) found.push(id);
  }
  return found;
}

function findProse(norm: string): Array<{ id: string; index: number }> {
  const padded = ` ${norm} `;
  const hits: Array<{ id: string; index: number }> = [];
  const cc = findCreativeCommons(norm);
  if (cc) hits.push(cc);
  for (const [phrase, id] of proseAliases()) {
    const index = padded.indexOf(` ${phrase} `);
    if (index >= 0 && !hits.some((h) => h.id === id)) hits.push({ id, index });
  }
  for (const { norm: name, id } of spdxNames()) {
    if (hits.some((h) => h.id === id)) continue;
    const index = padded.indexOf(` ${name} `);
    // A longer name already matched here ("… v3.0 or later" before "… v3.0") wins.
    if (index >= 0 && !hits.some((h) => h.index <= index && index < h.index + 40)) hits.push({ id, index });
  }
  return hits.sort((a, b) => a.index - b.index);
}

const SHINGLE = 4;
/** A run of this many words found nowhere in the standard text is an added term, not a name. */
const ADDED_RUN = 5;
/** Words before the standard text starts that pass as a title or a one-line notice. */
const PREAMBLE_WORDS = 25;
/** Words at the start of a standard text: a run followed by them introduces another copy of the license. */
const RESTART_WORDS = 40;
let shingleCache: Map<string, { all: Set<string>; start: Set<string> }> | undefined;

function standardShingles(id: string): { all: Set<string>; start: Set<string> } | undefined {
  const text = STANDARD_TEXTS[id];
  if (text === undefined) return undefined;
  shingleCache ??= new Map();
  let sets = shingleCache.get(id);
  if (!sets) {
    sets = { all: new Set(), start: new Set() };
    const words = text.split(' ');
    for (let i = 0; i + SHINGLE <= words.length; i++) {
      const shingle = words.slice(i, i + SHINGLE).join(' ');
      sets.all.add(shingle);
      if (i < RESTART_WORDS) sets.start.add(shingle);
    }
    shingleCache.set(id, sets);
  }
  return sets;
}

/**
 * For licenses whose standard text the gate carries: the first run of words that the standard
 * text does not contain, unless that run is itself an open license appended to the file.
 * Copyright and SPDX lines are skipped (they differ in every copy).
 */
function addedTerms(raw: string, id: string): { text: string; line: number } | undefined {
  const shingles = standardShingles(id);
  if (!shingles) return undefined;
  const words: string[] = [];
  const lineOfWord: number[] = [];
  raw.split('\n').forEach((lineText, i) => {
    if (/^\W*(copyright\b|\(c\)|©|portions copyright|all rights reserved|spdx-license-identifier)/i.test(lineText)) return;
    for (const w of normalizeLicenseText(lineText).split(' ')) {
      if (!w) continue;
      words.push(w);
      lineOfWord.push(i + 1);
    }
  });
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    if (shingles.all.has(words.slice(i, i + SHINGLE).join(' '))) covered.fill(1, i, i + SHINGLE);
  }
  for (let i = 0; i < words.length; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && !covered[j]) j++;
    const leading = i === 0 && j - i <= PREAMBLE_WORDS && j < words.length;
    // A heading before another full copy ("Third-party code from X:" + the same license again).
    const restart = j - i <= PREAMBLE_WORDS && shingles.start.has(words.slice(j, j + SHINGLE).join(' '));
    if (j - i >= ADDED_RUN && !leading && !restart) {
      // Another open license appended in full (third-party notices) adds no restriction.
      const run = words.slice(i, j).join(' ');
      const appended = identifyByFingerprint(` ${run} `);
      if (!(appended && isOpenLicense(appended) && !addedTerms(run, appended))) {
        return { text: words.slice(i, Math.min(j, i + 14)).join(' '), line: lineOfWord[i] ?? 1 };
      }
    }
    i = j;
  }
  return undefined;
}

function identifyByFingerprint(padded: string): string | undefined {
  let best: { id: string; index: number } | undefined;
  for (const fp of fingerprints()) {
    const first = fp.all[0];
    if (first === undefined) continue;
    const index = padded.indexOf(` ${first} `);
    if (index < 0 || (fp.title && index > TITLE_WINDOW)) continue;
    if (!fp.all.every((p) => padded.includes(` ${p} `))) continue;
    if (fp.none?.some((p) => padded.includes(` ${p} `))) continue;
    if (!best || index < best.index) best = { id: fp.id, index };
  }
  return best?.id;
}

/**
 * Names the license of a license file's text. Order: SPDX identifier line, full-text
 * fingerprints, names and ids in a short notice, then what makes an unknown text not open.
 */
export function identifyLicenseText(raw: string): Identification {
  if (!raw.trim()) return { kind: 'empty' };
  const spdxLine = findSpdxIdentifier(raw);
  if (spdxLine) {
    const expr = parseLicenseExpression(spdxLine.expression);
    if (expr) return { kind: 'identified', license: formatLicenseExpression(expr), method: 'spdx-identifier', line: spdxLine.line };
  }
  const norm = normalizeLicenseText(raw);
  const padded = ` ${norm} `;
  const placeholder = placeholderReason(raw, norm);
  if (placeholder) return { kind: 'placeholder', reason: placeholder };
  // The earliest match wins: a license names itself first and quotes others later.
  let best: { fp: Fingerprint; index: number } | undefined;
  for (const fp of fingerprints()) {
    const first = fp.all[0];
    if (first === undefined) continue;
    const index = padded.indexOf(` ${first} `);
    if (index < 0 || (fp.title && index > TITLE_WINDOW)) continue;
    if (!fp.all.every((p) => padded.includes(` ${p} `))) continue;
    if (fp.none?.some((p) => padded.includes(` ${p} `))) continue;
    if (!best || index < best.index) best = { fp, index };
  }
  if (best) {
    const line = lineOf(raw, best.fp.all[0] ?? '');
    if (padded.includes(' commons clause ')) {
      return { kind: 'restricted', license: RESTRICTED_REF, reason: `the Commons Clause added to ${best.fp.id} forbids selling the software`, line };
    }
    const added = addedTerms(raw, best.fp.id);
    if (added) return { kind: 'modified', resembles: best.fp.id, added: added.text, line: added.line };
    return { kind: 'identified', license: best.fp.id, method: 'text', line };
  }
  const cc = findCreativeCommons(norm.slice(0, TITLE_WINDOW));
  if (cc) return { kind: 'identified', license: cc.id, method: 'name', line: lineOf(raw, norm.slice(cc.index).trim().split(' ').slice(0, 4).join(' ')) };
  // Short notices: "Apache-2.0", "Licensed under the MIT License", "MIT OR Apache-2.0 at your option".
  if (norm.length <= 600) {
    const ids = idsInShortText(raw);
    const prose = findProse(norm).map((h) => h.id);
    const all = [...ids, ...prose.filter((id) => !ids.includes(id))];
    if (all.length === 1) return { kind: 'identified', license: all[0]!, method: ids.length ? 'id' : 'name', line: 1 };
    if (all.length > 1 && /\b(or|either|dual|at your option)\b/.test(norm)) {
      return { kind: 'identified', license: all.join(' OR '), method: ids.length ? 'id' : 'name', line: 1 };
    }
  }
  // "See https://…/LICENSE": the terms live elsewhere. Only web addresses count as a place.
  if (norm.length <= 400) {
    const at = raw.split('\n').findIndex((l) => /https?:\/\/\S+/i.test(l));
    const url = at < 0 ? undefined : /https?:\/\/[^\s)>"'\]]+/i.exec(raw.split('\n')[at]!)?.[0];
    if (url) return { kind: 'pointer', url: url.replace(/[.,;:]+$/, ''), line: at + 1 };
  }
  const restriction = restrictionMarker(norm);
  if (restriction) return { kind: 'restricted', license: RESTRICTED_REF, reason: restriction, line: 1 };
  if (/\ball rights reserved\b/.test(norm) && !/\b(permission is hereby granted|redistribution and use|is hereby granted)\b/.test(norm)) {
    return { kind: 'restricted', license: PROPRIETARY_REF, reason: '"All rights reserved" and no grant of rights', line: 1 };
  }
  if (/\bproprietary\b/.test(norm) && !/\bpermission is hereby granted\b/.test(norm)) {
    return { kind: 'restricted', license: PROPRIETARY_REF, reason: 'proprietary terms', line: 1 };
  }
  return { kind: 'unidentified' };
}

/**
 * Licenses named in a piece of prose ("The code is released under Apache 2.0 and the weights
 * under CC BY-NC 4.0"), with their position in the *normalised* text, in order of appearance.
 * For README license sections, where each mention is paired with the nearest scope word.
 */
export function licenseMentions(norm: string): Array<{ id: string; index: number }> {
  const padded = ` ${norm} `;
  const hits = findProse(norm);
  const add = (id: string, index: number): void => {
    if (!hits.some((h) => h.id === id && Math.abs(h.index - index) < 8)) hits.push({ id, index });
  };
  for (const fp of fingerprints()) {
    if (!fp.id.startsWith('LicenseRef-')) continue;
    const index = padded.indexOf(` ${fp.all[0]} `);
    if (index >= 0 && fp.all.every((p) => padded.includes(` ${p} `))) add(fp.id, index);
  }
  for (const m of padded.matchAll(/ mit (?!license )/g)) add('MIT', m.index);
  for (const m of padded.matchAll(/ (llama ?[234](?: [0-9])?) /g)) {
    const version = (m[1] ?? '').replace(/llama ?/, '').replace(' ', '.');
    add(canonicalLicenseId(`llama${version}`) ?? 'LicenseRef-Llama', m.index);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The license ids of a piece of prose, in order of appearance. */
export function licensesInProse(text: string): string[] {
  const out: string[] = [];
  for (const id of idsInShortText(text)) if (!out.includes(id)) out.push(id);
  for (const { id } of licenseMentions(normalizeLicenseText(text))) if (!out.includes(id)) out.push(id);
  return out;
}

/** "Apache License 2.0 (Apache-2.0)" for one id; the expression itself for compound ones. */
export function describeLicense(license: string): string {
  const info = licenseInfo(license);
  return info ? `${info.name} (${license})` : license;
}

// ---------------------------------------------------------------------------------------------
// Where a license applies

/**
 * repository: the root license file — everything in the tree unless something closer says otherwise.
 * directory:  a license file (or card front matter, package metadata) in a sub-folder — what lies under it.
 * collection: a REUSE `LICENSES/` folder — each license there covers the files that name it.
 * code / parameters / data / document: a split license for one kind of component
 *   (LICENSE-CODE, LICENSE-MODEL, DATA_LICENSE, LICENSE-DOCS, or a README statement about one kind).
 */
export type LicenseScope = 'repository' | 'directory' | 'collection' | 'code' | 'parameters' | 'data' | 'document';

const SCOPE_WORDS: ReadonlyArray<readonly [LicenseScope, readonly string[]]> = [
  ['code', ['CODE', 'SOFTWARE', 'SOURCE', 'SRC']],
  ['parameters', ['MODEL', 'MODELS', 'WEIGHT', 'WEIGHTS', 'PARAMS', 'PARAMETERS', 'CHECKPOINT', 'CHECKPOINTS', 'CKPT']],
  ['data', ['DATA', 'DATASET', 'DATASETS']],
  ['document', ['DOC', 'DOCS', 'DOCUMENTATION', 'CONTENT', 'PAPER', 'MEDIA']],
];

/** The kind a license file's name declares (`LICENSE-CODE`, `MODEL_LICENSE`, `DATA_LICENSE.txt`), if any. */
export function scopeFromLicenseFileName(path: string): LicenseScope | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toUpperCase();
  const tokens = base.split(/[-_. ]+/).filter((t) => t && !/^(LICEN[CS]E|LICEN[CS]ES|COPYING|MD|TXT|RST|TEXT|MARKDOWN|AGREEMENT)$/.test(t));
  for (const [scope, words] of SCOPE_WORDS) if (tokens.some((t) => words.includes(t))) return scope;
  return undefined;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/**
 * The scope of a finding of the license detector, from its path and code. Codes of the license
 * detector that carry a scope: `front-matter`, `package-metadata`, `statement-<scope>`.
 */
export function licenseScopeOf(finding: { path: string; code: string }): LicenseScope {
  const nested = finding.path.includes('/');
  if (finding.code.startsWith('statement-')) {
    const scope = finding.code.slice('statement-'.length) as LicenseScope;
    if (scope === 'repository') return nested ? 'directory' : 'repository';
    return scope;
  }
  if (finding.code === 'front-matter') return nested ? 'directory' : 'parameters';
  if (finding.code === 'package-metadata') return nested ? 'directory' : 'code';
  if (/(^|\/)LICENSES\//i.test(finding.path)) return 'collection';
  const typed = scopeFromLicenseFileName(finding.path);
  if (typed) return typed;
  return nested ? 'directory' : 'repository';
}

/** The folder a `directory`-scoped license covers ('' for the root). */
export function licenseDirectory(path: string): string {
  return dirOf(path);
}

/**
 * The `SPDX-License-Identifier:` of a source file's header (its first lines), as a canonical
 * expression: the component's own license, which wins over the repository's.
 */
export function spdxLicenseOf(text: string): string | undefined {
  const found = findSpdxIdentifier(text.slice(0, 4000));
  if (!found) return undefined;
  const expr = parseLicenseExpression(found.expression);
  return expr ? formatLicenseExpression(expr) : undefined;
}

/** Every id the identifier can name from a text or an alias (for checking them against the SPDX list). */
export function identifiableLicenseIds(): string[] {
  const ids = new Set<string>();
  for (const fp of fingerprints()) ids.add(fp.id);
  for (const id of aliasIds().values()) ids.add(id);
  for (const [, id] of proseAliases()) ids.add(id);
  for (const c of CUSTOM_LICENSES) ids.add(c.id);
  return [...ids].sort();
}

/** The full-text fingerprints' ids: each must identify its own official SPDX text. */
export function fingerprintedSpdxIds(): string[] {
  return [...new Set(fingerprints().map((f) => f.id).filter((id) => !id.startsWith('LicenseRef-')))].sort();
}
