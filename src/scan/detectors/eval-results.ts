/* eslint-disable max-lines -- Over 450 lines, left whole for now: the eval-results rules (tables, harness JSON, model-index, held-out loss, external results) share one metric vocabulary, and detection work on them continues (issue 12). */
import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { defineOutcomes, demoteEvidence, emit, emitterFor } from '../outcomes.js';
import { between, cellNumber, holding, normalize, outermost, parseMarkdown, sectionHolding, type MarkdownDoc, type Section, type Table } from '../text/markdown.js';
import { sectionText } from '../text/section-text.js';
import { isTemplatePath, placeholderReason } from '../text/placeholder.js';
import { baseName, depthOf, lastExtension } from '../text/path-facts.js';
import { findHubLinks, findPaperRefs } from '../text/references.js';
import { lastBefore, perLine } from '../text/per-line.js';
import { eachLineMatching, linesMatching } from '../text/lines.js';
import { memoText } from '../text/memo.js';
import { normalized } from '../text/normalized.js';
import { harnessMetrics, modelIndexMetrics } from '../facts.js';
import { defineDetector } from '../define.js';
import { externalFinding, releasesModel } from '../external.js';
import { judgeSignals, type SignalTable } from '../kit.js';
import { linkWords } from '../text/references.js';

/*
 * Evaluation results are numbers: scores of a model on named benchmarks or metrics. Harness code,
 * task lists, methodology notes, training-loss logs and throughput tables look related but hold no
 * scores, so they are reported as look-alikes with the reason.
 */

const ID = 'eval-results' as const;

// Past this many strong findings the artifact is clearly present; thousands of per-task JSONs stay unread.
const ENOUGH = 3;
const JSON_MAX_NODES = 20_000;
const JSON_MAX_DEPTH = 8;
const CSV_MAX_ROWS = 300;
const MAX_TABLE_FINDINGS = 3;

// Benchmark names whose mention in a README is read as the README speaking of evaluation.
const BENCHMARK_NAMES = String.raw`mmlu(?: ?pro| redux)?|[cjk]mmlu|c ?eval|gsm ?8k|m?gsm8k|math(?: ?500)?|minerva(?: math)?|hella ?swag|wino ?grande|arc(?: [ec]| easy| challenge| agi)?|piqa|siqa|social ?iqa|boolq|openbook ?qa|obqa|trivia ?qa|natural ?questions|nq(?: open)?|truthful ?qa(?: mc[12])?|human ?eval\+?(?:@\d+)?|mbpp\+?(?:@\d+)?|bbh|big ?bench(?: hard)?|agi ?eval|drop|lambada(?: openai)?|race(?: middle| high| [mh])?|squad(?: ?v?2(?:\.0)?)?|quac|csqa|commonsense ?qa|story ?cloze|xstory ?cloze|x?copa|wic|wsc(?:273)?|rte|mnli|sst ?2|glue|super ?glue|gpqa(?: diamond)?|ifeval|alpaca ?eval(?: ?2(?:\.0)?)?|mt ?bench|arena ?hard|live ?bench|live ?code ?bench|mmmu|math ?vista|doc ?vqa|text ?vqa|chart ?qa|vqa ?v?2|ok ?vqa|gqa|mm ?bench|seed ?bench|pope|mme|ai2d|nocaps|flickr30k|coco|imagenet(?: ?1k| ?21k| ?v2| ?r| ?a| ?sketch)?|in ?1k|in ?21k|cifar ?10{1,2}|k ?[467]00|kinetics(?: ?[467]00)?|esc(?: ?50)?|audio ?set|nyu ?d(?:epth)?(?: ?v2)?|llvip|ego ?4d|ade ?20k|cityscapes|pascal ?voc|lvis|ucf ?101|hmdb ?51|ssv2|msr ?vtt|davis(?: ?201[67])?|youtube ?vos|mose|sa ?v (?:val|test)|vgg ?sound|clotho|audio ?caps|libri ?speech(?: test ?clean| test ?other)?|common ?voice|fleurs|wmt ?\d{0,2}|flores(?: ?200)?|xnli|tydi ?qa|wikitext(?: ?103| ?2)?|ruler|long ?bench|needle|sciq|logi ?qa|math ?qa|aime(?: ?2[45])?|swe ?bench(?: verified)?|ds ?1000|multipl e|crux ?eval|bfcl|tau ?bench|musr|med ?qa|pubmed ?qa|head ?qa|belebele|paws x?|anli(?: r[123])?|blimp|crows ?pairs|toxigen|bbq|real ?toxicity ?prompts|hle|simple ?qa|mathbench|cruxeval|evalplus|humaneval x|ceval|c3|cluewsc(?: ?20(?:20)?)?|chid|tnews|iflytek|afqmc|[co]mnli|ocnli|cmrc|lcsts|xsum|cnn ?dm|natural ?instructions`;

// Names that head score columns but, several being training sets as often (KITTI, AISHELL, RefCOCO),
// do not by their mention say a README speaks of evaluation.
const DATASET_BENCHMARK_NAMES = String.raw`ref ?coco(?: ?\+|g)?|science ?qa(?: img)?|viz ?wiz(?: vqa)?|text ?caps|mm ?vet|llava ?bench|math ?verse|ocr ?bench|real ?world ?qa|hallusion ?bench|mm ?star|ego ?schema|mv ?bench|video ?mme|next ?qa|activity ?net(?: qa)?|msvd(?: qa)?|tgif(?: qa)?|code ?contests|svamp|asdiv|mawps|theorem ?qa|olympiad ?bench|minif2f|aishell(?: ?[12])?|places ?365|inaturalist(?: ?20\d\d)?|objectnet|food ?101|sun ?397|eurosat|gtsrb|flowers ?102|caltech ?101|kitti|nuscenes|scannet|sintel|beir|mteb|gaokao(?: bench)?`;

function buildBenchmarkPattern(names = `${BENCHMARK_NAMES}|${DATASET_BENCHMARK_NAMES}`): RegExp {
  return new RegExp(`(?:^|\\s)(?:${names})(?=$|\\s|@|\\+)`);
}

/**
 * Held-out loss and perplexity are evaluation results (the Trainer card's "Validation Loss" column, a
 * checkpoint table of validation perplexity, `eval_loss` in eval_results.json); training loss is a
 * training log. One rule for tables and JSON alike.
 */
const HELD_OUT = '(?:validation|valid|val|eval|evaluation|test|held ?out|dev) (?:loss|nll|ppl|perplexity|bpb)';

function buildMetricPattern(): RegExp {
  return new RegExp(`(?:^|\\s)(?:${HELD_OUT}|${METRIC_NAMES})(?=$|\\s|@)`);
}

