/* Why a hand-written Markdown reader: it is kept instead of micromark/mdast
 * because a measurement shows the library cannot meet the bench (issue 13; `npx tsx bench/markdown-library.ts`, 2026-12-06):
 * on the 883 README/.md files of the study corpus (4.8 MiB) it parses 30x slower (4.9 s vs 0.16 s; median file 35x),
 * and it grows faster than its input on shapes an attacker controls (setext headings 0.8 s at 8 KB, 18 s at 32 KB;
 * `*_` 1.1 s → 23 s; `>` on one line 0.18 s → 10.5 s), which would break the per-file bound of issue 19.
 * A version that screens such files back to this reader is kept on branch md13 (1.7x the CPU, no finding changed). */
/**
 * Just enough Markdown for the document detectors: front matter, headings (ATX, setext and the
 * HTML `<h1>`…`<h6>` that READMEs use for centred titles), sections, tables (pipe and HTML) and
 * links, all with 1-based line numbers. Fenced code is never read as structure.
 *
 * Every pattern here is linear or bounded per line: the input is an untrusted file head.
 */
import { parse as parseYaml } from 'yaml';
import { MAX_DEPTH, spend } from '../../domain/cost.js';
import { lastText } from './memo.js';
import { eachLineMatching, linesMatching, nextLineMatching, splitLines } from './lines.js';
import { MAX_LINKS, readLinks, type Link } from './markdown-links.js';
import { LINE_SCAN_MAX, plainText, uncommented } from './markdown-text.js';

export { MAX_LINKS, type Link } from './markdown-links.js';
export { plainText } from './markdown-text.js';

// Bounds that keep hostile files cheap; real documents stay far below them.
const FRONT_MATTER_MAX_LINES = 2000;
const HTML_TABLE_MAX_CHARS = 200_000;
const TABLE_MAX_ROWS = 2000;

export interface Heading {
  level: number;
  /** Heading text without markup (`## 📊 **Results**` → `📊 Results`). */
  text: string;
  line: number;
}

export interface Section {
  heading: Heading;
  /** First line after the heading. */
  start: number;
  /** Last line of the section, subsections included (inclusive). */
  end: number;
  /** Last line of the section's own text, before its first subsection. */
  ownEnd: number;
  /** The section this one is nested in, if any. */
  parent: Section | undefined;
}

export interface FrontMatter {
  /** Parsed mapping; undefined when the YAML is invalid or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Why parsing failed, when it did. */
  error?: string;
  /** 1-based line of each top-level key. */
  keyLines: Record<string, number>;
  /** Line of the closing `---`. */
  endLine: number;
}

export interface Table {
  /** Line of the header row (pipe tables) or of `<table>` (HTML tables). */
  line: number;
  endLine: number;
  header: string[];
  rows: string[][];
  html: boolean;
}


export interface MarkdownDoc {
  /** The text parsed: searched whole (`linesMatching`) instead of line by line. */
  text: string;
  /** The lines of the file (index 0 is line 1). */
  lines: readonly string[];
  /** Per line: inside a fenced code block (fences included) or the front matter. */
  code: readonly boolean[];
  frontMatter: FrontMatter | undefined;
  headings: readonly Heading[];
  sections: readonly Section[];
  tables: readonly Table[];
  links: readonly Link[];
}

/*
 * Structure read per file. Every heading and link is judged by several detectors, so a file of
 * twenty thousand one-word headings or links costs many times a file of prose of the same size.
 * The 1,793 Markdown files of the 119 labelled repositories (study corpus and validation batches) hold
 * at most 103 headings and 326 links; these caps are three to five times that, and a file that reaches
 * one is reported as not fully judged.
 */
export const MAX_HEADINGS = 500;

/**
 * Parses a Markdown file head. Pure; never throws. The document detectors judge the same README in
 * turn: it is parsed once, and the result is shared between callers: read it, never mutate it.
 */
