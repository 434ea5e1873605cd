import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isTestPath } from '../text/path-facts.js';
import { spdxLicenseOf } from '../../domain/licenses/license-id.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { splitLines } from '../text/lines.js';

const INFERENCE_FOLDER = /^(?:inference|serving|serve|deploy|demo|chat)$/;

/**
 * Inference code (MOF Class II): code that runs the released model — generation, chat, serving,
 * prediction scripts. Judged by content: it loads the model (from_pretrained, load_state_dict,
 * torch.load, vLLM `LLM(`, llama.cpp, ONNX Runtime) and runs it (generate, pipeline, eval mode
 * under no_grad, predict, a server endpoint). Shell launchers of inference servers count too.
 * Not: training scripts, and a usage snippet in the README alone (weak).
 */

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path).toLowerCase();
  const ext = extensionOf(path);
  if (name === 'readme.md') return path.includes('/') ? undefined : 10;
  if (ext !== 'py' && ext !== 'sh' && ext !== 'ipynb') return undefined;
  if (/^(generate|generation|inference|infer|predict|sample|sampling|serve|server|chat|cli_demo|web_demo|demo|run_generation|openai_api|api_server|text_generation)([-_.]|$)/.test(name)) return 85;
  if (/(generat|inferenc|infer|predict|serv|chat|demo|sampl)/.test(name)) return 70;
  if (anyFolder(path, INFERENCE_FOLDER)) return 60;
  return undefined;
}

function firstLine(lines: readonly string[], re: RegExp): number {
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? 0 : i + 1;
}

/** Code cells of a notebook, joined; the line numbers are then cell-relative and reported as 1. */
function notebookCode(text: string): string | undefined {
  try {
    const nb = JSON.parse(text) as { cells?: Array<{ cell_type?: string; source?: string | string[] }> };
    return (nb.cells ?? [])
      .filter((c) => c.cell_type === 'code')
      .map((c) => (Array.isArray(c.source) ? c.source.join('') : (c.source ?? '')))
      .join('\n');
  } catch {
    return undefined;
  }
}

const OUTCOMES = defineOutcomes('inference-code', {
  'loads-and-runs': { outcome: 'evidence', weight: 80, label: 'loads the model and runs it' },
  'runs-model': { outcome: 'evidence', weight: 65, label: 'runs a model, named for inference' },
  launcher: { outcome: 'evidence', weight: 60, label: 'a shell script launching an inference server or script' },
  'readme-snippet': { outcome: 'weak', weight: 30, label: 'a usage snippet in the README' },
  'training-code': { outcome: 'rejected', weight: 25, label: 'trains a model, runs no inference' },
});

function checkCode(file: FileContent): Finding[] {
  const isNotebook = extensionOf(file.path) === 'ipynb';
  const text = isNotebook ? notebookCode(file.text) : file.text;
  if (text === undefined) return [];
  const lines = text.split('\n');
  const name = baseName(file.path);
  const load = firstLine(lines, /\.from_pretrained\(|load_state_dict\(|torch\.load\(|\bLLM\(|\bLlama\(|InferenceSession\(|load_model\(|hf_hub_download\(|snapshot_download\(|\bAutoModel\w*\b|jax\.numpy\.load|orbax|restore_checkpoint/);
  // Calls, not definitions: `def generate(` in a library is not running a model.
  const runLine = /\.generate\(|\bpipeline\(|\.predict\(|torch\.no_grad\(\)|torch\.inference_mode\(\)|SamplingParams\(|\.chat\(|\.stream_chat\(|create_completion\(|@app\.(post|get)\(|gr\.(Interface|ChatInterface|Blocks)\(/;
  const run = firstLine(lines.map((l) => (/^\s*(def|class)\s/.test(l) ? '' : l)), runLine);
  const trains = firstLine(lines, /\.backward\(|optimizer\.step\(|\.train\(\)\s*$|Trainer\(/);
  const license = spdxLicenseOf(file.text);
  if (extensionOf(file.path) === 'sh') {
    const launch = firstLine(lines, /\b(vllm serve|python3? -m vllm|text-generation-launcher|llama-cli|llama-server|python3? [\w/.-]*(generate|inference|infer|chat|serve|sample)[\w.-]*\.py|sglang\.launch_server|tritonserver|ollama (run|create))\b/);
    if (launch) {
      return [emit(OUTCOMES, 'launcher', { path: file.path, line: launch, message: `${name} launches inference (line ${launch})`, license })];
    }
    return [];
  }
  if (run && (load || /generat|infer|predict|serve|chat|demo/i.test(name)) && !(trains && !load)) {
    const line = isNotebook ? 1 : run;
    return [emit(OUTCOMES, load ? 'loads-and-runs' : 'runs-model', { path: file.path, line, message: `${name} ${load ? 'loads the model and ' : ''}runs it (${(lines[run - 1] ?? '').trim().slice(0, 60)})`, license })];
  }
  if (trains && !run) {
    return [emit(OUTCOMES, 'training-code', { path: file.path, line: trains, message: `${name} trains a model; it does not run inference` })];
  }
  return [];
}

/** A README usage snippet shows inference but is not inference code in the release. */
function checkReadme(file: FileContent): Finding[] {
  // Only fenced code is read, and a fence needs its backticks.
  if (!file.text.includes('```')) return [];
  const lines = splitLines(file.text);
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.includes('```') && /^\s*```/.test(l)) {
      inCode = !inCode;
      continue;
    }
    if (inCode && /\.generate\(|\bpipeline\(|\bLLM\(|\.chat\(/.test(l)) {
      return [emit(OUTCOMES, 'readme-snippet', { path: file.path, line: i + 1, message: 'a usage snippet in the README runs the model; no inference script is in the tree' })];
    }
  }
  return [];
}

export const inferenceCode: Detector = defineDetector({
  id: 'inference-code',
  globs: [
    '**/*generat*.{py,sh,ipynb}',
    '**/*infer*.{py,sh,ipynb}',
    '**/*predict*.{py,sh,ipynb}',
    '**/*sampl*.{py,sh,ipynb}',
    '**/*serv*.{py,sh}',
    '**/*chat*.{py,sh,ipynb}',
    '**/*demo*.{py,sh,ipynb}',
    '**/openai_api*.py',
    '**/inference/**/*.{py,sh}',
    '**/serving/**/*.{py,sh}',
    '**/deploy/**/*.{py,sh}',
    'README.md',
  ],
  rank,
  enough: 3,
  check(file) {
    if (file.binary || file.lfsPointer) return [];
    if (baseName(file.path).toLowerCase() === 'readme.md') return checkReadme(file);
    return checkCode(file);
  },
});
