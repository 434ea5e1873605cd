// The links of a Markdown document, read line by line (see markdown.ts for why not from the mdast
// tree): inline `[text](url)`, HTML `href`, bare URLs, and reference links resolved to their
// definitions. Bounded: at most MAX_LINKS, each line scanned once up to LINE_SCAN_MAX characters.
import { spend } from '../../domain/cost.js';
import { eachLineMatching } from './lines.js';
import { LINE_SCAN_MAX, plainText, uncommented } from './markdown-text.js';

export interface Link {
  url: string;
  /** Visible text of the link, when it has one. */
  text: string;
  line: number;
}

export const MAX_LINKS = 1000;

// One copy of each pattern for the whole file: a `matchAll` per line cloned its pattern every time.
const HTTP = /https?:\/\//i;
const MD_LINK = /\[([^[\]\n]{0,500})\]\(\s*<?(https?:\/\/[^\s)>[]{1,2000})/gi;
const HREF = /href\s*=\s*["'](https?:\/\/[^"'\s]{1,2000})["'][^>]{0,500}>([^<]{0,500})/gi;
const BARE_URL = /https?:\/\/[^\s)<>"'\]|`]{1,2000}/gi;

export function readLinks(text: string, lines: readonly string[], code: boolean[]): Link[] {
  const out: Link[] = [];
  const definitions = new Map<string, string>();
  // Only a line holding `http://` or `https://` can hold a link: those are found by one search.
  spend(1 + (text.length >> 6));
  for (const i of eachLineMatching(text, HTTP)) {
    if (out.length >= MAX_LINKS) break;
    spend(1 + (lines[i]!.length >> 6));
    if (code[i]) continue;
    const l = uncommented((lines[i] ?? '').slice(0, LINE_SCAN_MAX));
    if (!HTTP.test(l)) continue;
    const seen = new Set<string>();
    // A Markdown link needs `](`, an HTML one `href`: most lines hold neither and skip those patterns.
    if (l.includes('](')) {
      MD_LINK.lastIndex = 0;
      for (let m = MD_LINK.exec(l); m; m = MD_LINK.exec(l)) {
        const url = trimUrl(m[2] ?? '');
        seen.add(url);
        out.push({ url, text: plainText(m[1] ?? ''), line: i + 1 });
      }
    }
    if (/href/i.test(l)) {
      HREF.lastIndex = 0;
      for (let m = HREF.exec(l); m; m = HREF.exec(l)) {
        const url = trimUrl(m[1] ?? '');
        if (seen.has(url)) continue;
        seen.add(url);
        out.push({ url, text: plainText(m[2] ?? ''), line: i + 1 });
      }
    }
    // A reference definition (`[LJ Speech Data]: https://…`) is where a link points, not a link: its uses are.
    const definition = REF_DEFINITION.exec(l);
    if (definition) {
      definitions.set(refLabel(definition[1] ?? ''), trimUrl(definition[2] ?? ''));
      continue;
    }
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(l); m; m = BARE_URL.exec(l)) {
      const url = trimUrl(m[0]);
      if (seen.has(url)) continue;
      seen.add(url);
      out.push({ url, text: '', line: i + 1 });
    }
  }
  if (definitions.size > 0 && out.length < MAX_LINKS) {
    out.push(...referenceLinks(lines, code, definitions, MAX_LINKS - out.length));
    out.sort((a, b) => a.line - b.line);
  }
  return out;
}

const REF_DEFINITION = /^\s{0,3}\[([^\]\n]{1,200})\]:\s*<?(https?:\/\/[^\s>]{1,2000})>?(?:\s|$)/i;
const REF_USE = /\[([^[\]\n]{1,500})\](?:\[([^[\]\n]{0,200})\])?(?![(:])/g;

function refLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * "Download [LJ Speech Data]." with `[LJ Speech Data]: https://…` at the end of the file: reference
 * links (`[text][label]`, `[label][]`, `[label]`) resolved to their definitions, at the line of use.
 * One pass over the lines that hold a `[`, only when the document defines references.
 */
function referenceLinks(lines: readonly string[], code: readonly boolean[], definitions: ReadonlyMap<string, string>, room: number): Link[] {
  const out: Link[] = [];
  for (let i = 0; i < lines.length && out.length < room; i++) {
    const raw = lines[i] ?? '';
    if (code[i] || !raw.includes('[')) continue;
    spend(1 + (raw.length >> 6));
    const l = uncommented(raw.slice(0, LINE_SCAN_MAX));
    if (REF_DEFINITION.test(l)) continue;
    REF_USE.lastIndex = 0;
    for (let m = REF_USE.exec(l); m && out.length < room; m = REF_USE.exec(l)) {
      const url = definitions.get(refLabel(m[2] ? m[2] : (m[1] ?? '')));
      if (url) out.push({ url, text: plainText(m[1] ?? ''), line: i + 1 });
    }
  }
  return out;
}

/** The URL without the punctuation that ends the sentence around it. */
function trimUrl(u: string): string {
  // Most URLs end in a letter, digit or slash: no pattern to run.
  return /[.,;:!?*_]$/.test(u) ? u.replace(/(?<![.,;:!?*_])[.,;:!?*_]+$/, '') : u;
}
