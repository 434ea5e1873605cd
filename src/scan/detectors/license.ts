import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import {
  canonicalLicenseId,
  describeLicense,
  formatLicenseExpression,
  identifyLicenseText,
  licenseInfo,
  licenseMentions,
  licenseScopeOf,
  normalizeLicenseText,
  parseLicenseExpression,
  type LicenseScope,
} from '../../domain/licenses/license-id.js';
import { anyFolder, baseName, depthOf, inEvalToolkit, lastExtension } from '../text/path-facts.js';
import { defineDetector } from '../define.js';
import { codeOf, defineOutcomes, emit, type PartCounts } from '../outcomes.js';
import { firstLineMatching, splitLines } from '../text/lines.js';

/**
 * The license detector: license files (LICENSE*, COPYING*, LICENSES/, split files such as
 * LICENSE-CODE / LICENSE-MODEL / DATA_LICENSE), `license:` in model-card front matter, license
 * statements in a README's License section, and package metadata (pyproject, setup.py,
 * package.json, Cargo.toml). Each finding names the license (SPDX id or `LicenseRef-`) in its
 * `license` field; where it applies is derived by `licenseScopeOf` from the path and the code.
 *
 * Outcomes: an open license → evidence; a license that is not open (custom model licenses,
 * non-commercial, proprietary) → rejected as a real candidate, which evaluation makes the release's
 * license when no open one governs, its terms weighed by the policy's `license-terms` (not a
 * proprietary text with no grant); empty, placeholder or unrecognised texts → rejected with the
 * reason.
 */

/**
 * Every license finding. A license file's strength follows its rank (the root LICENSE first, then
 * split files, REUSE entries and nested licenses): 5 below it. A named license that is not open is
 * a rejected candidate 10 below its open strength, and never below 60 (CANDIDATE and above: a real
 * candidate for the release's license, see evaluate/license.ts).
 */
const OUTCOMES = defineOutcomes('license', {
  'license-file': { outcome: 'evidence', weight: -5, parts: { rank: 1 }, max: 95, label: 'a license file with an open license' },
  'not-open': { outcome: 'rejected', weight: -15, parts: { rank: 1 }, max: 85, min: 60, label: 'a license file with a license that is not open' },
  'reuse-file': { outcome: 'evidence', weight: 70, code: 'license-file', label: 'a REUSE LICENSES/ file named by an open SPDX id' },
  'reuse-not-open': { outcome: 'rejected', weight: 60, code: 'not-open', label: 'a REUSE LICENSES/ file named by an id that is not open' },
  restricted: { outcome: 'rejected', weight: 75, code: 'not-open', label: 'a license text with use restrictions' },
  'front-matter': { outcome: 'evidence', weight: 55, label: 'an open license in model-card front matter' },
  'front-matter-not-open': { outcome: 'rejected', weight: 60, code: 'front-matter', label: 'a license that is not open in front matter' },
  'front-matter-unknown': { outcome: 'rejected', weight: 55, code: 'front-matter', label: 'a front-matter license the gate cannot identify' },
  'package-metadata': { outcome: 'evidence', weight: 45, label: 'an open license in package metadata' },
  'package-metadata-not-open': { outcome: 'rejected', weight: 60, code: 'package-metadata', label: 'a license that is not open in package metadata' },
  'statement-repository': { outcome: 'evidence', weight: 45, label: 'a README license statement for the repository' },
  'statement-code': { outcome: 'evidence', weight: 45, label: 'a README license statement for the code' },
  'statement-parameters': { outcome: 'evidence', weight: 45, label: 'a README license statement for the weights' },
  'statement-data': { outcome: 'evidence', weight: 45, label: 'a README license statement for the data' },
  'statement-document': { outcome: 'evidence', weight: 45, label: 'a README license statement for the documentation' },
  'statement-repository-not-open': { outcome: 'rejected', weight: 60, code: 'statement-repository', label: 'a statement naming a license that is not open' },
  'statement-code-not-open': { outcome: 'rejected', weight: 60, code: 'statement-code' },
  'statement-parameters-not-open': { outcome: 'rejected', weight: 60, code: 'statement-parameters' },
  'statement-data-not-open': { outcome: 'rejected', weight: 60, code: 'statement-data' },
  'statement-document-not-open': { outcome: 'rejected', weight: 60, code: 'statement-document' },
  'statement-without-text': { outcome: 'weak', weight: 35, code: 'statement-repository', label: 'an open license named for the repository with no license file holding its text' },
  'metadata-without-text': { outcome: 'weak', weight: 35, code: 'package-metadata', label: 'an open license named in package metadata with no license file holding its text' },
  'license-pointer': { outcome: 'external', weight: 50, label: 'a license file pointing to terms published elsewhere' },
  unreadable: { outcome: 'weak', weight: 30, label: 'a license file in Git LFS or binary' },
  modified: { outcome: 'rejected', weight: 60, label: 'a known license with added terms' },
  empty: { outcome: 'rejected', weight: 60 },
  placeholder: { outcome: 'rejected', weight: 60, label: 'a placeholder instead of a license' },
  unidentified: { outcome: 'rejected', weight: 55, label: 'a license text not recognised' },
  'license-pdf': { outcome: 'rejected', weight: 55, code: 'unidentified', label: 'a license agreement committed as a PDF, known by its name (its text is not read)' },
});
type Kind = keyof typeof OUTCOMES.kinds;

