import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isDataExtension, isTestPath } from '../text/path-facts.js';
import { findHubLinks } from '../text/references.js';
import { perLine } from '../text/per-line.js';
import { looksLikeModelOutputs, looksLikeScores, looksLikeTrainingText, sniffRecords } from '../text/records.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

/**
 * Datasets (MOF Class I): the training data itself. In the tree: data files under data/,
 * datasets/, corpus/ (JSON Lines, Parquet, Arrow, CSV, TFRecord, compressed shards, tokenised
 * `.bin`/`.idx` pairs). Elsewhere: dataset hub pages (huggingface.co/datasets/…, ModelScope,
 * Kaggle) linked as training data, and URL manifests listing where the shards live → `external`.
 * Not: evaluation sets (→ evaluation data), model outputs, toy samples, unit-test fixtures.
 */

const NOT_DATA_FOLDER = /^(?:eval|evals|evaluation|benchmarks?|results?|outputs?|samples|generations|predictions|logs|runs|configs?)$/;

const DATA_FOLDER = /^(data|datasets?|corpus|corpora|pretraining_data|training_data|train_data|shards|tokenized)$/;
const EVAL_WORD = /(^|[-_./])(test|eval|evaluation|dev|valid|validation|heldout|benchmark)s?([-_./]|$)/i;

const OUTCOMES = defineOutcomes('datasets', {
  'tokenized-shards': { outcome: 'evidence', weight: 70, label: 'a .bin shard with its .idx index' },
  records: { outcome: 'evidence', weight: 75, label: 'records with text fields' },
  'lfs-pointer': { outcome: 'evidence', weight: 75, label: 'data stored in Git LFS' },
  'data-file': { outcome: 'evidence', weight: 70, label: 'a binary data file of some size' },
  'text-data': { outcome: 'evidence', weight: 55, label: 'a plain-text corpus file' },
  'url-manifest': { outcome: 'external', weight: 55, label: 'a list of data URLs' },
  'hub-dataset': { outcome: 'external', weight: 55, label: 'a dataset hub page named as training data' },
  'toy-sample': { outcome: 'weak', weight: 30, label: 'a few records or bytes: a sample' },
  'toy-text': { outcome: 'weak', weight: 25, code: 'toy-sample', label: 'a few lines of text: a sample' },
  'scores-table': { outcome: 'rejected', weight: 30, label: 'a table of scores' },
  'no-text-fields': { outcome: 'rejected', weight: 30, label: 'a table without text fields' },
  empty: { outcome: 'rejected', weight: 55 },
});

/** Below these a data file is a sample, not the training data. */
const MIN_RECORDS = 10;
const MIN_BYTES = 1024;
const MIN_LINES = 20;
/** Hub dataset links reported per document at most. */
const MAX_HUB_LINKS = 5;

function isDoc(name: string): boolean {
  return /^(readme|model_?card[^/]*|data_?card[^/]*|datasheet[^/]*|data[^/]*)\.md$/i.test(name);
}

function isManifest(name: string): boolean {
  return /(^|[-_.])(urls?|sources|manifest|shards)[-_.]?[\w-]*\.(txt|csv|tsv|json|jsonl)$/i.test(name);
}

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (isDoc(name)) {
    if (!path.includes('/') || /data|datasheet/i.test(name) || anyFolder(path, DATA_FOLDER)) return 20;
    return undefined;
  }
  const ext = extensionOf(path);
  if (!isDataExtension(ext)) return undefined;
  if (anyFolder(path, NOT_DATA_FOLDER)) return undefined;
  if (EVAL_WORD.test(lower)) return undefined;
  if (/^(config|package|tsconfig|dataset_info|dataset_infos|state|vocab|merges|tokenizer.*|special_tokens_map|requirements|license.*)\.(json|txt)$/.test(lower)) return undefined;
  if (/^(requirements|constraints|license|licence|notice|authors|vocab|merges|readme|changelog)([-_.].*)?\.txt$/.test(lower)) return undefined;
  if (!anyFolder(path, DATA_FOLDER)) {
    // Columnar and shard formats are data wherever they are.
    return ext === 'parquet' || ext === 'arrow' || ext === 'tfrecord' || ext.startsWith('jsonl.') ? 50 : undefined;
  }
  if (isManifest(lower)) return 60;
  if (ext === 'idx') return undefined;
  return ext === 'txt' || ext === 'json' ? 55 : 75;
}

function isToySample(path: string): boolean {
  return /^(sample|samples|example|examples|toy|dummy|tiny|mini|demo|debug)([-_.]|$)/i.test(baseName(path));
}

