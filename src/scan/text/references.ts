/**
 * External references in Markdown and citation files: model and dataset hub pages, papers and
 * reports. Several MOF detectors turn them into `external` findings ("declared elsewhere, not
 * verifiable here"). Pure functions of text; every hit carries its 1-based line.
 */
import { spend } from '../../domain/cost.js';
import { lastText } from './memo.js';
import { eachLineMatching, lineIndexAt, lineOf, linesMatching, lineStarts } from './lines.js';

export type HubKind = 'model' | 'dataset' | 'space';

export interface HubLink {
  kind: HubKind;
  /** huggingface, modelscope, kaggle */
  hub: string;
  /** `org/name` */
  repo: string;
  /** A revision named in the URL (`/tree/step1000`), if any. */
  revision?: string;
  url: string;
  line: number;
  /** The whole source line, for context checks. */
  context: string;
}

/** First path segments of huggingface.co that are site pages, not repositories. */
const HF_RESERVED: readonly string[] = [
  'docs', 'blog', 'papers', 'models', 'join', 'login', 'pricing', 'settings', 'learn', 'tasks', 'collections',
  'organizations', 'api', 'chat', 'welcome', 'terms-of-service', 'privacy', 'new', 'enterprise', 'posts', 'spaces',
  'datasets', 'huggingface', 'inference-endpoints', 'support', 'brand', 'course', 'hub', 'transformers', 'mcp',
];

function trimUrl(url: string): string {
  // Most URLs end in a letter, digit or slash: no pattern to run.
  return /[.,;:!?'"*_>)\]]$/.test(url) ? url.replace(/(?<![.,;:!?'"*_>)\]])[.,;:!?'"*_>)\]]+$/, '') : url;
}

// Five detectors read the hub links of the same README in turn, two its paper references: found once.
/*
 * Links read per file: each is judged by several detectors. The Markdown files of the 119 labelled
 * repositories hold at most 284 hub links (a catalogue of voices) and 42 lines with paper links; a file
 * past a cap is reported as not fully judged.
 */
export const MAX_HUB_LINKS = 500;
export const MAX_PAPER_LINES = 250;

/** Hub links of a text, in order, found once per text. The result is shared between callers: read it, never mutate it. */
export const findHubLinks: (text: string) => readonly HubLink[] = lastText(hubLinks);

function hubLinks(text: string, bounds: string[]): HubLink[] {
  const out: HubLink[] = [];
  // One search of the whole text (a link never spans lines): no loop over lines that hold none.
  spend(1 + (text.length >> 6));
  const re =
    /https?:\/\/(?:www\.)?(huggingface\.co|hf\.co|modelscope\.cn|(?:www\.)?kaggle\.com)\/([A-Za-z0-9][\w.-]*(?:\/[\w.@%-]+){0,5})/g;
  let starts: readonly number[] | undefined;
  let i = -1;
  let line = '';
  for (let m = re.exec(text); m && out.length < MAX_HUB_LINKS; m = re.exec(text)) {
    starts ??= lineStarts(text);
    const at = lineIndexAt(starts, m.index);
    if (at !== i) {
      i = at;
      line = lineOf(text, starts, i);
    }
    const host = m[1]!.startsWith('www.') ? m[1]!.slice(4) : m[1]!;
    const segs = (m[2] ?? '').split('/');
    const url = trimUrl(m[0]);
    let link: Omit<HubLink, 'url' | 'line' | 'context'> & Partial<HubLink> | undefined;
    if (host === 'huggingface.co' || host === 'hf.co') {
      const [first, a, b, c, d] = segs;
      if (first === 'datasets' && a && b) link = { kind: 'dataset', hub: 'huggingface', repo: `${a}/${b}` };
      else if (first === 'spaces' && a && b) link = { kind: 'space', hub: 'huggingface', repo: `${a}/${b}` };
      else if (first && a && !HF_RESERVED.includes(first.toLowerCase())) {
        link = { kind: 'model', hub: 'huggingface', repo: `${first}/${a}` };
        if ((b === 'tree' || b === 'blob') && c) link.revision = c;
        void d;
      }
    } else if (host === 'modelscope.cn') {
      const [first, a, b] = segs;
      if ((first === 'models' || first === 'datasets') && a && b) {
        link = { kind: first === 'models' ? 'model' : 'dataset', hub: 'modelscope', repo: `${a}/${b}` };
      }
    } else if (host === 'kaggle.com') {
      const [first, a, b] = segs;
      if ((first === 'models' || first === 'datasets') && a && b) {
        link = { kind: first === 'models' ? 'model' : 'dataset', hub: 'kaggle', repo: `${a}/${b}` };
      }
    }
    if (link) {
      link.url = url;
      link.line = i + 1;
      link.context = line;
      out.push(link as HubLink);
    }
  }
  if (out.length >= MAX_HUB_LINKS) bounds.push(`more than ${MAX_HUB_LINKS} hub links`);
  return out;
}