/** The rank a license file named only by the policy's `paths` gets, for its strength. */
const UNRANKED = 55;
/** Lines of a README's License section read at most. */
const SECTION_LINES = 40;

type StatementScope = Exclude<LicenseScope, 'directory' | 'collection'>;
/** The kinds of a license statement, open and not open, by what it applies to. */
const STATEMENT: Record<StatementScope, readonly [Kind, Kind]> = {
  repository: ['statement-repository', 'statement-repository-not-open'],
  code: ['statement-code', 'statement-code-not-open'],
  parameters: ['statement-parameters', 'statement-parameters-not-open'],
  data: ['statement-data', 'statement-data-not-open'],
  document: ['statement-document', 'statement-document-not-open'],
};

const TEXT_EXTENSIONS: readonly string[] = ['', 'md', 'txt', 'rst', 'markdown', 'text', 'html', 'htm', 'adoc', 'org'];
const PACKAGE_FILES: readonly string[] = ['pyproject.toml', 'setup.py', 'setup.cfg', 'package.json', 'cargo.toml'];

function isCardFile(name: string): boolean {
  return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}

function isLicenseFileName(name: string): boolean {
  return /licen[cs]e|copying/i.test(name);
}

/** A license agreement shipped as a PDF (`Skywork Community License.pdf`, a `…许可协议.pdf`): model licenses often are. */
function isLicensePdf(name: string): boolean {
  return lastExtension(name) === 'pdf' && /licen[cs]e|许可|协议/i.test(name);
}

/**
 * Test fixtures and CI folders hold license look-alikes that say nothing about the release; so do
 * the licences of other projects' code copied in (`third_party/`, a vendored eval toolkit such as
 * `qwencoder-eval/…/livecode_bench/LICENSE`), which cover that code only.
 */
function inIgnoredFolder(path: string): boolean {
  return (
    /(^|\/)(tests?|__tests__|testdata|test_data|fixtures|\.github|examples?\/[^/]+\/node_modules)\//i.test(path) ||
    inEvalToolkit(path) ||
    anyFolder(path, VENDORED_FOLDER)
  );
}

const VENDORED_FOLDER = /^(?:third[_-]party|vendor(?:ed)?|benchmarks?)$/;

