import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { baseName, checkpointOf, inCheckpointFolder, isCheckpointContent, isTestPath, isWeightExtension } from '../text/path-facts.js';
import { findHubLinks } from '../text/references.js';
import { linesMatching, splitLines } from '../text/lines.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

/**
 * Intermediate model parameters (MOF Class I): checkpoints saved during training.
 * In the tree: step-numbered folders or files (`step_1000/`, `checkpoint-2000/`, `iter_0005000/`,
 * `global_step300/`, `ckpt_1000.pt`) — two or more distinct steps, since a single numbered
 * checkpoint may simply be the final one. Declared elsewhere (→ `external`): a listing file or
 * README section that enumerates checkpoints hosted outside the tree (steps, hub revisions or
 * URLs, e.g. a CSV of step → URL), or a README sentence releasing them ("154 checkpoints are
 * available for each model").
 */

const OUTCOMES = defineOutcomes('checkpoints', {
  'step-checkpoints': { outcome: 'evidence', weight: 85, label: 'several step-numbered checkpoints in the tree' },
  listing: { outcome: 'external', weight: 70, label: 'a listing file of checkpoints hosted elsewhere' },
  'card-listing': { outcome: 'external', weight: 65, code: 'listing', label: 'a README section listing checkpoints' },
  declared: { outcome: 'external', weight: 55, label: 'a README sentence releasing checkpoints' },
  'few-listed': { outcome: 'weak', weight: 30, label: 'a listing of too few steps' },
  'single-checkpoint': { outcome: 'weak', weight: 30, label: 'one step-numbered checkpoint, maybe the final one' },
  'no-steps': { outcome: 'rejected', weight: 40, label: 'a listing file naming no steps' },
});

const MIN_STEPS = 2;
/** A listing must name at least this many distinct steps to be a listing and not an example. */
const MIN_LISTED = 3;

function isCard(name: string): boolean {
  return /^(readme|model_?card[^/]*)\.md$/i.test(name);
}

function isListingName(path: string): boolean {
  const name = baseName(path).toLowerCase();
  if (!/\.(md|txt|csv|tsv|json|jsonl|ya?ml)$/.test(name) || inCheckpointFolder(path)) return false;
  if (/^(checkpoints?|ckpts?|revisions|intermediate[-_]checkpoints?)([-_.][\w.-]*)?\.[a-z]+$/.test(name)) return true;
  // Files in a checkpoints/ folder (checkpoints/official/OLMo-7B.csv), but not a checkpoint's own config.
  return /(^|\/)(checkpoints?|ckpts?)\//i.test(path) && !/^(config|generation_config|tokenizer.*|special_tokens_map|trainer_state|model\.safetensors\.index)\.json$/.test(name);
}

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  if (isCard(name)) return path.includes('/') ? 20 : 40;
  if (isListingName(path)) return 80;
  // Step → URL tables kept with the run configs (configs/official-*/<model>.csv).
  if (/\.(csv|tsv)$/i.test(name) && /(^|\/)(configs?|official[^/]*|releases?)\//i.test(path) && !inCheckpointFolder(path)) return 60;
  return undefined;
}

/** Step numbers named in a text: `step1000`, `step_1000`, `checkpoint-2000`, `iter_0005000`, `global_step300`, CSV `1000,` rows under a step column. */
function stepsIn(text: string): { steps: Set<number>; firstLine: number } {
  const steps = new Set<number>();
  let firstLine = 0;
  const lines = text.split('\n');
  const stepColumn = /^\s*"?step"?\s*[,\t]/i.test(lines[0] ?? '');
  for (let i = 0; i < lines.length && i < 5000; i++) {
    const line = lines[i] ?? '';
    let found = false;
    for (const m of line.matchAll(/\b(?:checkpoint|ckpt|step|global_step|iter|iteration)[-_ ]?(\d{2,9})\b/gi)) {
      steps.add(Number(m[1]));
      found = true;
    }
    if (stepColumn && i > 0) {
      const m = /^\s*"?(\d{1,9})"?\s*[,\t]/.exec(line);
      if (m) {
        steps.add(Number(m[1]));
        found = true;
      }
    }
    if (found && !firstLine) firstLine = i + 1;
  }
  return { steps, firstLine: firstLine || 1 };
}

function describeSteps(steps: Set<number>): string {
  const sorted = [...steps].sort((a, b) => a - b);
  const shown = sorted.length > 4 ? `${sorted.slice(0, 2).join(', ')} … ${sorted[sorted.length - 1]}` : sorted.join(', ');
  return `${sorted.length} steps (${shown})`;
}

