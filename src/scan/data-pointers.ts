// Where a release's documents send the reader for its training data instead of describing it: a
// paper beside a data section, a page whose link says it describes the data, a data statement beside
// the release's own report. Each is external evidence (src/scan/external.ts), not a data card.
import type { Finding } from '../domain/finding.js';
import { externalFinding, isPaperUrl } from './external.js';
import { between, holding, type MarkdownDoc, type Section } from './text/markdown.js';
import { normalized } from './text/normalized.js';
import { linesMatching } from './text/lines.js';
import { findPaperRefs, linkWords } from './text/references.js';

const ID = 'data-card' as const;

export function isImageOrBadge(url: string): boolean {
  return /\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])/i.test(url) || /shields\.io|badge|img\./i.test(url);
}

/**
 * "Please refer to Table 4 of the [paper](…) for the full list of pretraining datasets": a data
 * section that sends the reader to a paper for what the model was trained on. The description is
 * published there; the tree only points at it.
 */
export function paperBesideData(doc: MarkdownDoc, path: string, within: readonly Section[]): Finding[] {
  for (const s of within) {
    for (const l of between(doc.links, s.heading.line, s.end)) {
      if (!isPaperUrl(l.url)) continue;
      const words = linkWords(doc.lines[l.line - 1] ?? '');
      if (!/\b(?:datasets?|data|corpus|corpora|mixtures?|sources)\b/i.test(words)) continue;
      if (!/\b(?:list|details?|descri\w+|composition|tables?|appendix|breakdown|full)\b/i.test(words)) continue;
      return [externalFinding(ID, path, l.line, 'paper-beside-data', `section '${s.heading.text.slice(0, 60)}' points to ${l.url}`, l.url)];
    }
    // "Training data: LVD-142M (see paper)": the section names the data and sends the reader to the
    // document's own paper, linked elsewhere in it (a model card's "Paper:" line).
    for (let i = s.start - 1; i < s.end && i < doc.lines.length; i++) {
      if (doc.code[i] || !/\((?:see|cf\.?) (?:the |our )?paper\)|\b(?:described|detailed) in (?:the|our) paper\b/i.test(doc.lines[i] ?? '')) continue;
      const refs = findPaperRefs(doc.text).filter((r) => r.via === 'link' && r.url !== '');
      // The release's own paper, else the one a line labels as the paper ("- **Paper:** <link>").
      const own = refs.find((r) => r.own) ?? refs.find((r) => /^\W*paper\W*:/i.test(r.context.trim()));
      if (own) return [externalFinding(ID, path, i + 1, 'paper-beside-data', `section '${s.heading.text.slice(0, 60)}' sends the reader to the paper for its data (line ${i + 1}): ${own.url}`, own.url)];
      break;
    }
  }
  return [];
}

/**
 * "[Arctic's Approach to Data](https://…)", "[Training data](https://…)": a link in a release's own
 * document whose words say the page it opens describes the training data (a blog post of a series,
 * a data page on the project's site).
 */
export function dataPageLink(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || /huggingface\.co\/datasets\//i.test(l.url)) continue;
    if (!/\b(?:approach to (?:training )?data|(?:pre-?)?training data(?:sets?)?|data (?:card|recipe|mixture|composition|curation|sources))\b/i.test(l.text)) continue;
    if (/\b(?:your|custom|own|format|eval\w*|benchmark\w*)\b/i.test(l.text)) continue;
    return [externalFinding(ID, path, l.line, 'data-described-at', `'${l.text.slice(0, 60)}' (${l.url})`, l.url)];
  }
  return [];
}

/**
 * "We already had 1.2TB of Korean data collected by [X] … Technical report: arxiv…" in one section:
 * the README states what the model was trained on in a sentence (an amount of tokens or bytes) and
 * links the release's own paper or report beside it, where that data is described.
 */
export function dataStatementBesidePaper(doc: MarkdownDoc, text: string, path: string): Finding[] {
  const statement =
    /\b(?:trained|pre-?trained|training|collected)\b[^.\n]{0,80}?\b\d+(?:\.\d+)?\s?(?:T|B|TB|PB|trillion|billion)\b[^.\n]{0,30}?\b(?:tokens|corpus|corpora|data)\b|\b\d+(?:\.\d+)?\s?(?:T|B|TB|PB|trillion|billion)\b[^.\n]{0,20}?\b(?:tokens|corpus|corpora|data)\b[^.\n]{0,60}?\b(?:trained|collected)\b/i;
  let own: ReturnType<typeof findPaperRefs> | undefined;
  for (const i of linesMatching(doc.text, statement)) {
    if (doc.code[i]) continue;
    const section = holding(doc, i + 1)[0];
    if (!section || isEvalSection(section.heading.text)) continue;
    own ??= findPaperRefs(text).filter((r) => r.own && r.via === 'link' && r.url !== '');
    // Beside it: in the same section and the same collapsible block (a list of other projects' <details> is not one topic).
    const apart = (a: number, b: number) => doc.lines.slice(Math.min(a, b) - 1, Math.max(a, b)).some((l) => /^\s*<\/?(?:details|summary)\b/i.test(l));
    const paper = own.find((r) => r.line >= section.heading.line && r.line <= section.end && !apart(r.line, i + 1));
    if (paper) return [externalFinding(ID, path, paper.line, 'paper-beside-data', `section '${section.heading.text.slice(0, 60)}' states the training data (line ${i + 1}) beside ${paper.url}`, paper.url)];
  }
  return [];
}

function isEvalSection(heading: string): boolean {
  return /(?:^|\s)(?:eval\w*|benchmarks?|results?|performance)(?=$|\s)/.test(normalized(heading));
}