function rank(path: string): number | undefined {
  if (inIgnoredFolder(path)) return undefined;
  const name = baseName(path);
  const lower = name.toLowerCase();
  const depth = depthOf(path);
  if (PACKAGE_FILES.includes(lower)) return depth === 0 ? 50 : depth <= 2 ? 25 : undefined;
  if (isCardFile(name) && !isLicenseFileName(name)) return depth === 0 ? 60 : depth <= 2 ? 20 : undefined;
  if (/(^|\/)LICENSES\/[^/]+$/i.test(path)) return TEXT_EXTENSIONS.includes(lastExtension(name)) ? 80 : undefined;
  if (isLicensePdf(name)) return depth === 0 ? 60 : depth <= 2 ? 40 : undefined;
  if (!isLicenseFileName(name)) return undefined;
  // LICENSE.md, LICENSE-MIT, LICENSE.Apache — not license-faq.png or check_license.py.
  if (!TEXT_EXTENSIONS.includes(lastExtension(name)) && !/^licen[cs]e[-_.][\w-]+$/i.test(name)) return undefined;
  if (depth === 0) return /^(licen[cs]e|copying)(\.[a-z]+)?$/i.test(name) ? 100 : 95;
  return Math.max(30, 70 - depth * 5);
}

function finding(file: FileContent, kind: Kind, fields: { line: number; message: string; url?: string; license?: string }): Finding {
  return emit(OUTCOMES, kind, { path: file.path, ...fields });
}

const SCOPE_LABEL: Record<LicenseScope, string> = {
  repository: 'the repository',
  directory: 'this folder',
  collection: 'the files that name it (REUSE)',
  code: 'the code',
  parameters: 'the model parameters',
  data: 'the data',
  document: 'the documentation',
};

/** Is every license of the expression open? (an OR needs one open choice) */
function expressionOpen(license: string): boolean {
  const expr = parseLicenseExpression(license);
  if (!expr) return false;
  const open = (e: NonNullable<typeof expr>): boolean => {
    if ('id' in e) {
      const info = licenseInfo(e.id);
      return info !== undefined && (info.category === 'osi' || info.category === 'open');
    }
    return e.op === 'or' ? e.args.some(open) : e.args.every(open);
  };
  return open(expr);
}

function verdictFor(license: string): string {
  if (expressionOpen(license)) {
    const info = licenseInfo(license);
    return info?.osiApproved ? 'OSI-approved' : 'open';
  }
  // Operators are matched only from the start of a run of blanks: from inside it, `\s+` rescanned the run.
  const unknown = (parseLicenseExpression(license) ? license.split(/(?<!\s)\s+(?:AND|OR|WITH)\s+/i) : [license]).find(
    (id) => !licenseInfo(id.replace(/[()]/g, '')),
  );
  if (unknown) return `'${unknown.replace(/[()]/g, '')}' is not a license the gate knows, so it cannot count as open`;
  const info = licenseInfo(license);
  if (info?.category === 'restricted-model') return 'a custom model license with use restrictions; not open';
  return 'not an open license';
}

/** One finding for a named license: the `open` kind (evidence), or the `notOpen` one (a rejected candidate). */
function licenseFinding(file: FileContent, license: string, line: number, [open, notOpen]: readonly [Kind, Kind], where: string, parts?: PartCounts<{ parts: { rank: number } }>): Finding {
  const isOpen = expressionOpen(license);
  const code = codeOf(OUTCOMES, open);
  const scope = licenseScopeOf({ path: file.path, code });
  const applies = scope === 'repository' ? '' : ` for ${SCOPE_LABEL[scope]}`;
  return emit(OUTCOMES, isOpen ? open : notOpen, { path: file.path, line, message: `${where}${applies}: ${describeLicense(license)} — ${verdictFor(license)}`, license, parts });
}

