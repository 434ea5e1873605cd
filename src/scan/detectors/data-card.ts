// The outcome table and the test for a corpus its authors collected are in data-card-signals.ts, and the
// pointers to where the data is described (a paper, a data page) in src/scan/data-pointers.ts.
import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { demoteEvidence, emitterFor } from '../outcomes.js';
import { dataNamedOnly, describesOwnCorpus, OUTCOMES } from './data-card-signals.js';
import { checkpointDataLinked, corporaNamedAsPretrainingData, corpusPattern, ownHubDataset, dataPageLink, datasetConfigHeader, datasetInScriptHeader, dataStatementBesidePaper, hubDatasetFetched, isImageOrBadge, linkedDatasetPages, paperBesideData, publicDatasetLinked, publicDatasetPrepared, publicDatasetsListed, publicDatasetTrainedOn, sourceKey, trainingDatasetNamed } from '../data-pointers.js';
import { between, normalize, outermost, parseMarkdown, sectionHolding, type MarkdownDoc, type Section } from '../text/markdown.js';
import { bodyText, sectionText } from '../text/section-text.js';
import { memoText } from '../text/memo.js';
import { normalized } from '../text/normalized.js';
import { eachLineMatching, linesMatching } from '../text/lines.js';
import { countWords, describePlaceholder, isTemplatePath, placeholderMarkers, placeholderReason } from '../text/placeholder.js';
import { baseName, depthOf, lastExtension } from '../text/path-facts.js';
import { defineDetector } from '../define.js';

/*
 * A data card says what the model was trained on: where the data came from, how much of it, and
 * what was done to it. It can be a file of its own (DATASHEET.md, a dataset README, a Hugging Face
 * dataset card, Croissant JSON-LD, a PDF datasheet) or a substantial section of a larger document.
 * A one-paragraph "trained on 2T tokens of web data" is not one; neither is a template.
 */

const ID = 'data-card' as const;
const ENOUGH = 2;
const MAX_EXTERNAL = 3;
// A section shorter than this is a blurb, whatever it mentions.
const SECTION_MIN_WORDS = 30;
/** What `signalsOf` counts as a source when the text says how the data was collected. */
const COLLECTION = '(collection described)';
// An unlinked data section counts when it names its sources and this many processing steps, at this length.
const PIPELINE_STEPS = 3;
const PIPELINE_MIN_WORDS = 80;
// A pretraining-data sentence naming this many well-known public corpora is a data section without links.
const PUBLIC_CORPORA_NAMED = 3;
// Below this a PDF cannot hold a datasheet worth the name.
const PDF_MIN_BYTES = 1024;

interface Signals {
  sources: Set<string>;
  sizes: number;
  processing: Set<string>;
  /** Says under what terms the data was used ("licensed data", "CC-BY 4.0"). */
  licence: boolean;
  words: number;
}

const finding = emitterFor(OUTCOMES);

/** Named as a data card: DATASHEET.md, DATA_CARD.md, dataset_card.md, README_dataset.md. */
function isCardName(path: string): boolean {
  const b = baseName(path).toLowerCase();
  return /datasheet|data[_-]?set[_-]?card|data[_-]?card/.test(b) || /^readme[_-]?data(?:set)?s?\b/.test(b);
}

/** A README whose folder is a data folder (data/, datasets/, corpus/, pretrain_data/…). */
function isDataFolderReadme(path: string): boolean {
  if (!/^readme/i.test(baseName(path))) return false;
  const dir = path.split('/').slice(0, -1);
  const last = dir[dir.length - 1] ?? '';
  // A released dataset's own folder (`sav_dataset/`) too; sample, toy and eval data are not the training data.
  if (/^[a-z0-9]+[_-](?:dataset|datasets|corpus)$/i.test(last) && !/^(?:example|sample|test|toy|dummy|demo|eval|my|your|custom)[_-]/i.test(last)) return true;
  return /^(?:data|datasets?|corpus|corpora|data[_-]?(?:mix(?:es|tures?)?|sources|cards?|docs)|(?:pre[_-]?)?train(?:ing)?[_-](?:data|datasets?|corpus)|(?:sft|pretrain)[_-]data)$/i.test(last);
}

/**
 * Where a data section speaks for the release: top-level docs, files named for data or as model
 * cards, and project roots of a monorepo. A README deep in `scripts/tool/` documents that tool's data.
 */
function releaseLevelDoc(path: string): boolean {
  const b = baseName(path).toLowerCase();
  if (depthOf(path) <= 1 || /data|corpus|model[_-]?card/.test(b)) return true;
  if (/^(?:projects|models|apps|packages|recipes)\/[^/]+\/(?:docs\/)?[^/]+$/i.test(path)) return true;
  // The training guide of the package (`open_flamingo/train/README.md`) says what the release trained on.
  return /^(?:[^/]+\/)?(?:train|training|pre-?train(?:ing)?)\/readme\.md$/i.test(path);
}

