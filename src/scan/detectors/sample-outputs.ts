import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, folders, isTestPath } from '../text/path-facts.js';
import { looksLikeModelOutputs, sniffRecords } from '../text/records.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { linesMatching, splitLines } from '../text/lines.js';

/**
 * Sample model outputs (MOF Class III, optional): examples of what the model produces —
 * generations files (`generations/*.jsonl`, `*samples*.jsonl` with output fields), a samples/
 * folder of texts, images or audio, and a README section of example outputs.
 * Not: sample *inputs* (`sample_data/`), `sample.py` scripts, evaluation scores.
 */

const OUTPUT_FOLDER = /^(samples|sample_outputs|sample-outputs|generations|generated|model_outputs|example_outputs|outputs_examples|showcase|gallery)$/;
const MEDIA = /^(png|jpe?g|webp|gif|wav|mp3|flac|mp4|webm|svg)$/;

function isReadme(name: string): boolean {
  return /^(readme|samples?|examples?|outputs?|showcase|gallery)\.md$/i.test(name);
}

const OUTCOMES = defineOutcomes('sample-outputs', {
  generations: { outcome: 'evidence', weight: 75, label: 'records with an output or generation field' },
  'media-sample': { outcome: 'evidence', weight: 60, label: 'a generated image, audio or video file' },
  'text-sample': { outcome: 'evidence', weight: 55, label: 'a few lines of sample output' },
  'lfs-pointer': { outcome: 'evidence', weight: 55, label: 'sample outputs stored in Git LFS' },
  'readme-examples': { outcome: 'evidence', weight: 55, label: 'a README section of example outputs' },
  'records-no-output': { outcome: 'weak', weight: 30, label: 'records without an output field' },
  empty: { outcome: 'rejected', weight: 50 },
  'too-small': { outcome: 'rejected', weight: 40, label: 'too few lines to be a sample' },
});

/** A text sample has at least this many lines; a README section this many prompt/output lines. */
const MIN_LINES = 3;
const MIN_MATERIAL = 2;

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  const lower = name.toLowerCase();
  const ext = extensionOf(path);
  if (isReadme(name)) return !path.includes('/') ? 25 : anyFolder(path, OUTPUT_FOLDER) ? 70 : /^(samples?|showcase|gallery)\.md$/.test(lower) ? 60 : undefined;
  if (!/^(jsonl|json|txt|md|csv|html)$/.test(ext) && !MEDIA.test(ext)) return undefined;
  const fs = folders(path);
  if (/^(sample_data|samples_data|inputs?|prompts?)$/.test(fs[fs.length - 1] ?? '')) return undefined;
  if (anyFolder(path, OUTPUT_FOLDER)) return MEDIA.test(ext) ? 65 : 80;
  if (/(generations?|samples?|completions|model_outputs?|sample_outputs?)[-_.]/.test(lower) && !MEDIA.test(ext)) return 70;
  if (MEDIA.test(ext) && /(sample|generated|generation|output)/.test(lower)) return 55;
  return undefined;
}

function checkFile(file: FileContent): Finding[] {
  const name = baseName(file.path);
  const ext = extensionOf(file.path);
  const at = { path: file.path, line: 1 };
  if (MEDIA.test(ext)) {
    if (file.size === 0) return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    return [emit(OUTCOMES, 'media-sample', { ...at, message: `${name}: a generated ${ext} sample` })];
  }
  const shape = sniffRecords(file);
  switch (shape.kind) {
    case 'records':
      if (looksLikeModelOutputs(shape.keys)) {
        return [emit(OUTCOMES, 'generations', { ...at, message: `${name}: ${shape.count}${file.truncated ? '+' : ''} model outputs (${shape.keys.slice(0, 4).join(', ')})` })];
      }
      return [emit(OUTCOMES, 'records-no-output', { ...at, message: `${name} holds records without an output/generation field` })];
    case 'text':
      if (shape.lines >= MIN_LINES) return [emit(OUTCOMES, 'text-sample', { ...at, message: `${name}: ${shape.lines} lines of sample output` })];
      return [emit(OUTCOMES, 'too-small', { ...at, message: `${name} holds only ${shape.lines} line(s)` })];
    case 'lfs':
      return [emit(OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: sample outputs in Git LFS` })];
    case 'empty':
      return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
    default:
      return [];
  }
}

/** A README section of example generations: a heading about outputs with prompt/response material under it. */
function checkReadme(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  // The heading lines that may name examples are found by searching the whole text, not by a test per
  // line, nor per heading (a file can be thousands of headings).
  for (const i of linesMatching(file.text, /^#{1,6}\s+.*(?:sample|example|generation|output|showcase)/i)) {
    const h = /^(#{1,6})\s+(.*)$/.exec(lines[i] ?? '');
    if (!h || !/\b(sample|example) (model )?(outputs?|generations?|completions?|responses?)|\b(generation|output) (examples?|samples?)|\bshowcase\b|\bmodel outputs?\b/i.test(h[2] ?? '')) continue;
    const level = h[1]?.length ?? 2;
    let end = i + 1;
    while (end < lines.length) {
      const next = /^(#{1,6})\s/.exec(lines[end] ?? '');
      if (next && (next[1]?.length ?? 0) <= level) break;
      end++;
    }
    const body = lines.slice(i + 1, end);
    const material = body.filter((l) => /^\s*(```|>|\||!\[)|\b(prompt|input|output|response|completion|assistant|user)\s*[:|]/i.test(l)).length;
    if (material >= MIN_MATERIAL) {
      return [emit(OUTCOMES, 'readme-examples', { path: file.path, line: i + 1, message: `section '${(h[2] ?? '').trim()}' shows example model outputs` })];
    }
  }
  return [];
}

export const sampleOutputs: Detector = defineDetector({
  id: 'sample-outputs',
  // Extensions spelled out: the scan indexes globs by extension, and `folder/**/*` would be tried on every path.
  globs: [
    '**/{samples,sample_outputs,sample-outputs,generations,generated,model_outputs,showcase,gallery}/**/*.{jsonl,json,txt,md,csv,html,png,jpg,jpeg,webp,gif,wav,mp3,flac,mp4,webm,svg}',
    '**/*generation*.{jsonl,json,txt,md}',
    '**/*samples*.{jsonl,json,txt,md}',
    '**/*completions*.{jsonl,json}',
    '**/*sample*.{png,jpg,jpeg,webp,gif,wav,mp3}',
    'README.md',
    '**/SAMPLES.md',
    '**/EXAMPLES.md',
  ],
  rank,
  enough: 2,
  check(file) {
    if (file.lfsPointer && MEDIA.test(extensionOf(file.path))) {
      return [emit(OUTCOMES, 'lfs-pointer', { path: file.path, line: 1, message: `${baseName(file.path)}: sample output in Git LFS` })];
    }
    if (isReadme(baseName(file.path))) return file.binary ? [] : checkReadme(file);
    return checkFile(file);
  },
});
