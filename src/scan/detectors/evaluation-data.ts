import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isDataExtension, isTestPath } from '../text/path-facts.js';
import { findHubLinks } from '../text/references.js';
import { perLine } from '../text/per-line.js';
import { looksLikeEvalItems, looksLikeScores, sniffRecords } from '../text/records.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

/**
 * Evaluation data (MOF Class II): the sets the model was evaluated on, released in the tree
 * (data files in eval, evaluation and benchmark folders, or test/eval splits under data/)
 * or linked as dataset hub pages in an evaluation context (→ `external`).
 * Not: evaluation *results* (scores, predictions), configs, unit-test fixtures.
 */

const OUTPUT_FOLDER = /^(?:results?|outputs?|predictions|generations|samples|logs|runs)$/;
const DATA_FOLDER = /^(?:data|datasets)$/;

const EVAL_FOLDER = /^(eval|evals|evaluation|evaluations|benchmarks?|eval_data|evaluation_data|eval_sets?|test_sets?|testsets?|heldout|held_out)$/;
const RESULT_NAME = /(result|score|metric|prediction|output|generation|leaderboard|summary|report)/i;

function isCard(name: string): boolean {
  return /^(readme|model_?card[^/]*|eval[^/]*)\.md$/i.test(name);
}

const OUTCOMES = defineOutcomes('evaluation-data', {
  'eval-items': { outcome: 'evidence', weight: 80, label: 'records with question/answer fields' },
  'lfs-pointer': { outcome: 'evidence', weight: 65, label: 'evaluation data stored in Git LFS' },
  'data-file': { outcome: 'evidence', weight: 60, label: 'a binary data file in an evaluation folder' },
  'text-data': { outcome: 'evidence', weight: 50, label: 'lines of evaluation text' },
  'hub-dataset': { outcome: 'external', weight: 55, label: 'a hub dataset named as evaluation data' },
  'eval-records': { outcome: 'weak', weight: 35, label: 'records without question/answer fields' },
  'scores-table': { outcome: 'rejected', weight: 30, label: 'a table of scores: results, not data' },
  'too-small': { outcome: 'rejected', weight: 40, label: 'too few lines' },
  empty: { outcome: 'rejected', weight: 55 },
});

/** A text file of evaluation items has at least this many lines. */
const MIN_LINES = 5;
/** Hub dataset links reported per card at most. */
const MAX_HUB_LINKS = 5;

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  const lower = name.toLowerCase();
  if (isCard(name)) return path.includes('/') ? (/^eval/i.test(name) ? 30 : undefined) : 20;
  const ext = extensionOf(path);
  if (!isDataExtension(ext) || ext === 'idx' || ext === 'bin') return undefined;
  if (RESULT_NAME.test(lower) || anyFolder(path, OUTPUT_FOLDER)) return undefined;
  if (/^(config|package|tsconfig|dataset_info|dataset_infos|state|trainer_state|tokenizer.*)\.json$/.test(lower)) return undefined;
  if (/^(requirements|constraints|license|licence|notice|authors|vocab|merges|readme|changelog)([-_.].*)?\.txt$/.test(lower)) return undefined;
  if (anyFolder(path, EVAL_FOLDER)) return 80;
  if (anyFolder(path, DATA_FOLDER) && /^(test|eval|dev|valid|validation|heldout)([-_.]|$)|[-_](test|eval|dev)\./.test(lower)) return 70;
  return undefined;
}

function looksLikeScoreKey(key: string): boolean {
  return looksLikeScores([key]);
}

function checkDataFile(file: FileContent): Finding[] {
  const name = baseName(file.path);
  const shape = sniffRecords(file);
  const at = { path: file.path, line: 1 };
  switch (shape.kind) {
    case 'records':
      if (looksLikeEvalItems(shape.keys)) {
        return [emit(OUTCOMES, 'eval-items', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} evaluation items (${shape.keys.slice(0, 4).join(', ')})` })];
      }
      if (looksLikeScores(shape.keys)) {
        return [emit(OUTCOMES, 'scores-table', { ...at, message: `${name} holds scores (${shape.keys.filter(looksLikeScoreKey).slice(0, 3).join(', ')}): evaluation results, not evaluation data` })];
      }
      return [emit(OUTCOMES, 'eval-records', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} records in an evaluation folder, without question/answer fields` })];
    case 'lfs':
      return [emit(OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: evaluation data in Git LFS${shape.size ? ` (${shape.size} bytes)` : ''}` })];
    case 'binary':
      return [emit(OUTCOMES, 'data-file', { ...at, message: `${name}: ${extensionOf(file.path)} evaluation data file` })];
    case 'text':
      return shape.lines >= MIN_LINES
        ? [emit(OUTCOMES, 'text-data', { ...at, message: `${name}: ${shape.lines} lines of evaluation text` })]
        : [emit(OUTCOMES, 'too-small', { ...at, message: `${name} holds only ${shape.lines} line(s)` })];
    case 'empty':
      return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    case 'other':
      return [];
  }
}

function checkCard(file: FileContent): Finding[] {
  const out: Finding[] = [];
  const evalLine = perLine((line) => /\b(eval|evaluat|benchmark|test set|testset|held-?out)/i.test(line));
  for (const link of findHubLinks(file.text)) {
    // Hub datasets of scores and run details are results, not the items evaluated on.
    if (link.kind !== 'dataset' || /result|leaderboard|score|details|prediction/i.test(link.repo)) continue;
    if (!evalLine(link.line, link.context)) continue;
    out.push(emit(OUTCOMES, 'hub-dataset', { path: file.path, line: link.line, message: `evaluation data published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
    if (out.length >= MAX_HUB_LINKS) break;
  }
  return out;
}

export const evaluationData: Detector = defineDetector({
  id: 'evaluation-data',
  globs: [
    '**/eval*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz,jsonl.zst}',
    '**/evaluation*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz,jsonl.zst}',
    '**/benchmark*/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt,ndjson,jsonl.gz,json.gz}',
    '**/test_sets/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt}',
    '**/heldout/**/*.{jsonl,json,csv,tsv,parquet,arrow,txt}',
    '**/data/**/*{test,eval,dev,valid,validation,heldout}*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,json.gz}',
    '**/datasets/**/*{test,eval,dev,valid,validation,heldout}*.{jsonl,json,csv,tsv,parquet,arrow,txt,jsonl.gz,json.gz}',
    'README.md',
    '**/EVAL*.md',
    '**/eval*.md',
  ],
  rank,
  enough: 3,
  check(file) {
    if (isCard(baseName(file.path))) return file.binary ? [] : checkCard(file);
    return checkDataFile(file);
  },
});
