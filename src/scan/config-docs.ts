import type { FileContent, Finding, ScanContext } from '../domain/finding.js';
import { judgeSignals, type Seen, type SignalTable } from './kit.js';
import { externalFinding, isPaperUrl, releasesModel } from './external.js';
import { between, holding, parseMarkdown, type Heading, type Link, type MarkdownDoc, type Table } from './text/markdown.js';
import { firstAfter, lastBefore } from './text/per-line.js';
import { eachLineMatching, linesMatching } from './text/lines.js';
import { findPaperRefs, linkWords } from './text/references.js';

/*
 * Training settings as the documentation of a release gives them: the values in its prose or tables
 * ("a batch size of 2304 and a learning rate of 4.2e-4, 2000 warmup steps"), and where they are
 * published when the tree does not hold them (the training runs logged on W&B, a config file of a
 * training framework in another repository run by the README's command, "the same hyperparameters
 * as the original paper").
 */

/** What a document's prose or tables can show about the settings of the released run. */
const DOC_SIGNALS = {
  'doc-learning-rate': { label: 'states the learning rate', weight: 30 },
  'doc-batch-size': { label: 'states the batch size', weight: 20 },
  'doc-schedule': { label: 'states the schedule, warmup or optimizer', weight: 15 },
  'doc-length': { label: 'states how long it trained (steps, epochs, tokens)', weight: 15 },
} as const satisfies SignalTable<string>;
type DocSignal = keyof typeof DOC_SIGNALS;

// A value as documents write it: 4.2e-4, 3.0 x 10<sup>-4</sup>, 0.0003, 1,536, 4M.
const NUMBER = String.raw`\d[\d,]{0,15}(?:\.\d{1,10})?`;
const RATE = String.raw`${NUMBER}\s*(?:e\s*-\s*\d+|[x×]\s*10\s*(?:<sup>|\^)?\s*[-−]\s*\d+)|0\.0\d+`;

let patterns: Record<DocSignal, RegExp> | undefined;

// Built on first use: nothing is compiled at import time.
function docPatterns(): Record<DocSignal, RegExp> {
  return (patterns ??= {
    'doc-learning-rate': new RegExp(String.raw`\b(?:learning[ -]rates?|lr)\b[^.\n|]{0,40}?(?:${RATE})`, 'i'),
    'doc-batch-size': new RegExp(String.raw`\bbatch[ -]sizes?\b[^.\n|]{0,30}?\b${NUMBER}\s*[kmb]?\b`, 'i'),
    'doc-schedule': new RegExp(String.raw`\b(?:${NUMBER}\s+warm-?up steps|warm-?up (?:of|for) ${NUMBER}|(?:cosine|linear|multi-step|step|constant|inverse square root)(?: learning[ -]rate)? (?:decay|schedule|scheduler)|adamw?\b[^.\n]{0,20}\boptimi[sz]er|weight decay (?:of )?${NUMBER})`, 'i'),
    'doc-length': new RegExp(String.raw`\b(?:for|on|over)\s+${NUMBER}\s*[kmbt]?\s*(?:(?:training )?steps|iterations|epochs|(?:trillion|billion) tokens|[tb] tokens)\b`, 'i'),
  });
}

/**
 * Columns of a table of the released models ("LR" over `3.0 x 10<sup>-4</sup>`, "Tokens" over `2.0T`):
 * their settings, one row per model.
 */
function tableSignals(doc: MarkdownDoc, from: number, to: number): Seen<DocSignal>[] {
  const tables = between(doc.tables, from, to);
  // Most sections hold no table: nothing to build for them.
  if (tables.length === 0) return [];
  const rate = new RegExp(`^\\s*(?:${RATE})\\s*$`, 'i');
  const amount = new RegExp(`^\\s*${NUMBER}\\s*[kmbt]?\\s*$`, 'i');
  const columns: Array<[DocSignal, RegExp, RegExp]> = [
    ['doc-learning-rate', /^\s*(?:peak |max )?(?:lr|learning[ -]rate)\s*$/i, rate],
    ['doc-batch-size', /^\s*(?:global )?batch(?:[ -]size)?\s*$/i, amount],
    ['doc-length', /^\s*(?:training )?(?:tokens|steps|iterations|epochs)(?: trained)?\s*$/i, amount],
  ];
  const out: Seen<DocSignal>[] = [];
  for (const t of tables) {
    for (const [id, header, value] of columns) {
      const col = t.header.findIndex((h) => header.test(h));
      if (col >= 0 && t.rows.some((r) => value.test(r[col] ?? ''))) out.push({ id, line: t.line });
    }
  }
  return out;
}

