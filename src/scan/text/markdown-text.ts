// Markdown text without its markup, shared by the document parser (markdown.ts) and the link reader
// (markdown-links.ts).

// Bound that keeps hostile files cheap; real documents stay far below it.
export const LINE_SCAN_MAX = 4000;

/** A line with its inline HTML comments removed. */
export function uncommented(l: string): string {
  return l.includes('<!--') ? l.replace(/<!--.*?(?:-->|$)/g, ' ') : l;
}

/** Heading or cell text without Markdown/HTML markup. */
export function plainText(s: string): string {
  // Most cells are plain words or numbers: skip the markup passes for them.
  if (!/[[<&\\*`~_]/.test(s)) return s.length > LINE_SCAN_MAX || /\s\s|^\s|\s$|[\t\n]/.test(s) ? s.slice(0, LINE_SCAN_MAX).replace(/\s+/g, ' ').trim() : s;
  return s
    .slice(0, LINE_SCAN_MAX)
    .replace(/!?\[([^[\]\n]{0,500})\]\([^)[\n]{0,2000}\)/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]{0,500}>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/[*`~]+/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