const METRIC_NAMES = String.raw`acc(?:uracy)?(?: norm)?|f1|em|exact match|bleu(?: ?\d)?|sacrebleu|rouge(?: ?[12l]| ?lsum)?|pass@\d{1,3}|ppl|perplexity|bpb|bits per byte|score|scores|win ?rate|lc win ?rate|elo|mc[12]|auc|auroc|wer|cer|cider|spice|meteor|chrf\+{0,2}|top ?[15](?: acc(?:uracy)?)?|acc ?@? ?[15]|mrr|ndcg(?:@\d+)?|recall@\d+|map@?\d*|m?iou|ap(?:50|75)?|j ?f|j and f|fid|fvd|clip ?score|psnr|ssim|lpips|mos|utmos|error|errors|mpjpe|pa mpjpe|epe|mae|rmse|eer|dice|spearman|pearson|kendall(?: tau)?|hr@\d+|hits?@\d+|si ?snri?|si ?sdri?|sdri?|pesq|stoi|visqol|mcd|mot[ap]|idf1|hota|assa|deta|designability|diversity|novelty|sc ?rmsd|rmsd|tm ?score|p?lddt|gdt(?: ts| ha)?|success ?rate|precision|recall|average|avg|mean|overall`;

/** Columns and rows whose numbers are settings or sizes, not scores. */
function buildNonScorePattern(): RegExp {
  return /(?:^|\s)(?:#|n|k|num|number of)?\s?(?:shots?|n ?shots?|few ?shots?|fewshot|k ?shots?|num fewshot|params|parameters|#? ?params|size|model size|tokens|train(?:ing)? tokens|tokens seen|context(?: length| window)?|seq(?:uence)? len(?:gth)?|length|batch|version|year|date|step|steps|iteration|epochs?|layers|hidden|heads|samples|n samples|count|examples|#? ?examples|docs|documents|words|chars|characters|share|weight|proportion|ratio|percentage|stderr|std|stdev|lr|learning rate|release|license|rank|id|questions|#? ?questions|problems|instances|test size|dev size|train size|split)(?=$|\s)/;
}

function buildPerfPattern(): RegExp {
  return /(?:^|\s)(?:throughput|tokens?\/s(?:ec)?|tok\/s|tokens per second|tokens sec|tps|samples\/s(?:ec)?|it\/s|latency|ttft|tpot|mfu|hfu|t?flops|gflops|tflops\/gpu|memory|vram|gpu mem(?:ory)?|speed ?up|speed|wall ?clock|time|runtime|seconds|ms|qps|req(?:uests)?\/s|batch ?size|batch ?=? ?\d+|gpu hours|gpus?|nodes|timing|iteration timing(?: avg)?|loss|training loss|train loss|lm loss|grad norm|learning rate|lr)(?=$|\s)/;
}

function buildEvalHeadingPattern(): RegExp {
  // Chinese headings have no spaces between words: "模型效果评估", "CLUE 评测结果".
  return /(?:^|\s)(?:eval|evals|evaluation|evaluations|evaluating|results?|benchmarks?|benchmarking|behchmarks|leaderboard|scores?|performance|metrics|model performance|comparison|comparisons)(?=$|\s)|评测|评估|测评|结果|性能|基准测试|榜单/;
}

interface Vocab {
  benchmark: RegExp;
  /** Benchmarks whose mention says a text speaks of evaluation. */
  evalBenchmark: RegExp;
  metric: RegExp;
  nonScore: RegExp;
  perf: RegExp;
  evalHeading: RegExp;
}

let vocabCache: Vocab | undefined;

/** Compiled on first use, then shared: none of these patterns is global or sticky, so reuse is safe. */
function vocab(): Vocab {
  vocabCache ??= {
    benchmark: buildBenchmarkPattern(),
    evalBenchmark: buildBenchmarkPattern(BENCHMARK_NAMES),
    metric: buildMetricPattern(),
    nonScore: buildNonScorePattern(),
    perf: buildPerfPattern(),
    evalHeading: buildEvalHeadingPattern(),
  };
  return vocabCache;
}

/** A Markdown heading that announces evaluation results (used by the model-card detector too). */
export function isEvalHeading(text: string): boolean {
  const n = normalized(text);
  // Long headings are titles or sentences ("… with Stellar Performance"), not a results section.
  return n.split(' ').length <= 6 && vocab().evalHeading.test(n);
}

/** "Evaluation", "Results", "Benchmarks": a section a reader expects scores in ("Performance tips" is not). */
function promisesResults(text: string): boolean {
  return /(?:^|\s)(?:eval|evals|evaluation|evaluations|results?|benchmarks?|behchmarks|leaderboard|scores?)(?=$|\s)|评测|评估|测评|结果|榜单/.test(normalized(text));
}

/** "state-of-the-art", "outperforms": a claim a reader would want numbers for. */
function claimsResults(text: string): boolean {
  return /\b(?:state[- ]of[- ]the[- ]art|sota|outperform\w*|surpass\w*|beats?|leads?|best|competitive|results)\b/i.test(text);
}

/** Headings of how-to sections ("Run accuracy benchmark", "How to evaluate"): no results are promised. */
function isInstructionHeading(text: string): boolean {
  return /(?:^|\s)(?:run|running|evaluating|how|reproduce|reproducing|setup|set up|install|installation|usage|prepare|preparing|launch|adding|add|creating|create|compile|requirements|step|tuning|tips|optimi[sz]ation)(?=$|\s)/.test(normalized(text));
}

const OUTCOMES = defineOutcomes(ID, {
  'model-index': { outcome: 'evidence', weight: 90, label: 'model-index front matter with metric values' },
  'harness-results': { outcome: 'evidence', weight: 90, label: 'an evaluation-harness results JSON' },
  'harness-results-partial': { outcome: 'evidence', weight: 80, code: 'harness-results', label: 'the head of a harness results JSON' },
  'score-table': { outcome: 'evidence', weight: 75, parts: { underResults: 10 }, label: 'a table of benchmark scores; under a results heading or in a results file adds' },
  'heldout-table': { outcome: 'evidence', weight: 75, parts: { underResults: 10 }, code: 'heldout-loss', label: 'a table of held-out loss or perplexity' },
  'csv-scores': { outcome: 'evidence', weight: 80, label: 'a CSV/TSV score table' },
  'json-scores': { outcome: 'evidence', weight: 70, parts: { named: 10 }, label: 'JSON with evaluation scores; a results name adds' },
  'heldout-json': { outcome: 'evidence', weight: 70, parts: { named: 10 }, code: 'heldout-loss', label: 'JSON with held-out loss or perplexity' },
  'external-results': { outcome: 'external', weight: 45, label: 'scores on a leaderboard, run report or results page' },
  'paper-results': { outcome: 'external', weight: 40, label: 'the release’s own paper carries the evaluation' },
  'model-card-results': { outcome: 'external', weight: 35, label: 'the model card on the Hub carries the evaluation' },
  'paper-unstated': { outcome: 'weak', weight: 30, code: 'paper-results', label: 'the release’s own paper, where the README never speaks of evaluation' },
  'score-claim': { outcome: 'evidence', weight: 60, label: 'a sentence giving the score of a named measure' },
  'scores-in-prose': { outcome: 'weak', weight: 40, label: 'scores quoted in prose' },
  'scores-as-images': { outcome: 'weak', weight: 35, label: 'results shown only as images' },
  'harness-fixture': { outcome: 'weak', weight: 30, code: 'harness-results', label: 'a harness results JSON in a test tree' },
  'test-fixture': { outcome: 'weak', weight: 30, label: 'scores in a test fixture' },
  'model-index-empty': { outcome: 'rejected', weight: 55, label: 'model-index without values' },
  placeholder: { outcome: 'rejected', weight: 55, label: 'a results file that is a placeholder' },
  'no-scores-file': { outcome: 'rejected', weight: 55, code: 'no-scores', label: 'a file named for results holding none' },
  'empty-results': { outcome: 'rejected', weight: 55, code: 'empty', label: 'an empty file named for results' },
  'empty-table': { outcome: 'rejected', weight: 50, code: 'empty', label: 'an empty score table file' },
  unparsable: { outcome: 'rejected', weight: 40, label: 'a results file that is not JSON' },
  'no-scores': { outcome: 'rejected', weight: 35, label: 'a results file or table without scores' },
  'task-list': { outcome: 'rejected', weight: 35, label: 'a list of benchmarks without scores' },
  throughput: { outcome: 'rejected', weight: 35, label: 'a throughput/latency table' },
  'no-scores-section': { outcome: 'rejected', weight: 30, code: 'no-scores', label: 'a results section without scores' },
  'training-metrics': { outcome: 'rejected', weight: 30, label: 'training or throughput metrics' },
  empty: { outcome: 'rejected', weight: 30 },
});

const finding = emitterFor(OUTCOMES);

function inTestTree(path: string): boolean {
  return /(?:^|\/)(?:tests?|testdata|test_data|fixtures|__tests__|spec)\//i.test(path);
}

function isTaskTree(path: string): boolean {
  return /(?:^|\/)(?:tasks|benchmarks?)\//i.test(path);
}

function isExampleTree(path: string): boolean {
  return /(?:^|\/)(?:examples?|tutorials?|notebooks?|cookbook|demos?)\//i.test(path);
}

/** A model zoo document (`MODEL_ZOO.md`, `docs/ModelZoo.md`): a table of released checkpoints, usually with their scores. */
function isModelZooName(path: string): boolean {
  return /model[_-]?zoo[\w-]*\.md$/i.test(baseName(path));
}

/** Files whose very name promises scores. */
function isResultsName(path: string): boolean {
  const b = baseName(path).toLowerCase();
  return /(?:eval[\w-]*result|results?[\w-]*eval|^results?[._-]|[._-]results?\.|leaderboard|scores?\.)/.test(b) || /(?:^|\/)results?\//i.test(path);
}

/** A W&B or Comet report, including W&B's short share links (`api.wandb.ai/links/<team>/<id>`). */
function isRunReport(url: string): boolean {
  return /^https?:\/\/(?:www\.)?(?:wandb\.ai|api\.wandb\.ai|comet\.com)\/(?:.*report|links\/)/i.test(url);
}

function isModelCardName(path: string): boolean {
  return /model[_-]?card/i.test(path) && lastExtension(path) === 'md' && !isTemplatePath(path);
}

function list(names: Iterable<string>, max = 4): string {
  const all = [...names];
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown}, …` : shown;
}

// ---------------------------------------------------------------------------------------------
// Tables

type TableKind = 'scores' | 'perf' | 'task-list' | 'other';

interface TableVerdict {
  kind: TableKind;
  /** Benchmark or metric names that carry scores (all named ones for a task list). */
  benchmarks: string[];
  scores: number;
  perf: string[];
  /** Every scored column is held-out loss or perplexity (said so in the finding). */
  heldOut?: boolean;
}

let heldOutPattern: RegExp | undefined;

function isHeldOutMetric(name: string): boolean {
  // Perplexity alone is measured on held-out text; "loss" alone says nothing about which loss.
  heldOutPattern ??= new RegExp(`(?:^|\\s)${HELD_OUT}$|^(?:ppl|perplexity|bpb)$`);
  return heldOutPattern.test(normalize(name));
}

/**
 * A cell's score: a number, or a pair of scores under one header ("Set5 (PSNR/SSIM)" over
 * "35.77 / 0.944"). A pair needs a decimal point, so "8/16" GPUs or a "2023/05" date stay text.
 */
function cellScore(cell: string): number | undefined {
  const n = cellNumber(cell);
  if (n !== undefined) return n;
  const m = /^\s*(\d{1,6}(?:\.\d{1,8})?)\s?\/\s?(\d{1,6}(?:\.\d{1,8})?)\s*$/.exec(cell.replace(/\*+/g, ''));
  if (!m?.[1] || !m[2] || !(m[1].includes('.') || m[2].includes('.'))) return undefined;
  return Number(m[1]);
}

/**
 * "CIDEr: 131.4", "val/acc: 18.81", "public/test/CIDEr: 60.0": a cell that names the measure of its own
 * number, read where a column holds each model's headline score under a header that names none. The
 * name, or one of its slash-separated parts, must be a metric or benchmark ("batch size: 32" is not).
 */
function labelledScore(cell: string, isName: (s: string) => boolean): { name: string; score: number } | undefined {
  const m = /^\s*([^:|\d][^:|]{0,40}?)\s*:\s*(\S{1,20})\s*$/.exec(cell.replace(/\*+/g, ''));
  if (!m?.[1] || !m[2]) return undefined;
  const score = cellNumber(m[2]);
  const label = m[1];
  if (score === undefined || !label.split('/').some((part) => isName(part))) return undefined;
  return { name: label.slice(0, 30), score };
}

// Body rows read as a second header row ("| | FIGER | FewRel |" over "| | Acc. | F1 |"): papers' tables.
const SUBHEADER_ROWS = 2;

/**
 * A results table with two header rows (dataset names, then the metric of each column): the rows above
 * the first number that name metrics join the header, so each column reads "FIGER Acc.".
 */
function withSubheader(t: Table, isName: (s: string) => boolean): Table {
  let k = 0;
  while (k < SUBHEADER_ROWS && k < t.rows.length - 1) {
    const row = t.rows[k] ?? [];
    if (row.some((c) => cellScore(c) !== undefined) || !row.some((c, i) => i > 0 && isName(c))) break;
    k++;
  }
  if (k === 0) return t;
  const sub = t.rows.slice(0, k);
  const header = t.header.map((h, i) => [h, ...sub.map((r) => r[i] ?? '')].join(' ').trim());
  return { ...t, header, rows: t.rows.slice(k) };
}

// Metric names that name a measure on their own; "score", "average", "error" may head any column.
const GENERIC_METRIC = /^(?:score|scores|average|avg|mean|overall|error|errors)$/;

// A column named for the split it scores ("Dev", "Test", "开发集"): a score only where the heading names the benchmark.
const SPLIT_COLUMN = /^(?:dev|test|val|valid|validation|development|开发集|测试集|验证集)(?: (?:set|dev|test|acc|accuracy))?$/;

/** "线上F1", "准确率Acc": Chinese words run into a metric's name with no space between. */
function spaceHan(n: string): string {
  return /\p{Script=Han}/u.test(n) ? n.replace(/(\p{Script=Han})(?=[a-z0-9])/gu, '$1 ').replace(/([a-z0-9])(?=\p{Script=Han})/gu, '$1 ') : n;
}

function judgeTable(table: Table, evalContext: boolean, benchmarkHeading = false): TableVerdict {
  const bench = vocab().benchmark;
  const metric = vocab().metric;
  const nonScore = vocab().nonScore;
  const perf = vocab().perf;
  const names = new Set<string>();
  const perfNames = new Set<string>();

  const isName = (s: string): boolean => {
    const n = spaceHan(normalize(s));
    return n !== '' && (bench.test(n) || (metric.test(n) && !nonScore.test(n)) || (benchmarkHeading && SPLIT_COLUMN.test(n)));
  };
  const t = withSubheader(table, isName);
  for (const h of t.header) {
    if (isName(h)) names.add(h.slice(0, 30));
    else if (perf.test(normalize(h))) perfNames.add(h.slice(0, 30));
  }
  for (const r of t.rows) {
    const l = r[0] ?? '';
    if (isName(l)) names.add(l.slice(0, 30));
    else if (perf.test(normalize(l))) perfNames.add(l.slice(0, 30));
  }

  const skipColumn = t.header.map((h) => {
    const n = normalize(h);
    return !isName(h) && (nonScore.test(n) || perf.test(n));
  });
  const scored = new Set<string>();
  let scores = 0;
  let numbers = 0;
  for (const r of t.rows) {
    const rowLabel = normalize(r[0] ?? '');
    const skipRow = rowLabel !== '' && (nonScore.test(rowLabel) || perf.test(rowLabel)) && !bench.test(rowLabel) && !isName(r[0] ?? '');
    r.forEach((cell, i) => {
      // "CIDEr: 131.4", "val/acc: 18.81": a cell that names its own measure (a "Performance" column).
      const own = i > 0 ? labelledScore(cell, isName) : undefined;
      const n = own?.score ?? cellScore(cell);
      if (n === undefined) return;
      numbers++;
      // Rows named for a step are a checkpoint table: their held-out loss is still a result.
      if (i === 0 || skipColumn[i] || (skipRow && !isHeldOutMetric(t.header[i] ?? ''))) return;
      scores++;
      const h = t.header[i] ?? '';
      if (own) {
        names.add(own.name);
        scored.add(own.name);
      } else if (isName(h)) scored.add(h.slice(0, 30));
      else if (isName(r[0] ?? '')) scored.add((r[0] ?? '').slice(0, 30));
    });
  }
  const heldOut = scored.size > 0 && [...scored].every(isHeldOutMetric);
  const verdict = { benchmarks: [...(scored.size > 0 ? scored : names)], scores, perf: [...perfNames], ...(heldOut ? { heldOut } : {}) };
  if (names.size === 0 && perfNames.size > 0 && (numbers > 0 || t.rows.some((r) => r.some((c) => /\d\s*(?:gb|mb|ms|s|tok\/s|x)\b/i.test(c))))) {
    return { kind: 'perf', ...verdict };
  }
  if (names.size >= 2 && scores >= 2) return { kind: 'scores', ...verdict };
  // A checkpoint table of one held-out metric ("Validation perplexity" per released step).
  if (heldOut && scores >= 2) return { kind: 'scores', ...verdict };
  if (names.size >= 1 && scores >= 3 && evalContext) return { kind: 'scores', ...verdict };
  // One column headed by a measure of its own ("Ro-En BLEU", "mAP") over three or more rows of numbers.
  const specific = [...scored].filter((n) => !GENERIC_METRIC.test(normalize(n)));
  if (specific.length >= 1 && scores >= 3) return { kind: 'scores', ...verdict };
  // Benchmarks beside token counts or mix shares are training data (an SFT mix), not a task list.
  const dataColumns = t.header.some((h) => /(?:^|\s)(?:tokens|docs|documents|words|share|weight|proportion|ratio|size|samples|examples|instances)(?=$|\s)/.test(normalize(h)));
  if (names.size >= 2 && !dataColumns) return { kind: 'task-list', ...verdict };
  return { kind: 'other', ...verdict };
}

// ---------------------------------------------------------------------------------------------
// Markdown

// Asked of every section of every Markdown candidate: once per distinct heading.
const evalHeading = memoText(isEvalHeading);

/**
 * "#### K400 Attentive probes" above a table of accuracies: the heading names the benchmark, so the
 * table is read as results even without a results heading. Only the nearest heading counts; a
 * title far above says nothing about one table.
 */
function underBenchmarkHeading(doc: MarkdownDoc, line: number): boolean {
  const inner = holding(doc, line)[0];
  return inner !== undefined && vocab().benchmark.test(normalize(inner.heading.text));
}

function outermostEvalSections(doc: MarkdownDoc): Section[] {
  return outermost(doc.sections.filter((s) => evalHeading(s.heading.text)));
}

function modelIndexFindings(file: FileContent, doc: MarkdownDoc): Finding[] {
  const fm = doc.frontMatter;
  if (!fm?.data || !('model-index' in fm.data)) return [];
  const line = fm.keyLines['model-index'] ?? 1;
  const tasks = new Set<string>();
  let values = 0;
  let metricsSeen = 0;
  const entries = Array.isArray(fm.data['model-index']) ? (fm.data['model-index'] as unknown[]) : [];
  for (const entry of entries.slice(0, 50)) {
    const results = (entry as { results?: unknown })?.results;
    if (!Array.isArray(results)) continue;
    for (const r of results.slice(0, 500)) {
      const rec = r as { dataset?: { name?: unknown; type?: unknown }; task?: { type?: unknown }; metrics?: unknown };
      const name = rec.dataset?.name ?? rec.dataset?.type ?? rec.task?.type;
      if (!Array.isArray(rec.metrics)) continue;
      for (const m of rec.metrics.slice(0, 100)) {
        metricsSeen++;
        const v = (m as { value?: unknown })?.value;
        const n = typeof v === 'number' ? v : typeof v === 'string' ? cellNumber(v) : undefined;
        if (n !== undefined && Number.isFinite(n)) {
          values++;
          if (typeof name === 'string') tasks.add(name.slice(0, 30));
        }
      }
    }
  }
  if (values > 0) {
    const metrics = modelIndexMetrics(entries, cellNumber);
    const f = finding('model-index', file.path, line, `model-index front matter with ${values} metric value(s)${tasks.size ? ` (${list(tasks)})` : ''}`);
    return [metrics.length ? { ...f, facts: { metrics } } : f];
  }
  return [
    finding('model-index-empty', file.path, line, metricsSeen > 0 ? 'model-index front matter lists metrics without numeric values' : 'model-index front matter holds no results'),
  ];
}

function lookAlikeLinks(doc: MarkdownDoc, s: Section): { url: string; line: number } | undefined {
  // The words around a link are read once per line: a row of links was read once per link.
  const speaksOfResults = perLine((line) => /\b(?:results?|scores?|numbers|metrics|evaluations?)\b/i.test(line.replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ')));
  for (const l of between(doc.links, s.heading.line + 1, s.end)) {
    if (/\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])/i.test(l.url) || /shields\.io|badge/i.test(l.url)) continue;
    // The words around the link must speak of results: a link to a benchmark's own page is not one,
    // nor is a Hub collection, a list of models.
    const leaderboard = /leaderboard/i.test(l.url) && !/readthedocs|\/docs?\/|documentation/i.test(l.url);
    const report = isRunReport(l.url);
    const hub = /^https?:\/\/huggingface\.co\/(?!datasets\/|docs\/|blog\/|papers\/|spaces\/|collections\/)/i.test(l.url) || /^https?:\/\/(?:www\.)?(?:paperswithcode\.com|opencompass\.org\.cn)\//i.test(l.url);
    if (leaderboard || report || (hub && speaksOfResults(l.line, doc.lines[l.line - 1] ?? ''))) return { url: l.url, line: l.line };
  }
  return undefined;
}

// Benchmark names that are also everyday words: in prose they say nothing on their own.
function proseCommonWord(): RegExp {
  return /^(?:math|drop|race|pile|needle|glue|coco|pope|wic|copa|hle|rte|c3|mme|bold|average|avg|mean|overall)$/;
}

const EVAL_WORD = /\b(?:evaluat\w*|benchmark\w*)\b/i;

/**
 * The release's own scores published with it elsewhere: a leaderboard or a W&B/Comet report linked
 * anywhere in the top README, or — when the README speaks of evaluating the model — the release's own
 * paper or technical report, or its model card on the Hugging Face Hub. External, not verifiable here.
 */
function publishedElsewhere(file: FileContent, doc: MarkdownDoc, hasEvalSection: boolean): Finding[] {
  for (const l of doc.links) {
    // Each test below needs one of these words in the address: most links are settled by one search.
    if (!/leaderboard|result|metric|score|wandb\.ai|comet\.com/i.test(l.url)) continue;
    const leaderboard = /leaderboard/i.test(l.url) && !/readthedocs|\/docs?\/|documentation|github\.com/i.test(l.url);
    const report = isRunReport(l.url);
    // A sibling repository or page whose address says it holds results ("…#list-of-analysis-and-metrics").
    const results = /^https?:\/\/[^?#]*(?:[/#_-](?:results?|metrics|scores|leaderboard)(?:[/#_.-]|$))|#[\w-]*(?:results?|metrics|scores)\b/i.test(l.url) && !/readthedocs|\/docs?\/|\.(?:png|jpe?g|svg|gif)$/i.test(l.url);
    if (leaderboard || report || results) {
      const what = leaderboard ? 'a leaderboard' : report ? 'a run report' : 'a results page';
      return [finding('external-results', file.path, l.line, `scores published in ${what}: ${l.url}`, l.url)];
    }
  }
  const announced = reportsForResults(doc, file.path);
  if (announced.length > 0) return announced;
  // A model card, or a README that releases model weights, is about a model whose paper carries its scores.
  const release = isModelCardName(file.path) || releasesModel(file.text);
  // In its prose: `python evaluate.py` in a fenced command is how to run a script, not a word on the
  // model's scores; it still names evaluation, so the paper is weak evidence (thin), not nothing.
  const inProse = (): boolean => {
    const prose = doc.lines.filter((_, i) => !doc.code[i]).join('\n');
    return EVAL_WORD.test(prose) || vocab().evalBenchmark.test(normalize(prose));
  };
  const speaksOfEval = hasEvalSection || inProse();
  if (!speaksOfEval && !release && !EVAL_WORD.test(file.text)) return [];
  const paper = findPaperRefs(file.text).find((r) => r.own && r.url);
  if (paper) {
    const what = paper.kind === 'report' ? 'technical report' : 'paper';
    // A README that releases weights and never speaks of evaluating them: its paper may hold scores or
    // not (in the labelled corpus four in five such releases publish none): thin evidence, not a claim.
    // A model card is about the model its paper evaluates.
    if (!speaksOfEval && !isModelCardName(file.path)) return [finding('paper-unstated', file.path, paper.line, `the release's own ${what} (${paper.url}) may hold its evaluation, but the README never speaks of evaluating the model`, paper.url)];
    return [finding('paper-results', file.path, paper.line, `the release's own ${what} (${paper.url}) is where its evaluation is published`, paper.url)];
  }
  // A hub link beside mere usage instructions says nothing of scores: only when the text speaks of evaluation.
  if (!speaksOfEval) return [];
  // Weights to download and start from (a "Model download" section, a base model) are not the release's card.
  const downloadHeading = perLine((heading) => /\bdownload\w*\b/i.test(heading));
  const underDownload = (line: number) => {
    const h = lastBefore(doc.headings, line);
    return h !== undefined && downloadHeading(h.line, h.text);
  };
  const baseModel = perLine((line) => /\b(?:base models?|start(?:s|ed|ing)? from|initiali[sz]ed from)\b/i.test(line));
  const model = findHubLinks(file.text).find(
    (h) =>
      h.kind === 'model' &&
      h.hub === 'huggingface' &&
      !/\/(?:resolve|blob|raw)\//.test(h.url) &&
      !underDownload(h.line) &&
      !baseModel(h.line, h.context),
  );
  if (model) {
    return [finding('model-card-results', file.path, model.line, `evaluation published with the model card on Hugging Face: ${model.repo}`, model.url)];
  }
  return [];
}