function checkLicenseFile(file: FileContent): Finding[] {
  const name = baseName(file.path);
  if (isLicensePdf(name)) {
    const message = `${name}: a license agreement in PDF, known by its name (its text is not read); if its terms are open, state its SPDX id as artifacts.license.license in .openness.yml`;
    return [finding(file, 'license-pdf', { line: 1, message })];
  }
  if (file.lfsPointer || file.binary) {
    return [
      finding(file, 'unreadable', {
        line: 1,
        message: `${name} is ${file.lfsPointer ? 'a Git LFS pointer' : 'a binary file'}; the license text cannot be read`,
      }),
    ];
  }
  const id = identifyLicenseText(file.text);
  // The root LICENSE first, then split files, REUSE entries and nested licenses.
  const parts = { rank: rank(file.path) ?? UNRANKED };
  switch (id.kind) {
    case 'identified':
      return [licenseFinding(file, id.license, id.line, ['license-file', 'not-open'], name, parts)];
    case 'restricted':
      return [
        finding(file, 'restricted', {
          line: id.line,
          message: `${name}: ${describeLicense(id.license)} — ${id.reason}; not open`,
          license: id.license,
        }),
      ];
    case 'modified':
      return [
        finding(file, 'modified', {
          line: id.line,
          message: `${name} resembles ${describeLicense(id.resembles)} but adds terms ("${id.added}…"); if it is open, state its SPDX id as artifacts.license.license in .openness.yml`,
        }),
      ];
    case 'pointer':
      return [
        finding(file, 'license-pointer', {
          line: id.line,
          message: `${name} only points to the license published at ${id.url}; its terms are not in this tree`,
          url: id.url,
        }),
      ];
    case 'empty':
      return [finding(file, 'empty', { line: 1, message: `${name} is empty` })];
    case 'placeholder':
      return [finding(file, 'placeholder', { line: 1, message: `${name} holds a ${id.reason}, not a license` })];
    case 'unidentified': {
      // REUSE names each file in LICENSES/ by its SPDX id.
      if (/(^|\/)LICENSES\//i.test(file.path)) {
        const byName = canonicalLicenseId(name.replace(/\.(txt|md)$/i, ''));
        if (byName) return [licenseFinding(file, byName, 1, ['reuse-file', 'reuse-not-open'], name)];
      }
      return [
        finding(file, 'unidentified', {
          line: 1,
          message: `${name}: license text not recognised as a known license; if it is open, state its SPDX id as artifacts.license.license in .openness.yml`,
        }),
      ];
    }
  }
}

