// Where a release's documents send the reader for its training data instead of describing it: a
// paper beside a data section, a page whose link says it describes the data, a data statement beside
// the release's own report. Each is external evidence (src/scan/external.ts), not a data card.
import type { FileContent, Finding } from '../domain/finding.js';
import { externalFinding, isPaperUrl } from './external.js';
import { between, holding, normalize, type MarkdownDoc, type Section } from './text/markdown.js';
import { normalized } from './text/normalized.js';
import { linesMatching } from './text/lines.js';
import { findHubLinks, findPaperRefs, linkWords } from './text/references.js';

const ID = 'data-card' as const;

/** A linked source as a data section's signals count it: without fragment, query or trailing slash. */
export function sourceKey(url: string): string {
  return url.replace(/[#?].*$/, '').replace(/(?<!\/)\/+$/, '').toLowerCase();
}

// A data section linking this many datasets points at where they are documented. Over batches 1-93 and
// the study corpus the thin sections linking two split the labels evenly; three or more agreed with them
// about two times in three.
const LINKED_DATASETS = 3;
// A guide for the reader's own data links examples, not what the release trained on.
export const OWN_DATA = /\b(?:your own|your (?:data|dataset)|custom (?:data|dataset)s?|own (?:data|dataset)s?)\b/i;

// A section of this many sub-sections, a dataset each, is a framework's catalogue of supported datasets.
const CATALOGUE_SUBSECTIONS = 3;

/**
 * The dataset pages of a data section that links three or more: none for a guide to the reader's own
 * data, or a framework's catalogue of the datasets it supports (a sub-section per dataset). Evaluation
 * sets never reach here: their headings are no data headings.
 */
export function linkedDatasetPages(sources: ReadonlySet<string>, text: string, subsections: number): Set<string> | undefined {
  if (subsections >= CATALOGUE_SUBSECTIONS || OWN_DATA.test(text)) return undefined;
  const pages = new Set([...sources].filter((x) => x.startsWith('http') && !NOT_A_DATASET_PAGE.test(x)));
  return pages.size >= LINKED_DATASETS ? pages : undefined;
}

// Code and documentation a data section links beside its datasets (a scene detector, a framework's
// docs, an evaluation folder): a GitHub repository or folder whose path names no data, a docs page.
const NOT_A_DATASET_PAGE = /^https?:\/\/(?:www\.)?github\.com\/(?![^#?]*(?:data|corpus|corpora))|\/docs?\/|readthedocs|\/eval\w*(?:\/|$)/i;

/** Corpora and datasets named in data sections (a fresh global pattern per call: callers iterate it). */
export function corpusPattern(): RegExp {
  return /(?:^|\s)(common ?crawl|cc ?news|c4|mc4|wikipedia|wikibooks|wikisource|arxiv|github|stack ?exchange|stackoverflow|the stack|starcoder ?data|the pile|refined ?web|fineweb(?: edu)?|dolma|redpajama|slimpajama|books3|gutenberg|pes2o|s2orc|open ?web ?text|open ?web ?math|proof ?pile|laion|coyo|datacomp|imagenet|coco|openimages|ultrachat|sharegpt|oasst|openassistant|alpaca|dolly|flan|tulu|wanjuan|mnbvc|cosmopedia|smollm ?corpus|dclm|txt360|zyda|finemath|the ?stack ?v2|ccnet|audioset|librispeech|libri ?light|libritts|lj ?speech|vctk|common ?voice|voxceleb\d?|gigaspeech|wenetspeech|kinetics|something something|webvid|howto100m|cc3m|cc12m|conceptual captions|visual genome|objects365|ffhq|celeba|lsun|cifar ?10+|ms ?marco|wikitext|bookcorpus|ego4d)(?=$|\s)/g;
}

/**
 * How many well-known public corpora one sentence of the text names as what the model was pretrained
 * on ("pretrained on …", "our pre-training dataset contains …"); 0 when no sentence says so.
 */
export function corporaNamedAsPretrainingData(text: string): number {
  let most = 0;
  for (const raw of text.split(/(?<=[.;:!?])\s+|\n\s*\n/)) {
    const sentence = normalize(raw);
    // Pretraining only: "we trained on CIFAR-10, LSUN and CelebA-HQ" names benchmarks a reader must look up.
    if (!/\bpre ?trained (?:on|with)\b|\bpre ?training (?:data(?:set)?s?|corpus|corpora|mix(?:ture)?) (?:contains?|consists? of|comprises?|includes?|is|are)\b/.test(sentence)) continue;
    const named = new Set<string>();
    for (const m of sentence.matchAll(corpusPattern())) named.add((m[1] ?? '').replace(/\s+/g, ''));
    most = Math.max(most, named.size);
  }
  return most;
}

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

/** Where a data-preparation script's header is read for the dataset it prepares. */
const SCRIPT_HEADER_LINES = 40;

/**
 * A data-preparation script whose header (comments and docstring above the code) names the Hub
 * dataset it downloads and prepares for training (`# Emilia: https://huggingface.co/datasets/…`,
 * a docstring "FineWeb dataset … huggingface.co/datasets/…"): the training data is published there.
 * Only scripts named for preparing data or kept in a data folder, outside eval, test and example trees.
 */
export function datasetInScriptHeader(file: FileContent): Finding[] {
  const path = file.path;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!/\.py$/i.test(name)) return [];
  if (/(?:^|\/)(?:tests?|examples?|tutorials?|notebooks?|demos?|evals?|evaluation|benchmarks?|tasks)\//i.test(path)) return [];
  if (!/prepar|preprocess|download|tokeni[sz]e/i.test(name) && !/(?:^|\/)data\//i.test(path)) return [];
  const head = file.text.split('\n', SCRIPT_HEADER_LINES);
  let inDoc = false;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] ?? '';
    const t = line.trim();
    const quotes = (t.match(/"""|'''/g) ?? []).length;
    const header = inDoc || t === '' || t.startsWith('#') || quotes > 0;
    if (!header) break;
    if (quotes % 2 === 1) inDoc = !inDoc;
    if (/\b(?:eval\w*|benchmark\w*|test set)\b/i.test(line)) continue;
    const m = /https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+)/i.exec(line);
    if (m?.[1]) {
      const url = `https://huggingface.co/datasets/${m[1]}`;
      return [externalFinding(ID, path, i + 1, 'dataset-in-script', `${m[1]} (${url})`, url)];
    }
  }
  return [];
}

/**
 * "The models were pre-trained on the [ImageNet](…) and [ImageNet-21k](…) datasets": the training data
 * is a public dataset, named and linked to where its publishers document it. Only the top README; the
 * link's own words must name a known corpus, and the sentence must say the released models were
 * trained on it (not fine-tuned by the user, not evaluated on it).
 */
export function publicDatasetTrainedOn(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    // A paper is where some corpora are documented ("trained on [the Pile](arxiv…)"): the link's words
    // must name the corpus alone, so a release's own paper linked as "our paper" does not count here.
    if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url)) continue;
    const name = normalized(l.text);
    const m = corpusPattern().exec(name);
    const known = m !== null && name.replace(m[0], '').replace(/\b(?:the|dataset|datasets|data|\d+[kmb])\b/g, '').trim() === '';
    // "trained on the [LRS2 dataset](…)": a set the list does not know, called a dataset in the link
    // itself, right after the words that say the models were trained on it.
    if (!known && !(/^[\w .+-]{1,40}\s(?:dataset|corpus)$/i.test(l.text.trim()) && trainedOnLink(doc.lines[l.line - 1] ?? '', l.text.trim()))) continue;
    const sentence = `${doc.lines[l.line - 2] ?? ''} ${doc.lines[l.line - 1] ?? ''}`;
    if (!/\b(?:models? (?:was|were|is|are) )?(?:pre-?)?trained on\b/i.test(sentence) || /\b(?:eval\w*|benchmark\w*|test(?:ed)? on|fine-?tun\w*|your)\b/i.test(sentence)) continue;
    if (!DATASET_HOST.test(l.url) && downloadsModel(normalized(sentence))) continue;
    return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
  }
  return [];
}

function trainedOnLink(line: string, text: string): boolean {
  const at = line.indexOf(text);
  if (at < 0) return false;
  // The words just before the link's opening bracket or anchor tag.
  const before = line.slice(Math.max(0, at - 300), at).replace(/<a\s[^>]*>$|\[$/i, '');
  return /\btrained (?:on|with) (?:the )?$/i.test(before);
}

/**
 * A YOLO-style dataset config (`data/coco.yaml`: `train:`, `val:`, `names:`) whose header or `download:`
 * line says where the public dataset is published ("# COCO 2017 dataset http://cocodataset.org"): the
 * training data is named and linked, its description is the publisher's.
 */
export function datasetConfigHeader(file: FileContent): Finding[] {
  const lines = file.text.split('\n', 200);
  if (!lines.some((l) => /^train\s*:/.test(l)) || !lines.some((l) => /^(?:names|nc)\s*:/.test(l))) return [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    // A comment, or the download line; not the test split's submission server.
    if (!/^\s*#|^download\s*:/.test(l)) continue;
    const url = /https?:\/\/[^\s'"`)]+/.exec(l)?.[0];
    if (!url || /codalab|competition|leaderboard|github\.com\/[^/]+\/[^/]+\/releases/i.test(url)) continue;
    return [externalFinding(ID, file.path, i + 1, 'public-dataset', `the dataset config names the training set and where it is published (${url})`, url.replace(/[.,;:]+$/, ''))];
  }
  return [];
}

/**
 * "We use [Vimeo-90K](…) as our main training dataset.": the top README's sentence calls the linked
 * set the release's training data in so many words, so the link's words need not name a known corpus.
 */
export function trainingDatasetNamed(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || doc.code[l.line - 1]) continue;
    const line = doc.lines[l.line - 1] ?? '';
    const at = line.indexOf(l.text);
    if (at < 0) continue;
    // The link's sentence, wrapped onto the next line at most once.
    const from = line.lastIndexOf('. ', at);
    const rest = `${line.slice(from < 0 ? 0 : from + 2)} ${doc.code[l.line] ? '' : (doc.lines[l.line] ?? '')}`;
    const end = rest.indexOf('. ', rest.indexOf(l.text) + l.text.length);
    const sentence = normalized((end < 0 ? rest : rest.slice(0, end)).replace(/\]\([^)\s]*\)|https?:\/\/\S+/g, ']'));
    if (!/\bwe (?:use|used|adopt|adopted) (?:the )?\S+(?: \S+){0,3} (?:as|for) (?:our|the) (?:main |primary )?training (?:data|dataset|set|corpus)\b/.test(sentence)) continue;
    if (STAND_IN.test(sentence)) continue;
    return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)}, named as the training dataset (${l.url})`, l.url)];
  }
  return [];
}

// A project's documentation site (Read the Docs, a `/en/latest/` page): it teaches a step, it holds no dataset.
const DOCS_SITE = /^https?:\/\/[^/]*(?:readthedocs\.io|readthedocs\.org)\/|\/en\/(?:latest|stable)\//i;

/**
 * "## Data preparation — Download and extract COCO 2017 train and val images from [cocodataset.org](…)",
 * "## Preparing datasets — Download the [Flickr-Faces-HQ dataset](…)": the top README's own section for
 * getting the training data links where the publishers of a public dataset document it. Not a section
 * for the user's own data, nor a download of evaluation sets.
 */
export function publicDatasetPrepared(doc: MarkdownDoc, path: string, guide = false): Finding[] {
  // A guide named for getting the data (`docs/prepare_dataset.md`, `DATA_PREP.md`): every section is a step.
  // A framework's catalogue of many datasets (mmseg's `dataset_prepare.md`) is not what the release trained on.
  const dataGuide = DATA_GUIDE_NAME.test(path.slice(path.lastIndexOf('/') + 1)) && topics(doc) <= GUIDE_SECTIONS_MAX;
  for (const s of doc.sections) {
    // A guide below the top README (`docs/train.md`, `ptuning/README.md`) also walks users through
    // fine-tuning on an example set: only its training steps count, and only links that name a dataset.
    if (guide && underFineTuning(s)) continue;
    const heading = normalized(s.heading.text);
    const preparation = dataGuide || PREPARATION_HEADING.test(heading);
    // "## Training › Documentation: download the [ImageNet](…) dataset", "## Setup: 1. Download the
    // [LJ Speech dataset](…)": the steps before the training commands fetch the training data. Only the
    // section's own lines, so a training section does not reach into its subsections twice.
    if (!preparation && !trainingSteps(s)) continue;
    for (const l of between(doc.links, s.heading.line, preparation ? s.end : s.ownEnd)) {
      if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || DOCS_SITE.test(l.url)) continue;
      const line = doc.lines[l.line - 1] ?? '';
      const above = doc.lines[l.line - 2] ?? '';
      // The sentence that holds the link: "…upsample to 24 kHz. You can re-train them on your own data"
      // after it is another sentence.
      const own = sentenceAround(line, line.indexOf(l.text));
      const sentence = `${/^\s*(?:#|$)/.test(above) || doc.code[l.line - 2] || own.start > 0 ? '' : above} ${own.text}`;
      // The words, not the addresses (`…/sample_data.tar` names a file, not a stand-in set), nor the
      // commands in code spans (`ln -s …/wavs DUMMY` names a folder).
      const said = sentence.replace(/\]\([^)\s]*\)|https?:\/\/\S+|`[^`\n]*`/g, ']');
      if (!/\b(?:download\w*|prepar(?:e|ation))\b/i.test(said) || STAND_IN.test(said)) continue;
      // "## nuScenes — Download nuScenes V1.0 full dataset [HERE](…)": in a data guide, a section named for
      // a dataset whose download sentence names it again points to that dataset, whatever the link says.
      // Not a tool's repository the steps follow ("We follow [PySlowFast](github…) to prepare the Charades dataset").
      const named = dataGuide && heading.length >= 3 && heading.split(' ').length <= 3 && ` ${normalized(said)} `.includes(` ${heading} `) && !/^https?:\/\/github\.com\//i.test(l.url);
      if (guide && !isDatasetPage(l) && !corpusPattern().test(normalized(l.text)) && !named) continue;
      if (!DATASET_HOST.test(l.url) && downloadsModel(normalized(said))) continue;
      // The link must be the dataset's ("download the [ImageNet](…) dataset"), not a tool's in the same
      // sentence ("install [PyTorch](…) and download…").
      const after = line.slice(line.indexOf(l.text) + l.text.length).replace(/^[^\s]*\)/, '');
      if (!preparation && !/\b(?:datasets?|data|corpus)\b/i.test(l.text) && !corpusPattern().test(normalized(l.text)) && !/^\s*(?:datasets?|corpus)\b/i.test(after)) continue;
      const words = normalized(sentence);
      if (!named && !/\bdatasets?\b/.test(words) && !corpusPattern().test(words)) continue;
      return [externalFinding(ID, path, l.line, 'public-dataset', `section '${s.heading.text.slice(0, 60)}' downloads ${l.text.slice(0, 60)} (${l.url})`, l.url)];
    }
    // "## LJSpeech › ```wget https://…/LJSpeech-1.1.tar.bz2```": in a data guide, a section named for a
    // dataset whose own code fetches an archive named for it.
    const fetched = dataGuide ? fetchedArchive(doc, s, heading) : undefined;
    if (fetched) return [externalFinding(ID, path, fetched.line, 'public-dataset', `section '${s.heading.text.slice(0, 60)}' downloads ${fetched.url}`, fetched.url)];
  }
  return [];
}

/** How many topics a document has: its top-level headings, or the ones under its only title. */
function topics(doc: MarkdownDoc): number {
  const levels = doc.headings.map((h) => h.level);
  if (levels.length === 0) return 0;
  const top = Math.min(...levels);
  const atTop = levels.filter((l) => l === top).length;
  if (atTop > 1) return atTop;
  const below = levels.filter((l) => l > top);
  if (below.length === 0) return 1;
  const next = Math.min(...below);
  return below.filter((l) => l === next).length;
}

/** A `wget`/`curl` in the section's own code whose address names the dataset the heading names. */
function fetchedArchive(doc: MarkdownDoc, s: Section, heading: string): { url: string; line: number } | undefined {
  const name = heading.replace(/\s+/g, '');
  if (name.length < 4 || heading.split(' ').length > 3) return undefined;
  for (let i = s.heading.line; i < s.end && i < doc.lines.length; i++) {
    if (!doc.code[i]) continue;
    const m = /\b(?:wget|curl)\s+(?:-\S+\s+)*(https?:\/\/[^\s"'`]+)/.exec(doc.lines[i] ?? '');
    if (m?.[1] && m[1].toLowerCase().replace(/[^a-z0-9]/g, '').includes(name)) return { url: m[1], line: i + 1 };
  }
  return undefined;
}

/**
 * "For parity with Flan, we adopt the tasks used to instruct Flan-T5 … via the following command:
 * `git clone https://huggingface.co/datasets/org/flanv2`": the README fetches a Hub dataset in a command
 * right after prose saying it is what the models were trained on. Its card is where the data is described.
 */
export function hubDatasetFetched(doc: MarkdownDoc, path: string): Finding[] {
  for (const h of findHubLinks(doc.text)) {
    const i = h.line - 1;
    if (h.kind !== 'dataset' || !doc.code[i] || !/\b(?:git clone|wget|curl|huggingface-cli download|hf download|snapshot_download|load_dataset)\b/.test(h.context)) continue;
    // The prose just above the code block (up to three lines, blank lines skipped).
    let j = i;
    while (j > 0 && doc.code[j - 1]) j--;
    const prose: string[] = [];
    for (let k = j - 1; k >= 0 && prose.length < 3 && !doc.code[k]; k--) {
      const l = doc.lines[k] ?? '';
      if (/^\s*#/.test(l)) break;
      if (l.trim()) prose.unshift(l);
    }
    const said = prose.join(' ');
    // What the release was trained on, said in so many words; not a walk-through on a stand-in set.
    if (!/\b(?:trained on|train(?:ing)? (?:data|set|tasks)|we (?:adopt|use|used) the (?:tasks|data))\b/i.test(said)) continue;
    if (STAND_IN.test(`${said} ${h.context.replace(h.url, ' ')}`)) continue;
    return [externalFinding(ID, path, h.line, 'public-dataset', `the README fetches the training data from the Hub: ${h.repo} (${h.url})`, h.url)];
  }
  return [];
}

/** The sentence of `line` around `at`: from after the last ". " before it to the next ". " after it. */
function sentenceAround(line: string, at: number): { text: string; start: number } {
  if (at < 0) return { text: line, start: 0 };
  const before = line.lastIndexOf('. ', at);
  const start = before < 0 ? 0 : before + 2;
  const after = line.indexOf('. ', at);
  return { text: line.slice(start, after < 0 ? line.length : after + 1), start };
}

/** The section or one it sits under is about fine-tuning (a walk up its parents, not over the document). */
function underFineTuning(s: Section): boolean {
  for (let o: Section | undefined = s; o; o = o.parent) if (FINE_TUNING_HEADING.test(normalized(o.heading.text))) return true;
  return false;
}

/** A section of training, setup, installation or dataset steps, itself or under a parent that is (not an evaluation's). */
function trainingSteps(s: Section): boolean {
  let steps = false;
  for (let o: Section | undefined = s; o; o = o.parent) {
    const h = normalized(o.heading.text);
    if (OFF_TOPIC_HEADING.test(h)) return false;
    steps ||= TRAINING_STEPS_HEADING.test(h);
  }
  return steps;
}

// Words of evaluation sets and stand-ins ("your own", "a toy/sample/dummy set", "for example"): what the
// sentence names is not the release's training data.
export const STAND_IN = /\b(?:eval\w*|benchmark\w*|test(?:ing)? (?:set|data)|your own|custom|toy|example|sample|dummy|demo)\b/i;

// A quick start trains a toy model on stand-in data ("the data we used is not public, so we use…").
export const OFF_TOPIC_HEADING = /\b(?:eval\w*|benchmark\w*|test\w*|inference|demo|quick ?start|tutorial|examples?|toy)\b/;

const FINE_TUNING_HEADING = /\b(?:fine ?tun\w*|lora|p ?tuning|adapt\w*)\b/;

// The release's name may lead ("Octo Pretraining").
const TRAINING_STEPS_HEADING = /^(?:\d+\W*)?(?:(?:[\w.-]+ )?(?:pre ?)?training(?:$|\s)|train|setup|set up|getting started|installation|preparation|datasets?|pre ?requisites|requirements)(?:$|\s)/;

/** Sections of a data guide that prepares a release's own few training sets; more is a catalogue. */
const GUIDE_SECTIONS_MAX = 4;
const DATA_GUIDE_NAME = /^(?:prepar(?:e|ing)[_-]?(?:the[_-]?)?(?:data|datasets?)|(?:data|datasets?)[_-]?prep(?:are|aration)?|get(?:ting)?[_-]?(?:the[_-]?)?(?:data|datasets?))\.md$/i;

const PREPARATION_HEADING =
  /^(?:\d+\W*)?(?:(?:preparing|prepare|preparation of|downloading|download|getting|get) (?:the )?(?:training )?(?:data|datasets?)|(?:training )?(?:data|datasets?) (?:preparation|prep|setup|download))$/;

/**
 * "We train on [OpenWebText](…)", "fine-tuned on the [DROID dataset](…)": the top README's last
 * resort. A link to where a public dataset is published (a dataset host, or words that name the
 * dataset and little else) in a line about training or getting the data, outside evaluation,
 * quick-start and example sections, and not the user's own, a toy or a sample set.
 */
export function publicDatasetLinked(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url)) continue;
    if (doc.code[l.line - 1]) continue;
    if (!isDatasetPage(l)) continue;
    const line = doc.lines[l.line - 1] ?? '';
    const words = normalized(line);
    if (!/\b(?:train\w*|pre ?train\w*|download\w*|prepare|fine ?tun\w*)\b/.test(words)) continue;
    // "By default we use a small dataset from […] to finetune": a how-to's stand-in, not the release's data.
    if (/\b(?:eval\w*|benchmark\w*|test\w*|validation|your|custom|example|e ?g|demo\w*|inference|toy|small|sample|dummy|by default)\b/.test(words)) continue;
    // "You can fine-tune the models on [CIFAR-10](…)": what a user may do, not what the release was trained on.
    if (/\b(?:you|users?) (?:can|may|could) (?:also )?fine ?tun/.test(words)) continue;
    // "Download our published model trained on [LibriTTS]": the link is the model's, named for its data.
    if (!DATASET_HOST.test(l.url) && downloadsModel(words)) continue;
    if (holding(doc, l.line).some((s) => OFF_TOPIC_HEADING.test(normalized(s.heading.text)))) continue;
    return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
  }
  return [];
}

/** "Download our published model trained on [LibriTTS]": the line downloads a model, whatever its link is named for. */
function downloadsModel(words: string): boolean {
  return /\bdownload\w* (?:\w+ ){0,4}(?:models?|checkpoints?|weights)\b/.test(words);
}

/**
 * A link to where a dataset is published: a dataset host, or words that name the dataset and little
 * else ("OpenWebText", "DROID dataset"), not a tool or a page about one ("official PyTorch ImageNet
 * training code", "Alpaca Leaderboard").
 */
function isDatasetPage(l: { url: string; text: string }): boolean {
  if (DATASET_HOST.test(l.url)) return true;
  const name = normalized(l.text);
  const rest = name.replace(corpusPattern(), ' ').replace(/\b(?:the|datasets?|data|corpus|\d+[kmb]?)\b/g, ' ').trim();
  return (corpusPattern().test(name) || /\bdatasets?\b/.test(name)) && rest.split(/\s+/).filter(Boolean).length <= 2 && !/\b(?:leaderboard|arena|bench\w*|code|repo\w*|script\w*)\b/.test(name);
}

/**
 * "## Expected dataset structure for [COCO](…)": a data folder's README that only says where the
 * public datasets it trains on are downloaded (no sizes, no processing) points to their publishers'
 * pages. Never links in code, images or papers.
 */
export function publicDatasetsListed(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || isPaperUrl(l.url) || doc.code[l.line - 1]) continue;
    if (isDatasetPage(l)) return [externalFinding(ID, path, l.line, 'public-dataset', `${l.text.slice(0, 60)} (${l.url})`, l.url)];
  }
  return [];
}

const DATASET_HOST = /^https?:\/\/(?:www\.)?(?:huggingface\.co\/datasets\/|kaggle\.com\/(?:datasets|competitions)\/|image-net\.org|imagenet\.stanford\.edu|cocodataset\.org|zenodo\.org\/records?\/|tensorflow\.org\/datasets\/catalog|openslr\.org|paperswithcode\.com\/dataset)/i;

// A model table's column for what each checkpoint was trained on: "Pre-training Dataset", "Training
// data", "Pretrain Data", "Corpus". Not a column of evaluation sets ("Dataset | FID", "Eval data").
const TRAINING_DATA_COLUMN = /^(?:(?:pre ?train\w*|train\w*|fine ?tun\w*)(?: \w+)?? (?:data(?:sets?)?|corpus|corpora|set|mix(?:ture)?)|(?:training )?corpus|corpora)(?: \w+)?$/;
const MAX_TABLE_ROWS = 64;
const MAX_TABLE_LINKS = 256;
const MODEL_COLUMN = /\b(?:models?|name|checkpoints?|ckpt|backbone|arch\w*|autoencoder|weights?|download|base llm)\b/;

/**
 * "| Model | Pre-training Dataset | … |" with "[960 hrs LibriSpeech](openslr…)" in its rows: the release's
 * model table names each checkpoint's training data and links where the dataset is published. The
 * data is documented there; the table says which checkpoint learned from what.
 */
export function checkpointDataLinked(doc: MarkdownDoc, path: string): Finding[] {
  for (const t of doc.tables) {
    const header = t.header.map((c) => normalized(c));
    const col = header.findIndex((c) => TRAINING_DATA_COLUMN.test(c) && !/\b(?:eval\w*|test\w*|val\w*|benchmark\w*)\b/.test(c));
    if (col < 0 || !header.some((c, i) => i !== col && MODEL_COLUMN.test(c))) continue;
    // A model zoo has tens of rows: the first ones and their links say it (bounded on a crafted table).
    const cells = t.rows.slice(0, MAX_TABLE_ROWS).map((r) => r[col] ?? '').filter((c) => /[a-z]{2}/i.test(c));
    if (cells.length === 0) continue;
    for (const l of between(doc.links, t.line, t.endLine).slice(0, MAX_TABLE_LINKS)) {
      if (!/^https?:\/\//i.test(l.url) || isImageOrBadge(l.url) || l.text.trim() === '') continue;
      if (!cells.some((c) => c.includes(l.text.trim()))) continue;
      // The link is the dataset's ("[WuDaoCorpora](…)"), not a policy page the cell cites.
      if (!isDatasetPage(l) && !/corp(?:us|ora)|dataset/i.test(l.text) && !corpusPattern().test(normalized(l.text))) continue;
      return [externalFinding(ID, path, l.line, 'public-dataset', `the model table's '${t.header[col]?.slice(0, 40)}' column (line ${t.line}) links ${l.text.slice(0, 60)} (${l.url})`, l.url)];
    }
  }
  return [];
}

// A release that publishes its own training data on the Hub, beside its models: the data card is the
// dataset's card. Judged on the top README only.

// A dated news item ("- [2025-06-01] We release…", "- 🔥 **News**: `2024/09/05`: …", "04/17/2023: LLaVA is
// released"): it announces a sibling project as often as the release, so what it links is not taken
// for the release's own. The date leads the item's first line.
const DATED = /^[^\w]{0,12}(?:news\W{0,8})?(?:20\d\d[-./]\d{1,2}|\d{1,2}\/\d{1,2}\/(?:20)?\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? 20\d\d)/i;
const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s/;
const MAX_ITEM_LINES = 8;

// What the set is for, by its name or its line's words: a benchmark, a demo or a stand-in is not what
// the released models learned from.
const NOT_TRAINING = /\b(?:eval\w*|bench\w*|test\w*|demo\w*|samples?|toy|examples?|leaderboard|arena)\b/i;
// Run into a name ("StepEval-Audio-360", "humaneval-x", "MMBench"): no word boundary to wait for.
const NOT_TRAINING_NAME = /eval|bench|(?:^|[^a-z])test|demo|sample|toy/i;
// A set named for the files a README shows (`org/figures`, `org/assets`) holds no training data.
const NOT_DATA_NAME = /^(?:assets?|figures?|images?|badges?|media|static|docs?)$/i;

// Asides where a README links other projects' work: citations, acknowledgements, news and changelogs.
const ASIDE_HEADING = /\b(?:citation|acknowledg\w*|related|news|updates?|changelog)\b/;

/** True when the line is in a list item (or a paragraph) whose first line starts with a date. */
function inDatedItem(doc: MarkdownDoc, line: number): boolean {
  let i = line - 1;
  for (let n = 0; n < MAX_ITEM_LINES && i > 0; n++, i--) {
    const text = doc.lines[i] ?? '';
    if (ITEM_START.test(text)) break;
    const above = doc.lines[i - 1] ?? '';
    if (above.trim() === '') break;
  }
  return DATED.test((doc.lines[i] ?? '').replace(ITEM_START, ''));
}

/**
 * "[Models](huggingface.co/EleutherAI/llemma_34b) | [Data](huggingface.co/datasets/EleutherAI/proof-pile-2)":
 * the top README links a Hub dataset published by the organisation that publishes the release's
 * models on the Hub, and says nothing that makes it a benchmark or a sample. A dataset the release's
 * own organisation publishes is documented on its card. An organisation linked only from dated news
 * items is not taken for the release's (they announce sibling projects as often), and the dataset
 * link must not be in code. A base model's organisation ("fine-tuned from meta-llama/…") rarely
 * publishes the release's data; the benchmark and sample tests below keep its sets out.
 */
export function ownHubDataset(doc: MarkdownDoc, path: string): Finding[] {
  const hubs = findHubLinks(doc.text);
  const orgs = new Set<string>();
  for (const h of hubs) {
    if (h.kind !== 'model' || h.hub !== 'huggingface' || inDatedItem(doc, h.line)) continue;
    orgs.add(h.repo.split('/')[0]?.toLowerCase() ?? '');
  }
  if (orgs.size === 0) return [];
  for (const h of hubs) {
    if (h.kind !== 'dataset' || h.hub !== 'huggingface' || doc.code[h.line - 1]) continue;
    const [org = '', name = ''] = h.repo.split('/');
    if (!orgs.has(org.toLowerCase()) || /\/resolve\//.test(h.url)) continue;
    // The line as written, less its addresses: an HTML badge's `alt='Benchmark'` says what the set is.
    const words = `${name.replace(/[_.-]+/g, ' ')} ${h.context.replace(/https?:\/\/[^\s)>'"]*/g, ' ')}`;
    if (NOT_DATA_NAME.test(name) || NOT_TRAINING_NAME.test(name) || NOT_TRAINING.test(words) || inDatedItem(doc, h.line)) continue;
    const heading = (s: Section): string => normalized(s.heading.text);
    if (holding(doc, h.line).some((s) => OFF_TOPIC_HEADING.test(heading(s)) || ASIDE_HEADING.test(heading(s)))) continue;
    const url = `https://huggingface.co/datasets/${h.repo}`;
    return [externalFinding(ID, path, h.line, 'own-hub-dataset', `${h.repo}, published by the organisation of the release's models (${url})`, url)];
  }
  return [];
}