// List items read below an introducing line ("Technical reports for metrics:").
const LIST_ITEMS_READ = 8;

/**
 * "Technical reports for metrics and model capabilities:" over a list of links, "further evaluation
 * results in our [paper](…)": the document says in so many words that a paper, report or model card
 * is where the scores are. On one line the link's own words must name the publication (a benchmark's
 * paper linked beside its name is not where the release's scores are); under an introducing line
 * every listed link is one of the publications it announces.
 */
function reportsForResults(doc: MarkdownDoc, path: string): Finding[] {
  const publication = /\b(?:papers?|(?:technical |tech )?reports?|preprints?|model cards?|publications?)\b/i;
  const results = /\b(?:metrics|results?|scores?|benchmarks?|evaluations?|performance numbers)\b/i;
  // Only lines naming a publication are read as words (a link's markup hides no word of it).
  let resultLines: Set<number> | undefined;
  for (const i of linesMatching(doc.text, publication)) {
    if (doc.code[i]) continue;
    const line = doc.lines[i] ?? '';
    // A line without link markup is its own words: whether it names results is known from one search
    // of the text (a README of thousands of paper headings read each as words).
    if (!line.includes('](') && !(resultLines ??= new Set(linesMatching(doc.text, results))).has(i)) continue;
    const words = linkWords(line);
    if (!publication.test(words) || !results.test(words)) continue;
    const web = (l: { url: string }) => /^https?:\/\//i.test(l.url) && !/\.(?:png|jpe?g|gif|svg|webp)(?:$|[?#])|shields\.io|badge/i.test(l.url);
    const own = between(doc.links, i + 1, i + 1).find((l) => web(l) && /^\W*(?:(?:our|the|this) )?(?:paper|(?:technical |tech )?report|preprint|arxiv|model card|here)\W*$/i.test(l.text));
    if (own) return [externalFinding(ID, path, i + 1, 'paper-beside-results', `'${words.trim().slice(0, 80)}' points to ${own.url}`, own.url)];
    if (!/:\s*$/.test(words)) continue;
    let j = i + 1;
    while (j < doc.lines.length && j <= i + LIST_ITEMS_READ && /^\s*(?:[-*+]|\d+[.)])\s/.test(doc.lines[j] ?? '')) j++;
    const listed = between(doc.links, i + 2, j).find(web);
    if (listed) return [externalFinding(ID, path, listed.line, 'paper-beside-results', `'${words.trim().slice(0, 80)}' lists ${listed.url}`, listed.url)];
  }
  return [];
}