/** `license:` (and `license_name:` for `other`) in the YAML front matter of a model card. */
function checkFrontMatter(file: FileContent): Finding[] {
  const nl = file.text.indexOf('\n');
  if ((nl < 0 ? file.text : file.text.slice(0, nl)).trim() !== '---') return [];
  const lines = splitLines(file.text);
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return [];
  let value: string | undefined;
  let line = 0;
  let licenseName: string | undefined;
  for (let i = 1; i < end; i++) {
    const l = lines[i] ?? '';
    const m = /^license:\s*(.*)$/.exec(l);
    if (m) {
      line = i + 1;
      value = (m[1] ?? '').trim();
      // A YAML list on the following lines: `license:\n  - mit`
      if (!value) {
        const items: string[] = [];
        for (let j = i + 1; j < end && /^\s+-\s*/.test(lines[j] ?? ''); j++) items.push((lines[j] ?? '').replace(/^\s+-\s*/, '').trim());
        value = items.join(' OR ');
      }
    }
    const n = /^license_name:\s*(.*)$/.exec(l);
    if (n) licenseName = (n[1] ?? '').trim().replace(/^["']|["']$/g, '');
  }
  if (value === undefined) return [];
  const raw = value.replace(/\s#.*$/, '').trimEnd().replace(/^["']|["']$/g, '').trim();
  const where = `${baseName(file.path)} front matter`;
  if (!raw || raw.toLowerCase() === 'other' || raw.toLowerCase() === 'unknown') {
    const named = licenseName ? canonicalLicenseId(licenseName) : undefined;
    if (named) return [licenseFinding(file, named, line, ['front-matter', 'front-matter-not-open'], where)];
    return [
      finding(file, 'front-matter-unknown', {
        line,
        message: `${where}: license '${raw || 'empty'}'${licenseName ? ` (${licenseName})` : ''} is not a license the gate can identify`,
      }),
    ];
  }
  const ids = raw.split(/(?<!\s)\s+OR\s+/).map((part) => canonicalLicenseId(part));
  if (ids.every((id): id is string => id !== undefined)) {
    return [licenseFinding(file, ids.join(' OR '), line, ['front-matter', 'front-matter-not-open'], where)];
  }
  return [
    finding(file, 'front-matter-unknown', {
      line,
      message: `${where}: license '${raw}' is not a license id the gate knows`,
    }),
  ];
}

/** Kind words of license statements, matched on normalised text ("model card" is a document, not the model). */
function statementScopes(): ReadonlyArray<readonly [Exclude<LicenseScope, 'repository' | 'directory' | 'collection'>, RegExp]> {
  return [
    ['document', /\b(documentation|docs|papers?|reports?|modelcards?|datacards?|cards?|content|text|paper)\b/g],
    ['code', /\b(code|source|codebase|software|scripts?|implementation)\b/g],
    ['parameters', /\b(weights?|checkpoints?|parameters|models?)\b/g],
    ['data', /\b(data|datasets?|corpus|corpora)\b/g],
  ];
}

/** A section's prose as sentences, each with the line it starts on (statements wrap across lines). */
function sentencesOf(lines: readonly string[], from: number, to: number): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  let current = '';
  let startLine = 0;
  const flush = (): void => {
    if (current.trim()) out.push({ text: current, line: startLine });
    current = '';
  };
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    // Blank lines, list items and table rows start a new statement.
    if (!line.trim() || /^\s*([-*+]|\d+[.)]|\|)\s/.test(line)) flush();
    if (!line.trim()) continue;
    // Sentence ends inside the line also start a new statement.
    for (const part of line.split(/(?<=[.;])\s+(?=[A-Z(])/)) {
      if (!current) startLine = i + 1;
      current += ` ${part}`;
      if (/[.;]\s*$/.test(part)) flush();
    }
  }
  flush();
  return out;
}

/**
 * License statements in a README's License section. Each license named is paired with the kind
 * words before it in the same sentence ("the code … Apache 2.0, the weights … CC BY-NC 4.0");
 * without any it applies to the repository.
 */
function checkLicenseSection(file: FileContent, hasRootLicenseFile: boolean): Finding[] {
  const lines = splitLines(file.text);
  // Found by searching the whole text, not by a test per line.
  const start = firstLineMatching(file.text, /^#{1,4}\s*[^#\n]*\blicen[cs](e|es|ing)\b/i);
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start] ?? '')?.[0].length ?? 2;
  let end = start + 1;
  while (end < lines.length && end < start + SECTION_LINES) {
    const heading = /^(#{1,6})\s/.exec(lines[end] ?? '');
    if ((heading && (heading[1]?.length ?? 0) <= level) || /^\s*```/.test(lines[end] ?? '')) break;
    end++;
  }
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(lines, start + 1, end)) {
    const norm = normalizeLicenseText(sentence.text.replace(/\]\([^)]*\)/g, ']')).replace(/\b(model|data) cards?\b/g, '$1card');
    if (!norm) continue;
    const mentions = licenseMentions(norm);
    if (mentions.length === 0) continue;
    const scopeHits: Array<{ scope: StatementScope; index: number }> = [];
    for (const [scope, re] of statementScopes()) {
      for (let m = re.exec(norm); m; m = re.exec(norm)) scopeHits.push({ scope, index: m.index });
    }
    mentions.forEach((mention, k) => {
      // The kind words between the previous license named and this one ("the code and the
      // weights are Apache-2.0"); else the first one after it ("Apache-2.0 for the code").
      const from = k > 0 ? (mentions[k - 1]?.index ?? 0) : -1;
      const to = mentions[k + 1]?.index ?? Infinity;
      let scopes = scopeHits.filter((h) => h.index > from && h.index < mention.index).map((h) => h.scope);
      if (scopes.length === 0) {
        const after = scopeHits.filter((h) => h.index > mention.index && h.index < to).sort((a, b) => a.index - b.index)[0];
        scopes = after ? [after.scope] : ['repository'];
      }
      for (const scope of new Set(scopes)) {
        const key = `${scope}:${mention.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const f = licenseFinding(file, mention.id, sentence.line, STATEMENT[scope], `${baseName(file.path)} license section`);
        // Naming a license without shipping its text is not a license file.
        if (scope === 'repository' && !hasRootLicenseFile && f.outcome === 'evidence') {
          out.push(finding(file, 'statement-without-text', { line: f.line, message: `${f.message}; no license file in the repository holds its text`, license: f.license }));
        } else {
          out.push(f);
        }
      }
    });
  }
  return out;
}