export type PaperKind = 'paper' | 'report';

export interface PaperRef {
  /** What the surrounding words call it. */
  kind: PaperKind;
  url: string;
  line: number;
  /** How it was found: an arXiv/DOI/venue link, a BibTeX entry, a CITATION.cff preferred citation. */
  via: 'link' | 'bibtex' | 'cff';
  /** The release's own paper (badge, "our paper", citation section), not a work it cites. */
  own: boolean;
  context: string;
}

function paperHosts(): RegExp {
  return /https?:\/\/(?:www\.)?(arxiv\.org\/(?:abs|pdf)\/[\w./-]+|(?:dx\.)?doi\.org\/10\.[^\s)\]>"']+|aclanthology\.org\/[\w./-]+|openreview\.net\/(?:forum|pdf)\?id=[\w-]+|proceedings\.(?:neurips\.cc|mlr\.press)\/[\w./-]+|papers\.nips\.cc\/[\w./-]+|openaccess\.thecvf\.com\/[\w./-]+|[\w.-]+\/research\/publications?\/[\w./-]+|[\w.-]+\/[\w./%-]*\.pdf)/g;
}

function isReportWording(s: string): boolean {
  return /\b(tech(?:nical)?\.?\s*report|tech-report|whitepaper|white paper|system card|model report)\b/i.test(s);
}