/** Folders whose READMEs describe evaluation tasks or tutorials, not the training data. */
function isOffTopicTree(path: string): boolean {
  return /(?:^|\/)(?:tests?|testdata|fixtures|__tests__|examples?|tutorials?|notebooks?|cookbook|demos?|tasks|benchmarks?|evals?|evaluation|docs\/api)\//i.test(path);
}

function dataHeading(text: string): boolean {
  const n = normalized(text);
  if (n.split(' ').length > 6) return false;
  if (/(?:^|\s)(?:eval\w*|benchmarks?|test(?:ing)?|validation)(?=$|\s)/.test(n) && !/(?:^|\s)train/.test(n)) return false;
  if (/(?:^|\s)(?:data (?:efficient|driven|centric)|big data|parallel|parallelism|loader|loaders|dataloader|loading|types?|class|classes|collator|structures?|format|formats|your|you|custom|augmentation|transformations?|transforms?|privacy policy)(?=$|\s)/.test(n)) return false;
  // "Download the data" is a how-to; "Pre-training datasets download" offers the release's own training data.
  if (/(?:^|\s)(?:download|downloading)(?=$|\s)/.test(n) && !/(?:^|\s)pre ?train/.test(n)) return false;
  return /(?:^|\s)(?:data|dataset|datasets|datasheet|corpus|corpora|data mix|datamix|data mixture|composition|collection process|source data)(?=$|\s)/.test(n);
}

// Asked of every section of every Markdown candidate: once per distinct heading.
const isDataHeading = memoText(dataHeading);

function isCardTitle(text: string): boolean {
  return /(?:^|\s)(?:dataset card|data card|datasheet|data sheet)(?=$|\s)/.test(normalize(text));
}

function isPaperLink(url: string): boolean {
  return /^https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf)|aclanthology\.org|openreview\.net|(?:dx\.)?doi\.org)\//i.test(url);
}

/** Link text that names a publication, not a dataset: "paper", "our technical report", "arXiv". */
function paperWords(text: string): boolean {
  return text.trim() === '' || /^(?:the |our |this |accompanying |technical |tech )*(?:paper|preprint|report|publication|arxiv|article|here|link)s?$/i.test(text.trim());
}


function sizePattern(): RegExp {
  return /(?<![\w.])\d[\d,.]*\s?(?:[kmbt]|k|thousand|million|billion|trillion|mb|gb|tb|pb)?\s?(?:tokens?|words?|docs?|documents?|samples?|examples?|instances?|images?|hours?|pairs?|files?|characters?|chars?|records?|rows?|conversations?|dialogues?|pages?|books?|articles?|repositories|repos?|papers?|links|urls|domains|web ?pages|videos|clips|utterances|sentences|captions|masklets|frames|tb|gb|pb|bytes)\b/gi;
}

function compositionPattern(): RegExp {
  return /(?<![\w.])\d{1,3}(?:\.\d+)?\s?%|\b(?:data mix(?:ture)?|mixture|mixing ratio|sampling (?:ratio|rate|weight)s?|proportions?|curriculum|epochs? over|upsampl\w+|downsampl\w+)\b/gi;
}

function processingPattern(): RegExp {
  return /\b(filter(?:ed|ing|s)?|dedup\w*|de-dup\w*|deduplicat\w*|near-duplicates?|minhash|exact match removal|clean(?:ed|ing)?|quality (?:classifier|filter\w*|scor\w*|signals?)|language (?:id|identification|detection)|lang ?id|fasttext|toxic\w*|nsfw|pii|personal(?:ly identifiable)? (?:information|data)|decontaminat\w*|contaminat\w*|normali[sz]\w*|heuristic\w*|boilerplate|anonymi[sz]\w*|redact\w*|blocklist|blacklist|url filter\w*|perplexity (?:filter\w*|threshold)|discard\w*)\b/gi;
}

function collectionPattern(): RegExp {
  return /\b(?:collected (?:from|by|via)|crawled|scraped|obtained from|sourced from|downloaded from|snapshots? of|dumps? of|drawn from|taken from|licensed from|public(?:ly available)? (?:data|datasets?|sources?))\b/i;
}

