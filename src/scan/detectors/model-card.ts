import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { defineOutcomes, demoteEvidence, emitterFor } from '../outcomes.js';
import { between, normalize, parseMarkdown, type Link, type MarkdownDoc, type Section } from '../text/markdown.js';
import { bodyText, sectionText } from '../text/section-text.js';
import { countWords, describePlaceholder, isTemplatePath, placeholderReason } from '../text/placeholder.js';
import { isEvalHeading } from './eval-results.js';
import { baseName, depthOf } from '../text/path-facts.js';
import { cardFacts } from '../facts.js';
import { bound, MAX_OPENERS_PER_ROW } from '../../domain/cost.js';
import { lastBefore, perLine } from '../text/per-line.js';
import { memoText } from '../text/memo.js';
import { normalized } from '../text/normalized.js';
import { defineDetector } from '../define.js';
import { externalFinding, isPaperUrl } from '../external.js';

/*
 * A model card tells users what the model is for, how it was made and where it fails. It is a
 * MODEL_CARD.md, a README with Hugging Face model-card front matter, or a README that carries the
 * usual card sections. An empty file, a template or a page of "[More Information Needed]" is not one.
 */

const ID = 'model-card' as const;
const ENOUGH = 2;
const MAX_EXTERNAL = 2;
// Hub models from this many organisations within a few lines are a catalogue of supported models.
const CATALOGUE_ORGS = 3;
const CATALOGUE_SPAN = 2;
// Lines above a link in a nested README read for whether it is the release's own model.
const LEAD_LINES = 6;
// A section this short says nothing ("## Limitations\nSee paper.").
const SECTION_MIN_WORDS = 8;
// Lines of an introduction read for what the models are.
const INTRO_LINES = 40;
// A card whose only content is front matter and a title is not a card.
const BODY_MIN_WORDS = 40;

type Kind = 'details' | 'uses' | 'limitations' | 'training' | 'evaluation' | 'howto' | 'license' | 'citation';
const CORE: readonly Kind[] = ['details', 'uses', 'limitations', 'training', 'evaluation'];

const OUTCOMES = defineOutcomes(ID, {
  'hf-front-matter-full': { outcome: 'evidence', weight: 90, code: 'hf-front-matter', label: 'card front matter, with uses or limitations among three card sections' },
  'hf-front-matter': { outcome: 'evidence', weight: 80, label: 'Hugging Face model-card front matter' },
  'model-card-full': { outcome: 'evidence', weight: 90, code: 'model-card', label: 'a model card with uses or limitations among three card sections' },
  'model-card': { outcome: 'evidence', weight: 80, label: 'a model card with two card sections' },
  'model-card-prose': { outcome: 'evidence', weight: 70, code: 'model-card', label: 'a model card of prose' },
  'card-sections': { outcome: 'evidence', weight: 70, label: 'a README with model-card sections' },
  'hf-model': { outcome: 'external', weight: 40, label: 'the model’s card on the Hugging Face Hub' },
  'partial-card': { outcome: 'weak', weight: 30, label: 'a README with some card sections' },
  empty: { outcome: 'rejected', weight: 60 },
  placeholder: { outcome: 'rejected', weight: 60, label: 'a card of placeholders' },
  thin: { outcome: 'rejected', weight: 55, label: 'a card with almost no content' },
  template: { outcome: 'rejected', weight: 30, label: 'a model card template' },
});

const finding = emitterFor(OUTCOMES);

function isCardName(path: string): boolean {
  const b = baseName(path).toLowerCase();
  const folder = (path.split('/').at(-2) ?? '').toLowerCase();
  return /model[_-]?card|modelcard/.test(b) || /^readme[_-]?model\b/.test(b) || /^(?:[\w-]+[_-])?model[_-]?card(?:s|\W*)$/.test(folder);
}

function isOffTopicTree(path: string): boolean {
  return /(?:^|\/)(?:tests?|testdata|fixtures|__tests__|examples?|tutorials?|notebooks?|cookbook|demos?)\//i.test(path);
}