/**
 * A W&B/Comet report linked from a sentence about held-out results ("cross-entropy loss of the two
 * models on the test set: [link]"), in any document: the scores live in the report. Training-loss
 * curves are not results.
 */
function resultsRunReport(doc: MarkdownDoc): { url: string; line: number } | undefined {
  for (const l of doc.links) {
    if (!isRunReport(l.url)) continue;
    const around = (doc.lines[l.line - 1] ?? '').replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
    if (/\btrain(?:ing)? loss(?:es)?\b/i.test(around)) continue;
    if (/\b(?:test ?set|test loss(?:es)?|held[- ]?out|validation (?:loss|perplexity)|evaluation|benchmarks?|scores?|accuracy)\b/i.test(around)) return { url: l.url, line: l.line };
  }
  return undefined;
}

function proseScores(text: string): number {
  // "reaches 64.2 on MMLU", "MMLU: 64.2", "GSM8K accuracy of 71%" — but not "SOLAR-10.7B" or "Llama-3.2".
  // A sentence without a digit quotes no score: a section without one is not split into sentences.
  if (!/\d/.test(text)) return 0;
  let n = 0;
  // Built at the first sentence with a number: asked of every results section, most of which quote none.
  let bench: RegExp | undefined;
  const common = proseCommonWord();
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n/)) {
    if (sentence.length > 400) continue;
    if (!/(?<![\w.-])(?:\d{1,3}\.\d{1,2}|\d{1,3}(?:\.\d{1,2})?\s?%)(?![\w.-]*[A-Za-z])/.test(sentence)) continue;
    bench ??= new RegExp(vocab().benchmark.source, 'g');
    const named = [...normalize(sentence).matchAll(bench)].some((m) => !common.test(m[0].trim()));
    if (named) n++;
  }
  return n;
}

