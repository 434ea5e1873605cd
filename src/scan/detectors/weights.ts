import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { anyFolder, baseName, checkpointOf, dirName, extensionOf, isTestPath, isTrainingStateFile, isWeightExtension } from '../text/path-facts.js';
import { findHubLinks } from '../text/references.js';
import { perLine } from '../text/per-line.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { splitLines } from '../text/lines.js';

const RELEASE_FOLDER = /^(?:models?|weights|checkpoints?|ckpts?|pretrained|release|final)$/;
const DATA_FOLDER = /^(?:data|datasets|tokenized|shards)$/;
const CARD_FOLDER = /^(?:models?|weights|checkpoints?|release)$/;

/**
 * Final model parameters (MOF Class III). In the tree: weight files by extension (safetensors,
 * bin, pt, ckpt, gguf, onnx…), real or Git LFS pointers, and sharded-checkpoint indexes whose
 * shards are present. Elsewhere: a model hub page (huggingface.co/<org>/<model>, ModelScope,
 * Kaggle Models) linked as the release's download → `external`.
 * Not: files under step-numbered checkpoint folders (intermediate parameters), optimizer and
 * trainer state, tokenised data shards (`.bin` next to `.idx`), empty or text placeholders.
 */

function isCard(name: string): boolean {
  return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}

/** `.bin` is also the extension of tokenised data; only names and folders that say "model" count. */
function binLooksLikeWeights(path: string): boolean {
  const name = baseName(path).toLowerCase();
  if (/^(pytorch_model|model|weights?|adapter_model|consolidated|diffusion_pytorch_model|tf_model|flax_model|ggml-|params)/.test(name)) return true;
  return anyFolder(path, RELEASE_FOLDER);
}

function isDataShard(path: string, ctx?: ScanContext): boolean {
  if (anyFolder(path, DATA_FOLDER)) return true;
  if (ctx && extensionOf(path) === 'bin' && ctx.has(path.replace(/\.bin$/i, '.idx'))) return true;
  return false;
}

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  // The root README and model cards; a nested README only in a model's own folder (models/7b/README.md).
  if (isCard(name)) {
    if (!path.includes('/')) return 40;
    return /^model_?card/i.test(name) || anyFolder(path, CARD_FOLDER) ? 15 : undefined;
  }
  if (/\.(safetensors|bin)\.index\.json$/i.test(name)) return 85;
  const ext = extensionOf(path);
  if (!isWeightExtension(ext)) return undefined;
  if (isTrainingStateFile(name) || checkpointOf(path) || isDataShard(path)) return undefined;
  if (ext === 'bin' && !binLooksLikeWeights(path)) return undefined;
  // NumPy archives and HDF5 files hold data as often as weights.
  if ((ext === 'npz' || ext === 'h5') && !binLooksLikeWeights(path)) return undefined;
  return ext === 'safetensors' || ext === 'gguf' ? 90 : 80;
}

const OUTCOMES = defineOutcomes('weights', {
  'weights-file': { outcome: 'evidence', weight: 85, label: 'a binary weights file' },
  'lfs-pointer': { outcome: 'evidence', weight: 85, label: 'a Git LFS pointer to weights' },
  sharded: { outcome: 'evidence', weight: 80, label: 'a shard index with every shard in the tree' },
  'hub-page': { outcome: 'external', weight: 60, label: 'a hub model page linked as the release’s weights' },
  'shards-missing': { outcome: 'weak', weight: 40, label: 'a shard index with shards missing' },
  'model-catalogue': { outcome: 'weak', weight: 25, label: 'links to models of several organisations' },
  empty: { outcome: 'rejected', weight: 60 },
  placeholder: { outcome: 'rejected', weight: 60, label: 'a small text file under a weights name' },
  'not-weights': { outcome: 'rejected', weight: 55, label: 'JSON text under a weights name' },
  'empty-index': { outcome: 'rejected', weight: 40, label: 'a shard index listing no shards' },
  'data-shard': { outcome: 'rejected', weight: 20, label: 'a .bin next to an .idx: a data shard' },
});

/** A readable text file below this size under a weights name is a placeholder. */
const PLACEHOLDER_BYTES = 4096;
/** Hub model links reported per card at most. */
const MAX_HUB_LINKS = 5;

function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

