/**
 * The text of a section and of a document's body, as the Markdown reader split them (issue 19):
 * slices of the file's text where no code block is left out, copies of the lines joined only where
 * one is.
 */

/** What of a parsed document these need (markdown.ts's MarkdownDoc): named here so neither file imports the other. */
interface Doc {
  text: string;
  lines: readonly string[];
  code: readonly boolean[];
}

// Per document, counted once: where each line starts in its text, and how many code lines stand above
// it. A section that holds no code is then a slice of the text.
let layouts: WeakMap<Doc, { starts: Int32Array; code: Int32Array }> | undefined;

function layoutOf(doc: Doc): { starts: Int32Array; code: Int32Array } {
  layouts ??= new WeakMap();
  let layout = layouts.get(doc);
  if (!layout) {
    const n = doc.lines.length;
    layout = { starts: new Int32Array(n + 1), code: new Int32Array(n + 1) };
    for (let i = 0; i < n; i++) {
      layout.starts[i + 1] = layout.starts[i]! + doc.lines[i]!.length + 1;
      layout.code[i + 1] = layout.code[i]! + (doc.code[i] ? 1 : 0);
    }
    layouts.set(doc, layout);
  }
  return layout;
}

/**
 * The text of a section (subsections included), code blocks left out. Three detectors ask for the
 * text of each section of the same README: a section without code is a slice of the file's text, not
 * a copy of its lines joined again (a README of a thousand sections made three thousand copies).
 */
export function sectionText(doc: Doc, s: { start: number; end: number }, opts: { keepCode?: boolean } = {}): string {
  const from = s.start - 1;
  const to = Math.min(s.end, doc.lines.length);
  if (from >= to) return '';
  const layout = from >= 0 ? layoutOf(doc) : undefined;
  if (layout && (opts.keepCode || layout.code[to] === layout.code[from])) {
    // starts[n] is one past the text's end: the last line has no line break after it.
    return doc.text.slice(layout.starts[from], layout.starts[to]! - 1);
  }
  const out: string[] = [];
  for (let i = s.start - 1; i < s.end && i < doc.lines.length; i++) {
    if (!opts.keepCode && doc.code[i]) continue;
    out.push(doc.lines[i] ?? '');
  }
  return out.join('\n');
}

/** The whole body (front matter and code left out). */
export function bodyText(doc: Doc): string {
  if (layoutOf(doc).code[doc.lines.length] === 0) return doc.text;
  return doc.lines.filter((_, i) => !doc.code[i]).join('\n');
}