function kindOf(heading: string): Kind | undefined {
  const n = normalized(heading);
  if (n.split(' ').length > 7) return undefined;
  const has = (re: RegExp): boolean => re.test(n);
  if (has(/(?:^|\s)(?:limitations?|bias|biases|risks?|ethical considerations?|ethics|safety|responsible ai|caveats?|known issues|disclaimer|out of scope)(?=$|\s)/)) return 'limitations';
  if (has(/(?:^|\s)(?:intended uses?|uses|direct use|downstream use|use ?cases?|intended users?|who can use|applications?|primary intended)(?=$|\s)/)) return 'uses';
  if (has(/(?:^|\s)(?:training data|training details|training procedure|training|pre ?training|pretraining|fine ?tuning details|training hyperparameters|training setup)(?=$|\s)/) && !has(/(?:^|\s)(?:run|how|launch|start)(?=$|\s)/)) return 'training';
  if (isEvalHeading(heading)) return 'evaluation';
  if (has(/(?:^|\s)(?:model details|model description|model summary|model overview|model information|model info|model architecture|architecture|model type|model specs?|specifications?|technical specifications|model sources)(?=$|\s)/)) return 'details';
  if (has(/(?:^|\s)(?:how to use|how to get started|quick ?start|usage|getting started|inference|example usage)(?=$|\s)/)) return 'howto';
  if (has(/(?:^|\s)licen[cs]e(?=$|\s)/)) return 'license';
  if (has(/(?:^|\s)(?:citation|citing|cite|bibtex)(?=$|\s)/)) return 'citation';
  return undefined;
}

// Asked of every section of every Markdown candidate: once per distinct heading.
const headingKind = memoText(kindOf);

const MODEL_KEYS = ['pipeline_tag', 'base_model', 'model-index', 'library_name', 'model_name', 'model_type', 'license_name', 'license_link', 'widget', 'inference'];
const DATASET_KEYS = ['dataset_info', 'task_categories', 'size_categories', 'configs', 'pretty_name', 'source_datasets', 'annotations_creators', 'multilinguality', 'task_ids'];

function modelFrontMatter(doc: MarkdownDoc): string[] | undefined {
  const d = doc.frontMatter?.data;
  if (!d) return undefined;
  const keys = Object.keys(d);
  if (keys.includes('dataset_info') || keys.filter((k) => DATASET_KEYS.includes(k)).length >= 2) return undefined;
  const model = keys.filter((k) => MODEL_KEYS.includes(k));
  if (model.length > 0) return keys;
  if (keys.includes('license') && keys.some((k) => ['tags', 'language', 'datasets', 'metrics'].includes(k))) return keys;
  return undefined;
}


interface CardSections {
  /** Core kinds with real content, each with the line of its first heading. */
  present: Map<Kind, number>;
  placeholders: number;
  total: number;
}

function cardSections(doc: MarkdownDoc): CardSections {
  const present = new Map<Kind, number>();
  let placeholders = 0;
  let total = 0;
  for (const s of doc.sections) {
    const kind = headingKind(s.heading.text) ?? (introducesModels(doc, s) ? 'details' : undefined);
    if (!kind) continue;
    total++;
    const text = sectionText(doc, s);
    const tables = between(doc.tables, s.heading.line + 1, s.end).length > 0;
    if (placeholderReason(text)) {
      placeholders++;
      continue;
    }
    if ((countWords(text, SECTION_MIN_WORDS) >= SECTION_MIN_WORDS || tables) && !present.has(kind)) present.set(kind, s.heading.line);
  }
  return { present, placeholders, total };
}

/**
 * "Introduction of M: a series of code models trained from scratch on 2T tokens … we provide sizes
 * from 1B to 33B": an introduction that says what the released models are is the card's details.
 * A framework's introduction ("train models up to 1T parameters") provides no models of given sizes.
 */
function introducesModels(doc: MarkdownDoc, s: Section): boolean {
  // Asked of every section whose heading is no card kind: the heading normalised once per distinct text.
  const heading = normalized(s.heading.text);
  if (!/(?:^|\s)(?:introduction|overview|about)(?=$|\s)/.test(heading) || heading.split(' ').length > 6) return false;
  const own = sectionText(doc, { start: s.start, end: Math.min(s.end, s.start + INTRO_LINES) });
  const sizes = /\b\d+(?:\.\d+)?\s?[BM]\b(?![\w-])/g;
  return (own.match(sizes)?.length ?? 0) >= 2 && /\b(?:we (?:provide|release|offer|open-source)|(?:are|is) (?:released|available|open-sourced)|offered in)\b/i.test(own) && /\b(?:trained|pre-?trained)\b/i.test(own);
}

function core(c: CardSections): Kind[] {
  return CORE.filter((k) => c.present.has(k));
}