function lfsSize(text: string): number | undefined {
  const m = /^size (\d+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

function checkWeightFile(file: FileContent, ctx: ScanContext): Finding[] {
  const name = baseName(file.path);
  const at = { path: file.path, line: 1 };
  if (extensionOf(file.path) === 'bin' && isDataShard(file.path, ctx)) {
    return [emit(OUTCOMES, 'data-shard', { ...at, message: `${name} sits next to an .idx index: a tokenised data shard, not weights` })];
  }
  if (file.lfsPointer) {
    const size = lfsSize(file.text);
    if (size === 0) {
      return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is a Git LFS pointer to an empty file` })];
    }
    return [emit(OUTCOMES, 'lfs-pointer', { ...at, message: `${name}: Git LFS pointer to ${size !== undefined ? formatBytes(size) : 'a file'} of model weights (content in LFS storage)` })];
  }
  if (file.size === 0) return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
  if (!file.binary) {
    // Weights are binary; a readable text under a weights name is a note or a placeholder.
    if (/^\s*\{/.test(file.text) && extensionOf(file.path) !== 'json') {
      return [emit(OUTCOMES, 'not-weights', { ...at, message: `${name} holds JSON text, not weights` })];
    }
    if (file.size < PLACEHOLDER_BYTES) {
      return [emit(OUTCOMES, 'placeholder', { ...at, message: `${name} is a ${file.size}-byte text file, not weights` })];
    }
  }
  return [emit(OUTCOMES, 'weights-file', { ...at, message: `${name}: ${formatBytes(file.size)} of model weights` })];
}

/** `model.safetensors.index.json` maps tensors to shards; it counts when the shards are here. */
function checkIndex(file: FileContent, ctx: ScanContext): Finding[] {
  const name = baseName(file.path);
  const shards = new Set<string>();
  for (const m of file.text.matchAll(/"([^"\n]+\.(?:safetensors|bin))"/g)) if (m[1]) shards.add(m[1]);
  const dir = dirName(file.path);
  const present = [...shards].filter((s) => ctx.has(dir ? `${dir}/${s}` : s));
  const at = { path: file.path, line: 1 };
  if (shards.size === 0) return [emit(OUTCOMES, 'empty-index', { ...at, message: `${name} lists no weight shards` })];
  if (present.length === shards.size) {
    return [emit(OUTCOMES, 'sharded', { ...at, message: `${name}: sharded weights, all ${shards.size} shards in the tree` })];
  }
  return [emit(OUTCOMES, 'shards-missing', { ...at, message: `${name} lists ${shards.size} weight shards but only ${present.length} are in the tree` })];
}

/**
 * The header row of the Markdown table a line belongs to (undefined outside a table). Lines are asked
 * about in order (the hub links of the file): the rows are walked once, forward, as far as the last line
 * asked about. Walking back from every link cost rows × links on a table of 20,000 linked rows, and
 * marking every row of the file first walked a table of links past the last one judged (issue 19).
 */
function tableHeaders(lines: readonly string[]): (at: number) => string | undefined {
  let walked = -1;
  let header: string | undefined;
  const row = /^\s*\|/;
  return (at) => {
    // A line above the walk (never, as asked) starts it again from the top.
    if (at < walked) {
      walked = -1;
      header = undefined;
    }
    for (let j = walked + 1; j <= at; j++) header = row.test(lines[j] ?? '') ? (header ?? lines[j]) : undefined;
    walked = Math.max(walked, at);
    return header;
  };
}

const DOWNLOAD_WORDS = /(weights?|checkpoints?|download|released?|available|model card|🤗|hugging ?face|hf hub|model hub)/i;

/** Words that tie a hub link to this release's weights rather than to a base model it builds on. */
function isDownloadContext(lines: readonly string[], at: number, headerOf: (at: number) => string | undefined): boolean {
  const line = lines[at] ?? '';
  if (/\b(base[ _-]?model|fine-?tuned (from|on top of)|based on|initiali[sz]ed (from|with)|distilled from|teacher|baseline|compare|comparison|built on|derived from|original model)\b/i.test(line)) {
    return false;
  }
  // In a table, the column says what the links are ("Hugging Face Checkpoints", not "Reference").
  const header = headerOf(at);
  if (header !== undefined) return DOWNLOAD_WORDS.test(header);
  return DOWNLOAD_WORDS.test(line);
}

/** Model links from this many organisations are a catalogue (a framework's supported models), not a release's own weights. */
const CATALOGUE_ORGS = 3;

function checkCard(file: FileContent): Finding[] {
  const out: Finding[] = [];
  const lines = splitLines(file.text);
  const headerOf = tableHeaders(lines);
  const download = perLine((_text, line) => isDownloadContext(lines, line - 1, headerOf));
  const links = findHubLinks(file.text).filter((l) => l.kind === 'model' && download(l.line, l.context));
  const orgs = new Set(links.map((l) => l.repo.split('/')[0]?.toLowerCase()));
  if (orgs.size >= CATALOGUE_ORGS) {
    const first = links[0];
    return [
      emit(OUTCOMES, 'model-catalogue', {
        path: file.path,
        line: first?.line ?? 1,
        message: `links models of ${orgs.size} organisations (a list of supported or related models, not this release's weights)`,
      }),
    ];
  }
  const seen = new Set<string>();
  for (const link of links) {
    if (seen.has(link.repo)) continue;
    seen.add(link.repo);
    out.push(emit(OUTCOMES, 'hub-page', { path: file.path, line: link.line, message: `weights published on ${link.hub}: ${link.repo} (not verifiable from the tree)`, url: link.url }));
    if (out.length >= MAX_HUB_LINKS) break;
  }
  return out;
}

export const weights: Detector = defineDetector({
  id: 'weights',
  globs: [
    '**/*.safetensors',
    '**/*.bin',
    '**/*.pt',
    '**/*.pth',
    '**/*.ckpt',
    '**/*.gguf',
    '**/*.ggml',
    '**/*.onnx',
    '**/*.h5',
    '**/*.keras',
    '**/*.msgpack',
    '**/*.tflite',
    '**/*.pdparams',
    '**/*.mlmodel',
    '**/*.npz',
    '**/*.safetensors.index.json',
    '**/*.bin.index.json',
    '**/README.md',
    '**/MODEL_CARD*.md',
    '**/model_card*.md',
  ],
  rank,
  enough: 3,
  check(file, ctx) {
    const name = baseName(file.path);
    if (isCard(name)) return file.binary ? [] : checkCard(file);
    if (/\.index\.json$/i.test(name)) return checkIndex(file, ctx);
    return checkWeightFile(file, ctx);
  },
});