function firstUrl(text: string): string | undefined {
  return /https?:\/\/[^\s"'<>)\],|]+/.exec(text)?.[0];
}

function checkListing(file: FileContent): Finding[] {
  const { steps, firstLine } = stepsIn(file.text);
  const name = baseName(file.path);
  const at = { path: file.path, line: firstLine };
  if (steps.size >= MIN_LISTED) {
    const url = firstUrl(file.text);
    return [emit(OUTCOMES, 'listing', { ...at, message: `${name} lists intermediate checkpoints hosted outside the tree: ${describeSteps(steps)}${url ? ` (e.g. ${url})` : ''}`, url })];
  }
  // A configs/ table without steps is some other table: not worth a word.
  if (steps.size === 0 && !isListingName(file.path)) return [];
  if (steps.size > 0) {
    return [emit(OUTCOMES, 'few-listed', { ...at, message: `${name} names only ${describeSteps(steps)}; a listing of intermediate checkpoints needs several` })];
  }
  return [emit(OUTCOMES, 'no-steps', { ...at, line: 1, message: `${name} names no checkpoint steps` })];
}

/** A README section about checkpoints that enumerates them. */
function checkCard(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  const out: Finding[] = [];
  // The heading lines that name checkpoints are found by searching the whole text, not by a test per
  // line, nor per heading (a file can be thousands of headings).
  for (const i of linesMatching(file.text, /^#{1,6}\s+.*\b(?:checkpoints?|intermediate|revisions|training snapshots)\b/i)) {
    const h = /^(#{1,6})\s+(.*)$/.exec(lines[i] ?? '');
    if (!h || !/\b(checkpoints?|intermediate|revisions|training snapshots)\b/i.test(h[2] ?? '')) continue;
    const level = h[1]?.length ?? 2;
    let end = i + 1;
    while (end < lines.length && end < i + 400) {
      const next = /^(#{1,6})\s/.exec(lines[end] ?? '');
      if (next && (next[1]?.length ?? 0) <= level) break;
      end++;
    }
    const section = lines.slice(i + 1, end).join('\n');
    const { steps } = stepsIn(section);
    const revisions = findHubLinks(section).filter((l) => l.revision !== undefined && /\d/.test(l.revision));
    for (const r of revisions) {
      const step = /(\d{2,9})/.exec(r.revision ?? '');
      if (step) steps.add(Number(step[1]));
    }
    if (steps.size >= MIN_LISTED) {
      const url = revisions[0]?.url ?? findHubLinks(section).find((l) => l.kind === 'model')?.url;
      out.push(emit(OUTCOMES, 'card-listing', { path: file.path, line: i + 1, message: `section '${(h[2] ?? '').trim()}' lists intermediate checkpoints: ${describeSteps(steps)}`, url }));
      return out;
    }
  }
  // "we make 154 checkpoints available for each model": released, though not enumerated.
  const declares = /checkpoints/i.test(file.text);
  for (let i = 0; declares && i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = /\b(\d{2,}|all|several|multiple|many|intermediate)\s+(?:intermediate\s+|training\s+|model\s+)?checkpoints\b/i.exec(line);
    if (!m || !/\b(available|release[sd]?|releasing|publish(?:ed)?|upload(?:ed)?|host(?:ed)?|provide[sd]?|share[sd]?|open-?sourc\w*)\b/i.test(line)) continue;
    const url = findHubLinks(file.text).find((l) => l.kind === 'model')?.url;
    out.push(emit(OUTCOMES, 'declared', { path: file.path, line: i + 1, message: `the README declares released checkpoints ("${m[0]}"), hosted outside the tree`, url }));
    break;
  }
  return out;
}

/** Step-numbered checkpoint folders and files, grouped by the folder that holds them. */
function fromTree(ctx: ScanContext): Finding[] {
  const byParent = new Map<string, { steps: Set<number>; example: string }>();
  const word = /(step|ckpt|checkpoint|iter|epoch)/i;
  for (const path of ctx.paths) {
    // Cheap pre-filters first (this sees every path of the tree): checkpoint content by extension,
    // then a telling word, then the full parse.
    const dot = path.lastIndexOf('.');
    if (dot < 0 || path.length - dot > 20 || dot < path.lastIndexOf('/')) continue;
    const ext = path.slice(dot + 1).toLowerCase();
    if (!isWeightExtension(ext) && ext !== 'distcp' && ext !== 'index' && !ext.startsWith('data-')) continue;
    if (!word.test(path) || !isCheckpointContent(baseName(path)) || isTestPath(path)) continue;
    const ckpt = checkpointOf(path);
    if (!ckpt) continue;
    const parent = ckpt.at.includes('/') ? ckpt.at.slice(0, ckpt.at.lastIndexOf('/')) : '';
    let group = byParent.get(parent);
    if (!group) {
      group = { steps: new Set(), example: ckpt.at };
      byParent.set(parent, group);
    }
    group.steps.add(ckpt.step);
  }
  const out: Finding[] = [];
  for (const [parent, group] of byParent) {
    const where = parent ? `${parent}/` : 'the repository root';
    if (group.steps.size >= MIN_STEPS) {
      out.push(emit(OUTCOMES, 'step-checkpoints', { path: group.example, line: 1, message: `${describeSteps(group.steps)} of intermediate checkpoints under ${where}` }));
    } else {
      out.push(
        emit(OUTCOMES, 'single-checkpoint', {
          path: group.example,
          line: 1,
          message: `one step-numbered checkpoint (${baseName(group.example)}); it may be the final one — intermediate checkpoints need several steps`,
        }),
      );
    }
  }
  return out.sort((a, b) => b.strength - a.strength).slice(0, 10);
}

export const checkpoints: Detector = defineDetector({
  id: 'checkpoints',
  globs: [
    '**/checkpoints*.{md,txt,csv,tsv,json,jsonl,yaml,yml}',
    '**/CHECKPOINTS*',
    '**/ckpts*.{md,txt,csv,tsv,json,yaml,yml}',
    '**/revisions*.{md,txt,csv,json,yaml,yml}',
    '**/intermediate*checkpoint*.{md,txt,csv,json,yaml,yml}',
    '**/checkpoints/**/*.{md,txt,csv,tsv,json,yaml,yml}',
    '**/configs/**/*.{csv,tsv}',
    '**/config/**/*.{csv,tsv}',
    '**/official*/**/*.{csv,tsv}',
    '**/README.md',
    '**/MODEL_CARD*.md',
    '**/model_card*.md',
  ],
  rank,
  enough: 2,
  check(file) {
    if (file.binary || file.lfsPointer) return [];
    if (isCard(baseName(file.path))) return checkCard(file);
    return checkListing(file);
  },
  fromTree,
});