function signalsOf(doc: MarkdownDoc, text: string, lines: [number, number]): Signals {
  const sources = new Set<string>();
  for (const l of between(doc.links, lines[0], lines[1])) {
    // "As discussed in [the accompanying paper](arxiv…)": where the data may be described, not a
    // source of it. A paper link named for a dataset ("[LVIS-Instruct-4V](arxiv…)") is one.
    if (isImageOrBadge(l.url) || (isPaperLink(l.url) && paperWords(l.text))) continue;
    sources.add(sourceKey(l.url));
  }
  const norm = normalize(text);
  for (const m of norm.matchAll(corpusPattern())) sources.add((m[1] ?? '').replace(/\s+/g, ''));
  if (collectionPattern().test(text)) sources.add(COLLECTION);
  const sizes = (text.match(sizePattern())?.length ?? 0) + (text.match(compositionPattern())?.length ?? 0);
  const processing = new Set<string>();
  for (const m of text.matchAll(processingPattern())) processing.add((m[1] ?? '').toLowerCase().slice(0, 6));
  const words = countWords(text);
  const licence = /\b(?:licen[cs]ed|licen[cs]es?|cc[- ]by(?:[- ]\w+)*|odc[- ]\w+|public domain|terms of (?:use|service)|permissive(?:ly)?)\b/i.test(text);
  return { sources, sizes, processing, licence, words };
}

function describe(s: Signals): string {
  const parts: string[] = [];
  if (s.sources.size) parts.push(`${s.sources.size} source(s)`);
  if (s.sizes) parts.push('sizes or mix');
  if (s.processing.size) parts.push('processing/filtering');
  if (s.licence) parts.push('licence terms');
  return parts.length ? parts.join(', ') : 'no sources, sizes or processing';
}

function linkedSource(s: Signals): boolean {
  return [...s.sources].some((x) => x.startsWith('http'));
}

/** sources and (sizes, processing or licence terms): what a reader needs to know what the model saw. */
function substantial(s: Signals, minSources: number): boolean {
  return s.sources.size >= minSources && (s.sizes > 0 || s.processing.size > 0 || s.licence);
}

/** "Training data", "Pretraining datasets", "Data used for training": the heading names the release's own data. */
function trainingDataHeading(text: string): boolean {
  return /\b(?:pre-?)?train(?:ing|ed)?\b/i.test(text) && !/\b(?:your|custom|own|prepar\w*|download\w*|format\w*|process\w*|tokeni[sz]\w*|run\w*|how)\b/i.test(text);
}

function hfDatasetFrontMatter(doc: MarkdownDoc): boolean {
  const d = doc.frontMatter?.data;
  if (!d) return false;
  const keys = Object.keys(d);
  if (keys.includes('dataset_info')) return true;
  const datasetKeys = ['task_categories', 'size_categories', 'configs', 'pretty_name', 'source_datasets', 'annotations_creators', 'language_creators', 'multilinguality', 'task_ids'];
  return keys.filter((k) => datasetKeys.includes(k)).length >= 2;
}

function externalLinks(doc: MarkdownDoc, path: string, within: readonly Section[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const l of doc.links) {
    if (out.length >= MAX_EXTERNAL) break;
    const m = /^https?:\/\/(?:www\.)?huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+|[\w.-]+)/i.exec(l.url);
    if (!m?.[1]) continue;
    const inSection = sectionHolding(within, l.line) !== undefined;
    // Judge the words around the link, not the URL ("…/datasets/org/corpus" says nothing).
    const lineText = (doc.lines[l.line - 1] ?? '').replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
    const evalContext = /\b(?:eval\w*|benchmark\w*|test set|leaderboard)\b/i.test(lineText);
    // "we train on", "pretraining dataset", "training corpus": the release's own data, not a tutorial's.
    // "filters used for StarCoder training", "we release the filtered issues dataset as part of [X]": the release's own data.
    const trainContext =
      /\b(?:pre-?train\w*|trained on|train on|training (?:data|dataset|corpus|set|mix\w*)|corpus|corpora|data ?mix\w*|mixture)\b/i.test(lineText) ||
      // "- Dataset: [org/set](…)", "数据集：…": a release's key line for its dataset.
      /^[\s*>_-]*(?:(?:pre-?)?training |fine-?tuning )?(?:data ?sets?|data|数据集|训练数据)[\s*_]*[:：]/i.test(lineText) ||
      /\bused (?:for|in) (?:[\w-]+ ){1,3}training\b|\bwe (?:release|publish)\w* (?:the |our )?(?:[\w-]+ ){0,3}(?:datasets?|data|corpus)\b/i.test(lineText) ||
      // "Training this for ~6h on ~1.7M samples of [the cauldron](…)": an amount of the linked set trained on.
      /\btrain\w*\b(?:[^.\n]|\.(?=\d)){0,80}\bon\b(?:[^.\n]|\.(?=\d)){0,30}\b(?:samples|examples|images|tokens|pairs|hours|documents) of\b/i.test(lineText);
    // "Let's go over a simple example…" a few lines up makes the list below it a tutorial's data.
    const lead = doc.lines.slice(Math.max(0, l.line - 4), l.line - 1).join(' ');
    const demoContext = /\b(?:example|sample|demo\w*|tutorial|toy|your own|custom\w*)\b/i.test(`${lead} ${lineText}`);
    if (demoContext || (!inSection && (!trainContext || evalContext))) continue;
    const key = m[1].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const url = `https://huggingface.co/datasets/${m[1]}`;
    out.push(finding('hf-dataset', path, l.line, `training data published on Hugging Face: ${m[1]} (its card is not verifiable here)`, url));
  }
  return out;
}