// Measures a sentence can give one score of, spelled as papers do: what a recipe says its run
// reaches and what a README says a released model scores.
const SENTENCE_METRIC = String.raw`(?:mAP|AP(?:50|75)?|FID|bits? per dim(?:ension)?s?|bpd|perplexity|PPL|top-?[15](?: accuracy)?|accuracy|BLEU|ROUGE[-\w]*|CIDEr|WER|CER|PSNR|SSIM|LPIPS|F1|exact match|pass@\d+|success rates?|mIoU|NDCG(?:@\d+)?|MRR|AUC|MOS|SI-SNRi?|EER)`;
// Bold and underscore emphasis, dropped before a sentence is read ("reaches **2.92** bits per dimension").
const EMPHASIS = /\*\*|__/g;
const CLAIM_NUMBER = String.raw`(?<![\w.])\d{1,3}(?:\.\d{1,3})?\s?%?`;

/** Scores a recipe's reader is told to expect: the results of training what the recipe trains. */
const RECIPE_SIGNALS = {
  'expected-score': { label: 'states the score a run of the recipe reaches', weight: 60 },
} as const satisfies SignalTable<string>;

/**
 * "Follow these steps … you should obtain a COCO CIDEr score of approximately 94": a recipe that
 * trains a model states the score it reaches. Said of the recipe's own run, so it holds in an
 * examples folder too (where a tutorial's other numbers are only weak).
 */