/** Lines inside a "Citation" / "Paper" / "Publication" section, as [start, end) 0-based. */
function citationSections(text: string, lineCount: number, until: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const starts = lineStarts(text);
  // A section ends at the next heading of its level or above. The headings are found in order, and
  // only as far down as a section asked about reaches: a README of thousands of citation headings
  // judges the first MAX_PAPER_LINES of its lines, not every heading of the file.
  const enders: Array<{ at: number; level: number }> = [];
  let headings: Generator<number> | undefined;
  const more = (): boolean => {
    headings ??= eachLineMatching(text, /^(#{1,6})\s/);
    const next = headings.next();
    if (next.done) return false;
    enders.push({ at: next.value, level: /^(#{1,6})\s/.exec(lineOf(text, starts, next.value))![1]!.length });
    return true;
  };
  // Only the headings that name a citation are looked for (a file can be thousands of headings).
  for (const i of eachLineMatching(text, /^#{1,6}\s+.*\b(?:citation|citing|cite|paper|publication|reference|technical report|tech report|bibtex)\b/i)) {
    if (i > until) break;
    const h = /^(#{1,6})\s+(.*)$/.exec(lineOf(text, starts, i));
    if (!h || !/\b(citation|citing|cite|paper|publication|reference|technical report|tech report|bibtex)\b/i.test(h[2] ?? '')) continue;
    const level = h[1]?.length ?? 2;
    let k = firstIndexAfter(enders, i);
    for (;;) {
      if (k >= enders.length && !more()) break;
      const e = enders[k]!;
      if (e.at > i && e.level <= level) break;
      k++;
    }
    out.push([i, k < enders.length ? enders[k]!.at : lineCount]);
  }
  return out;
}

/** Index of the first item of a sorted list that stands below line `i`. */
function firstIndexAfter(items: ReadonlyArray<{ at: number }>, i: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.at <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The project's name as the README's first heading gives it (its first word: "Wren", "OLMo", "Heron-Tiny"). */
function projectName(lines: readonly string[]): string | undefined {
  for (const line of lines.slice(0, 60)) {
    const h = /^#\s+(.*)$/.exec(line);
    if (!h) continue;
    const word = /[\p{L}\p{N}][\p{L}\p{N}._-]*/u.exec((h[1] ?? '').replace(/!?\[[^\]]*\]\([^)]*\)/g, ''))?.[0];
    return word && word.length >= 3 ? word.toLowerCase() : undefined;
  }
  return undefined;
}

/** A Markdown line as a reader sees it: `[words](url)` becomes `words`. */
export function linkWords(line: string): string {
  // Neither part may hold a bracket: a flood of `[a](` costs one step per bracket, not a rescan.
  return line.replace(/\[([^[\]\n]{0,200})\]\([^()[\]\s]{0,2000}\)/g, '$1');
}

/** Paper and report references in Markdown (links, BibTeX blocks), found once per text. The result is shared between callers: read it, never mutate it. */
export const findPaperRefs: (text: string) => readonly PaperRef[] = lastText(paperRefs);

function paperRefs(text: string, bounds: string[]): PaperRef[] {
  // Only lines holding a paper link or opening a BibTeX entry give a reference: those are found by
  // searching the whole text, and only they are read (a link never spans lines).
  spend(1 + (text.length >> 6));
  const hosts = paperHosts();
  // One line past the cap is enough to know the cap was reached: the lines below it are not searched.
  const linkLines = linesMatching(text, new RegExp(hosts.source), MAX_PAPER_LINES + 1);
  const bibEntry = /^\s*@(\w+)\s*\{/;
  const bibLines = linesMatching(text, bibEntry, MAX_PAPER_LINES + 1);
  if (linkLines.length === 0 && bibLines.length === 0) return [];
  const starts = lineStarts(text);
  const lineCount = starts.length;
  const lineAt = (j: number) => lineOf(text, starts, j);
  const judged = [...new Set([...linkLines, ...bibLines])].sort((x, y) => x - y);
  if (judged.length > MAX_PAPER_LINES) bounds.push(`more than ${MAX_PAPER_LINES} lines with paper links or BibTeX entries`);
  judged.length = Math.min(judged.length, MAX_PAPER_LINES);
  // Marked once: asking every link which of the citation sections holds it cost links × sections.
  // Sections below the last line judged hold nothing asked about.
  const inSection = new Uint8Array(lineCount);
  for (const [a, b] of citationSections(text, lineCount, judged.at(-1) ?? 0)) inSection.fill(1, a, b);
  const name = projectName(text.split('\n', 60));
  const out: PaperRef[] = [];
  const links = new Set(linkLines);
  for (const i of judged) {
    const line = lineAt(i);
    if (links.has(i)) {
      hosts.lastIndex = 0;
      // What the line says of its links is judged once per line: a row of ten thousand links was read once per link.
      let own: boolean | undefined;
      let kind: PaperKind | undefined;
      for (let m = hosts.exec(line); m; m = hosts.exec(line)) {
        const url = trimUrl(m[0]);
        // Badges and "our paper" sentences announce the release's own paper; other links are citations of prior work.
        own ??=
          inSection[i] === 1 ||
          /!\[[^\]]*(arxiv|paper|report|doi)[^\]]*\]/i.test(line) ||
          // "our [technical report](…)": the sentence read as words, the link reduced to its text.
          /\b(our|this|the accompanying|the) (paper|preprint|technical report|tech report|report|publication)\b/i.test(linkWords(line)) ||
          /^\s*(\*\*|#+\s*|[-*+]\s+)?\s*(paper|technical report|tech report|report|preprint|publication|arxiv)\b/i.test(line) ||
          // "[Paper]", "[`Paper`]", "[**Paper**]": the link bar under a project's title. Not a list of the
          // works a library implements ("- Tacotron: [paper](…)"): each item names the work it cites.
          (/\[[`*_]{0,2}(paper|technical report|tech report|report|preprint|arxiv)[`*_]{0,2}\]/i.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s+[^[\]():]{1,60}:\s*\[/.test(line)) ||
          // "the official code and model release for [Title](…)".
          /\bofficial (?:code|implementation|release|repository|repo|pytorch implementation|codebase)\b/i.test(line) ||
          // "This is the PyTorch code of the <a href=…>BLIP paper</a>": the repository is the paper's code.
          /\b(?:code|implementation|codebase) (?:of|for) (?:the |our )?(?:[\w-]+ ){0,3}(?:paper|report)\b/i.test(linkWords(line).replace(/<[^>\n]{0,300}>/g, '')) ||
          // "This is the codebase for [Improved Denoising Diffusion Probabilistic Models](arxiv…)": the link is the paper.
          /\bthis (?:is|repo(?:sitory)? (?:is|contains|holds)) (?:the )?(?:official )?(?:[\w-]+ )?(?:code|codebase|implementation|source code) (?:for|of|accompanying) (?:the (?:paper )?)?\[/i.test(line) ||
          // A header's HTML link bar: <a href="https://arxiv.org/…">Technical Report</a>.
          /<a\b[^>]*>\s*(?:\W{0,3}\s*)?(paper|technical report|tech report|report|preprint|arxiv)\s*<\/a>/i.test(line) ||
          // "the Heron-Tiny technical report": the project names its own paper or report.
          (name !== undefined && /\b(paper|preprint|report|publication)\b/i.test(line) && line.toLowerCase().includes(name));
        kind ??= isReportWording(line) ? 'report' : 'paper';
        out.push({ kind, url, line: i + 1, via: 'link', own, context: line });
      }
    }
    // BibTeX: @article{, @inproceedings{, @misc{ … eprint = {2402.00838} …, @techreport{
    const bib = bibEntry.exec(line);
    if (bib) {
      const type = (bib[1] ?? '').toLowerCase();
      if (!['article', 'inproceedings', 'misc', 'techreport', 'conference', 'phdthesis', 'report', 'unpublished'].includes(type)) continue;
      let url = '';
      let title = '';
      for (let j = i + 1; j < lineCount && j < i + 30; j++) {
        const l = lineAt(j);
        if (/^\s*\}\s*$/.test(l)) break;
        const eprint = /eprint\s*=\s*[{"]\s*([\w./-]+)/i.exec(l);
        if (eprint && !url) url = `https://arxiv.org/abs/${eprint[1]}`;
        const doi = /\bdoi\s*=\s*[{"]\s*(10\.[^}"\s]+)/i.exec(l);
        if (doi && !url) url = `https://doi.org/${doi[1]}`;
        const u = /\burl\s*=\s*[{"]\s*(https?:[^}"\s]+)/i.exec(l);
        if (u && !url) url = u[1] ?? '';
        const t = /\btitle\s*=\s*[{"]+([^}"]+)/i.exec(l);
        if (t && !title) title = t[1] ?? '';
      }
      const kind: PaperKind = type === 'techreport' || type === 'report' || isReportWording(title) ? 'report' : 'paper';
      out.push({ kind, url, line: i + 1, via: 'bibtex', own: true, context: title || line });
    }
  }
  return out;
}

/**
 * CITATION.cff: a `preferred-citation` names what to cite instead of the software — a paper or
 * report. Without one, the file cites the software itself.
 */
export function findCffCitation(text: string): PaperRef | { software: true; line: number } | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^preferred-citation:\s*$/.test(l));
  if (start < 0) {
    const type = lines.findIndex((l) => /^cff-version:/.test(l));
    return type >= 0 ? { software: true, line: type + 1 } : undefined;
  }
  let type = '';
  let url = '';
  let title = '';
  for (let j = start + 1; j < lines.length; j++) {
    const l = lines[j] ?? '';
    if (/^\S/.test(l)) break;
    const t = /^\s+type:\s*["']?([\w-]+)/.exec(l);
    if (t && !type) type = (t[1] ?? '').toLowerCase();
    const doi = /^\s+doi:\s*["']?(10\.[^\s"']+)/.exec(l);
    if (doi && !url) url = `https://doi.org/${doi[1]}`;
    const u = /^\s+url:\s*["']?(https?:[^\s"']+)/.exec(l);
    if (u && !url) url = u[1] ?? '';
    const ti = /^\s+title:\s*["']?(.+?)["']?\s*$/.exec(l);
    if (ti && !title) title = ti[1] ?? '';
  }
  if (type === 'software') return { software: true, line: start + 1 };
  const kind: PaperKind = type === 'report' || isReportWording(title) ? 'report' : 'paper';
  return { kind, url, line: start + 1, via: 'cff', own: true, context: title };
}
