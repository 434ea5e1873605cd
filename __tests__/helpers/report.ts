/** Shared by the report*.test.ts suites: fixtures, and checks written from the formats' own rules. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArtifactReport, GateReport } from '../../src/domain/report-model.js';

export const FIXTURES = ['pass', 'warn', 'fail', 'hostile', 'mof'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function loadReport(name: FixtureName): GateReport {
  const file = fileURLToPath(new URL(`../fixtures/report/${name}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as GateReport;
}

export function artifact(id: ArtifactReport['id'], over: Partial<ArtifactReport> = {}): ArtifactReport {
  return {
    id,
    title: id,
    status: 'present',
    severity: 'error',
    failing: false,
    evidence: [],
    problems: [],
    rejected: [],
    weak: [],
    fix: `Add the ${id}.`,
    why: `Why ${id} matters.`,
    ...over,
  };
}

export function report(artifacts: ArtifactReport[], over: Partial<GateReport> = {}): GateReport {
  return {
    version: 1,
    tool: { name: 'openness-gate', version: '0.1.0' },
    root: '.',
    policy: { source: '.openness.yml', builtin: false, preset: 'open-training', failOn: 'error' },
    verdict: artifacts.some((a) => a.failing) ? 'fail' : 'pass',
    artifacts,
    notes: [],
    stats: { files: 1, filesRead: 1, bytesRead: 1, ms: 1, source: 'walk' },
    ...over,
  };
}

// -------------------------------------------------------------------------------------------
// Markdown: what "inert" means for text we did not write
// -------------------------------------------------------------------------------------------

/** The only raw HTML the Markdown renderer writes itself. */
const OWN_HTML = /<!-- openness-gate -->|<\/?details>|<\/?summary>|<\/?sub>/g;

/** `](url)` where the `]` is not escaped, i.e. preceded by an even run of backslashes. */
export const LINK_DESTINATION = /(?<=(?:^|[^\\])(?:\\\\)*)\]\(([^)\s]*)\)/g;

/** Splits a table row into cells the way GFM does: on `|` not escaped by a backslash. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && i + 1 < row.length) {
      cur += c + row[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  // Leading and trailing pipes make an empty first and last piece.
  return cells.slice(1, -1);
}

/**
 * Problems in rendered Markdown, as a list (empty = fine): raw HTML other than ours, a live
 * mention, a live `#123`, a GitHub `GH-1` or URL autolink, a link to anywhere but `allowedLink`,
 * or a table row with a different number of cells than its header.
 */