/** A hub model page: `org/name` of a model repository, or an organisation's collection of them. */
function hubModel(url: string): string | undefined {
  const m =
    /^https?:\/\/(?:www\.)?huggingface\.co\/(?!datasets\/|spaces\/|docs\/|blog\/|papers\/|join|login|settings|models\?|search|tasks|learn|posts|organizations|collections\/)([\w.-]+\/[\w.-]+)\/?(?:$|[#?]|tree\/|blob\/)/i.exec(url) ??
    /^https?:\/\/(?:www\.)?huggingface\.co\/(collections\/[\w.-]+\/[\w.-]+)\/?(?:$|[#?])/i.exec(url);
  if (!m?.[1] || /\.(?:png|jpe?g|gif|svg|webp)$/i.test(m[1])) return undefined;
  return m[1];
}

/**
 * Hub pages of the release's own models: their cards live there. Not a table of models from many
 * organisations (a framework's supported-models list), nor a model the reader downloads to start
 * from (a base model, the weights of a download section).
 */
function externalLinks(doc: MarkdownDoc, path: string, own?: (text: string) => boolean): Finding[] {
  const models = hubModelLinks(doc);
  // A table or list of models from several organisations around a link: a catalogue.
  const near = (line: number) => new Set(between(models, line - CATALOGUE_SPAN, line + CATALOGUE_SPAN).map((x) => x.org)).size >= CATALOGUE_ORGS;
  // A table whose rows link the pages of several sites or hub organisations (papers, blogs, other
  // labs' cards): a list of supported models, even when only one row points at the hub.
  const sourceOf = (url: string) => {
    const repo = hubModel(url);
    return repo ? `hf:${orgOfRepo(repo)}` : (/^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(url)?.[1] ?? url).toLowerCase();
  };
  // Each table is judged once and its lines marked: asking every link of every table cost links × tables.
  let catalogueRows: Uint8Array | undefined;
  const inCatalogueTable = (line: number) => {
    if (!catalogueRows) {
      catalogueRows = new Uint8Array(doc.lines.length + 2);
      for (const t of doc.tables) {
        if (new Set(between(doc.links, t.line, t.endLine).map((l) => sourceOf(l.url))).size >= CATALOGUE_ORGS) catalogueRows.fill(1, t.line, t.endLine + 1);
      }
    }
    return catalogueRows[line] === 1;
  };
  // What a link's line and the heading above it say is read once per line, not once per link.
  const headingAbove = (line: number) => lastBefore(doc.headings, line)?.text ?? '';
  const lineSays = perLine((text, line) => {
    const heading = headingAbove(line);
    const lead = () => doc.lines.slice(Math.max(0, line - 1 - LEAD_LINES), line).join(' ');
    return {
      heading,
      // Every phrase of the base-model test holds one of these words whole: without one, no link of the line can match.
      mayNameBase: /base|start|initiali|fine/i.test(`${heading} ${text}`),
      skip: /\bdownload\w*\b/i.test(heading) || near(line) || inCatalogueTable(line) || (own !== undefined && !own(`${heading} ${lead()}`)),
    };
  });
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { link: l, repo } of models) {
    if (out.length >= MAX_EXTERNAL) break;
    const key = repo.toLowerCase();
    if (seen.has(key)) continue;
    const line = doc.lines[l.line - 1] ?? '';
    const says = lineSays(l.line, line);
    // Under a "Download" heading the page is where weights are fetched; "Weights: <link> (download with …)" in prose is still the model's page.
    if (says.skip) continue;
    // The link's own words ("[Model Download]") name the page; the sentence around it says what it is for.
    if (says.mayNameBase && /\b(?:base models?|start(?:s|ed|ing)? from|initiali[sz]ed from|fine-?tun\w* one of)\b/i.test(`${says.heading} ${line.replace(l.text, ' ')}`)) continue;
    if (repo.startsWith('collections/') && !/\b(?:models?|checkpoints?|weights)\b/i.test(`${l.text} ${line}`)) continue;
    seen.add(key);
    out.push(finding('hf-model', path, l.line, `model published on Hugging Face with its card: ${repo} (not verifiable here)`, `https://huggingface.co/${repo}`));
  }
  return out;
}

/**
 * "[Model card](https://…/model_card_4)": the README links the page where the model's card is
 * published (a vendor's docs page, a model card on another host). Not a paper about model cards, not
 * documentation on how to write one, not a row of a table of other labs' models.
 */
function modelCardPage(doc: MarkdownDoc, path: string): Finding[] {
  let inTable: Uint8Array | undefined;
  for (const l of doc.links) {
    if (!/^https?:\/\//i.test(l.url) || isPaperUrl(l.url)) continue;
    if (!/model[_-]?cards?(?:[_-]?\w{0,12})?(?:[/#?.]|$)/i.test(l.url) && !/^\W*model cards?\W*$/i.test(l.text)) continue;
    if (/\/docs\/hub\/|\bhow[_-]to\b|guide|template/i.test(l.url)) continue;
    // Marked once, when first needed: asking every table about every link costs links × tables.
    inTable ??= tableLines(doc);
    if (inTable[l.line] === 1) continue;
    return [externalFinding(ID, path, l.line, 'model-card-page', l.url, l.url)];
  }
  return [];
}

function tableLines(doc: MarkdownDoc): Uint8Array {
  const mask = new Uint8Array(doc.lines.length + 2);
  for (const t of doc.tables) mask.fill(1, t.line, t.endLine + 1);
  return mask;
}

/**
 * The links to hub model pages, at most MAX_OPENERS_PER_ROW of one row: each is judged by its whole
 * row, so a row of thousands of links would be read once per link.
 */
function hubModelLinks(doc: MarkdownDoc): { link: Link; repo: string; org: string; line: number }[] {
  const out: { link: Link; repo: string; org: string; line: number }[] = [];
  let row = -1;
  let onRow = 0;
  for (const link of doc.links) {
    const repo = hubModel(link.url);
    if (repo === undefined) continue;
    onRow = link.line === row ? onRow + 1 : 1;
    row = link.line;
    if (onRow > MAX_OPENERS_PER_ROW) {
      bound(`more than ${MAX_OPENERS_PER_ROW} hub model links on one row`);
      continue;
    }
    out.push({ link, repo, org: orgOfRepo(repo), line: link.line });
  }
  return out;
}

function orgOfRepo(repo: string): string {
  // The segment before the repository's name, cut out rather than split for: asked of every hub link.
  const start = repo.startsWith('collections/') ? 'collections/'.length : 0;
  const end = repo.indexOf('/', start);
  return repo.slice(start, end < 0 ? undefined : end).toLowerCase();
}

/** A nested README (a recipe, a model's example) speaks of the release's own models, not a demo's. */
function releasesModel(text: string): boolean {
  // "run inference with our fine-tuned [X](…)", "the code used for training [X](…)": a model this repository made.
  return /\b(?:release[sd]?|open-sourc\w*|publicly available|our (?:models?|checkpoints?|(?:fine-?tuned|trained|pre-?trained)\b)|model card|(?:code|scripts?) used (?:for|to) (?:train|fine-?tun)\w*)\b/i.test(text);
}

function list(kinds: readonly Kind[]): string {
  return kinds.map((k) => (k === 'uses' ? 'intended use' : k)).join(', ');
}

/** The top README's own "## Model Card" section, holding a table of the released checkpoints (size, data, training). */
function cardSectionWithTable(doc: MarkdownDoc, path: string): Section | undefined {
  if (depthOf(path) !== 0) return undefined;
  return doc.sections.find((s) => /^model cards?$/.test(normalize(s.heading.text)) && doc.tables.some((t) => t.line > s.heading.line && t.line <= s.end));
}

function check(file: FileContent): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  const path = file.path;
  const named = isCardName(path);
  if (isTemplatePath(path)) return named ? [finding('template', path, 1, 'a model card template, not a filled card')] : [];
  if (file.text.trim() === '') return named ? [finding('empty', path, 1, 'model card is empty')] : [];

  const doc = parseMarkdown(file.text);
  // The whole body is read only for a dedicated card or for facts of evidence, not for every README.
  let bodyOnce: string | undefined;
  const body = () => (bodyOnce ??= bodyText(doc));
  const fmKeys = modelFrontMatter(doc);
  const titleLine = doc.headings[0] && doc.headings[0].line <= 15 ? doc.headings[0].line : 1;
  const titled = doc.headings.slice(0, 2).some((h) => /(?:^|\s)model card(?=$|\s)/.test(normalize(h.text)));
  const dedicated = named || titled;
  const out: Finding[] = [];

  const c = cardSections(doc);
  const kinds = core(c);

  if (dedicated || fmKeys) {
    const p = placeholderReason(body());
    const bodyWords = countWords(body());
    const line = fmKeys ? 1 : titleLine;
    const what = dedicated ? (fmKeys ? 'model card with Hugging Face front matter' : 'model card') : 'README with Hugging Face model-card front matter';
    if (p) {
      out.push(finding(p.kind === 'empty' ? 'empty' : 'placeholder', path, line, `${what} is ${describePlaceholder(p)}`));
    } else if (c.total >= 3 && c.placeholders * 2 >= c.total && kinds.length < 2) {
      out.push(finding('placeholder', path, line, `${c.placeholders} of ${c.total} card sections are placeholders ('[More Information Needed]', TODO)`));
    } else if (kinds.length >= 2 || bodyWords >= BODY_MIN_WORDS) {
      const full = kinds.length >= 3 && (kinds.includes('uses') || kinds.includes('limitations'));
      const kind = fmKeys ? (full ? 'hf-front-matter-full' : 'hf-front-matter') : full ? 'model-card-full' : kinds.length >= 2 ? 'model-card' : 'model-card-prose';
      const keys = fmKeys ? ` (${fmKeys.filter((k) => MODEL_KEYS.includes(k) || k === 'license').slice(0, 4).join(', ')})` : '';
      const sections = kinds.length ? `; sections: ${list(kinds)}` : '';
      out.push({ ...finding(kind, path, line, `${what}${keys}${sections}`), facts: { card: cardFacts(doc, body()) } });
    } else {
      out.push(finding('thin', path, line, `${what} has almost no content (${bodyWords} words, no substantive card sections)`));
    }
  } else {
    const judging = kinds.includes('uses') || kinds.includes('limitations') || kinds.includes('details');
    let tableCard: Section | undefined;
    if (kinds.length >= 3 && judging) {
      const line = c.present.get(kinds[0] ?? 'details') ?? 1;
      out.push({ ...finding('card-sections', path, line, `README with model-card sections: ${list(kinds)}`), facts: { card: cardFacts(doc, body()) } });
    } else if ((tableCard = cardSectionWithTable(doc, path))) {
      out.push({ ...finding('model-card-prose', path, tableCard.heading.line, `README section '${tableCard.heading.text.slice(0, 40)}' describes the released models in a table`), facts: { card: cardFacts(doc, body()) } });
    } else if (kinds.length >= 2) {
      const line = c.present.get(kinds[0] ?? 'details') ?? 1;
      const missing = (['uses', 'limitations'] as Kind[]).filter((k) => !kinds.includes(k));
      out.push(finding('partial-card', path, line, `README has some model-card sections (${list(kinds)}) but no ${list(missing).replace(', ', ' or ')}`));
    }
  }

  if (!out.some((f) => f.outcome === 'evidence')) {
    if (depthOf(path) === 0) out.push(...externalLinks(doc, path), ...modelCardPage(doc, path));
    else if (/^readme/i.test(baseName(path)) && !/(?:^|\/)(?:tests?|testdata|fixtures|__tests__|docs?)\//i.test(path)) out.push(...externalLinks(doc, path, releasesModel));
  }
  if (isOffTopicTree(path)) {
    return demoteEvidence(out, 'in an example or test folder');
  }
  return out;
}

function rank(path: string): number | undefined {
  const b = baseName(path).toLowerCase();
  if (/[._-](?:old|bak|orig|backup)(?:[._-]|$)/.test(b)) return undefined;
  // Per-task or per-benchmark READMEs of a harness describe benchmarks, never the model.
  if (!isCardName(path) && /(?:^|\/)(?:tasks|benchmarks?)\//i.test(path)) return undefined;
  let r: number;
  if (isTemplatePath(path)) r = 5;
  else if (isCardName(path)) r = 100;
  else if (/^readme/.test(b)) r = depthOf(path) === 0 ? 85 : 60 - Math.min(depthOf(path), 10) * 3;
  else if (/(?:^|\/)(?:models?|model_cards|cards)\//i.test(path)) r = 65;
  else r = 50;
  if (isOffTopicTree(path)) r = Math.min(r, 10);
  return r;
}

export const modelCard: Detector = defineDetector({
  id: ID,
  // A card kept as a folder of pages (`nv-modelcard++/overview.md`) too.
  globs: ['**/*model*card*.{md,markdown}', '**/modelcard*.md', '**/*README*.{md,markdown}', '**/models/**/*.md', '**/model_cards/**/*.md', '**/*{modelcard,model_card,model-card}*/*.md'],
  rank,
  check,
  enough: ENOUGH,
});
