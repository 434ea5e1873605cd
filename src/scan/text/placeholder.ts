/**
 * Placeholder detection shared by the detectors: a file or section that only holds template
 * filler must not count as evidence, however well it is named.
 *
 * The functions judge prose. Callers strip what is not prose for their format first (fenced code
 * in Markdown, for instance, where `{{ }}` is legitimate chat-template syntax).
 */

import { eachLineMatching, lineOf, lineStarts } from './lines.js';
import { lastText, memoText } from './memo.js';

export type PlaceholderKind = 'empty' | 'more-info-needed' | 'todo' | 'template' | 'lorem-ipsum';

export interface Placeholder {
  kind: PlaceholderKind;
  /** The telling fragment, trimmed and short enough for a one-line message. */
  sample: string;
}

const SAMPLE_MAX = 40;

// Texts longer than this are real prose even when they mention TODO somewhere.
const TODO_ONLY_MAX_WORDS = 12;

function sampleOf(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > SAMPLE_MAX ? `${one.slice(0, SAMPLE_MAX - 1)}…` : one;
}

function withoutComments(text: string): string {
  return text.includes('<!--') ? text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ') : text;
}

/**
 * One line reduced to what carries content, or '' for structure: headings, table rules, emphasis
 * marks, list bullets and link targets are dropped.
 */
function contentOf(line: string): string {
  if (/^\s{0,3}#{1,6}(?:\s|$)/.test(line) || /^\s*(?:=+|-+)\s*$/.test(line) || /^[\s|:-]+$/.test(line)) return '';
  return line
    .replace(/!?\[([^[\]\n]{0,300})\]\([^)[\n]{0,2000}\)/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ')
    .replace(/[*_`>#|~]+/g, ' ')
    .replace(/^\s*(?:[-+]|\d{1,3}[.)])\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Words (runs of letters or digits) in a text, counting stops at `max`: thresholds only need to
 * know "at least n", and a megabyte of `a|a|a|` must not allocate a million matches.
 */
export function countWords(text: string, max = 10_000): number {
  const re = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}

function moreInfoPattern(): RegExp {
  // No optional `[` and blanks around it: they add nothing to a test or a count, and `\s*` before a
  // literal retried from every blank made a long run of blanks quadratic (issue 19).
  return /more\s+information\s+needed/i;
}

function templateVarPattern(): RegExp {
  // Jinja / Mustache / Handlebars variables: {{ model_id }}, {{ x | default("...", true) }}, {{{ raw }}}.
  return /\{\{\{?\s*[A-Za-z_#/^][^{}\n]{0,200}\}\}\}?/g;
}

function todoPattern(): RegExp {
  return /^(?:todo|tbd|tba|fixme|wip|coming soon|to be (?:added|announced|determined|written|completed|filled(?: in)?)|placeholder|insert [a-z ]{1,40} here)\b/i;
}

/**
 * Why the text is a placeholder, or undefined when it holds real content.
 * Judges the text as a whole: a long section that mentions `TODO` once is real. The model-card and
 * data-card detectors ask about the same README body in turn: it is judged once.
 */
export const placeholderReason: (text: string) => Placeholder | undefined = lastText(judgePlaceholder);

// A README of thousands of structure lines (`<table>`, `|---|`) is walked to its end: each distinct line is reduced once.
const contentOfLine = memoText(contentOf);

function judgePlaceholder(text: string): Placeholder | undefined {
  const raw = withoutComments(text);
  const template = templateVarPattern().exec(raw);
  if (template) return { kind: 'template', sample: sampleOf(template[0]) };

  const lorem = /\blorem ipsum\b/i.exec(raw);
  if (lorem) return { kind: 'lorem-ipsum', sample: sampleOf(raw.slice(lorem.index, lorem.index + SAMPLE_MAX)) };

  // Walk the content lines only as far as needed: past a dozen real words the text is not filler.
  const more = moreInfoPattern();
  const real: string[] = [];
  let words = 0;
  let filler = false;
  // A line without a letter or digit holds neither words nor filler: only the others are read, found
  // by searching the text (a README of 20,000 `(` lines was a loop over every one of them).
  for (const i of eachLineMatching(raw, /[\p{L}\p{N}]/u)) {
    const content = contentOfLine(lineOf(raw, lineStarts(raw), i));
    if (content === '') continue;
    // A line holding the filler is filler as a whole: its label ("Developed by:") is not content.
    if (more.test(content)) {
      filler = true;
      continue;
    }
    const n = countWords(content, TODO_ONLY_MAX_WORDS + 1 - words);
    if (n === 0) continue;
    words += n;
    real.push(content);
    if (words > TODO_ONLY_MAX_WORDS) return undefined;
  }
  if (words === 0) return filler ? { kind: 'more-info-needed', sample: '[More Information Needed]' } : { kind: 'empty', sample: '' };

  const all = real.join(' ');
  if (todoPattern().test(all.replace(/^[^\p{L}\p{N}]+/u, ''))) return { kind: 'todo', sample: sampleOf(all) };
  return undefined;
}

export function isPlaceholderText(text: string): boolean {
  return placeholderReason(text) !== undefined;
}

/** How many placeholder markers a text holds (for "most of this card is unfilled" judgements). */
export function placeholderMarkers(text: string): number {
  const more = text.match(new RegExp(moreInfoPattern().source, 'gi'))?.length ?? 0;
  const vars = text.match(templateVarPattern())?.length ?? 0;
  return more + vars;
}

/** A file named as a template (`model_card_template.md`, `TEMPLATE.md`, `datasheet.tmpl.md`). */
export function isTemplatePath(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // Folders too: templates/, ISSUE_TEMPLATE/, model_card_templates/.
  return /(?:^|[^a-z])(?:template|tmpl)(?:[^a-z]|$)/i.test(base) || /(?:^|[^a-z])templates?\//i.test(path);
}

/** A one-line description for a Finding message. */
export function describePlaceholder(p: Placeholder): string {
  switch (p.kind) {
    case 'empty':
      return 'empty';
    case 'more-info-needed':
      return "only '[More Information Needed]' placeholders";
    case 'todo':
      return `only a placeholder ('${p.sample}')`;
    case 'template':
      return `an unfilled template ('${p.sample}')`;
    case 'lorem-ipsum':
      return 'lorem ipsum filler';
  }
}