/**
 * The settings of the released run stated in one section of a README or model card. Code blocks are
 * launch commands (judged as such elsewhere), not statements of what was used.
 */
function statedHyperparameters(file: FileContent, doc: MarkdownDoc): Finding[] {
  const spans: Array<[number, number]> = doc.sections.length > 0 ? doc.sections.map((s) => [s.heading.line, s.ownEnd]) : [[1, doc.lines.length]];
  // Each pattern searches the whole text once; a section asks for its first hit by binary search.
  const hits = (Object.entries(docPatterns()) as [DocSignal, RegExp][]).map(([id, re]) => ({ id, lines: linesMatching(doc.text, re).filter((i) => !doc.code[i]).map((i) => ({ line: i + 1 })) }));
  let best: Finding[] = [];
  for (const [from, to] of spans) {
    const seen: Seen<DocSignal>[] = [];
    for (const { id, lines } of hits) {
      const first = firstAfter(lines, from - 1);
      if (first && first.line <= Math.min(to, doc.lines.length)) seen.push({ id, line: first.line });
    }
    seen.push(...tableSignals(doc, from, to));
    // A section that states nothing is judged to nothing: most of a README's sections.
    if (seen.length === 0) continue;
    const judged = judgeSignals('config', file.path, DOC_SIGNALS, seen, { code: 'doc-hparams', what: 'training settings stated in the documentation' });
    if (judged[0]?.outcome === 'evidence') return judged;
    if (best.length === 0) best = judged;
  }
  return best;
}

/** A W&B project, group or run page (not its docs, a report or the site's own pages). */
function isRunPage(url: string): boolean {
  return /^https?:\/\/(?:www\.)?wandb\.ai\/(?!site\b|home\b|fully-connected\b|authorize\b|login\b)[\w.-]+\/[\w.-]+(?:\/(?:groups|runs|sweeps|workspace)\b[^\s)]*|\/?(?:[?#][^\s)]*)?$)/i.test(url) && !/\/reports?\//i.test(url);
}

/**
 * Training runs logged publicly on W&B, linked where the document speaks of training (a "Training
 * status" column, "training logs"): each run records the settings it was started with.
 */
function runLogs(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    if (!isRunPage(l.url)) continue;
    const table = tableAt(doc, l.line);
    const context = `${linkWords(doc.lines[l.line - 1] ?? '')} ${table ? table.header.join(' ') : ''} ${headingOver(doc, l.line)}`;
    if (!/\btrain(?:ing|ed)?\b|\bruns?\b|\blogs?\b/i.test(context)) continue;
    return [externalFinding('config', path, l.line, 'run-logs', l.url, l.url)];
  }
  return [];
}

function headingOver(doc: MarkdownDoc, line: number): string {
  return lastBefore(doc.headings, line)?.text ?? '';
}

/** The table a line is part of (tables are sorted and do not overlap). */
function tableAt(doc: MarkdownDoc, line: number): Table | undefined {
  const t = lastBefore(doc.tables, line + 1);
  return t && t.endLine >= line ? t : undefined;
}

/** A repository that trains, not one named for what was trained on or measured. */
function frameworkRepo(url: string): string | undefined {
  const m = /^https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)/i.exec(url);
  const repo = m?.[1]?.replace(/\.git$/, '');
  if (!repo || /data|corpus|corpora|instruct(?!ion[-_]?tun)|prompts?|bench|eval/i.test(repo.split('/')[1] ?? '')) return undefined;
  return repo;
}

/** `git clone https://github.com/org/engine` in the code blocks of a document, each with its line. */
function clonedRepos(doc: MarkdownDoc): Array<{ line: number; repo: string }> {
  const out: Array<{ line: number; repo: string }> = [];
  doc.lines.forEach((l, i) => {
    const url = doc.code[i] ? /\bgit clone\s+(https:\/\/github\.com\/[\w.-]+\/[\w.-]+)/.exec(l)?.[1] : undefined;
    const repo = url ? frameworkRepo(url) : undefined;
    if (repo) out.push({ line: i + 1, repo });
  });
  return out;
}