function checkDataFile(file: FileContent, ctx: ScanContext): Finding[] {
  const name = baseName(file.path);
  const at = { path: file.path, line: 1 };
  const ext = extensionOf(file.path);
  if (ext === 'bin') {
    if (!ctx.has(file.path.replace(/\.bin$/i, '.idx'))) return [];
    return [emit(OUTCOMES, 'tokenized-shards', { ...at, message: `${name} (+ .idx): tokenised training data shard` })];
  }
  if (isManifest(name)) {
    const urls = file.text.match(/https?:\/\/[^\s"',]+/g) ?? [];
    if (urls.length >= 2) {
      return [emit(OUTCOMES, 'url-manifest', { ...at, message: `${name} lists ${urls.length}${file.truncated ? '+' : ''} data URLs (the data itself is hosted elsewhere)`, url: urls[0] })];
    }
  }
  const shape = sniffRecords(file);
  const toy = isToySample(file.path);
  switch (shape.kind) {
    case 'records': {
      if (looksLikeModelOutputs(shape.keys) && !shape.keys.some((k) => /^(text|content|document|instruction|messages|conversations)$/i.test(k))) return [];
      if (!looksLikeTrainingText(shape.keys)) {
        return [
          emit(OUTCOMES, looksLikeScores(shape.keys) ? 'scores-table' : 'no-text-fields', {
            ...at,
            message: `${name} is a table of ${shape.keys.filter(Boolean).slice(0, 4).join(', ') || 'unnamed columns'}, not training text`,
          }),
        ];
      }
      if (toy || (!file.truncated && shape.count < MIN_RECORDS)) {
        return [emit(OUTCOMES, 'toy-sample', { ...at, message: `${name}: ${shape.count} records — a sample, not the training data` })];
      }
      return [emit(OUTCOMES, 'records', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} training records (${shape.keys.slice(0, 4).join(', ')})` })];
    }
    case 'lfs':
      return [emit(OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: data in Git LFS${shape.size ? ` (${shape.size} bytes)` : ''}` })];
    case 'binary':
      if (toy || file.size < MIN_BYTES) return [emit(OUTCOMES, 'toy-sample', { ...at, message: `${name}: a ${file.size}-byte sample, not the training data` })];
      return [emit(OUTCOMES, 'data-file', { ...at, message: `${name}: ${ext} data file (${file.size} bytes)` })];
    case 'text':
      if (toy || shape.lines < MIN_LINES) return [emit(OUTCOMES, 'toy-text', { ...at, message: `${name}: ${shape.lines} lines — a sample, not the training data` })];
      return [emit(OUTCOMES, 'text-data', { ...at, message: `${name}: ${shape.lines}${file.truncated ? '+' : ''} lines of training text` })];
    case 'empty':
      return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    case 'other':
      return [];
  }
}

function checkDoc(file: FileContent): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const evalLine = perLine((line) => /\b(eval|evaluat|benchmark|test set|testset|held-?out)/i.test(line));
  for (const link of findHubLinks(file.text)) {
    if (link.kind !== 'dataset' || seen.has(link.repo)) continue;
    // Evaluation sets are the evaluation-data detector's; here only what the model was trained on.
    if (evalLine(link.line, link.context)) continue;
    seen.add(link.repo);
    out.push(emit(OUTCOMES, 'hub-dataset', { path: file.path, line: link.line, message: `dataset published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
    if (out.length >= MAX_HUB_LINKS) break;
  }
  return out;
}

export const datasets: Detector = defineDetector({
  id: 'datasets',
  globs: [
    '**/data/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,tfrecord,npy,bin,ndjson,jsonl.gz,json.gz,jsonl.zst,json.zst,csv.gz,txt.gz,tar,tar.gz,zst,gz}',
    '**/datasets/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,tfrecord,npy,bin,ndjson,jsonl.gz,json.gz,jsonl.zst,json.zst,csv.gz,txt.gz,tar,tar.gz,zst,gz}',
    '**/corpus/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,jsonl.zst,zst,gz}',
    '**/*.parquet',
    '**/*.arrow',
    '**/*.tfrecord',
    '**/*.jsonl.{gz,zst}',
    'README.md',
    '**/DATA_CARD*.md',
    '**/data_card*.md',
    '**/DATASHEET*.md',
    '**/datasheet*.md',
    '**/DATA*.md',
    '**/data/README.md',
    '**/datasets/README.md',
  ],
  rank,
  enough: 3,
  check(file, ctx) {
    if (isDoc(baseName(file.path))) return file.binary ? [] : checkDoc(file);
    return checkDataFile(file, ctx);
  },
});
