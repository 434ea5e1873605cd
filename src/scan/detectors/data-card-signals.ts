import { defineOutcomes } from '../outcomes.js';
import { corpusPattern, OFF_TOPIC_HEADING, OWN_DATA, STAND_IN } from '../data-pointers.js';
import { normalize, type MarkdownDoc, type Section } from '../text/markdown.js';
import { normalized } from '../text/normalized.js';

/** Every finding the data-card detector emits, with its outcome and strength (kept apart: data-card.ts is long). */
export const OUTCOMES = defineOutcomes('data-card', {
  'data-card-complete': { outcome: 'evidence', weight: 90, code: 'data-card', label: 'a data card with sources, sizes and processing' },
  'data-card': { outcome: 'evidence', weight: 80, label: 'a data card with sources and sizes or processing' },
  'data-section-complete': { outcome: 'evidence', weight: 85, code: 'data-section', label: 'a data section with linked sources, sizes and processing' },
  'data-section': { outcome: 'evidence', weight: 75, label: 'a data section with linked sources and sizes or processing' },
  'data-section-named': { outcome: 'evidence', weight: 65, code: 'data-section', label: 'a training-data section linking its sources, or describing the pipeline' },
  croissant: { outcome: 'evidence', weight: 85, label: 'Croissant metadata with a description and distribution' },
  'croissant-partial': { outcome: 'evidence', weight: 70, code: 'croissant', label: 'the head of Croissant metadata' },
  'pdf-datasheet': { outcome: 'evidence', weight: 60, label: 'a PDF named as a datasheet' },
  'pdf-datasheet-lfs': { outcome: 'evidence', weight: 55, code: 'pdf-datasheet', label: 'a PDF datasheet in Git LFS' },
  'data-paragraph': { outcome: 'evidence', weight: 60, label: 'a paragraph naming the training data' },
  'hf-dataset': { outcome: 'external', weight: 45, label: 'training data on the Hugging Face Hub' },
  'card-datasets': { outcome: 'external', weight: 45, label: 'model card front matter names a Hub dataset' },
  'command-dataset': { outcome: 'external', weight: 45, label: 'the training command names a Hub dataset' },
  'paper-data-card': { outcome: 'external', weight: 45, label: 'the paper holds the data description' },
  'linked-datasets': { outcome: 'external', weight: 40, label: 'a data section linking three or more datasets, documented where they are published' },
  'nested-section': { outcome: 'weak', weight: 40, label: 'a data section in a nested README' },
  blurb: { outcome: 'weak', weight: 30, label: 'a data section too thin to document the data' },
  'data-named': { outcome: 'weak', weight: 25, label: "a release's README or training guide names the training data or how to get it, and describes nothing" },
  'card-datasets-unhosted': { outcome: 'weak', weight: 30, code: 'card-datasets', label: 'front matter names datasets, not where their cards are' },
  empty: { outcome: 'rejected', weight: 60, label: 'an empty data card' },
  'placeholder-card': { outcome: 'rejected', weight: 60, code: 'placeholder', label: 'a data card of placeholders' },
  'metadata-only': { outcome: 'rejected', weight: 55, label: 'a dataset card of YAML metadata only' },
  thin: { outcome: 'rejected', weight: 55, label: 'a data card or Croissant file with too little' },
  'empty-pdf': { outcome: 'rejected', weight: 50, code: 'empty', label: 'a PDF datasheet too small to hold one' },
  'invalid-json': { outcome: 'rejected', weight: 50, label: 'Croissant metadata that is not JSON' },
  placeholder: { outcome: 'rejected', weight: 45, label: 'a data README of placeholder sections' },
  'empty-readme': { outcome: 'rejected', weight: 40, code: 'empty', label: 'an empty data README' },
  'placeholder-readme': { outcome: 'rejected', weight: 40, code: 'placeholder', label: 'a data README that is a placeholder' },
  'placeholder-section': { outcome: 'rejected', weight: 40, code: 'placeholder', label: 'a data section that is a placeholder' },
  'evaluation-data': { outcome: 'rejected', weight: 35, label: 'describes evaluation datasets' },
  'thin-readme': { outcome: 'rejected', weight: 35, code: 'thin', label: 'a data README with too little' },
  'sources-readme': { outcome: 'weak', weight: 35, code: 'thin', label: 'a data README linking its sources with too little about them' },
  template: { outcome: 'rejected', weight: 30, label: 'a data card template' },
});

