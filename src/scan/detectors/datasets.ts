import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isDataExtension, isTestPath } from '../text/path-facts.js';
import { findHubLinks } from '../text/references.js';
import { perLine } from '../text/per-line.js';
import { looksLikeModelOutputs, looksLikeScores, looksLikeTrainingText, sniffRecords } from '../text/records.js';
import { defineDetector } from '../define.js';

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
  const base = { artifact: 'datasets' as const, path: file.path, line: 1 };
  const ext = extensionOf(file.path);
  if (ext === 'bin') {
    if (!ctx.has(file.path.replace(/\.bin$/i, '.idx'))) return [];
    return [{ ...base, outcome: 'evidence', strength: 70, code: 'tokenized-shards', message: `${name} (+ .idx): tokenised training data shard` }];
  }
  if (isManifest(name)) {
    const urls = file.text.match(/https?:\/\/[^\s"',]+/g) ?? [];
    if (urls.length >= 2) {
      return [{ ...base, outcome: 'external', strength: 55, code: 'url-manifest', message: `${name} lists ${urls.length}${file.truncated ? '+' : ''} data URLs (the data itself is hosted elsewhere)`, url: urls[0] }];
    }
  }
  const shape = sniffRecords(file);
  const toy = isToySample(file.path);
  switch (shape.kind) {
    case 'records': {
      if (looksLikeModelOutputs(shape.keys) && !shape.keys.some((k) => /^(text|content|document|instruction|messages|conversations)$/i.test(k))) return [];
      if (!looksLikeTrainingText(shape.keys)) {
        return [
          {
            ...base,
            outcome: 'rejected',
            strength: 30,
            code: looksLikeScores(shape.keys) ? 'scores-table' : 'no-text-fields',
            message: `${name} is a table of ${shape.keys.filter(Boolean).slice(0, 4).join(', ') || 'unnamed columns'}, not training text`,
          },
        ];
      }
      if (toy || (!file.truncated && shape.count < 10)) {
        return [{ ...base, outcome: 'weak', strength: 30, code: 'toy-sample', message: `${name}: ${shape.count} records — a sample, not the training data` }];
      }
      return [{ ...base, outcome: 'evidence', strength: 75, code: 'records', message: `${name}: ${shape.count}${file.truncated ? '+' : ''} training records (${shape.keys.slice(0, 4).join(', ')})` }];
    }
    case 'lfs':
      return [{ ...base, outcome: 'evidence', strength: 75, code: 'lfs-pointer', message: `${name}: data in Git LFS${shape.size ? ` (${shape.size} bytes)` : ''}` }];
    case 'binary':
      if (toy || file.size < 1024) return [{ ...base, outcome: 'weak', strength: 30, code: 'toy-sample', message: `${name}: a ${file.size}-byte sample, not the training data` }];
      return [{ ...base, outcome: 'evidence', strength: 70, code: 'data-file', message: `${name}: ${ext} data file (${file.size} bytes)` }];
    case 'text':
      if (toy || shape.lines < 20) return [{ ...base, outcome: 'weak', strength: 25, code: 'toy-sample', message: `${name}: ${shape.lines} lines — a sample, not the training data` }];
      return [{ ...base, outcome: 'evidence', strength: 55, code: 'text-data', message: `${name}: ${shape.lines}${file.truncated ? '+' : ''} lines of training text` }];
    case 'empty':
      return [{ ...base, outcome: 'rejected', strength: 55, code: 'empty', message: `${name} is empty` }];
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
    out.push({
      artifact: 'datasets',
      path: file.path,
      line: link.line,
      outcome: 'external',
      strength: 55,
      code: 'hub-dataset',
      message: `dataset published on ${link.hub}: ${link.repo} (not verifiable from the tree)`,
      url: link.url,
    });
    if (out.length >= 5) break;
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