/** A link to where a dataset itself is published: a hub dataset page or a repository named for data. */
function isDatasetLink(url: string): boolean {
  return /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/|kaggle\.com\/datasets\/|zenodo\.org\/records?\/|github\.com\/[\w.-]+\/[\w.-]*(?:data|corpus|instruct|chat)[\w.-]*/i.test(url);
}

/**
 * "OpenLM 1B was trained on a 1.6T-token mix of RedPajama, Pile, S2ORC…", "fine-tune on a filtered
 * version of UltraChat (link), then DPO on UltraFeedback (link)": a paragraph outside any data section
 * that says what the model was trained on, naming two or more sources and how much or how they were
 * treated. Less than a data card, more than a blurb: evidence at a lower score.
 */
function trainingParagraphs(doc: MarkdownDoc, path: string, within: readonly Section[]): Finding[] {
  const out: Finding[] = [];
  // Paragraphs are runs of lines that are not blank, code or headings.
  const breaks = (i: number) => {
    const line = doc.lines[i];
    return line === undefined || line.trim() === '' || doc.code[i] === true || /^\s*#/.test(line);
  };
  // The statement never spans a line (`[^.\n]`): only the paragraphs holding a line that makes it are
  // read, found by one search of the text, not by a walk over every line of the file.
  const says = /\b(?:pre-?trained|trained|fine-?tun(?:ed|e|ing)|sft|dpo|training (?:data|corpus|mix\w*|set))\b[^.\n]{0,120}\b(?:on|with|using|from|consists?|comprises?)\b/i;
  let done = -1;
  for (const j of eachLineMatching(doc.text, says)) {
    if (j <= done || breaks(j)) continue;
    let a = j;
    while (a > 0 && !breaks(a - 1)) a--;
    let b = j + 1;
    while (b < doc.lines.length && !breaks(b)) b++;
    done = b;
    const from = a + 1;
    const to = b;
    if (sectionHolding(within, from) !== undefined) continue;
    const text = doc.lines.slice(from - 1, to).join('\n');
    const sources = new Set<string>();
    for (const l of between(doc.links, from, to)) if (isDatasetLink(l.url)) sources.add(l.url.toLowerCase().replace(/[#?].*$/, ''));
    for (const m of normalize(text).matchAll(corpusPattern())) sources.add((m[1] ?? '').replace(/\s+/g, ''));
    // The corpus test is cheap and rarely holds: the signals are read only for a paragraph that may count.
    if (sources.size < 2 && !describesOwnCorpus(text)) continue;
    const sig = signalsOf(doc, text, [from, to]);
    // A collected corpus must say how much; named sources, how much or how they were treated.
    if (sources.size < 2 ? sig.sizes === 0 : sig.sizes === 0 && sig.processing.size === 0 && !sig.licence && !/\b(?:filtered|preprocessed|cleaned|mix(?:ture)?|subset)\b/i.test(text)) continue;
    out.push(finding('data-paragraph', path, from, `paragraph ${sources.size >= 2 ? `names the training data: ${sources.size} source(s)` : 'describes a training corpus its authors collected'}${sig.sizes > 0 ? ', sizes or mix' : ''}${sig.processing.size > 0 ? ', processing/filtering' : ''}`));
    if (out.length >= 2) break;
  }
  return out;
}

/**
 * A Hugging Face model card's `datasets:` front matter names the datasets it was trained on: hub ids
 * (`org/name`) are external data cards, bare names are only related.
 */
function cardDatasets(doc: MarkdownDoc, path: string): Finding[] {
  const list = doc.frontMatter?.data?.datasets;
  if (!Array.isArray(list)) return [];
  const ids = list.filter((d): d is string => typeof d === 'string' && d.trim() !== '').slice(0, MAX_EXTERNAL);
  const line = doc.frontMatter?.keyLines.datasets ?? 1;
  const out: Finding[] = [];
  for (const id of ids) {
    if (/^[\w.-]+\/[\w.-]+$/.test(id)) {
      out.push(finding('card-datasets', path, line, `model card front matter names its training dataset ${id} on the Hugging Face Hub (its card is not verifiable here)`, `https://huggingface.co/datasets/${id}`));
    }
  }
  if (out.length === 0 && ids.length > 0) {
    out.push(finding('card-datasets-unhosted', path, line, `model card front matter names datasets (${ids.join(', ').slice(0, 120)}) but not where their cards are`));
  }
  return out;
}

/**
 * A training command in the docs (`python finetune.py --data_path org/name …`) names the hub dataset
 * the model was trained on: where its card lives. Only `org/name` ids count; a local path or a
 * placeholder ("your-org/your-data", "path/to/data") says nothing about what the release used.
 */
function commandDatasets(doc: MarkdownDoc, path: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const launch = /\b(?:python\d?|torchrun|accelerate|deepspeed)\b[^\n]*\b\w*(?:train|finetune|fine_tune|sft|dpo|pretrain)\w*(?:\.py|\b)/i;
  const flag = /--(?:data_path|data-path|dataset|dataset_name|dataset-name|datasets|train_data|train_file|data_name)[= ]\s*["']?([A-Za-z0-9][\w.-]*\/[\w.-]+)["']?/g;
  // The launch lines are found by searching the whole text, not by a test per line.
  let after = -1;
  for (const i of linesMatching(doc.text, launch)) {
    if (out.length >= MAX_EXTERNAL) break;
    if (i <= after || !doc.code[i]) continue;
    // A command continued over lines with `\`: read it to its end.
    let end = i;
    while (end + 1 < doc.lines.length && doc.code[end + 1] && /\\\s*$/.test(doc.lines[end] ?? '')) end++;
    for (let j = i; j <= end; j++) {
      for (const m of (doc.lines[j] ?? '').matchAll(flag)) {
        const id = m[1] ?? '';
        if (/\b(?:your|my|path|to|data|local|custom|example)\b/i.test(id.split('/')[0] ?? '') || /\.(?:jsonl?|csv|parquet|txt|arrow)$/i.test(id)) continue;
        const key = id.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(finding('command-dataset', path, j + 1, `the training command names its dataset ${id} on the Hugging Face Hub (its card is not verifiable here)`, `https://huggingface.co/datasets/${id}`));
      }
    }
    after = end;
  }
  return out;
}


/** A data card that only points at a paper's appendix: where the description lives, not a card. */
function paperPointer(doc: MarkdownDoc): { url: string; line: number } | undefined {
  return doc.links.find((l) => isPaperLink(l.url));
}

function placeholderSections(doc: MarkdownDoc): { total: number; placeholders: number } {
  let total = 0;
  let placeholders = 0;
  for (const s of doc.sections) {
    const end = s.ownEnd;
    const own = sectionText(doc, { start: s.start, end });
    // A heading whose text is all in its subsections ("## Uses" over "### Direct Use") is structure.
    if (end < s.end && own.trim() === '') continue;
    total++;
    if (placeholderReason(own)) placeholders++;
  }
  return { total, placeholders };
}

/** Speaks of test splits, evaluation and benchmarks several times and never of training. */
function evaluationOnly(text: string): boolean {
  if (/\b(?:pre-?)?train(?:s|ed|ing)?\b|\bfine-?tun\w*/i.test(text)) return false;
  return (text.match(/\b(?:test(?:[ -](?:clean|other|sets?|splits?))?|evaluat\w*|benchmarks?)\b/gi)?.length ?? 0) >= 3;
}

/** A whole file that sets out to be a data card. */
function wholeCard(file: FileContent, doc: MarkdownDoc, named: boolean): Finding[] {
  const path = file.path;
  const body = bodyText(doc);
  const title = doc.headings[0];
  const line = title && title.line <= (doc.frontMatter?.endLine ?? 0) + 10 ? title.line : 1;
  const p = placeholderReason(body);
  if (p?.kind === 'empty' && hfDatasetFrontMatter(doc)) {
    const at = doc.frontMatter?.keyLines.dataset_info ?? 1;
    return [finding('metadata-only', path, at, 'dataset card holds only YAML metadata: no description of sources or processing')];
  }
  if (p) {
    return [finding(p.kind === 'empty' ? (named ? 'empty' : 'empty-readme') : named ? 'placeholder-card' : 'placeholder-readme', path, line, `data card is ${describePlaceholder(p)}`)];
  }
  // A data folder's README about the test sets the model is scored on describes evaluation data.
  if (!named && evaluationOnly(body)) {
    return [finding('evaluation-data', path, line, 'describes the evaluation datasets (test splits, benchmarks), not the data the model was trained on')];
  }
  const ph = placeholderSections(doc);
  const sig = signalsOf(doc, body, [1, doc.lines.length]);
  const out: Finding[] = [];
  if (ph.total >= 3 && ph.placeholders * 2 >= ph.total && !substantial(sig, 2)) {
    return [finding(named ? 'placeholder-card' : 'placeholder', path, line, `${ph.placeholders} of ${ph.total} sections are placeholders ('[More Information Needed]', TODO)`)];
  }
  if (placeholderMarkers(body) > 0 && !substantial(sig, 2)) {
    return [finding(named ? 'placeholder-card' : 'placeholder', path, line, `data card still holds template placeholders and ${describe(sig)}`)];
  }
  // A data folder's README may document code (dataset classes, "ShareGPT format"): it must link a source.
  if (substantial(sig, named ? 1 : 2) && (named || linkedSource(sig))) {
    const all = sig.sizes > 0 && sig.processing.size > 0;
    out.push(finding(all ? 'data-card-complete' : 'data-card', path, line, `data card with ${describe(sig)}`));
  } else {
    const paper = named ? paperPointer(doc) : undefined;
    if (paper) out.push(finding('paper-data-card', path, paper.line, `data card points to the paper for the data description (${paper.url}); not verifiable here`, paper.url));
    else {
      // A data README that links its sources names the data without documenting it: thin evidence.
      // Formats it names ("ShareGPT or Alpaca format") are a code package's README.
      const kind = named ? 'thin' : linkedSource(sig) ? 'sources-readme' : 'thin-readme';
      out.push(finding(kind, path, line, `${named ? 'data card' : 'data README'} gives ${describe(sig)}${kind === 'sources-readme' ? ': not enough to document the data' : ''}`));
      if (kind === 'sources-readme') out.push(...publicDatasetsListed(doc, path));
    }
  }
  return out;
}

function sectionFindings(file: FileContent, doc: MarkdownDoc): { findings: Finding[]; sections: Section[] } {
  // A README's title names the project ("Finch: a Data-efficient LM"), not a section; a data.md's title is its topic.
  const single = doc.headings[0]?.level === 1 && doc.headings.filter((h) => h.level === 1).length === 1;
  const title = single && !/data|corpus/i.test(baseName(file.path)) ? doc.headings[0] : undefined;
  const data = doc.sections.filter((s) => s.heading !== title && isDataHeading(s.heading.text));
  const outer = outermost(data);
  const out: Finding[] = [];
  let weak = 0;
  for (const s of outer) {
    const text = sectionText(doc, s);
    const heading = s.heading.text.slice(0, 60);
    const p = placeholderReason(text);
    if (p) {
      // A section of commands ("# Prepare Dataset" over "## LJSpeech" and its code) has no prose, and is not empty.
      const commands = p.kind === 'empty' && doc.code.slice(s.start - 1, s.end).some(Boolean);
      if (!commands) out.push(finding('placeholder-section', file.path, s.heading.line, `section '${heading}' is ${describePlaceholder(p)}`));
      continue;
    }
    const sig = signalsOf(doc, text, [s.start, s.end]);
    // Prose about "publicly available data, filtered and deduplicated" without one link cannot be checked.
    const linked = linkedSource(sig);
    // A "Training data" section that links its sources names what the model saw, even without sizes.
    const namesTrainingData = trainingDataHeading(s.heading.text) && linked && sig.sources.size >= 2;
    // "Pre-Training Details › Data": sources named (not linked) with how they were filtered and
    // deduplicated, under a heading that says it is the model's training. Named counts, as for a reader.
    let underTraining = false;
    for (let o: Section | undefined = s; o && !underTraining; o = o.parent) underTraining = trainingDataHeading(o.heading.text);
    const describesPipeline = underTraining && sig.sources.size >= 2 && sig.processing.size >= PIPELINE_STEPS && sig.words >= PIPELINE_MIN_WORDS;
    // One in-house corpus that cannot be linked (GPT-2's WebText, with its published domain list) is
    // documented by a named source, its size and how it was collected or filtered, in the model card or
    // under a heading that says it is the training data. "Collected from the internet" alone names nothing.
    const named = [...sig.sources].some((x) => x !== COLLECTION);
    const describesCorpus =
      (underTraining || /model[_-]?card/i.test(baseName(file.path))) && named && sig.sizes > 0 && (sig.processing.size > 0 || sig.sources.has(COLLECTION)) && sig.words >= PIPELINE_MIN_WORDS;
    // "OpenELM was pretrained on public datasets: RefinedWeb, PILE, a subset of RedPajama and of Dolma":
    // three or more well-known public corpora, each documented by its publishers, named as the pretraining data.
    const namesPublicCorpora = corporaNamedAsPretrainingData(text) >= PUBLIC_CORPORA_NAMED;
    const pages = isOffTopicTree(file.path) ? undefined : linkedDatasetPages(sig.sources, text, between(doc.headings, s.heading.line + 1, s.end).length);
    if (sig.words >= SECTION_MIN_WORDS && ((substantial(sig, 2) && linked) || namesTrainingData || describesPipeline || describesCorpus || namesPublicCorpora)) {
      const all = sig.sizes > 0 && sig.processing.size > 0;
      // Examples and tests are demoted below with their own reason.
      if (releaseLevelDoc(file.path) || isOffTopicTree(file.path)) {
        out.push(finding(all ? 'data-section-complete' : substantial(sig, 2) ? 'data-section' : 'data-section-named', file.path, s.heading.line, `section '${heading}' documents the data: ${describe(sig)}`));
      } else {
        out.push(finding('nested-section', file.path, s.heading.line, `section '${heading}' in a nested README documents some data (${describe(sig)}); if it is the release's training data, name it in \`artifacts.data-card.paths\` of .openness.yml`));
      }
    } else if (pages) {
      out.push(finding('linked-datasets', file.path, s.heading.line, `section '${heading}' links ${pages.size} datasets it uses: their pages document them, not verifiable here`, between(doc.links, s.start, s.end).find((l) => pages.has(sourceKey(l.url)))?.url));
    } else if (weak++ < 2) {
      const why = sig.words < SECTION_MIN_WORDS ? `a ${sig.words}-word mention` : !linked && substantial(sig, 2) ? 'prose that links no source' : 'not enough to document the data';
      out.push(finding('blurb', file.path, s.heading.line, `section '${heading}' is ${why}: ${describe(sig)} (a data card needs linked sources plus sizes or processing)`));
    }
  }
  return { findings: out, sections: outer };
}

function croissant(file: FileContent): Finding[] {
  const text = file.text;
  // Without the Croissant vocabulary it is some other JSON (a dataset can be named "Croissant…").
  if (!/mlcommons\.org\/croissant/i.test(text)) return [];
  let data: Record<string, unknown> | undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
  } catch {
    data = undefined;
  }
  const at = text.search(/"conformsTo"|"@context"/);
  const line = at < 0 ? 1 : text.slice(0, at).split('\n').length;
  if (!data) {
    return file.truncated
      ? [finding('croissant-partial', file.path, line, 'Croissant dataset metadata (JSON-LD; read in part)')]
      : [finding('invalid-json', file.path, line, 'Croissant metadata is not valid JSON')];
  }
  const dist = Array.isArray(data.distribution) ? data.distribution.length : 0;
  const records = Array.isArray(data.recordSet) ? data.recordSet.length : 0;
  const description = typeof data.description === 'string' ? data.description : '';
  if (description && !placeholderReason(description) && (dist > 0 || records > 0)) {
    return [finding('croissant', file.path, line, `Croissant dataset metadata: ${dist} distribution file(s), ${records} record set(s)`)];
  }
  return [finding('thin', file.path, line, 'Croissant metadata without a description or distribution')];
}

function pdf(file: FileContent): Finding[] {
  if (!isCardName(file.path)) return [];
  if (file.lfsPointer) return [finding('pdf-datasheet-lfs', file.path, 1, 'PDF datasheet by name, stored in Git LFS (content not checked)')];
  if (file.size < PDF_MIN_BYTES) return [finding('empty-pdf', file.path, 1, `PDF datasheet is ${file.size} bytes: too small to hold one`)];
  return [finding('pdf-datasheet', file.path, 1, 'PDF datasheet by name (content not checked)')];
}

function markdown(file: FileContent, chosen: boolean): Finding[] {
  // A file the policy's `paths` names is the data card the user means, wherever it lives.
  const named = isCardName(file.path) || chosen;
  if (isTemplatePath(file.path)) {
    return named ? [finding('template', file.path, 1, 'a data card template, not a filled card')] : [];
  }
  if (file.text.trim() === '') return named ? [finding('empty', file.path, 1, 'data card is empty')] : [];
  const doc = parseMarkdown(file.text);
  const titled = doc.headings.slice(0, 2).some((h) => h.level <= 2 && isCardTitle(h.text));
  const out: Finding[] = [];
  let sections: Section[] = [];
  if (named || titled || hfDatasetFrontMatter(doc) || isDataFolderReadme(file.path)) {
    out.push(...wholeCard(file, doc, named || titled || hfDatasetFrontMatter(doc)));
  } else {
    const s = sectionFindings(file, doc);
    out.push(...s.findings);
    sections = s.sections;
    if (!out.some((f) => f.outcome === 'evidence') && releaseLevelDoc(file.path)) out.push(...trainingParagraphs(doc, file.path, s.sections));
  }
  // Said in so many words, even in a recipe's folder: the training data is described in the paper.
  if (!out.some((f) => f.outcome === 'evidence')) out.push(...paperBesideData(doc, file.path, sections));
  if (isOffTopicTree(file.path) && !chosen) {
    // An example's or an eval task's data notes are not the release's data card.
    // Nor are the datasets a tutorial links to.
    return demoteEvidence(out, 'in an example, test or eval folder');
  }
  out.push(...externalLinks(doc, file.path, sections));
  if (!out.some((f) => f.outcome === 'evidence')) out.push(...cardDatasets(doc, file.path));
  // Pointers to where the training data is published, most specific first; the first that finds one wins.
  const top = depthOf(file.path) === 0;
  const release = releaseLevelDoc(file.path);
  const pointers: ReadonlyArray<readonly [boolean, () => Finding[]]> = [
    [release, () => commandDatasets(doc, file.path)],
    [top, () => dataPageLink(doc, file.path)],
    [release, () => checkpointDataLinked(doc, file.path)],
    [top, () => publicDatasetTrainedOn(doc, file.path)],
    [top, () => hubDatasetFetched(doc, file.path)],
    [top, () => trainingDatasetNamed(doc, file.path)],
    // A training guide's or dataset guide's preparation steps too (`docs/train.md`, `datasets/DATASET.md`).
    [release || isDataFolderReadme(file.path), () => publicDatasetPrepared(doc, file.path, !top && !isDataFolderReadme(file.path))],
    [release, () => dataStatementBesidePaper(doc, file.text, file.path)],
    [top, () => publicDatasetLinked(doc, file.path)],
    [top, () => ownHubDataset(doc, file.path)],
  ];
  for (const [applies, find] of pointers) {
    if (out.some((f) => f.outcome === 'evidence' || f.outcome === 'external')) break;
    if (applies) out.push(...find());
  }
  const mention = release && !out.some((f) => f.outcome !== 'rejected') ? dataNamedOnly(doc) : undefined; // last: named, not described
  return mention ? [...out, finding('data-named', file.path, mention.line, `${mention.what}, but not what it is: no sources, sizes or processing`)] : out;
}

function rank(path: string): number | undefined {
  const b = baseName(path).toLowerCase();
  const e = lastExtension(path);
  // Backups and superseded copies (README.old.md) describe nothing current.
  if (/[._-](?:old|bak|orig|backup)(?:[._-]|$)/.test(b)) return undefined;
  // Scripts only name a dataset: read after every document, never in example, test or eval trees.
  if (e === 'py') return isOffTopicTree(path) ? undefined : 3;
  // A dataset config (`data/coco.yaml`) only names its dataset: read last too.
  if (e === 'yaml' || e === 'yml') return isOffTopicTree(path) ? undefined : 2;
  let r: number;
  if (isTemplatePath(path)) r = 5;
  else if (isCardName(path)) r = e === 'pdf' ? 70 : 100;
  else if (e === 'json' || e === 'jsonld') r = 90;
  else if (isDataFolderReadme(path)) r = 90;
  else if (/model[_-]?card/.test(b)) r = 60;
  else if (/^readme/.test(b)) r = depthOf(path) === 0 ? 65 : 45 - Math.min(depthOf(path), 10) * 3;
  else r = 55;
  if (isOffTopicTree(path) && !isCardName(path)) {
    // Eval-task and tutorial READMEs describe their own data; thousands of them are not worth reading.
    if (/^readme/.test(b) && /(?:^|\/)(?:tasks|benchmarks?|evals?|evaluation)\//i.test(path)) return undefined;
    r = Math.min(r, 10);
  }
  return r;
}

function check(file: FileContent, ctx: ScanContext): Finding[] {
  const e = lastExtension(file.path);
  if (e === 'pdf') return pdf(file);
  if (file.binary || file.lfsPointer) return [];
  if (e === 'json' || e === 'jsonld') return croissant(file);
  if (e === 'md' || e === 'markdown' || e === 'txt' || e === 'rst') return markdown(file, ctx.chosen?.(ID) === true);
  if (e === 'py') return datasetInScriptHeader(file);
  if (e === 'yaml' || e === 'yml') return datasetConfigHeader(file);
  return [];
}

export const dataCard: Detector = defineDetector({
  id: ID,
  globs: [
    '**/*datasheet*.{md,markdown,txt,rst,pdf}',
    '**/*data*card*.{md,markdown,txt,rst,pdf}',
    '**/readme*data*.md',
    '**/*README*.{md,markdown}',
    '**/*data*.md',
    '**/*model*card*.md',
    '**/*{modelcard,model_card,model-card}*/*.md',
    // Technical reports and training notes kept as Markdown often hold the data section.
    '**/{docs,doc}/*{report,train,pretrain,data}*.md',
    // An install guide's "Dataset preparation" section says where the public training data is got.
    '{INSTALL,Install,install,GETTING_STARTED,Getting_Started,getting_started}.md',
    '**/*croissant*.{json,jsonld}',
    // Data-preparation scripts, read last, for the Hub dataset their header names.
    // Not a source package's data modules (`src/pkg/data/*.py`): dataset classes name no Hub page.
    '**/*{prepar,preprocess,download}*.py',
    '{,dev/,scripts/,tools/}data/*.py',
    '{,dev/,scripts/,tools/}data/*/*.py',
    // YOLO-style dataset configs: the train split and where the dataset is published.
    '{,*/}data/*.{yaml,yml}',
    '**/*.jsonld',
  ],
  rank,
  check,
  enough: ENOUGH,
});
