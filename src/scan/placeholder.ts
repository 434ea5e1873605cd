/**
 * Placeholder detection shared by the detectors: a file or section that only holds template
 * filler must not count as evidence, however well it is named.
 *
 * The functions judge prose. Callers strip what is not prose for their format first (fenced code
 * in Markdown, for instance, where `{{ }}` is legitimate chat-template syntax).
 */

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

/**
 * Keeps the lines that carry content: drops HTML comments, headings (structure, not content),
 * table rules, emphasis marks, list bullets and link targets.
 */
function contentLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').split('\n')) {
    if (/^\s{0,3}#{1,6}(?:\s|$)/.test(line) || /^\s*(?:=+|-+)\s*$/.test(line) || /^[\s|:-]+$/.test(line)) continue;
    const reduced = line
      .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g, '$1')
      .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ')
      .replace(/[*_`>#|~]+/g, ' ')
      .replace(/^\s*(?:[-+]|\d{1,3}[.)])\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (reduced !== '') out.push(reduced);
  }
  return out;
}

function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function moreInfoPattern(): RegExp {
  return /\[?\s*more\s+information\s+needed\s*\]?/i;
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
 * Judges the text as a whole: a long section that mentions `TODO` once is real.
 */
export function placeholderReason(text: string): Placeholder | undefined {
  const template = templateVarPattern().exec(text.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '));
  if (template) return { kind: 'template', sample: sampleOf(template[0]) };

  const lines = contentLines(text);
  const all = lines.join(' ');
  if (words(all).length === 0) return { kind: 'empty', sample: '' };

  const lorem = /\blorem ipsum\b/i.exec(all);
  if (lorem) return { kind: 'lorem-ipsum', sample: sampleOf(all.slice(lorem.index, lorem.index + SAMPLE_MAX)) };

  // A line holding the filler is filler as a whole: its label ("Developed by:") is not content.
  const filled = lines.filter((l) => !moreInfoPattern().test(l));
  if (filled.length < lines.length && words(filled.join(' ')).length === 0) {
    return { kind: 'more-info-needed', sample: '[More Information Needed]' };
  }

  const todo = todoPattern().exec(all.replace(/^[^\p{L}\p{N}]+/u, ''));
  if (todo && words(all).length <= TODO_ONLY_MAX_WORDS) return { kind: 'todo', sample: sampleOf(all) };

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
