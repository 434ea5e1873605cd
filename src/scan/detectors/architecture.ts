import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, depthOf, isTestPath } from '../text/path-facts.js';
import { spdxLicenseOf } from '../../domain/licenses/license-id.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { splitLines } from '../text/lines.js';

/**
 * Model architecture code (MOF Class III): the code that defines the network — a class deriving
 * from a framework's module base (torch `nn.Module`, `PreTrainedModel`, flax/haiku/equinox
 * modules, Keras models and layers, Paddle layers) with its forward computation.
 * Not: scripts that only load a pretrained model (`AutoModel.from_pretrained`), and a Hugging
 * Face `config.json` that names an architecture whose code lives in a library (weak).
 */

const OUTCOMES = defineOutcomes('architecture', {
  'pretrained-model-class': { outcome: 'evidence', weight: 90, label: 'a PreTrainedModel subclass with a forward pass' },
  'module-class-layers': { outcome: 'evidence', weight: 85, code: 'module-class', label: 'network modules with a forward pass and layers' },
  'module-class': { outcome: 'evidence', weight: 70, label: 'network modules with a forward pass' },
  'config-names-architecture': { outcome: 'weak', weight: 25, label: 'a Hugging Face config naming a library class' },
  'loads-only': { outcome: 'rejected', weight: 30, label: 'loads a pretrained model, defines none' },
});

const MODEL_FOLDER = /^(?:models?|modeling|modules|arch|architectures?|nn|networks?|layers)$/;

const CODE_EXT = /\.(py|pyi)$/i;

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path).toLowerCase();
  if (name === 'config.json') return depthOf(path) <= 2 ? 15 : undefined;
  if (!CODE_EXT.test(name)) return undefined;
  if (/^modeling_.*\.py$/.test(name)) return 90;
  if (/^(model|models|network|networks|transformer|gpt|llama|mamba|moe)\.py$/.test(name)) return 85;
  if (/(model|transformer|attention|layers?|blocks?|modules?|encoder|decoder|backbone|arch)/.test(name)) return 70;
  if (anyFolder(path, MODEL_FOLDER)) return 60;
  return undefined;
}

/** Bases a class derives from when it defines a network. */
function moduleBase(base: string): 'hf' | 'module' | undefined {
  if (/PreTrainedModel\b|PreTrainedModel$/.test(base)) return 'hf';
  if (/^(?:torch\.)?nn\.(Module|Layer)$|^(?:hk|haiku)\.Module$|^(?:eqx|equinox)\.Module$|^(?:tf\.)?(?:keras\.)?(?:Model|layers\.Layer)$|^(?:nnx|linen)\.Module$|^(?:pl\.|L\.)?LightningModule$|^Module$|^Layer$/.test(base)) {
    return 'module';
  }
  return undefined;
}

function checkPython(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  const classes: Array<{ name: string; line: number; hf: boolean }> = [];
  let hasForward = false;
  let hasLayers = false;
  let loadsPretrained = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const cls = /^class\s+(\w+)\s*\(([^)]*)\)\s*:/.exec(line);
    if (cls) {
      const bases = (cls[2] ?? '').split(',').map((b) => b.trim().replace(/\[.*$/, ''));
      const kinds = bases.map(moduleBase);
      if (kinds.some((k) => k)) classes.push({ name: cls[1] ?? '?', line: i + 1, hf: kinds.includes('hf') });
      continue;
    }
    if (/^\s+def\s+(forward|__call__|call|setup)\s*\(/.test(line) || /^\s+@(nn\.)?compact\b/.test(line)) hasForward = true;
    if (/\b(nn\.(Linear|Embedding|LayerNorm|RMSNorm|Conv[123]d|Dense|MultiheadAttention|Dropout|ModuleList|Parameter)|Attention\(|MLP\(|layers\.(Dense|Embedding|MultiHeadAttention))/.test(line)) hasLayers = true;
    if (/\.from_pretrained\(|torch\.load\(|load_state_dict\(/.test(line)) loadsPretrained++;
  }
  const name = baseName(file.path);
  const license = spdxLicenseOf(file.text);
  if (classes.length > 0 && hasForward) {
    const hf = classes.some((c) => c.hf);
    const names = classes.slice(0, 3).map((c) => c.name).join(', ') + (classes.length > 3 ? ` and ${classes.length - 3} more` : '');
    const first = classes.find((c) => c.hf) ?? classes[0]!;
    const kind = hf ? 'pretrained-model-class' : hasLayers ? 'module-class-layers' : 'module-class';
    return [emit(OUTCOMES, kind, { path: file.path, line: first.line, message: `${name} defines ${names} (${hf ? 'a PreTrainedModel subclass' : 'network modules'} with a forward pass)`, license })];
  }
  if (loadsPretrained > 0 && classes.length === 0) {
    return [emit(OUTCOMES, 'loads-only', { path: file.path, line: 1, message: `${name} loads a pretrained model but defines no architecture` })];
  }
  return [];
}

/** A Hugging Face config names the architecture class; its code is in the library, not here. */
function checkConfig(file: FileContent): Finding[] {
  const m = /"architectures"\s*:\s*\[\s*"([\w.]+)"/.exec(file.text);
  if (!m) return [];
  const line = file.text.slice(0, m.index).split('\n').length;
  const custom = /"auto_map"\s*:/.test(file.text);
  return [
    emit(OUTCOMES, 'config-names-architecture', {
      path: file.path,
      line,
      message: `${baseName(file.path)} names ${m[1]}${custom ? ' (auto_map points at remote code)' : ''}; the architecture code lives in a library, not in this tree`,
    }),
  ];
}

export const architecture: Detector = defineDetector({
  id: 'architecture',
  globs: [
    '**/modeling_*.py',
    '**/*model*.py',
    '**/*transformer*.py',
    '**/*attention*.py',
    '**/*layer*.py',
    '**/*block*.py',
    '**/*module*.py',
    '**/*encoder*.py',
    '**/*decoder*.py',
    '**/*backbone*.py',
    '**/*arch*.py',
    '**/network*.py',
    '**/gpt*.py',
    '**/llama*.py',
    '**/mamba*.py',
    '**/moe*.py',
    '**/model/**/*.py',
    '**/models/**/*.py',
    '**/modeling/**/*.py',
    '**/modules/**/*.py',
    '**/nn/**/*.py',
    '**/layers/**/*.py',
    '**/config.json',
  ],
  rank,
  enough: 3,
  check(file) {
    if (file.binary || file.lfsPointer) return [];
    if (baseName(file.path).toLowerCase() === 'config.json') return checkConfig(file);
    return checkPython(file);
  },
});