function expectedScores(doc: MarkdownDoc, path: string): Finding[] {
  const re = new RegExp(
    String.raw`\b(?:should|will|would|can|expect to)\s+(?:obtain|get|see|reach|achieve)\b[^.\n]{0,80}?\b(?:scores?|${SENTENCE_METRIC})\b[^.\n]{0,40}?(?:of\s+|=\s*|:\s*)?(?:approximately\s+|about\s+|around\s+|roughly\s+|~\s*)?\d{1,3}(?:\.\d+)?\s*%?`,
    'i',
  );
  // The lines that say it are found by one search of the text, not by a test of every line.
  for (const i of eachLineMatching(doc.text, re)) {
    if (doc.code[i]) continue;
    return judgeSignals(ID, path, RECIPE_SIGNALS, [{ id: 'expected-score', line: i + 1 }], { code: 'expected-score', what: 'results of the recipe' });
  }
  return [];
}

/**
 * "The released CIFAR-10 checkpoint reaches 2.92 bits per dimension", "about 47.3 mAP on AudioSet-2M",
 * "an FID of about 4.5 for the 256px checkpoint": the top README or a model card gives the score of a
 * named measure in a sentence, outside code, tables and how-to sections. One number is less than a
 * table, so it is evidence at a lower weight; a loss, a speed or a memory figure is not a score.
 */