/** The outermost section holding a line, below a lone title heading. */
function topicOf(doc: MarkdownDoc, line: number): [number, number] {
  const chain = holding(doc, line);
  const outer = chain.at(-1)?.heading === loneTitle(doc) ? chain.at(-2) : chain.at(-1);
  return outer ? [outer.heading.line, outer.end] : [1, doc.lines.length];
}

const titles = new WeakMap<MarkdownDoc, Heading | null>();

/** The document's title: its only level-1 heading, if it has exactly one. */
function loneTitle(doc: MarkdownDoc): Heading | undefined {
  let t = titles.get(doc);
  if (t === undefined) {
    const top = doc.headings.filter((h) => h.level === 1);
    t = top.length === 1 ? (top[0] ?? null) : null;
    titles.set(doc, t);
  }
  return t ?? undefined;
}

// Training commands of one document looked at, at most.
const MAX_COMMANDS = 50;

/**
 * "git clone https://github.com/org/engine … sh scripts/finetune.sh configs/model/training.yml",
 * "llamafactory-cli train examples/train_lora/model_sft.yaml" under a link to the framework: the
 * README trains with a config file that lives in the framework's repository, not in this tree.
 */
function frameworkConfig(doc: MarkdownDoc, path: string, ctx: ScanContext): Finding[] {
  // Training commands that name a config file, then one pass over the tree for the files they name.
  const commands: Array<{ index: number; file: string }> = [];
  // The lines that name a training step are found by one search of the text, then kept if in code.
  for (const i of eachLineMatching(doc.text, /(?:^|[\s/_-])(?:train|finetune|fine[-_]tune|sft|pretrain|dpo)(?:[\s._-]|$)/i)) {
    if (commands.length >= MAX_COMMANDS) break;
    if (!doc.code[i]) continue;
    const line = doc.lines[i] ?? '';
    const file = /(?:^|[\s=])((?:[\w.-]+\/)*[\w.-]+\.(?:ya?ml|json|toml|gin))(?=\s|$|["'])/i.exec(line)?.[1];
    // A placeholder ("path/to/config.yaml", "<your config>") names no file at all.
    if (file && !/(?:^|\/)(?:path\/to|your[_-]?)|[<$]/i.test(file)) commands.push({ index: i, file: file.replace(/^\.?\//, '') });
  }
  if (commands.length === 0) return [];
  const names = new Set(commands.map((c) => c.file.slice(c.file.lastIndexOf('/') + 1)));
  const found = new Set<string>();
  for (const x of ctx.paths) {
    const name = x.slice(x.lastIndexOf('/') + 1);
    if (!names.has(name)) continue;
    for (const c of commands) if (x === c.file || x.endsWith(`/${c.file}`)) found.add(c.file);
  }
  let clones: Array<{ line: number; repo: string }> | undefined;
  for (const { index: i, file } of commands) {
    if (found.has(file)) continue;
    const [from] = topicOf(doc, i + 1);
    const linked = between(doc.links, from, i + 1).map((l: Link) => frameworkRepo(l.url)).filter((r): r is string => r !== undefined);
    clones ??= clonedRepos(doc);
    const cloned = between(clones, from, i + 1).map((c) => c.repo);
    // The framework the command runs: cloned above it, named in it (`llamafactory-cli` for LLaMA-Factory),
    // else the first one the section links (later links are its dependencies and tips).
    const squash = (x: string) => x.toLowerCase().replace(/[^a-z0-9]/g, '');
    const line = doc.lines[i] ?? '';
    const named = linked.find((r) => squash(line).includes(squash(r.split('/')[1] ?? '')));
    const repo = cloned.at(-1) ?? named ?? linked[0];
    if (!repo) continue;
    const url = `https://github.com/${repo}`;
    return [externalFinding('config', path, i + 1, 'framework-config', `${file} of ${repo} (${url})`, url)];
  }
  return [];
}

/**
 * "We follow exactly the same preprocessing steps and training hyperparameters as the original
 * paper": the settings are those of a named earlier work, published there. The link is the paper
 * when the sentence gives it, else the framework the section says the models were trained with.
 */
export function followsRecipe(doc: MarkdownDoc, path: string, what: 'config' | 'preprocessing'): Finding[] {
  const topic = what === 'config' ? String.raw`hyper-?parameters|training (?:setup|settings|recipe|schedule)` : String.raw`pre-?processing(?: steps| pipeline)?|data (?:processing|pipeline)`;
  const same = new RegExp(String.raw`\b(?:same|identical|exactly the same)\b[^.\n]{0,80}?\b(?:${topic})\b[^.\n]{0,120}?\b(?:as|to)\b|\b(?:${topic})\b[^.\n]{0,40}?\b(?:follow(?:s|ing)?|are (?:those|the same as)|identical to|taken from)\b`, 'i');
  // Only lines holding one of the pattern's verbs can match (a link's markup hides no word of it).
  for (const i of linesMatching(doc.text, /same|identical|follow|those|taken/i)) {
    if (doc.code[i]) continue;
    const words = linkWords(doc.lines[i] ?? '');
    const m = same.exec(words);
    if (!m) continue;
    // The sentence that says it, for the report.
    const start = Math.max(0, words.lastIndexOf('. ', m.index) + 1);
    const stop = words.indexOf('. ', m.index + m[0].length);
    const sentence = words.slice(start, stop < 0 ? undefined : stop + 1).trim();
    const [from, to] = topicOf(doc, i + 1);
    const paper = between(doc.links, i + 1, i + 1).find((l) => isPaperUrl(l.url));
    const framework = between(doc.links, from, to).map((l) => frameworkRepo(l.url)).find((r) => r !== undefined);
    const url = paper?.url ?? (framework ? `https://github.com/${framework}` : undefined);
    if (!url) continue;
    return [externalFinding(what, path, i + 1, 'follows-recipe', `'${sentence.slice(0, 160)}' (${url})`, url)];
  }
  return [];
}

/**
 * "[X-toolchain](https://github.com/…) - model development (inference/fine-tuning) interfaces and
 * canonical implementations", "fine-tuning recipes are in [X-recipes](…)": the top README names the
 * repository that holds the code to fine-tune its models. Not "a series of fine-tuned models" by
 * someone else, and not a repository named for data or benchmarks.
 */
export function fineTuningRepository(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    const repo = frameworkRepo(l.url);
    if (!repo) continue;
    const line = doc.lines[l.line - 1] ?? '';
    const at = line.indexOf(`](${l.url}`);
    if (at < 0) continue;
    // A list item that starts with the link describes that repository: "- [X](…) - fine-tuning recipes".
    const item = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*$/.test(line.slice(0, at)) ? linkWords(line.slice(at + l.url.length + 3)) : '';
    const describes = /\bfine-?tun(?:e|ing)\b/i.test(item) && /\b(?:recipes?|scripts?|implementations?|interfaces?|toolkit|framework|library)\b/i.test(item);
    // "For fine-tuning the models, see [X](…)", "If you want to fine tune X, head out to [X-finetune](…)":
    // the sentence leads to the link.
    const leads = /\bfor fine[- ]?tuning\b[^.]{0,60}\bsee\s*$|\b(?:to|wish to|want to) fine[- ]?tune\b[^.]{0,60}\b(?:see|head (?:out |over )?to|go to|check out|visit|use)\s*$/i.test(linkWords(line.slice(0, Math.max(0, line.lastIndexOf('[', at)))));
    if (!describes && !leads) continue;
    const url = `https://github.com/${repo}`;
    return [externalFinding('training', path, l.line, 'fine-tuning-repository', `${repo} (${url})`, url)];
  }
  return [];
}

/** A README or model card read for the settings of the released run and where they are published. */
export function documentedConfig(file: FileContent, ctx: ScanContext): Finding[] {
  const doc = parseMarkdown(file.text);
  const stated = statedHyperparameters(file, doc);
  if (stated[0]?.outcome === 'evidence') return stated;
  const elsewhere = [...runLogs(doc, file.path), ...frameworkConfig(doc, file.path, ctx), ...followsRecipe(doc, file.path, 'config')];
  return [...stated, ...(elsewhere.length > 0 ? elsewhere : ownPaperSetup(file))];
}

/**
 * A model release whose top README links its own paper: the paper is where its training setup
 * (optimizer, schedule, batch) is published, as a reader of the README would look for it. Only the
 * top README when it releases trained models (a library's README citing its method paper says nothing of
 * a run), or a model card.
 */
function ownPaperSetup(file: FileContent): Finding[] {
  const card = /model[_-]?card/i.test(file.path);
  if (file.path.includes('/') && !card) return [];
  if (!card && !releasesModel(file.text)) return [];
  const paper = findPaperRefs(file.text).find((r) => r.own && r.url && isPaperUrl(r.url));
  return paper ? [externalFinding('config', file.path, paper.line, 'paper-setup', paper.url, paper.url)] : [];
}