export function markdownProblems(md: string, allowedLink: RegExp = /^https:\/\/github\.com\/example-org\/model\//): string[] {
  const problems: string[] = [];
  // Link destinations are URLs, not text: GitHub links and mentions nothing inside them.
  const body = md.replace(OWN_HTML, '').replace(LINK_DESTINATION, ']');
  if (body.includes('<')) problems.push(`raw '<' at …${body.slice(body.indexOf('<') - 20, body.indexOf('<') + 40)}…`);
  if (/@(?!&#8203;)/.test(body)) problems.push('live @mention');
  if (/(?<!&)#\d/.test(body)) problems.push('live #reference');
  if (/GH-\d/i.test(body)) problems.push('live GH- reference');
  // A link cannot hold another link: an address shown as a link's own text is not autolinked (and must stay copyable).
  const outsideLinks = md.replace(OWN_HTML, '').replace(/(?<!\\)\[((?:\\.|[^\]\\\n])*)\]\([^)\s]*\)/g, '');
  if (/(?:https?|ftp):\/\//i.test(outsideLinks)) problems.push('autolinkable URL outside a link');
  if (/www\./i.test(outsideLinks)) problems.push('www autolink');
  for (const m of md.matchAll(LINK_DESTINATION)) {
    if (!allowedLink.test(m[1]!)) problems.push(`link to ${m[1]}`);
    if (/[\s<>"']/.test(m[1]!)) problems.push(`unencoded link ${m[1]}`);
  }
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    if (i === 0 || !lines[i - 1]!.startsWith('|')) {
      // A header: every following row must have as many cells.
      const width = tableCells(lines[i]!).length;
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
        if (tableCells(lines[j]!).length !== width) problems.push(`table row ${j + 1} has ${tableCells(lines[j]!).length} cells, header ${width}`);
      }
    }
    if (!lines[i]!.endsWith('|')) problems.push(`table row ${i + 1} cut`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is being looked for
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(md)) problems.push('control or bidi character');
  return problems;
}

// -------------------------------------------------------------------------------------------
// SARIF 2.1.0: the required structure (from the OASIS schema's `required` lists and enums) plus
// GitHub code scanning's own rule that every result has a physical location.
// -------------------------------------------------------------------------------------------

type J = Record<string, unknown>;
const isObj = (v: unknown): v is J => typeof v === 'object' && v !== null && !Array.isArray(v);

function message(v: unknown, at: string, out: string[]): void {
  if (!isObj(v)) return void out.push(`${at}: message must be an object`);
  if (typeof v.text !== 'string' && typeof v.id !== 'string') out.push(`${at}: message needs text or id`);
}

function multiformat(v: unknown, at: string, out: string[]): void {
  if (v === undefined) return;
  if (!isObj(v) || typeof v.text !== 'string') out.push(`${at}: multiformatMessageString needs text`);
  else if (v.markdown !== undefined && typeof v.markdown !== 'string') out.push(`${at}.markdown must be a string`);
}

const LEVELS = ['none', 'note', 'warning', 'error'];
const KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'];

export function sarifProblems(doc: unknown): string[] {
  const out: string[] = [];
  if (!isObj(doc)) return ['log must be an object'];
  if (doc.version !== '2.1.0') out.push('version must be "2.1.0"');
  if (doc.$schema !== undefined && (typeof doc.$schema !== 'string' || !/^https?:\/\//.test(doc.$schema))) out.push('$schema must be a URI');
  if (!Array.isArray(doc.runs)) return [...out, 'runs must be an array'];
  doc.runs.forEach((run: unknown, r) => {
    const at = `runs[${r}]`;
    if (!isObj(run)) return void out.push(`${at} must be an object`);
    if (!isObj(run.tool) || !isObj(run.tool.driver)) return void out.push(`${at}.tool.driver is required`);
    const driver = run.tool.driver;
    if (typeof driver.name !== 'string' || driver.name === '') out.push(`${at}.tool.driver.name is required`);
    if (driver.informationUri !== undefined && !/^https?:\/\//.test(String(driver.informationUri))) out.push('informationUri must be a URI');
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    if (driver.rules !== undefined && !Array.isArray(driver.rules)) out.push('rules must be an array');
    const ids = new Set<string>();
    rules.forEach((rule: unknown, i) => {
      const rat = `${at}.rules[${i}]`;
      if (!isObj(rule) || typeof rule.id !== 'string') return void out.push(`${rat}.id is required`);
      if (ids.has(rule.id)) out.push(`${rat}: duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      multiformat(rule.shortDescription, `${rat}.shortDescription`, out);
      multiformat(rule.fullDescription, `${rat}.fullDescription`, out);
      multiformat(rule.help, `${rat}.help`, out);
      if (rule.defaultConfiguration !== undefined) {
        const level = isObj(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
        if (level !== undefined && !LEVELS.includes(String(level))) out.push(`${rat}.defaultConfiguration.level ${String(level)}`);
      }
    });
    if (run.results !== undefined && !Array.isArray(run.results)) out.push(`${at}.results must be an array`);
    (Array.isArray(run.results) ? run.results : []).forEach((res: unknown, i) => {
      const qat = `${at}.results[${i}]`;
      if (!isObj(res)) return void out.push(`${qat} must be an object`);
      message(res.message, `${qat}.message`, out);
      if (res.level !== undefined && !LEVELS.includes(String(res.level))) out.push(`${qat}.level ${String(res.level)}`);
      if (res.kind !== undefined && !KINDS.includes(String(res.kind))) out.push(`${qat}.kind ${String(res.kind)}`);
      if (res.ruleId !== undefined && !ids.has(String(res.ruleId))) out.push(`${qat}.ruleId ${String(res.ruleId)} has no rule`);
      if (res.ruleIndex !== undefined) {
        const rule = rules[Number(res.ruleIndex)] as J | undefined;
        if (!Number.isInteger(res.ruleIndex) || !rule || rule.id !== res.ruleId) out.push(`${qat}.ruleIndex does not point at ${String(res.ruleId)}`);
      }
      // GitHub code scanning rejects the whole file when a result has no physical location.
      if (!Array.isArray(res.locations) || res.locations.length === 0) return void out.push(`${qat}: no location`);
      res.locations.forEach((loc: unknown, l) => {
        const lat = `${qat}.locations[${l}]`;
        const phys = isObj(loc) ? loc.physicalLocation : undefined;
        if (!isObj(phys) || !isObj(phys.artifactLocation)) return void out.push(`${lat}.physicalLocation.artifactLocation is required`);
        const uri = phys.artifactLocation.uri;
        if (typeof uri !== 'string' || uri === '') out.push(`${lat}: uri is required`);
        else {
          // A URI reference: no spaces, controls, or characters RFC 3986 does not allow raw.
          if (/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/.test(uri)) out.push(`${lat}: uri not encoded: ${uri}`);
          if (/%(?![0-9A-F]{2})/i.test(uri)) out.push(`${lat}: bad percent-escape in ${uri}`);
          if (uri.startsWith('/')) out.push(`${lat}: uri must be relative to the repository`);
        }
        if (phys.region !== undefined) {
          const start = isObj(phys.region) ? phys.region.startLine : undefined;
          if (!Number.isInteger(start) || (start as number) < 1) out.push(`${lat}.region.startLine must be an integer >= 1`);
        }
      });
      if (res.partialFingerprints !== undefined) {
        if (!isObj(res.partialFingerprints) || Object.values(res.partialFingerprints).some((v) => typeof v !== 'string')) out.push(`${qat}.partialFingerprints must map to strings`);
      }
    });
  });
  return out;
}

// -------------------------------------------------------------------------------------------
// SVG: well-formed XML, checked with a small tokenizer (no dependency)
// -------------------------------------------------------------------------------------------

export function xmlProblems(xml: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < xml.length && (m = token.exec(xml))) {
    pos = token.lastIndex;
    if (m[5] !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) out.push(`raw & in text: ${m[5]}`);
      if (m[5].includes('>')) out.push(`raw > in text: ${m[5]}`);
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(m[5])) out.push('control character in text');
      continue;
    }
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) out.push(`unbalanced </${name}>`);
    } else if (!selfClose) stack.push(name!);
  }
  if (pos < xml.length) out.push(`not well-formed at ${pos}: ${xml.slice(pos, pos + 40)}`);
  if (stack.length) out.push(`unclosed ${stack.join(', ')}`);
  return out;
}