export const parseMarkdown: (text: string) => MarkdownDoc = lastText(parse);

function parse(text: string, bounds: string[]): MarkdownDoc {
  const lines = splitLines(text);
  const code = new Array<boolean>(lines.length).fill(false);
  const frontMatter = readFrontMatter(lines, code, bounds);
  markCode(text, lines, code);
  const headings = readHeadings(text, lines, code);
  const links = readLinks(text, lines, code);
  if (headings.length >= MAX_HEADINGS) bounds.push(`more than ${MAX_HEADINGS} headings`);
  if (links.length >= MAX_LINKS) bounds.push(`more than ${MAX_LINKS} links`);
  return Object.freeze({
    text,
    lines,
    code,
    frontMatter,
    headings,
    sections: toSections(headings, lines.length),
    tables: readTables(text, lines, code),
    links,
  });
}

function readFrontMatter(lines: readonly string[], code: boolean[], bounds: string[]): FrontMatter | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  let end = -1;
  for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES); i++) {
    const l = lines[i]?.trimEnd();
    if (l === '---' || l === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  for (let i = 0; i <= end; i++) code[i] = true;
  const keyLines: Record<string, number> = {};
  for (let i = 1; i < end; i++) {
    const m = /^([A-Za-z_][\w.-]{0,100})\s*:/.exec(lines[i] ?? '');
    if (m?.[1] && keyLines[m[1]] === undefined) keyLines[m[1]] = i + 1;
  }
  const raw = lines.slice(1, end).join('\n');
  const fm: FrontMatter = { data: undefined, keyLines, endLine: end + 1 };
  if (flowDepth(raw) > MAX_DEPTH) {
    // The YAML parser's cost grows faster than the text with nesting: such a front matter is not read.
    bounds.push(`front matter nested deeper than ${MAX_DEPTH} levels`);
    fm.error = `front matter nested deeper than ${MAX_DEPTH} levels`;
    return fm;
  }
  try {
    // Alias expansion is capped: a front matter is untrusted input. A template's `{{ card_data }}` is a
    // mapping used as a key; the parser would print a process warning on the user's stderr for it.
    const data: unknown = parseYaml(raw, { maxAliasCount: 100, uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
    if (data && typeof data === 'object' && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
    else if (data !== null && data !== undefined) fm.error = 'front matter is not a mapping';
  } catch (e) {
    fm.error = e instanceof Error ? e.message.split('\n')[0] : 'invalid YAML';
  }
  return fm;
}

/** The deepest nesting of flow collections (`[`, `{`), one linear pass; quoted brackets count too (an over-estimate). */
function flowDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

/**
 * Marks fenced code and multi-line HTML comments: neither is read as structure or links. Only a line
 * holding a fence or a comment marker can open or close one: those are found by one search of the
 * text, and the lines between them are marked in bulk (a walk over every line cost a README of
 * thousands of headings more than judging them).
 */
function markCode(text: string, lines: readonly string[], code: boolean[]): void {
  let fence: string | undefined;
  let comment = false;
  let from = 0;
  spend(1 + (text.length >> 6));
  for (const i of linesMatching(text, /```|~~~|<!--|-->/)) {
    // Lines between two markers change nothing but are code while a fence or a comment is open.
    if (fence !== undefined || comment) code.fill(true, from, i);
    from = i + 1;
    spend(1 + (lines[i]!.length >> 6));
    if (code[i] && fence === undefined && !comment) continue; // front matter
    // A CRLF file's lines end in "\r", which `.` and `$` below would not pass.
    const l = (lines[i] ?? '').slice(0, LINE_SCAN_MAX).replace(/\r$/, '');
    if (comment) {
      code[i] = true;
      if (l.includes('-->')) comment = false;
      continue;
    }
    const lead = l.trimStart()[0];
    if (fence === undefined) {
      const open = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(l) : null;
      if (!open && !l.includes('<!--')) continue;
      // CommonMark: a backtick fence's info string holds no backtick, so "```pip install x```" is inline code.
      if (open?.[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
        fence = open[1];
        code[i] = true;
      } else if (/^\s*<!--/.test(l)) {
        code[i] = true;
        comment = !l.slice(l.indexOf('<!--') + 4).includes('-->');
      } else if (l.lastIndexOf('<!--') > l.lastIndexOf('-->')) {
        comment = true;
      }
      continue;
    }
    code[i] = true;
    const close = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})\s*$/.exec(l) : null;
    if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
  }
  if (fence !== undefined || comment) code.fill(true, from, lines.length);
}

/** Lower-case words only, for matching heading and column names (`📊 Eval-Results:` → `eval results`). */
export function normalize(s: string): string {
  return plainText(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@%+#.]+/gu, ' ')
    .replace(/(?<![\p{N}])\.|\.(?![\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isParagraphLine(l: string): boolean {
  const t = l.trim();
  return t !== '' && !/^(?:#|>|[-*+]\s|\d{1,9}[.)]\s|\||<|```|~~~)/.test(t) && !t.includes('|');
}

/**
 * What can make a heading shows in the first character of a line (`#`, `<h2>`) or of the line under it
 * (`===`, `---`): only the lines next to one of those are read, found by one search of the text.
 */
function readHeadings(text: string, lines: readonly string[], code: boolean[]): Heading[] {
  const out: Heading[] = [];
  let last = -1;
  spend(1 + (text.length >> 6));
  for (const c of eachLineMatching(text, HEADING_LEAD)) {
    for (let i = Math.max(c - 1, last + 1); i <= c && out.length < MAX_HEADINGS; i++) {
      last = i;
      spend(1 + (lines[i]!.length >> 6));
      const h = code[i] ? undefined : headingAt(lines, code, i);
      if (h) out.push(h);
    }
    if (out.length >= MAX_HEADINGS) break;
  }
  return out;
}

const HEADING_LEAD = /^\s*[#<=-]/;

function headingAt(lines: readonly string[], code: boolean[], i: number): Heading | undefined {
  const l = uncommented((lines[i] ?? '').slice(0, LINE_SCAN_MAX));
  const lead = l.trimStart()[0];
  const under = lines[i + 1]?.trimStart()[0];
  if (lead !== '#' && lead !== '<' && under !== '=' && under !== '-') return undefined;
  const atx = lead === '#' ? /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(l) : null;
  if (atx?.[1]) {
    const raw = l.slice(atx[0].length).replace(/(?:^|[ \t])#+[ \t]*$/, '');
    return { level: atx[1].length, text: plainText(raw), line: i + 1 };
  }
  const html = /^\s*<h([1-6])\b[^>]{0,500}>(.*?)<\/h\1>/i.exec(l);
  if (html?.[1]) {
    const text = plainText(html[2] ?? '');
    return text ? { level: Number(html[1]), text, line: i + 1 } : undefined;
  }
  const next = lines[i + 1];
  if (next !== undefined && !code[i + 1] && isParagraphLine(l) && (i === 0 || !isParagraphLine(lines[i - 1] ?? '') || code[i - 1])) {
    if (/^ {0,3}=+\s*$/.test(next)) return { level: 1, text: plainText(l), line: i + 1 };
    if (/^ {0,3}-{2,}\s*$/.test(next)) return { level: 2, text: plainText(l), line: i + 1 };
  }
  return undefined;
}

/** Sections from headings with a stack: linear, so a file of ten thousand headings stays cheap. */
function toSections(headings: readonly Heading[], lineCount: number): Section[] {
  const out: Section[] = headings.map((h) => ({ heading: h, start: h.line + 1, end: lineCount, ownEnd: lineCount, parent: undefined }));
  const open: Section[] = [];
  for (const s of out) {
    while (open.length > 0 && (open[open.length - 1]?.heading.level ?? 0) >= s.heading.level) {
      const closed = open.pop();
      if (closed) closed.end = s.heading.line - 1;
    }
    s.parent = open[open.length - 1];
    open.push(s);
  }
  // Known once here, so that no caller walks the headings per section (sections × headings).
  out.forEach((s, i) => {
    const next = out[i + 1];
    s.ownEnd = next && next.heading.line <= s.end ? next.heading.line - 1 : s.end;
  });
  return out;
}

/**
 * The sections holding a line, innermost first (a heading's line is held by its own section): the
 * last section starting at or above the line holds it, and so do its parents.
 */
export function holding(doc: MarkdownDoc, line: number): Section[] {
  let lo = 0;
  let hi = doc.sections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sections[mid]?.heading.line ?? Infinity) <= line) lo = mid + 1;
    else hi = mid;
  }
  const out: Section[] = [];
  for (let s = doc.sections[lo - 1]; s; s = s.parent) if (s.end >= line) out.push(s);
  return out;
}

/** The sections not nested in another of the list (the list in document order). */
export function outermost(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  let until = 0;
  for (const s of sections) {
    if (s.heading.line <= until) continue;
    out.push(s);
    until = s.end;
  }
  return out;
}

/** The section of a sorted, non-overlapping list whose body holds the line (binary search). */
export function sectionHolding(sections: readonly Section[], line: number): Section | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (!s) break;
    if (line <= s.heading.line) hi = mid - 1;
    else if (line > s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function firstIndexFrom<T extends { line: number }>(items: readonly T[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.line ?? Infinity) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items (links, tables) whose line lies in [from, to]; they are sorted by line. */
export function between<T extends { line: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstIndexFrom(items, from); i < items.length; i++) {
    const it = items[i];
    if (!it || it.line > to) break;
    out.push(it);
  }
  return out;
}

function splitRow(l: string): string[] {
  let t = l.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let k = 0; k < t.length; k++) {
    const c = t[k];
    if (c === '\\' && t[k + 1] === '|') {
      cur += '|';
      k++;
    } else if (c === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

function isDelimiterRow(l: string): boolean {
  return l.includes('|') && l.includes('-') && /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(l.trim());
}

function readTables(text: string, lines: readonly string[], code: boolean[]): Table[] {
  const out: Table[] = [];
  // A table opens at a `<table>` or on the line above a delimiter row (which holds `|` and `-`): only
  // those lines are read, each found by a search of the text from where the last table ended (a file
  // of 20,000 `<table>` lines is one table read to its cap, not 20,000 openers listed first).
  let from = 0;
  let html = -2;
  let delimiter = -2;
  while (from + 1 < lines.length) {
    if (html !== -1 && html < from) html = nextLineMatching(text, TABLE_OPEN, from);
    if (delimiter !== -1 && delimiter < from + 1) delimiter = nextPipeAndDash(text, from + 1);
    const i = Math.min(html < 0 ? Infinity : html, delimiter < 0 ? Infinity : delimiter - 1);
    if (i === Infinity || i + 1 >= lines.length) break;
    from = readTableAt(lines, code, i, out);
  }
  return out;
}

const TABLE_OPEN = /<table\b/i;
const PIPE = /\|/;
const DASH = /-/;

/**
 * The first line at or below `from` holding both `|` and `-` (a delimiter row may), or -1. One
 * character is searched for at a time, each from where the other was found: a pattern for both would
 * backtrack over a row of `|`, and a test of each `|` row for a `-` walked every row of a table of links.
 */
function nextPipeAndDash(text: string, from: number): number {
  for (let d = from; ; ) {
    const pipe = nextLineMatching(text, PIPE, d);
    const dash = pipe < 0 ? -1 : nextLineMatching(text, DASH, pipe);
    if (dash < 0 || dash === pipe) return dash;
    d = dash;
  }
}

/** The table opening at line `i`, if any, added to `out`; returns the first line after what was read. */
function readTableAt(lines: readonly string[], code: boolean[], i: number, out: Table[]): number {
  if (code[i]) return i + 1;
  const l = (lines[i] ?? '').slice(0, LINE_SCAN_MAX);
  if (/<table\b/i.test(l)) {
    const { table, end } = readHtmlTable(lines, code, i);
    if (table) out.push(table);
    // Never read the same lines again for a later `<table>` inside them: thousands of openers with
    // no `<tr>` would each rescan up to the cap (quadratic).
    return Math.max(i, end - 1) + 1;
  }
  const next = (lines[i + 1] ?? '').slice(0, LINE_SCAN_MAX);
  if (!l.includes('|') || code[i + 1] || !isDelimiterRow(next)) return i + 1;
  const header = splitRow(l);
  const rows: string[][] = [];
  let j = i + 2;
  for (; j < lines.length && rows.length < TABLE_MAX_ROWS; j++) {
    const r = (lines[j] ?? '').slice(0, LINE_SCAN_MAX);
    if (code[j] || r.trim() === '' || !r.includes('|')) break;
    rows.push(splitRow(r));
  }
  out.push({ line: i + 1, endLine: j, header: header.map(plainText), rows: rows.map((r) => r.map(plainText)), html: false });
  return j;
}

function htmlCells(row: string): string[] {
  const cells: string[] = [];
  const parts = row.split(/<t[dh]\b/i);
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k] ?? '';
    const open = p.indexOf('>');
    const body = open < 0 ? '' : p.slice(open + 1);
    const close = body.search(/<\/t[dh]>/i);
    cells.push(plainText(close < 0 ? body : body.slice(0, close)));
  }
  return cells;
}

function readHtmlTable(lines: readonly string[], code: boolean[], start: number): { table?: Table; end: number } {
  let text = '';
  let end = start;
  for (; end < lines.length && text.length < HTML_TABLE_MAX_CHARS; end++) {
    // A one-line HTML comment between rows (`<!-- TABLE BODY -->`) is skipped, not the table's end.
    if (code[end]) {
      if (/^\s*<!--.*-->\s*$/.test((lines[end] ?? '').slice(0, LINE_SCAN_MAX))) continue;
      break;
    }
    text += `${lines[end] ?? ''}\n`;
    if (/<\/table>/i.test(lines[end] ?? '')) break;
  }
  const parts = text.split(/<tr\b/i);
  // Header cells written straight after `<table>`/`<tbody>`, outside any `<tr>` (generated model-zoo
  // tables), are the header row all the same.
  const lead = /<th\b/i.test(parts[0] ?? '') ? [parts[0]!] : [];
  const rows = [...lead, ...parts.slice(1)]
    .slice(0, TABLE_MAX_ROWS)
    .map(htmlCells)
    .filter((r) => r.length > 0);
  const [header, ...body] = rows;
  const endLine = Math.min(end + 1, lines.length);
  if (!header) return { end: endLine };
  return { table: { line: start + 1, endLine, header, rows: body, html: true }, end: endLine };
}


/**
 * A table cell as a number: `45.40`, `50.00*`, `**45.4**`, `63.2%`, `71.5 ± 0.3`, `0.63 (5-shot)`.
 * Undefined for text, dashes, `N/A`, or several numbers that are not a score (`7B / 13B`).
 */
export function cellNumber(cell: string): number | undefined {
  const t = plainText(cell).replace(/[*†‡§¶]+/g, '').trim();
  const m = /^([+-]?\d{1,12}(?:[.,]\d{1,12})?)\s*(%?)\s*(?:(?:±|\+\/-|\+-)\s*\d{1,12}(?:\.\d{1,12})?\s*%?)?\s*(?:\([^()]{0,40}\))?\s*(?:\^?\d{0,2})?$/.exec(t);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
