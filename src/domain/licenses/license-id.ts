import { STANDARD_TEXTS } from './license-texts.js';
import { spend } from '../cost.js';
import { aliasIds, canonicalLicenseId, CUSTOM_LICENSES, isOpenLicense, licenseInfo, PROPRIETARY_REF, RESTRICTED_REF } from './catalog.js';
import { formatLicenseExpression, parseLicenseExpression } from './expression.js';
import { findCreativeCommons, fingerprints, normalizeLicenseText, proseAliases, spdxNames, TITLE_WINDOW, type Fingerprint } from './phrases.js';

export { canonicalLicenseId, isOpenLicense, licenseInfo, PROPRIETARY_REF, RESTRICTED_REF, type LicenseCategory, type LicenseInfo } from './catalog.js';
export {
  formatLicenseExpression,
  licenseFitFor,
  parseLicenseExpression,
  type LicenseExpr,
  type LicenseFit,
  type LicenseFitResult,
} from './expression.js';
export { normalizeLicenseText } from './phrases.js';
export { licenseDirectory, licenseScopeOf, scopeFromLicenseFileName, type LicenseScope } from './scope.js';

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
 *
 * The knowledge is split by subject: catalog.ts (ids, names, openness, aliases), expression.ts
 * (SPDX expressions and their fitness for a MOF component), phrases.ts (what names a license in a
 * text), scope.ts (where a license applies). This module identifies licenses from text and is the
 * one import for callers: it re-exports the public names of the others.
 */

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
    ['non commercially', 'non-commercial use only'],
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
/** Words a term is made of: a run without any ("authored by the following people: …") is a credit, not a term. */
const TERM_WORDS =
  /\b(?:shall|must|may|not|no|only|permit\w*|grant\w*|restrict\w*|prohibit\w*|licen[cs]\w*|use[sd]?|using|commercial\w*|agree\w*|conditions?|terms?|rights?|without|except\w*|provided|requir\w*|redistribut\w*|distribut\w*|sell\w*|(?:un)?modif\w*|unaltered|intact|first|retain\w*|keep|preserv\w*|warrant\w*|liab\w*|obligat\w*|attribut\w*)\b/;
/** Words that make a copyright paragraph more than a notice: a restriction, a condition, a request. */
const NOTICE_TERMS = /\b(?:commercial\w*|not|no|cannot|only|solely|prohibit\w*|restrict\w*|requir\w*|permi\w*|fee|royalt\w*|research|conditions?|terms?|grant\w*|agree\w*)\b/;
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
  // A copyright line's holders may run on over the next lines ("Copyright (c) 2023 A, B,\n C, D"):
  // until a blank line, lines that list names are part of it.
  let holders = false;
  // Where holders' names were left out: words after them are not a title before the license.
  let namesAt: number | undefined;
  const lines = raw.split('\n');
  // A copyright paragraph that says who developed the work and what the notice covers ("Developed at the
  // Institute by A and B. This copyright and license covers the code and the model weights") adds no
  // terms: skipped whole, unless it restricts or asks for something.
  let notice = -1;
  lines.forEach((lineText, i) => {
    if (i <= notice) return;
    if (/^\W*(copyright\b|\(c\)|©|portions copyright|all rights reserved|spdx-license-identifier)/i.test(lineText)) {
      holders = true;
      const end = lines.findIndex((l, j) => j > i && l.trim() === '');
      const paragraph = lines.slice(i, end < 0 ? lines.length : end).join(' ');
      if (!NOTICE_TERMS.test(normalizeLicenseText(paragraph))) {
        notice = end < 0 ? lines.length : end;
        // As for holders' names: what follows the notice is not a title before the license.
        if (notice > i + 1) namesAt ??= words.length;
      }
      return;
    }
    if (lineText.trim() === '') holders = false;
    else if (holders && isNameList(lineText) && !TERM_WORDS.test(normalizeLicenseText(lineText))) {
      namesAt ??= words.length;
      return;
    } else holders = false;
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
    const leading = i === 0 && j - i <= PREAMBLE_WORDS && j < words.length && (namesAt === undefined || j <= namesAt);
    // A heading before another full copy ("Third-party code from X:" + the same license again).
    const restart = i > 0 && j - i <= PREAMBLE_WORDS && shingles.start.has(words.slice(j, j + SHINGLE).join(' '));
    if (j - i >= ADDED_RUN && !leading && !restart) {
      // Another open license appended in full (third-party notices) adds no restriction.
      const run = words.slice(i, j).join(' ');
      const appended = identifyByFingerprint(` ${run} `);
      if (TERM_WORDS.test(run) && !(appended && isOpenLicense(appended) && !addedTerms(run, appended)) && !standardWording(words.slice(i, j), id)) {
        return { text: words.slice(i, Math.min(j, i + 14)).join(' '), line: lineOfWord[i] ?? 1 };
      }
    }
    i = j;
  }
  return undefined;
}