function scoreClaims(doc: MarkdownDoc, path: string): Finding[] {
  const re = new RegExp(
    String.raw`\b(?:achiev\w*|reach\w*|scor\w*|obtain\w*|attain\w*|gets?|report\w*|yield\w*)\b[^.\n]{0,60}?${CLAIM_NUMBER}\s*${SENTENCE_METRIC}\b|\b${SENTENCE_METRIC}\b[^.\n]{0,20}?\b(?:of|is|=)\s*(?:about|around|approximately|roughly|~)?\s*${CLAIM_NUMBER}|${CLAIM_NUMBER}\s*${SENTENCE_METRIC}\s+on\b`,
    'i',
  );
  // The lines that say it are found by one search of the text (emphasis markers dropped), not line by line.
  for (const i of eachLineMatching(doc.text.replace(EMPHASIS, ''), re)) {
    const line = doc.lines[i] ?? '';
    if (doc.code[i] || /^\s*(?:\||#)/.test(line) || /\b(?:loss|learning rate|lr|tokens?\/s|throughput|speed|latency|memory|gpus?|vram)\b/i.test(line)) continue;
    if (holding(doc, i + 1).some((s) => isInstructionHeading(s.heading.text))) continue;
    // The words that make the claim, so the reader can check them against the line.
    const said = re.exec(line.replace(EMPHASIS, ''))?.[0].trim().slice(0, 80) ?? '';
    return [finding('score-claim', path, i + 1, `a sentence gives a score: "${said}"`)];
  }
  return [];
}

function markdownFindings(file: FileContent): Finding[] {
  const doc = parseMarkdown(file.text);
  const out: Finding[] = [...modelIndexFindings(file, doc)];
  const evalSections = outermostEvalSections(doc);
  const namedResults = isResultsName(file.path) || isModelZooName(file.path) || /^(?:eval|evaluation|evals|benchmarks?)(?:[._-].*)?\.md$/i.test(baseName(file.path));
  const covered = new Set<Section>();
  let tableFindings = 0;

  for (const t of doc.tables) {
    const section = sectionHolding(evalSections, t.line);
    const benchmarkHeading = underBenchmarkHeading(doc, t.line);
    const v = judgeTable(t, section !== undefined || namedResults || benchmarkHeading, benchmarkHeading);
    const where = section ? ` under '${section.heading.text.slice(0, 60)}'` : '';
    if (v.kind === 'scores') {
      if (section) covered.add(section);
      if (tableFindings >= MAX_TABLE_FINDINGS) continue;
      tableFindings++;
      const what = v.heldOut ? 'held-out loss/perplexity' : 'benchmark scores';
      out.push(emit(OUTCOMES, v.heldOut ? 'heldout-table' : 'score-table', { path: file.path, line: t.line, message: `table of ${what}${where}: ${v.scores} score(s) on ${list(v.benchmarks)}`, parts: { underResults: section !== undefined || namedResults } }));
    } else if (v.kind === 'task-list') {
      if (section) covered.add(section);
      out.push(finding('task-list', file.path, t.line, `table lists benchmarks (${list(v.benchmarks)}) but holds no scores`));
    } else if (v.kind === 'perf' && (section || namedResults)) {
      if (section) covered.add(section);
      out.push(finding('throughput', file.path, t.line, `throughput/latency table (${list(v.perf)}), not evaluation scores`));
    }
  }

  let noScores = 0;
  for (const s of evalSections) {
    if (covered.has(s) || isInstructionHeading(s.heading.text)) continue;
    const text = sectionText(doc, s);
    const heading = s.heading.text.slice(0, 60);
    const prose = proseScores(text);
    const images = (text.match(/!\[[^\]\n]{0,300}\]\([^)\n]{1,2000}\)|<img\b/gi) ?? []).length;
    const link = lookAlikeLinks(doc, s);
    if (prose >= 1) {
      out.push(finding('scores-in-prose', file.path, s.heading.line, `section '${heading}' quotes ${prose} score(s) in prose but has no results table or file`));
    } else if (images > 0) {
      out.push(finding('scores-as-images', file.path, s.heading.line, `section '${heading}' shows results only as images (${images}), which cannot be checked`));
    } else if ((promisesResults(s.heading.text) || claimsResults(text)) && noScores++ === 0) {
      out.push(finding('no-scores-section', file.path, s.heading.line, `section '${heading}' gives no scores: no table, results file or number to check`));
    }
    if (link) out.push(finding('external-results', file.path, link.line, `section '${heading}' points to results published elsewhere`, link.url));
  }

  if (!out.some((f) => f.outcome === 'external')) {
    const shared = resultsRunReport(doc);
    if (shared) out.push(finding('external-results', file.path, shared.line, `held-out results shared in a run report: ${shared.url}`, shared.url));
  }

  if (!out.some((f) => f.outcome === 'evidence')) out.push(...expectedScores(doc, file.path));
  const topReadme = depthOf(file.path) === 0 && /^readme/i.test(baseName(file.path));
  if (!out.some((f) => f.outcome === 'evidence') && (topReadme || isModelCardName(file.path))) out.push(...scoreClaims(doc, file.path));
  const hasEvidence = out.some((f) => f.outcome === 'evidence');
  if (!hasEvidence && !out.some((f) => f.outcome === 'external') && (topReadme || (isModelCardName(file.path) && !inTestTree(file.path) && !isExampleTree(file.path)))) {
    out.push(...publishedElsewhere(file, doc, evalSections.length > 0));
  }
  if (!hasEvidence && namedResults && isResultsName(file.path)) {
    const p = placeholderReason(file.text);
    out.push(
      finding(p ? 'placeholder' : 'no-scores-file', file.path, 1, p ? `results file is ${p.kind === 'empty' ? 'empty' : 'a placeholder'}` : 'results file holds no table of scores'),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

interface JsonTally {
  scores: Set<string>;
  perf: Set<string>;
  numbers: number;
  nodes: number;
}

function keyTokens(key: string): string {
  return normalize(key.replace(/[_,]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
}

function walkJson(v: unknown, keyPath: string[], t: JsonTally, d: number): void {
  if (t.nodes++ > JSON_MAX_NODES || d > JSON_MAX_DEPTH) return;
  if (typeof v === 'number' && Number.isFinite(v)) {
    t.numbers++;
    const key = keyPath[keyPath.length - 1] ?? '';
    const parent = keyPath[keyPath.length - 2] ?? '';
    const k = keyTokens(key);
    const p = keyTokens(parent);
    // Arrays of values sit under their metric's key: {"lm loss": {"values": [...]}}.
    if ((vocab().perf.test(k) || vocab().perf.test(p)) && !/(?:^|\s)(?:eval|test|val|validation)(?:\s|$)/.test(k)) t.perf.add((vocab().perf.test(k) ? key : parent).slice(0, 30));
    else if (vocab().nonScore.test(k) && !vocab().metric.test(k)) return;
    else if (vocab().metric.test(k) || vocab().benchmark.test(k) || (vocab().benchmark.test(p) && !vocab().nonScore.test(k)) || /(?:^|\s)(?:eval|test) (?:loss|ppl|perplexity)/.test(k)) {
      t.scores.add((vocab().benchmark.test(p) ? parent : key).slice(0, 30));
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 1000)) walkJson(x, keyPath, t, d + 1);
    return;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 2000)) walkJson(x, [...keyPath.slice(-3), k], t, d + 1);
  }
}

function keyLine(text: string, key: string): number {
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

function harnessResults(data: unknown): string[] | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const results = (data as Record<string, unknown>).results;
  if (!results || typeof results !== 'object' || Array.isArray(results)) return undefined;
  const tasks: string[] = [];
  for (const [task, metrics] of Object.entries(results as Record<string, unknown>).slice(0, 5000)) {
    if (metrics && typeof metrics === 'object' && !Array.isArray(metrics)) {
      if (Object.values(metrics as Record<string, unknown>).some((x) => typeof x === 'number' && Number.isFinite(x))) tasks.push(task);
    } else if (typeof metrics === 'number') tasks.push(task);
  }
  return tasks;
}

function jsonFindings(file: FileContent): Finding[] {
  const named = isResultsName(file.path);
  const docs: unknown[] = [];
  let parsed = true;
  if (lastExtension(file.path) === 'jsonl') {
    for (const line of file.text.split('\n').slice(0, 200)) {
      if (!line.trim()) continue;
      try {
        docs.push(JSON.parse(line));
      } catch {
        parsed = false;
        break;
      }
    }
  } else {
    try {
      docs.push(JSON.parse(file.text));
    } catch {
      parsed = false;
    }
  }

  if (!parsed || docs.length === 0) {
    if (file.text.trim() === '') return [finding(named ? 'empty-results' : 'empty', file.path, 1, 'results file is empty')];
    // A head cut mid-file: recognise the harness layout from its text.
    const m = /"results"\s*:\s*\{/.exec(file.text);
    const metricPairs = file.text.match(/"(?:acc|acc_norm|exact_match|f1|em|bleu|rouge\w*|pass@\d+|score|accuracy|mc[12])(?:,[^"]{0,40})?"\s*:\s*-?\d/g)?.length ?? 0;
    if (file.truncated && m && metricPairs >= 2) {
      const line = file.text.slice(0, m.index).split('\n').length;
      return [finding('harness-results-partial', file.path, line, `evaluation results JSON ('results' with ${metricPairs}+ metric values; file read in part)`)];
    }
    return named ? [finding('unparsable', file.path, 1, 'results file is not valid JSON')] : [];
  }

  const tasks = docs.length === 1 ? harnessResults(docs[0]) : undefined;
  if (tasks && tasks.length > 0) {
    const where = inTestTree(file.path) ? ' in a test fixture' : '';
    const f = finding(inTestTree(file.path) ? 'harness-fixture' : 'harness-results', file.path, keyLine(file.text, 'results'), `evaluation results JSON${where}: ${tasks.length} task(s) with metric values (${list(tasks)})`);
    const metrics = harnessMetrics(docs[0]);
    return [metrics.length ? { ...f, facts: { metrics } } : f];
  }

  const tally: JsonTally = { scores: new Set(), perf: new Set(), numbers: 0, nodes: 0 };
  for (const d of docs) walkJson(d, [], tally, 0);
  if (tally.scores.size >= 1 && (tally.scores.size >= 2 || named)) {
    if (inTestTree(file.path)) return [finding('test-fixture', file.path, 1, `scores in a test fixture (${list(tally.scores)}), not a release's results`)];
    if ([...tally.scores].every((k) => isHeldOutMetric(k.replace(/_/g, ' ')))) {
      return [emit(OUTCOMES, 'heldout-json', { path: file.path, line: 1, message: `JSON with held-out loss/perplexity (${list(tally.scores)})`, parts: { named } })];
    }
    return [emit(OUTCOMES, 'json-scores', { path: file.path, line: 1, message: `JSON with evaluation scores (${list(tally.scores)})`, parts: { named } })];
  }
  if (tally.perf.size > 0) {
    return [finding('training-metrics', file.path, 1, `holds training or throughput metrics (${list(tally.perf)}), not evaluation scores`)];
  }
  if (!named) return [];
  return [finding(/eval/i.test(baseName(file.path)) ? 'no-scores-file' : 'no-scores', file.path, 1, tally.numbers === 0 ? 'results file holds no numbers' : 'results file holds numbers but no named metric or benchmark')];
}

// ---------------------------------------------------------------------------------------------
// CSV / TSV

function splitCsvLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      cells.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  cells.push(cur.trim());
  return cells;
}

function csvFindings(file: FileContent): Finding[] {
  const lines = file.text.split('\n').filter((l) => l.trim() !== '');
  const named = isResultsName(file.path) || /eval|score|benchmark|leaderboard|metric/i.test(baseName(file.path));
  const head = lines[0];
  if (head === undefined) return named ? [finding('empty-table', file.path, 1, 'score table file is empty')] : [];
  const sep = lastExtension(file.path) === 'tsv' || head.split('\t').length > head.split(',').length ? '\t' : head.split(';').length > head.split(',').length ? ';' : ',';
  const header = splitCsvLine(head.slice(0, 20_000), sep);
  const rows = lines.slice(1, CSV_MAX_ROWS + 1).map((l) => splitCsvLine(l.slice(0, 20_000), sep));
  const table: Table = { line: 1, endLine: rows.length + 1, header, rows, html: false };
  const v = judgeTable(table, named);
  if (v.kind === 'scores') {
    return [finding('csv-scores', file.path, 1, `score table: ${v.scores} score(s) on ${list(v.benchmarks)}`)];
  }
  // Long format: one row per (task, metric) with a value column (`benchmark,metric,score`).
  const h = header.map(keyTokens);
  const valueCol = h.findIndex((x) => /^(?:score|value|result|acc|accuracy|metric value)$/.test(x));
  const taskCol = h.findIndex((x) => /^(?:benchmark|task|dataset|eval|evaluation|task name|subset)$/.test(x));
  if (valueCol >= 0 && taskCol >= 0) {
    const scored = rows.filter((r) => cellNumber(r[valueCol] ?? '') !== undefined);
    if (scored.length >= 2) {
      const tasks = new Set(scored.map((r) => (r[taskCol] ?? '').slice(0, 30)));
      return [finding('csv-scores', file.path, 1, `score table: ${scored.length} score(s) on ${list(tasks)}`)];
    }
  }
  if (v.kind === 'perf' || v.perf.length > 0) {
    return [finding('training-metrics', file.path, 1, `holds training or throughput columns (${list(v.perf)}), not evaluation scores`)];
  }
  if (v.kind === 'task-list') return [finding('task-list', file.path, 1, `lists benchmarks (${list(v.benchmarks)}) but holds no scores`)];
  return named ? [finding('no-scores', file.path, 1, 'table has no benchmark or metric columns with numbers')] : [];
}

// ---------------------------------------------------------------------------------------------

function rank(path: string): number | undefined {
  const b = baseName(path).toLowerCase();
  const e = lastExtension(path);
  // A harness's per-task READMEs quote other models' published scores; they are not this release's results.
  if (/^readme/.test(b) && isTaskTree(path)) return undefined;
  let r: number;
  if (isTemplatePath(path)) r = 5;
  else if (/^(?:eval[\w-]*results?|results?|leaderboard|scores?)\.(?:md|json|csv|tsv)$/.test(b)) r = 95;
  else if (e === 'md' && /^(?:eval|evaluation|evals|benchmarks?)\.md$/.test(b)) r = 85;
  else if ((e === 'json' || e === 'jsonl') && isResultsName(path)) r = 90;
  else if (e === 'csv' || e === 'tsv') r = 80;
  else if (/model[_-]?card/.test(b)) r = 85;
  else if (isModelZooName(path)) r = 75;
  else if (/^readme/.test(b)) r = depthOf(path) === 0 ? 80 : 60 - Math.min(depthOf(path), 10) * 3;
  else if (/^docs?\//.test(path)) r = 30;
  else r = 60;
  if (inTestTree(path)) r = Math.min(r, 10);
  else if (isExampleTree(path)) r = Math.min(r, 25);
  return r;
}

function check(file: FileContent, ctx: ScanContext): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  const e = lastExtension(file.path);
  if (e === 'json' || e === 'jsonl') return jsonFindings(file);
  if (e === 'csv' || e === 'tsv') return csvFindings(file);
  if (e === 'md' || e === 'markdown') {
    if (isTemplatePath(file.path)) return [];
    const found = markdownFindings(file);
    if (isExampleTree(file.path) && ctx.chosen?.(ID) !== true) {
      // A tutorial's numbers describe the tutorial, not the release.
      return demoteEvidence(found, 'in an example or tutorial', (f) => f.code === 'expected-score');
    }
    return found;
  }
  return [];
}

export const evalResults: Detector = defineDetector({
  id: ID,
  globs: [
    '**/*eval*result*.{json,jsonl,csv,tsv,md}',
    '**/results*.{json,jsonl}',
    '**/*{_,-}results*.{json,jsonl}',
    '**/results/**/*.{json,jsonl,csv,tsv,md}',
    '**/*{eval,result,score,benchmark,leaderboard,metric}*.{csv,tsv}',
    '**/{EVAL,EVALUATION,EVALS,RESULTS,LEADERBOARD,BENCHMARK,BENCHMARKS,SCORES}.md',
    '**/*model*card*.md',
    // A folder of model cards (`model_cards/FLUX.1-dev.md`) names each card for its model, not as a card.
    '**/{model_cards,model-cards,modelcards}/**/*.md',
    '**/*README*.md',
    // The checkpoint tables of detectron2/mmdetection-style releases: one row of scores per download.
    '**/*model{_,-,}zoo*.md',
    // A release's page per model (`docs/vibevoice-asr.md`, `docs/source/Parameters.md`), read after the READMEs.
    '{docs,doc}/*.md',
    '{docs,doc}/source/*.md',
  ],
  rank,
  check,
  enough: ENOUGH,
});