/** `license = "MIT"` in pyproject/Cargo/setup.cfg, `license="…"` in setup.py, `"license": "…"` in package.json, trove classifiers. */
function checkPackageMetadata(file: FileContent, hasRootLicenseFile: boolean): Finding[] {
  const lines = splitLines(file.text);
  const name = baseName(file.path);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const m =
      /^\s*license\s*=\s*(?:\{\s*text\s*=\s*)?["']([^"']+)["']/.exec(l) ??
      /^\s*license\s*=\s*([A-Za-z0-9][^#\n]*?)\s*$/.exec(name.toLowerCase() === 'setup.cfg' ? l : '') ??
      /\blicense\s*=\s*["']([^"']+)["']/.exec(name.toLowerCase() === 'setup.py' ? l : '') ??
      /^\s*"license"\s*:\s*"([^"]+)"/.exec(l) ??
      /License :: OSI Approved :: ([^"'\n]+)/.exec(l);
    if (!m || !m[1]) continue;
    const raw = m[1].trim();
    const expr = parseLicenseExpression(raw);
    let license: string | undefined;
    if (expr) {
      const formatted = formatLicenseExpression(expr);
      if (formatted.split(/ (?:AND|OR) /).every((id) => licenseInfo(id.replace(/[()]/g, '')))) license = formatted;
    }
    license ??= licenseMentions(normalizeLicenseText(raw))[0]?.id;
    if (!license) continue;
    const f = licenseFinding(file, license, i + 1, ['package-metadata', 'package-metadata-not-open'], `${name} package metadata`);
    // As a README statement: a license named in a field, with no license text in the repository, is a claim, not a license file.
    if (!hasRootLicenseFile && f.outcome === 'evidence') {
      return [finding(file, 'metadata-without-text', { line: f.line, message: `${f.message}; no license file in the repository holds its text`, license: f.license })];
    }
    return [f];
  }
  return [];
}

let rootLicenseOf: WeakMap<readonly string[], boolean> | undefined;

/** Whether the tree has a root license file: asked for every README and package file, so the listing is walked once per scan. */
function hasRootLicense(paths: readonly string[]): boolean {
  rootLicenseOf ??= new WeakMap();
  let known = rootLicenseOf.get(paths);
  if (known === undefined) {
    known = paths.some((p) => !p.includes('/') && /^(licen[cs]e|copying)/i.test(p));
    rootLicenseOf.set(paths, known);
  }
  return known;
}

export const license: Detector = defineDetector({
  id: 'license',
  globs: [
    '**/*LICENSE*',
    '**/*LICENCE*',
    // Every PDF, kept by rank only when named as a license (`…许可协议.pdf`): a glob with those
    // characters could not be bucketed by extension and would be tried on every path of the tree.
    '**/*.pdf',
    '**/COPYING*',
    '**/LICENSES/*.{txt,md}',
    '**/README.md',
    '**/MODEL_CARD*.md',
    '**/model_card*.md',
    '**/modelcard*.md',
    '**/pyproject.toml',
    '**/setup.py',
    '**/setup.cfg',
    '**/package.json',
    '**/Cargo.toml',
  ],
  rank,
  enough: 24,
  check(file, ctx) {
    const name = baseName(file.path);
    const lower = name.toLowerCase();
    if (PACKAGE_FILES.includes(lower)) return file.binary ? [] : checkPackageMetadata(file, hasRootLicense(ctx.paths));
    if (isCardFile(name) && !isLicenseFileName(name)) {
      if (file.binary || file.lfsPointer) return [];
      return [...checkFrontMatter(file), ...checkLicenseSection(file, hasRootLicense(ctx.paths))];
    }
    return checkLicenseFile(file);
  },
});
