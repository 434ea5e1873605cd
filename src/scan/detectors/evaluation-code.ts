import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isTestPath } from '../text/path-facts.js';
import { spdxLicenseOf } from '../../domain/licenses/license-id.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { splitLines } from '../text/lines.js';

const EVAL_FOLDER = /^(?:eval|evals|evaluation|evaluations|evaluate|benchmarks?|tasks|lm_eval|harness)$/;

/**
 * Evaluation code (MOF Class II): the code that measured the model — scripts that compute
 * quality metrics (accuracy, exact match, F1, BLEU/ROUGE, perplexity, pass@k), harness runs
 * (lm-evaluation-harness, HELM, OpenCompass, lighteval) from Python or shell, and harness task
 * configs (`task:` with a dataset and metrics).
 * Not: files that only call `model.eval()`, speed/throughput benchmarks, unit tests.
 */

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path).toLowerCase();
  const ext = extensionOf(path);
  const inEval = anyFolder(path, EVAL_FOLDER);
  if (ext === 'py' || ext === 'sh' || ext === 'ipynb') {
    if (/^(eval|evaluate|evaluation|run_eval|run_evals?|lm_eval|harness)([-_.]|$)/.test(name)) return 85;
    if (/eval|benchmark|metric|score/.test(name)) return 70;
    if (inEval) return 60;
    return undefined;
  }
  if (ext === 'yaml' || ext === 'yml') return inEval || /eval|task|bench/.test(name) ? 50 : undefined;
  return undefined;
}

const OUTCOMES = defineOutcomes('evaluation-code', {
  metrics: { outcome: 'evidence', weight: 80, label: 'computes an evaluation metric or calls a harness' },
  'harness-run': { outcome: 'evidence', weight: 70, label: 'a shell script running an evaluation harness' },
  'task-config': { outcome: 'evidence', weight: 65, label: 'an evaluation-harness task config' },
  'speed-benchmark': { outcome: 'rejected', weight: 30, label: 'measures speed, not quality' },
  'no-metrics': { outcome: 'rejected', weight: 25, label: 'named for evaluation, computes no metric' },
});

const METRIC =
  /\b(accuracy|acc_norm|exact_match|f1_score|f1\b|bleu|rouge|perplexity|pass@k|pass_at_k|compute_metrics|evaluate\.load\(|load_metric\(|sklearn\.metrics|lm_eval|simple_evaluate|evaluator\.evaluate|lighteval|opencompass|helm\b|mmlu|gsm8k|hellaswag|humaneval|arc_challenge|winogrande|truthfulqa)/i;
const SPEED = /\b(tokens?\/s|tokens_per_sec|throughput|latency|mfu|samples_per_second|time\.perf_counter|flops)\b/i;

function checkCode(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  const name = baseName(file.path);
  const license = spdxLicenseOf(file.text);
  if (extensionOf(file.path) === 'sh') {
    const i = lines.findIndex((l) => /\b(lm_eval|lm-eval|lighteval|opencompass|helm-run|python3? [\w/.-]*eval[\w.-]*\.py|python3? -m [\w.]*eval)/.test(l));
    if (i >= 0) {
      return [emit(OUTCOMES, 'harness-run', { path: file.path, line: i + 1, message: `${name} runs an evaluation (line ${i + 1})`, license })];
    }
    return [];
  }
  const metricLine = lines.findIndex((l) => METRIC.test(l) && !/^\s*#/.test(l));
  const speedLines = lines.filter((l) => SPEED.test(l)).length;
  if (metricLine >= 0) {
    const what = METRIC.exec(lines[metricLine] ?? '')?.[1] ?? 'metrics';
    return [emit(OUTCOMES, 'metrics', { path: file.path, line: metricLine + 1, message: `${name} evaluates the model (${what} at line ${metricLine + 1})`, license })];
  }
  if (speedLines > 0) {
    return [emit(OUTCOMES, 'speed-benchmark', { path: file.path, line: 1, message: `${name} measures speed (throughput/latency), not model quality` })];
  }
  if (/eval/i.test(name)) {
    return [emit(OUTCOMES, 'no-metrics', { path: file.path, line: 1, message: `${name} computes no evaluation metric` })];
  }
  return [];
}

/** An evaluation-harness task config: a task with its dataset and how it is scored. */
function checkTaskConfig(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  const task = lines.findIndex((l) => /^(task|tasks|task_name|eval_tasks?):/.test(l));
  const scored = lines.some((l) => /^(metric_list|metrics?|doc_to_target|doc_to_text|dataset_path|output_type|num_fewshot):/.test(l.trim()));
  if (task >= 0 && scored) {
    return [emit(OUTCOMES, 'task-config', { path: file.path, line: task + 1, message: `${baseName(file.path)} defines an evaluation task (${(lines[task] ?? '').trim().slice(0, 50)})` })];
  }
  return [];
}

export const evaluationCode: Detector = defineDetector({
  id: 'evaluation-code',
  globs: [
    '**/*eval*.{py,sh,ipynb}',
    '**/*benchmark*.{py,sh}',
    '**/*metric*.py',
    '**/*score*.py',
    '**/eval/**/*.{py,sh,yaml,yml}',
    '**/evals/**/*.{py,sh,yaml,yml}',
    '**/evaluation/**/*.{py,sh,yaml,yml}',
    '**/evaluate/**/*.{py,sh,yaml,yml}',
    '**/tasks/**/*.{yaml,yml}',
    '**/*eval*.{yaml,yml}',
  ],
  rank,
  enough: 3,
  check(file) {
    if (file.binary || file.lfsPointer) return [];
    const ext = extensionOf(file.path);
    if (ext === 'yaml' || ext === 'yml') return checkTaskConfig(file);
    if (ext === 'ipynb') return /"cell_type"\s*:\s*"code"/.test(file.text) ? checkCode({ ...file, text: file.text.replace(/\\n/g, '\n') }) : [];
    return checkCode(file);
  },
});