/** "Jonathan Hayase, Georgios Smyrnis, Thao Nguyen," or "Ada Lovelace and Alan Turing": names, nothing else. */
function isNameList(line: string): boolean {
  const items = line.split(/,|\band\b|&/).map((x) => x.trim()).filter((x) => x !== '');
  const name = /^(?:(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|den|da|di|du|le|la|del)\s+){0,4}\p{Lu}[\p{L}.'’-]*$/u;
  return items.length >= 2 && items.every((x) => name.test(x));
}

/** Permissive licenses whose disclaimers other permissive texts borrow word for word. */
const DISCLAIMER_SOURCES = ['ISC', '0BSD', 'MIT', 'BSD-2-Clause', 'BSD-3-Clause'];
/** Share of a run's shingles another standard text must hold for the run to be that text's wording. */
const BORROWED_SHARE = 0.8;

/**
 * A run that is another permissive license's own wording ("THE AUTHOR DISCLAIMS ALL WARRANTIES …", the
 * ISC disclaimer closing a BSD grant): a disclaimer or grant borrowed whole, not a term of the release's.
 */
function standardWording(run: readonly string[], id: string): boolean {
  const total = run.length - SHINGLE + 1;
  if (total <= 0) return false;
  const sources = DISCLAIMER_SOURCES.filter((other) => other !== id).map((other) => standardShingles(other)?.all);
  const covered = new Uint8Array(run.length);
  let found = 0;
  for (let k = 0; k < total; k++) {
    if (!sources.some((set) => set?.has(run.slice(k, k + SHINGLE).join(' ')))) continue;
    found++;
    covered.fill(1, k, k + SHINGLE);
  }
  // The words the borrowed wording does not explain must not restrict anything ("NOT FOR COMMERCIAL USE").
  const rest = run.filter((_, k) => !covered[k]).join(' ');
  return found / total >= BORROWED_SHARE && !RESTRICTING.test(rest);
}

const RESTRICTING = /\b(?:not|no|only|never|prohibit\w*|restrict\w*|commercial\w*|shall|must|may|agree\w*|requir\w*|military|research)\b/;

/** A note between bundled licenses ("This repository also contains code from …; their licenses follow") is this long at most. */
const NOTE_WORDS = 80;

/**
 * A license file that bundles the licenses of third-party code after its own, parts set apart by
 * rule lines ("--", "------ LICENSE FOR X code ------"): the first part is the release's license
 * unchanged, the others are open licenses of bundled code (their own wording kept) or a short note
 * introducing them. Nothing in it adds terms to the release's own license.
 */
function bundledNotices(raw: string, id: string): boolean {
  const parts: string[][] = [[]];
  for (const line of raw.split('\n')) {
    // Rule lines, and Markdown headings ("## Apache License 2.0") of a license file written in Markdown.
    if (line.length <= 200 && /^\s*(?:[-=_*~]{2,}[^\n]{0,160}?[-=_*~]{2,}|[-=_*~]{2,})\s*$|^#{1,6}\s+[^\n]{0,80}\blicen[cs]e\b[^\n]{0,40}$/i.test(line)) parts.push([]);
    else parts[parts.length - 1]!.push(line);
  }
  const texts = parts.map((p) => p.join('\n')).filter((t) => t.trim() !== '');
  // "This project is licensed under both the MIT License and the Apache License 2.0:" before the texts.
  while (texts.length > 2 && isNote(texts[0] ?? '')) texts.shift();
  // The release's own license is whole in the first part, and unchanged.
  const own = texts[0] ?? '';
  if (texts.length < 2 || identifyByFingerprint(` ${normalizeLicenseText(own)} `) !== id || addedTerms(own, id)) return false;
  return texts.slice(1).every((t) => {
    const norm = normalizeLicenseText(t);
    const other = identifyByFingerprint(` ${norm} `);
    // Third-party code keeps its own notice; a variant wording (a BSD clause naming its owner) is still that license.
    if (other) return isOpenLicense(other) && !restrictionMarker(norm);
    return isNote(t);
  });
}

/** A short note between or before bundled licenses, without a restriction of its own. */
function isNote(text: string): boolean {
  const norm = normalizeLicenseText(text);
  if (identifyByFingerprint(` ${norm} `)) return false;
  return norm.split(' ').length <= NOTE_WORDS && !restrictionMarker(norm) && !/\b(?:shall not|may not|must not|prohibited|restrict\w*)\b/.test(norm);
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
    if (added && !bundledNotices(raw, best.fp.id)) return { kind: 'modified', resembles: best.fp.id, added: added.text, line: added.line };
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
  if (/\ball rights reserved\b/.test(norm) && !/\b(permission is hereby granted|redistribution and use|is hereby granted|hereby grants?|grants? (to )?you)\b/.test(norm)) {
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
