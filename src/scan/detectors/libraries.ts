import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { baseName, depthOf, isTestPath } from '../text/path-facts.js';
import { linesMatching, splitLines } from '../text/lines.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

/**
 * Supporting libraries and tools (MOF Class II, optional): the software stack the model was
 * developed with, declared where tools read it (requirements*.txt, pyproject.toml, setup.py,
 * environment.yml, Pipfile, a Dockerfile's installs), or a library package released in the tree
 * itself, or git submodules pinning ML frameworks (→ `external`).
 * Not: a dependency list with no ML stack in it.
 */

/** Packages of the training and inference stack. */
const ML_PACKAGE =
  /^(torch|pytorch|torchvision|torchaudio|jax|jaxlib|flax|optax|orbax|haiku|dm-haiku|equinox|tensorflow|tensorflow-gpu|keras|transformers|accelerate|deepspeed|megatron-core|megatron-lm|apex|datasets|tokenizers|sentencepiece|tiktoken|peft|trl|bitsandbytes|flash-attn|flash_attn|xformers|triton|vllm|lightning|pytorch-lightning|composer|mosaicml|llm-foundry|nanotron|torchtitan|fairseq|fairscale|megablocks|mamba-ssm|causal-conv1d|lm-eval|lm_eval|evaluate|wandb|safetensors|einops|timm|diffusers|open_clip_torch|paddlepaddle|mindspore|mlx|onnxruntime|sglang|liger-kernel|torchtune|axolotl|olmo|ai2-olmo|dolma|datatrove)$/i;

let anywhere: RegExp | undefined;
// The package names of ML_PACKAGE anywhere in a line (built on first use).
function mlPackageAnywhere(): RegExp {
  return (anywhere ??= new RegExp(ML_PACKAGE.source.replace(/^\^\(/, '(?:').replace(/\)\$$/, ')'), 'i'));
}

const FRAMEWORK_REPO = /(megatron-lm|apex|flash-attention|transformers|gpt-neox|nanotron|torchtitan|olmo|lm-evaluation-harness|deepspeed|llm-foundry|composer|fairseq|t5x|maxtext|levanter|mamba|xformers|dolma|datatrove|axolotl|torchtune|vllm)(\.git)?$/i;

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path).toLowerCase();
  const depth = depthOf(path);
  if (depth > 3) return undefined;
  if (name === 'pyproject.toml' || name === 'setup.py' || name === 'setup.cfg') return depth === 0 ? 85 : 60;
  if (/^requirements.*\.(txt|in)$/.test(name) || /(^|\/)requirements\/[^/]+\.txt$/i.test(path)) return depth === 0 ? 80 : 55;
  if (/^(environment|conda)[-_\w]*\.ya?ml$/.test(name) || name === 'pipfile') return 70;
  if (/^dockerfile/.test(name)) return 40;
  return undefined;
}

const OUTCOMES = defineOutcomes('libraries', {
  package: { outcome: 'evidence', weight: 80, label: 'a package definition depending on the ML stack' },
  dependencies: { outcome: 'evidence', weight: 70, label: 'a dependency list pinning the ML stack' },
  submodule: { outcome: 'external', weight: 55, label: 'a git submodule of an ML framework' },
  'one-dependency': { outcome: 'weak', weight: 30, label: 'one ML package only' },
});

/** Distinct ML packages a dependency list names to pin the stack; submodules reported at most. */
const MIN_PACKAGES = 2;
const MAX_SUBMODULES = 5;

/** Package names in a dependency file, with the line each is on. */
function dependencies(file: FileContent): Array<{ name: string; line: number }> {
  const out: Array<{ name: string; line: number }> = [];
  const lines = splitLines(file.text);
  const lower = baseName(file.path).toLowerCase();
  // A line names an ML package only if it holds one of the names: those lines are found by one search.
  for (const i of linesMatching(file.text, mlPackageAnywhere())) {
    const raw = lines[i] ?? '';
    const line = raw.replace(/#.*$/, '');
    let names: string[] = [];
    if (/^requirements|\.in$/.test(lower) || lower.endsWith('.txt')) {
      const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
      if (m && !line.trim().startsWith('-')) names = [m[1] ?? ''];
    } else if (/^dockerfile/.test(lower)) {
      if (/\b(pip3?|uv pip|conda|mamba) install\b/.test(line)) names = line.split(/\s+/).map((t) => t.replace(/[=<>~!].*$/, '').replace(/\[.*$/, ''));
    } else {
      // TOML/setup/YAML: quoted or listed requirement strings. A `-` starts a name only where no name
      // runs through it, extras stop at the next bracket, and the blanks around them are not two adjacent
      // `\s*`: a row of `-a-a-a…` restarted the rest of the row from every `-` (issue 19).
      for (const m of line.matchAll(/(?:["'\s]|(?<![A-Za-z0-9._-])-)([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\][]*\]\s*)?(?:[=<>~!]=?|["',]|$)/g)) names.push(m[1] ?? '');
    }
    for (const n of names) if (n && ML_PACKAGE.test(n)) out.push({ name: n.toLowerCase(), line: i + 1 });
  }
  return out;
}

function checkFile(file: FileContent): Finding[] {
  const deps = dependencies(file);
  const unique = [...new Set(deps.map((d) => d.name))];
  const name = baseName(file.path);
  // The blanks before `name` stop at the end of their line: `^\s*` started again at every blank row
  // and ran over all the blank rows below it (a pyproject.toml of blank rows cost 6.7 s at 256 KB).
  const isPackage = /^(pyproject\.toml|setup\.py|setup\.cfg)$/i.test(name) && /^[^\S\n\r\u2028\u2029]*name\s*=|\bname\s*=\s*["']/m.test(file.text);
  if (unique.length >= MIN_PACKAGES) {
    return [
      emit(OUTCOMES, isPackage ? 'package' : 'dependencies', {
        path: file.path,
        line: deps[0]?.line ?? 1,
        message: `${name} ${isPackage ? 'packages the project with' : 'pins'} the ML stack: ${unique.slice(0, 5).join(', ')}${unique.length > 5 ? ` and ${unique.length - 5} more` : ''}`,
      }),
    ];
  }
  if (unique.length === 1) {
    return [emit(OUTCOMES, 'one-dependency', { path: file.path, line: deps[0]?.line ?? 1, message: `${name} lists only ${unique[0]} of the ML stack` })];
  }
  return [];
}

function fromTree(ctx: ScanContext): Finding[] {
  return ctx.submodules
    .filter((s) => FRAMEWORK_REPO.test(s.url.replace(/(?<!\/)\/+$/, '')))
    .slice(0, MAX_SUBMODULES)
    .map((s) => emit(OUTCOMES, 'submodule', { path: s.path, line: 1, message: `git submodule ${s.path} pins ${s.url.replace(/^https?:\/\//, '')}`, url: s.url }));
}

export const libraries: Detector = defineDetector({
  id: 'libraries',
  globs: ['**/requirements*.txt', '**/requirements*.in', '**/requirements/*.txt', '**/pyproject.toml', '**/setup.py', '**/setup.cfg', '**/environment*.yml', '**/environment*.yaml', '**/conda*.yml', '**/conda*.yaml', '**/Pipfile', '**/Dockerfile*'],
  rank,
  enough: 3,
  check(file) {
    if (file.binary || file.lfsPointer) return [];
    return checkFile(file);
  },
  fromTree,
});
