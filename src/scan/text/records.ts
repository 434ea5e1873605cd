import type { FileContent } from '../../domain/finding.js';
import { extensionOf } from './path-facts.js';

/**
 * What a data file holds, from its bounded head: JSON Lines records, a JSON array of records, a
 * CSV/TSV table, plain text, a binary (columnar, compressed) file or a Git LFS pointer. The keys
 * of the first records tell an evaluation set (question/answer) from model outputs (generation)
 * from training text.
 */
export type RecordShape =
  | { kind: 'records'; format: 'jsonl' | 'json' | 'csv' | 'tsv'; keys: string[]; count: number }
  | { kind: 'text'; lines: number }
  | { kind: 'binary' }
  | { kind: 'lfs'; size?: number }
  | { kind: 'empty' }
  | { kind: 'other' };

const MAX_RECORDS = 50;

function keysOf(value: unknown): string[] | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value);
  return undefined;
}

export function sniffRecords(file: FileContent): RecordShape {
  if (file.lfsPointer) {
    const m = /^size (\d+)$/m.exec(file.text);
    return { kind: 'lfs', ...(m ? { size: Number(m[1]) } : {}) };
  }
  if (file.size === 0 || (!file.binary && !file.text.trim())) return { kind: 'empty' };
  if (file.binary) return { kind: 'binary' };
  const ext = extensionOf(file.path);
  const lines = file.text.split('\n').filter((l) => l.trim());
  if (ext === 'jsonl' || ext === 'ndjson' || (ext === 'json' && lines.length > 1 && /^\s*\{.*\}\s*$/.test(lines[0] ?? ''))) {
    const keys = new Set<string>();
    let count = 0;
    // The last line of a truncated head may be cut mid-record.
    const usable = file.truncated ? lines.slice(0, -1) : lines;
    for (const line of usable.slice(0, MAX_RECORDS)) {
      try {
        const k = keysOf(JSON.parse(line));
        if (!k) continue;
        for (const key of k) keys.add(key);
        count++;
      } catch {
        // A malformed line is not a record.
      }
    }
    if (count > 0) return { kind: 'records', format: 'jsonl', keys: [...keys], count };
    return { kind: 'other' };
  }
  if (ext === 'json') {
    if (file.truncated) {
      // A cut JSON array: look at the keys of its first objects textually.
      const keys = [...new Set([...file.text.slice(0, 20000).matchAll(/"([\w -]{1,40})"\s*:/g)].map((m) => m[1] ?? ''))];
      return /^\s*\[\s*\{/.test(file.text) ? { kind: 'records', format: 'json', keys, count: MAX_RECORDS } : { kind: 'other' };
    }
    try {
      const value: unknown = JSON.parse(file.text);
      const rows = Array.isArray(value) ? value : keysOf(value)?.length === 1 ? Object.values(value as object)[0] : undefined;
      if (Array.isArray(rows)) {
        const keys = new Set<string>();
        let count = 0;
        for (const row of rows.slice(0, MAX_RECORDS)) {
          const k = keysOf(row);
          if (!k) continue;
          for (const key of k) keys.add(key);
          count++;
        }
        if (count > 0) return { kind: 'records', format: 'json', keys: [...keys], count: rows.length };
      }
    } catch {
      return { kind: 'other' };
    }
    return { kind: 'other' };
  }
  if (ext === 'csv' || ext === 'tsv') {
    const sep = ext === 'tsv' ? '\t' : ',';
    const header = (lines[0] ?? '').split(sep).map((h) => h.trim().replace(/^"|"$/g, ''));
    if (header.length >= 1 && lines.length >= 2) return { kind: 'records', format: ext, keys: header, count: lines.length - 1 };
    return { kind: 'other' };
  }
  return { kind: 'text', lines: lines.length };
}

/** Field names of evaluation items. */
export function looksLikeEvalItems(keys: readonly string[]): boolean {
  const k = keys.map((s) => s.toLowerCase());
  const input = k.some((s) => /^(question|prompt|input|query|problem|context|instruction|premise|sentence\d?|text|ctx|passage|task_id)$/.test(s));
  const target = k.some((s) => /^(answer|answers|label|labels|target|targets|gold|output|choices|options|endings|solution|canonical_solution|test|reference|references|correct|answerkey|hypothesis)$/.test(s));
  return input && target;
}

/** Field names of scores: a results table, not data. */
export function looksLikeScores(keys: readonly string[]): boolean {
  return keys.some((s) => /^(acc|acc_norm|accuracy|acc_stderr|score|scores|f1|exact_match|em|bleu|rouge\w*|ppl|perplexity|loss|pass@\d+|pass_at_\d+|win_rate|elo)$/i.test(s));
}

/**
 * Field names that carry training text (documents, instructions, conversations, tokens). A table
 * of numbers or identifiers under data/ is metadata, not a dataset.
 */
export function looksLikeTrainingText(keys: readonly string[]): boolean {
  return keys.some((s) =>
    /^(text|content|document|doc|raw|body|article|passage|sentence|code|instruction|input|output|prompt|response|completion|chosen|rejected|messages|conversations|conversation|dialog|dialogue|question|answer|caption|transcript|input_ids|tokens|token_ids|src|tgt|source_text|target_text|image|audio|url)$/i.test(s),
  );
}

/** Field names of model outputs. */
export function looksLikeModelOutputs(keys: readonly string[]): boolean {
  return keys.some((s) => /^(generation|generations|generated|generated_text|completion|completions|response|responses|model_output|output|outputs|prediction|predictions|sample|samples)$/i.test(s));
}