const OWN_CORPUS = /\b(?:corpus|corpora|data|dataset|training set)\b[^.\n]{0,60}\b(?:consists? of|comprises?|contains?|is made up of)\s+(?:about |around |over |approximately |~\s?)?\d/i;
const COLLECTED = /\b(?:collected|crawled|streamed|scraped|gathered|harvested)\b/i;
// A tutorial's data ("your training data consists of 100 examples collected in a JSONL file") is no release's.
const STAND_IN_DATA = /\b(?:your|toy|dummy|demo|sample data|example data)\b/i;

/**
 * A corpus the authors gathered themselves has no name to find: "the corpus used to pre-train X consists
 * of 850M English Tweets (80GB) … streamed from 01/2012 to 08/2019" says what and how it was gathered
 * (the caller checks it says how much).
 */
export function describesOwnCorpus(text: string): boolean {
  return OWN_CORPUS.test(text) && COLLECTED.test(text) && !STAND_IN_DATA.test(text);
}

// "## Data preparation", "### Prepare COCO dataset", "## Datasets": where a README says how to get the
// training data.
const GETTING_DATA = /^(?:\d+\W*)?(?:(?:training )?(?:data|datasets?|corpus)|(?:(?:prepar\w*|download\w*|get(?:ting)?) (?:the )?(?:[\w-]+ ){0,2}(?:data|datasets?|corpus))|(?:training )?(?:data|datasets?) (?:preparation|prep|setup|download\w*))$/;
// "pre-trained on ImageNet", "trained on the Wikipedia corpus": a well-known corpus named as the training data.
const TRAINED_ON = /\b(?:pre ?)?train(?:ed|ing)\b[^.\n]{0,40}?\bon (?:the )?/;
// "trained on the NQ dataset", "we train on [VoiceBank-DEMAND](…) data set": a named set, as written.
const TRAINED_ON_NAMED =
  /\b(?:[Pp]re-?)?[Tt]rain(?:ed|ing|s)?\b[^.\n]{0,60}?\b(?:on|with|using)\s+(?:the\s+)?\[?([A-Z0-9][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,3})\]?(?:\([^)\s]*\))?\s+(?:dataset|data ?set|corpus)s?\b/;

/**
 * A release's README or training guide names the training data without describing it: a section on
 * getting it ("## Download data": fetch, unpack), a sentence naming a well-known corpus it was trained
 * on, or one training on a named dataset ("trained on the NQ dataset").
 * The line and what named it; undefined when it says neither. Thin evidence, never a data card.
 */
export function dataNamedOnly(doc: MarkdownDoc): { line: number; what: string } | undefined {
  // Not evaluation, demo or tutorial steps (nor under such a heading), nor a guide for the reader's own data.
  const offTopic = (o: Section | undefined): boolean => o !== undefined && (OFF_TOPIC_HEADING.test(normalized(o.heading.text)) || OWN_DATA.test(o.heading.text) || offTopic(o.parent));
  for (const s of doc.sections) {
    if (s.end > s.heading.line && GETTING_DATA.test(normalized(s.heading.text)) && !offTopic(s)) {
      return { line: s.heading.line, what: `section '${s.heading.text.slice(0, 60)}' says how to get the training data` };
    }
  }
  for (let i = 0; i < doc.lines.length; i++) {
    const raw = doc.lines[i] ?? '';
    if (doc.code[i] || STAND_IN.test(raw)) continue;
    const line = normalize(raw);
    const m = TRAINED_ON.exec(line);
    const known = m ? corpusPattern().exec(` ${line.slice(m.index + m[0].length - 1, m.index + m[0].length + 40)}`) : null;
    if (known) return { line: i + 1, what: `it says the model was trained on ${(known[1] ?? '').trim()}` };
    const named = /\b(?:dataset|data ?set|corpus)/i.test(raw) ? TRAINED_ON_NAMED.exec(raw) : null;
    if (named) return { line: i + 1, what: `it says the model was trained on the ${named[1]} dataset` };
  }
  return undefined;
}
