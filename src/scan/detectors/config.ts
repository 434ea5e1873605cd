import type { Detector, FileContent, Finding, ScanContext } from '../../domain/finding.js';
import { documentedConfig } from '../config-docs.js';
import {
  basename,
  configEntries,
  configFormat,
  extension,
  hparamOf,
  isUnsetValue,
  joinLabels,
  stem,
  type ConfigEntry,
  type Hparam,
} from '../text/code.js';
import { defineDetector } from '../define.js';
import { inEvalToolkit, inLibraryFolder } from '../text/path-facts.js';
import { defineOutcomes, emit } from '../outcomes.js';
import { firstLineMatching, splitLines } from '../text/lines.js';
import { parseMarkdown, type MarkdownDoc } from '../text/markdown.js';

/**
 * Training configs: the hyperparameters (and the architecture as trained) that a run used.
 * A file counts on its keys, not its name: several training keys, at least one of them about
 * optimisation (learning rate, schedule, warmup, optimizer, weight decay…). A Hugging Face
 * `config.json` describes the architecture for inference and says nothing about how the model
 * was trained, so it is listed as a look-alike.
 */

interface Patterns {
  CONFIG_DIR: RegExp;
  TRAINING_NAME: RegExp;
  LAUNCHER_NAME: RegExp;
  LOW_PATH: RegExp;
  DROP_SEGMENT: RegExp;
  DROP_NAME: RegExp;
  DROP_SHELL: RegExp;
  DATA_JSON_DIR: RegExp;
  DATA_JSON_NAME: RegExp;
  HF_LOOKALIKE_NAME: RegExp;
  PY_CONFIG_PATH: RegExp;
  EVAL_DIR: RegExp;
}

let patterns: Patterns | undefined;

// Built on first use: nothing is compiled at import time.
function pat(): Patterns {
  return (patterns ??= {
    // Folders that hold configs by convention (any depth).
    CONFIG_DIR: /(?:^|\/)(?:configs?|conf|cfgs?|hparams|hyperparams|recipes|yamls|pretraining_configs|train_configs|training_configs|config_hub|params|experiments?|exps?|launch(?:ers)?|slurm)\//i,
    TRAINING_NAME: /(?:^|[^a-z])(?:(?:pre)?train\w*|finetun\w*|fine_tun\w*|optim\w*|anneal\w*|hyperparam\w*|hparam\w*|deepspeed\w*|recipe\w*|sft|dpo|orpo|grpo|ppo|rlhf|ds|zero[0-3]?)(?:[^a-z]|$)/i,
    LAUNCHER_NAME: /(?:pre)?train|finetun|sft|dpo|launch|run|submit|slurm|sbatch|job|node/i,
    LOW_PATH: /(?:^|\/)(?:evals?|evaluation|tests?|testing|data|datasets?|examples?|docs?|tutorials?|notebooks?|benchmarks?|assets)\//i,
    // Tooling, CI, docs and packaging files: never training configs.
    DROP_SEGMENT: /(?:^|\/)(?:tests?|testing|unit_tests|test_data|testdata|\.github|\.gitlab|\.circleci|\.buildkite|\.vscode|\.devcontainer|\.idea|\.husky|\.cargo|\.changeset|\.lightning|\.ci|\.azure-pipelines|\.teamcity|\.jenkins|node_modules|\.tox|\.venv|venv|site-packages)\//i,
    DROP_NAME: /^(?:\.pre-commit-(?:config|hooks)\.ya?ml|\.?readthedocs\.ya?ml|mkdocs\.ya?ml|_config\.ya?ml|(?:docker-)?compose(?:[.-][\w-]+)?\.ya?ml|environment(?:[.-][\w-]+)?\.ya?ml|conda(?:[.-][\w-]+)?\.ya?ml|meta\.yaml|\.gitlab-ci\.ya?ml|\.travis\.ya?ml|appveyor\.ya?ml|azure-pipelines[\w.-]*\.ya?ml|bitbucket-pipelines\.ya?ml|\.?codecov\.ya?ml|dependabot\.ya?ml|\.yamllint(?:\.ya?ml)?|\.golangci\.ya?ml|action\.ya?ml|pubspec\.yaml|pnpm-[\w-]+\.yaml|\.markdownlint[\w.-]*|\.?mergify\.ya?ml|\.?stale\.ya?ml|labeler\.ya?ml|release-drafter\.ya?ml|\.goreleaser[\w.-]*|snapcraft\.yaml|chart\.yaml|openapi[\w.-]*|swagger[\w.-]*|\.coderabbit\.ya?ml|citation\.cff|pyproject\.toml|cargo\.toml|\.?rustfmt\.toml|clippy\.toml|\.?ruff\.toml|\.?taplo\.toml|book\.toml|netlify\.toml|pixi\.toml|uv\.toml|poetry\.toml|rust-toolchain(?:\.toml)?|deny\.toml|[._]?typos\.toml|cliff\.toml|hugo\.toml|samconfig\.toml|fly\.toml|wrangler\.toml|\.mdformat\.toml|package(?:-lock)?\.json|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.-]*|\.prettierrc[\w.-]*|\.babelrc[\w.-]*|renovate\.json5?|lerna\.json|nx\.json|turbo\.json|vercel\.json|composer\.json|app\.json|manifest\.json|firebase\.json|launch\.json|settings\.json|extensions\.json|c?spell\.json|biome\.json|deno\.jsonc?|bower\.json|angular\.json|now\.json|mlc_config\.json|\.?markdown-link-check\.json|[\w.-]*tokenizer(?:_config)?\.json|special_tokens_map\.json|added_tokens\.json|vocab\.json|merges\.txt|trainer_state\.json|all_results\.json|train_results\.json|eval_results\.json|[\w.-]*\.index\.json|[\w.-]*\.schema\.json|[\w.-]*\.lock\.json)$/i,
    // Shell scripts that set up, build or fetch rather than train.
    DROP_SHELL: /^(?:install|setup|create_env|build|format|lint|test|docker|download|release|publish|deploy|[\w-]*env|bootstrap|pre-commit|check|fmt)[\w.-]*\.(?:sh|bash)$/i,
    // JSON under these folders is data, results or logs, not configuration.
    DATA_JSON_DIR: /(?:^|\/)(?:data|datasets?|results?|outputs?|logs?|runs|predictions?|samples?|stats|metrics|scores|evals?|evaluation|assets|fixtures|leaderboards?|generations?|wandb|mlruns)\//i,
    DATA_JSON_NAME: /(?:results?|metrics?|scores?|predictions?|samples?|stats|outputs?|leaderboard|log|history)[\w.-]*\.json$/i,
    // Hugging Face files that describe a model for inference: read last, listed as look-alikes.
    HF_LOOKALIKE_NAME: /^(?:config|generation_config|preprocessor_config|processor_config|image_processor_config|feature_extractor_config|adapter_config|quantize_config|quant_config|params)\.json$/i,
    PY_CONFIG_PATH: /(?:^|\/)(?:configs?|conf|cfgs?|hparams|recipes)\//i,
    EVAL_DIR: /(?:^|\/)(?:evals?|evaluations?|benchmarks?|tasks|lm_eval|harness)\//i,
  });
}

// Marker keys of look-alike kinds (normalised keys).
const HF_MARKERS = ['architectures', 'model_type', 'transformers_version', 'torch_dtype', 'auto_map', '_name_or_path', 'bos_token_id', 'eos_token_id', 'use_cache', 'tie_word_embeddings', 'initializer_range', 'rms_norm_eps', 'layer_norm_eps', 'rope_scaling'];
const GENERATION_MARKERS = ['temperature', 'top_p', 'top_k', 'do_sample', 'max_new_tokens', 'repetition_penalty', 'num_beams', 'decoder_start_token_id', 'min_new_tokens', 'typical_p'];
const PROCESSOR_MARKERS = ['image_processor_type', 'processor_class', 'feature_extractor_type', 'image_mean', 'image_std', 'do_resize', 'do_normalize', 'do_rescale', 'rescale_factor', 'resample', 'crop_size', 'tokenizer_class', 'model_max_length', 'sampling_rate', 'padding_side'];
const ADAPTER_MARKERS = ['peft_type', 'lora_alpha', 'target_modules', 'lora_dropout', 'base_model_name_or_path', 'r', 'fan_in_fan_out', 'modules_to_save'];
const DEEPSPEED_MARKERS = ['zero_optimization', 'train_micro_batch_size_per_gpu', 'zero_allow_untested_optimizer', 'steps_per_print', 'wall_clock_breakdown', 'offload_optimizer', 'offload_param', 'stage3_max_live_parameters', 'stage3_prefetch_bucket_size', 'reduce_bucket_size', 'allgather_bucket_size', 'overlap_comm', 'contiguous_gradients', 'zero_stage'];
const ACCELERATE_MARKERS = ['compute_environment', 'distributed_type', 'num_processes', 'machine_rank', 'num_machines', 'main_training_function', 'fsdp_config', 'deepspeed_config', 'rdzv_backend', 'same_network', 'use_cpu', 'downcast_bf16'];
const PIPELINE_MARKERS = ['documents', 'destination', 'dedupe', 'dedup', 'deduplication', 'taggers', 'attributes', 'mixer', 'mixers', 'streams', 'bloom_filter', 'minhash', 'num_perm', 'ngram', 'ngrams', 'filters', 'filter', 'pipeline', 'input_field', 'text_field', 'executor', 'writer', 'reader', 'quality_signals', 'language_filter', 'lang_id', 'paragraphs', 'desired_false_positive_rate', 'estimated_doc_count', 'jaccard_threshold', 'exact_dedup', 'fuzzy_dedup', 'pii', 'decontamination', 'shard_size', 'output_dir_template'];
const EVAL_MARKERS = ['task', 'tasks', 'dataset_path', 'dataset_name', 'output_type', 'doc_to_text', 'doc_to_target', 'doc_to_choice', 'metric_list', 'num_fewshot', 'fewshot_split', 'test_split', 'validation_split', 'eval_tasks', 'harness', 'fewshot_config', 'generation_kwargs', 'filter_list', 'benchmarks', 'metric'];

type Kind = 'hf' | 'generation' | 'processor' | 'adapter' | 'deepspeed' | 'accelerate' | 'pipeline' | 'eval';

let markerIndex: Map<string, Kind[]> | undefined;

function markersOf(key: string): readonly Kind[] {
  if (!markerIndex) {
    markerIndex = new Map();
    const add = (kind: Kind, keys: readonly string[]): void => {
      for (const k of keys) markerIndex!.set(k, [...(markerIndex!.get(k) ?? []), kind]);
    };
    add('hf', HF_MARKERS);
    add('generation', GENERATION_MARKERS);
    add('processor', PROCESSOR_MARKERS);
    add('adapter', ADAPTER_MARKERS);
    add('deepspeed', DEEPSPEED_MARKERS);
    add('accelerate', ACCELERATE_MARKERS);
    add('pipeline', PIPELINE_MARKERS);
    add('eval', EVAL_MARKERS);
  }
  return markerIndex.get(key) ?? NO_KINDS;
}

const NO_KINDS: readonly Kind[] = [];
const NUMBER = /^[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

interface KeyStats {
  /** Hyperparameter keys that are actually set, first occurrence of each distinct key. */
  set: { entry: ConfigEntry; hp: Hparam }[];
  /** Hyperparameter keys left as placeholders (`???`, TODO, `<lr>`). */
  blanks: ConfigEntry[];
  /** Hyperparameter keys whose value is `auto` (deferred to the launcher). */
  auto: ConfigEntry[];
  markers: Map<Kind, ConfigEntry[]>;
}

function keyStats(entries: readonly ConfigEntry[]): KeyStats {
  const seen = new Set<string>();
  const stats: KeyStats = { set: [], blanks: [], auto: [], markers: new Map() };
  // An indexed loop and no copy per key: a config of twenty thousand keys is read here once each.
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    // A Hydra defaults list (`- optim: adamw`) names config groups; the values live in those files.
    // A group's name is never a number: a top-level `defaults:` mapping of numbers (DreamerV3) is the run's.
    if (e.path.startsWith('defaults.') && !NUMBER.test(e.value)) continue;
    const kinds = markersOf(e.key);
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      const list = stats.markers.get(kind) ?? [];
      if (!list.some((x) => x.key === e.key)) list.push(e);
      stats.markers.set(kind, list);
    }
    const hp = hparamOf(e.key);
    if (!hp) continue;
    if (!e.section && isUnsetValue(e.value)) {
      if (e.value.trim().toLowerCase() === 'auto') stats.auto.push(e);
      else if (e.value.trim() !== '' && !/^(?:null|none|~)$/i.test(e.value.trim())) stats.blanks.push(e);
      continue;
    }
    // A bare flag (`--optimizer` with no value) or an empty key sets nothing.
    if (!e.section && e.value.trim() === '') continue;
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    stats.set.push({ entry: e, hp });
  }
  return stats;
}

function count(stats: KeyStats, kind: Kind): number {
  return stats.markers.get(kind)?.length ?? 0;
}


/** "learning rate, warmup, batch size and 4 more" from the set keys, most telling first. */
function describeKeys(set: KeyStats['set'], max = 4): string {
  const labels: string[] = [];
  for (const { hp } of [...set].sort((a, b) => a.hp.order - b.hp.order)) if (!labels.includes(hp.label)) labels.push(hp.label);
  if (labels.length <= max) return joinLabels(labels);
  return `${labels.slice(0, max - 1).join(', ')} and ${labels.length - (max - 1)} more`;
}

function tellingEntry(set: KeyStats['set']): ConfigEntry {
  const lr = set.find((s) => s.hp.label === 'learning rate');
  return (lr ?? set.find((s) => s.hp.kind === 'optimisation') ?? set[0]!).entry;
}

const OUTCOMES = defineOutcomes('config', {
  hparams: { outcome: 'evidence', weight: 55, parts: { perKey: 6, expected: 5 }, max: 95, label: 'several training keys, one about optimisation; more keys, and a config folder or training name, add' },
  'card-hparams': { outcome: 'evidence', weight: 60, label: 'a model card section listing the training hyperparameters' },
  deepspeed: { outcome: 'evidence', weight: 60, label: 'a DeepSpeed config setting optimiser or batch size' },
  'doc-launch': { outcome: 'evidence', weight: 50, code: 'hparams', label: "a training guide's command passing several training settings as flags" },
  'card-hparams-few': { outcome: 'weak', weight: 35, code: 'card-hparams', label: 'a model card section naming a few hyperparameters' },
  'deepspeed-auto': { outcome: 'weak', weight: 40, label: 'a DeepSpeed config leaving the hyperparameters auto' },
  'architecture-only': { outcome: 'weak', weight: 40, label: 'architecture keys only' },
  'launcher-settings': { outcome: 'weak', weight: 35, label: 'distributed launch settings only' },
  'few-hparams': { outcome: 'weak', weight: 35, label: 'too few training keys' },
  empty: { outcome: 'rejected', weight: 55 },
  'placeholder-expected': { outcome: 'rejected', weight: 55, code: 'placeholder', label: 'hyperparameters left unset in a config folder or training-named file' },
  placeholder: { outcome: 'rejected', weight: 45, label: 'hyperparameters left unset' },
  'data-pipeline-config': { outcome: 'rejected', weight: 35, label: 'a data-pipeline config' },
  'eval-config': { outcome: 'rejected', weight: 35, label: 'an evaluation config' },
  'hf-model-config': { outcome: 'rejected', weight: 30, label: 'a Hugging Face model config or configuration class' },
  'adapter-config': { outcome: 'rejected', weight: 30, label: 'a PEFT adapter description' },
  'generation-config': { outcome: 'rejected', weight: 20, label: 'generation settings for inference' },
  'processor-config': { outcome: 'rejected', weight: 20, label: 'input processor settings for inference' },
});

/** A training config sets at least this many keys, of this many kinds (one about optimisation). */
const MIN_HPARAMS = 3;
const MIN_LABELS = 2;
/** Marker keys that make a file one of the look-alike kinds: a few, or several. */
const FEW_MARKERS = 2;
const MANY_MARKERS = 3;
/** Unset values that make a file a placeholder; keys that make a file in a config folder a few hyperparameters. */
const MIN_BLANKS = 2;
const MIN_EXPECTED_KEYS = 2;
/** Lines of a model card's hyperparameters section read at most. */
const CARD_SECTION_LINES = 60;

function finding(file: FileContent, kind: keyof typeof OUTCOMES.kinds, line: number, message: string, parts?: { perKey?: number; expected?: boolean }): Finding {
  return emit(OUTCOMES, kind, { path: file.path, line, message, parts });
}

function firstLine(list: readonly ConfigEntry[] | undefined): number {
  return list && list.length > 0 ? Math.min(...list.map((e) => e.line)) : 1;
}

function isStructured(path: string): boolean {
  return !['sh', 'bash', 'slurm', 'sbatch', 'pbs', 'py'].includes(extension(path));
}

/**
 * A model card's "Training hyperparameters" section (the Hugging Face Trainer writes one: `- learning_rate:
 * 5e-05`, `- train_batch_size: 8`…) records the settings the released run used.
 */
function cardHyperparameters(file: FileContent): Finding[] {
  const lines = splitLines(file.text);
  // Found by searching the whole text, not by a test per line.
  const start = firstLineMatching(file.text, /^#{1,6}\s+(?:training\s+)?hyper-?parameters\b/i);
  if (start < 0) return [];
  const entries: ConfigEntry[] = [];
  for (let i = start + 1; i < lines.length && i < start + CARD_SECTION_LINES; i++) {
    const l = lines[i] ?? '';
    if (/^#{1,6}\s/.test(l)) break;
    const m = /^\s*[-*]\s+`?([\w. -]{1,60}?)`?\s*[:=]\s*`?([^`\n]{1,200}?)`?\s*$/.exec(l);
    if (m) {
      const key = m[1]!.trim().toLowerCase().replace(/[\s-]+/g, '_');
      entries.push({ key, path: key, value: m[2]!.trim(), section: false, line: i + 1 });
    }
  }
  const stats = keyStats(entries);
  const optimisation = stats.set.filter((s) => s.hp.kind === 'optimisation');
  if (stats.set.length >= MIN_HPARAMS && optimisation.length >= 1) {
    return [finding(file, 'card-hparams', start + 1, `model card section lists the training hyperparameters: ${describeKeys(stats.set)} (line ${start + 1})`)];
  }
  if (stats.set.length >= 1) {
    return [finding(file, 'card-hparams-few', start + 1, `model card section names a few hyperparameters (${describeKeys(stats.set)}); not enough to reproduce the run`)];
  }
  return [];
}

// A command that starts training: a distributed launcher, or a script or module named for training.
const LAUNCH_WORD = /torchrun|deepspeed|accelerate|python/;
const LAUNCH = /(?:^|[\s;&|(])(?:torchrun|deepspeed|accelerate\s+launch|python\d?(?:\s+-m)?\s+[\w./-]*(?:train|finetune|fine_tune|pretrain|sft)[\w./-]*)(?=\s|$)/;
// Or any script run with a learning rate on its command line (`python LightGCN.py --lr 0.001 --batch_size 2048`):
// inference takes no learning rate. Both tested per line, so a line of many commands is read once.
const LR_FLAG = /\s--?(?:lr|learning[_-]rate)[\s=]/;
const SCRIPT_RUN = /(?:^|[\s;&|(])python\d?\s+[\w./-]+\.py\b/;

function launchesTraining(doc: MarkdownDoc, code: string): boolean {
  return LAUNCH.test(code) || doc.lines.some((l, i) => doc.code[i] && LR_FLAG.test(l) && SCRIPT_RUN.test(l));
}

/**
 * "```bash\ntorchrun … train.py --learning_rate 2e-5 --per_device_train_batch_size 4 …```": a training
 * guide's code block runs the training with its settings as flags, as a launch script would. Read as a
 * launcher (the fenced lines only, at their own line numbers), judged by the same keys and thresholds.
 */
function documentedLaunch(file: FileContent): Finding[] {
  // Most documents run no launcher: skip them before joining their code lines.
  if (!LAUNCH_WORD.test(file.text)) return [];
  const doc = parseMarkdown(file.text);
  if (!doc.code.some(Boolean)) return [];
  const code = doc.lines.map((l, i) => (doc.code[i] ? l : '')).join('\n');
  if (!launchesTraining(doc, code)) return [];
  const stats = keyStats(configEntries(code, 'shell'));
  const optimisation = stats.set.filter((x) => x.hp.kind === 'optimisation');
  const labels = new Set(stats.set.map((x) => x.hp.label));
  if (stats.set.length < MIN_HPARAMS || labels.size < MIN_LABELS || optimisation.length === 0) return [];
  const telling = tellingEntry(stats.set);
  return [finding(file, 'doc-launch', telling.line, `${describeKeys(stats.set)} passed by the training command in this document (${hparamOf(telling.key)!.label} at line ${telling.line})`)];
}

function checkConfig(file: FileContent, ctx: ScanContext): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  if (/\.(?:md|markdown)$/i.test(file.path)) {
    const card = cardHyperparameters(file);
    if (card[0]?.outcome === 'evidence') return card;
    const launched = documentedLaunch(file);
    return launched.length > 0 ? launched : [...card, ...documentedConfig(file, ctx)];
  }
  const format = configFormat(file.path, file.text);
  if (!format) return [];
  const base = basename(file.path);
  const structured = isStructured(file.path);
  const expected = pat().CONFIG_DIR.test(file.path) || pat().TRAINING_NAME.test(stem(file.path));

  if (file.text.trim() === '') {
    return structured && expected ? [finding(file, 'empty', 1, 'empty config file')] : [];
  }

  // A Hugging Face configuration class (configuration_*.py) is the inference architecture in code.
  if (format === 'python' && /\bclass\s+\w+\s*\(\s*(?:\w+\.)?PretrainedConfig\s*\)/.test(file.text)) {
    const line = file.text.slice(0, file.text.search(/\bclass\s+\w+\s*\(\s*(?:\w+\.)?PretrainedConfig/)).split('\n').length;
    return [finding(file, 'hf-model-config', line, 'Hugging Face configuration class: model architecture for loading, not training settings')];
  }

  const entries = configEntries(file.text, format);
  const stats = keyStats(entries);
  const optimisation = stats.set.filter((s) => s.hp.kind === 'optimisation');
  const labels = new Set(stats.set.map((s) => s.hp.label));

  // Several training keys, at least one about optimisation: this is how a run was configured.
  if (stats.set.length >= MIN_HPARAMS && labels.size >= MIN_LABELS && optimisation.length >= 1) {
    const telling = tellingEntry(stats.set);
    const where = format === 'shell' ? 'passed by the launcher' : 'set';
    const hp = hparamOf(telling.key)!;
    return [finding(file, 'hparams', telling.line, `${describeKeys(stats.set)} ${where} (${hp.label} at line ${telling.line})`, { perKey: stats.set.length, expected })];
  }

  // Launchers and code modules without hyperparameters are simply not configs: no finding.
  if (!structured && !(format === 'python' && pat().PY_CONFIG_PATH.test(file.path))) return [];

  const ds = count(stats, 'deepspeed');
  if (ds >= FEW_MARKERS && (stats.markers.get('deepspeed') ?? []).some((e) => e.key === 'zero_optimization' || e.key === 'zero_stage')) {
    const stage = /"?stage"?\s*[:=]\s*"?(\d)/.exec(file.text)?.[1];
    const what = `DeepSpeed${stage ? ` ZeRO stage ${stage}` : ''} config`;
    const real = stats.set.filter((s) => s.hp.kind === 'optimisation' || s.hp.kind === 'batch');
    if (real.length > 0) {
      return [finding(file, 'deepspeed', real[0]!.entry.line, `${what} for training (${describeKeys(real)} set)`)];
    }
    const line = stats.auto[0]?.line ?? firstLine(stats.markers.get('deepspeed'));
    return [finding(file, 'deepspeed-auto', line, `${what}: batch size and optimiser left 'auto' (set by the launcher), no hyperparameters here`)];
  }

  if (count(stats, 'accelerate') >= MANY_MARKERS) {
    return [finding(file, 'launcher-settings', firstLine(stats.markers.get('accelerate')), 'distributed launch settings (accelerate/FSDP) only, no training hyperparameters')];
  }

  if (stats.blanks.length >= MIN_BLANKS || (stats.blanks.length >= 1 && stats.set.length === 0)) {
    const b = stats.blanks[0]!;
    return [finding(file, expected ? 'placeholder-expected' : 'placeholder', b.line, `hyperparameters left unset (${b.path}: ${b.value.slice(0, 30)})`)];
  }

  const hf = count(stats, 'hf');
  if (/^generation_config\.json$/i.test(base) || (count(stats, 'generation') >= MANY_MARKERS && optimisation.length === 0 && stats.set.length < MIN_HPARAMS)) {
    return [finding(file, 'generation-config', firstLine(stats.markers.get('generation')), 'generation settings (sampling, max new tokens) for inference, not training')];
  }
  if (/^(?:preprocessor|processor|image_processor|feature_extractor)_config\.json$/i.test(base) || count(stats, 'processor') >= MANY_MARKERS) {
    return [finding(file, 'processor-config', firstLine(stats.markers.get('processor')), 'input processor settings for inference (resize, normalise, tokenizer class), not training')];
  }
  if (/^adapter_config\.json$/i.test(base) || count(stats, 'adapter') >= MANY_MARKERS) {
    return [finding(file, 'adapter-config', firstLine(stats.markers.get('adapter')), 'PEFT adapter description (rank, target modules) for loading, not how it was trained')];
  }
  if (hf >= FEW_MARKERS || (/^config\.json$/i.test(base) && stats.set.some((s) => s.hp.kind === 'architecture'))) {
    const arch = stats.set.filter((s) => s.hp.kind === 'architecture');
    const what = arch.length > 0 ? ` (${describeKeys(arch, 3)})` : '';
    return [finding(file, 'hf-model-config', firstLine(stats.markers.get('hf')), `Hugging Face model config: architecture for inference${what}, no training settings`)];
  }
  if (count(stats, 'pipeline') >= FEW_MARKERS && optimisation.length === 0) {
    return [finding(file, 'data-pipeline-config', firstLine(stats.markers.get('pipeline')), 'data-pipeline config (dedup/filter/mix settings): preprocessing, not a training config')];
  }
  if (count(stats, 'eval') >= FEW_MARKERS && optimisation.length === 0) {
    return [finding(file, 'eval-config', firstLine(stats.markers.get('eval')), 'evaluation config (tasks, few-shot, metrics), not a training config')];
  }

  const arch = stats.set.filter((s) => s.hp.kind === 'architecture');
  if (arch.length >= MIN_HPARAMS && optimisation.length === 0) {
    return [finding(file, 'architecture-only', arch[0]!.entry.line, `model architecture only (${describeKeys(arch, 3)}); no optimisation settings such as learning rate or schedule`)];
  }
  if (optimisation.length >= 1 || (stats.set.length >= MIN_EXPECTED_KEYS && expected)) {
    return [finding(file, 'few-hparams', (optimisation[0] ?? stats.set[0]!).entry.line, `only ${describeKeys(stats.set)} set; a training config sets several (learning rate, batch size, schedule, length)`)];
  }
  return [];
}

// A top-level or docs/ guide to training the release (not a translation of the README, not an API page),
// or a root README for one of the releases (`README-SC2INST.md`).
const TRAINING_GUIDE =
  /^(?:docs?\/)?(?:[\w.-]*(?:train|finetun|fine[-_]tun|pretrain|reproduc)[\w.-]*|readme[-_.](?:dev|train\w*))\.md$|^readme[-_.](?!(?:zh|cn|ja|jp|ko|kr|fr|de|es|ru|pt|vi|it|tr|ar|en|id|th|pl|uk|fa|hi|chinese|japanese|korean|old|legacy|template)(?:[-_.]|$))[\w-]+\.md$/i;

function rankConfig(path: string): number | undefined {
  const base = basename(path);
  const ext = extension(path);
  // Model cards are read for their "Training hyperparameters" section: the top README and named cards only.
  // So are a training guide's commands (`docs/train_video_chatgpt.md`, `TRAINING.md`, `README-DEV.md`).
  if (ext === 'md') {
    if (/^readme\.md$/i.test(base) && !path.includes('/')) return 15;
    if (/model[_-]?card/i.test(base)) return 20;
    return TRAINING_GUIDE.test(path) ? 12 : undefined;
  }
  if (pat().DROP_SEGMENT.test(path) || pat().DROP_NAME.test(base) || inLibraryFolder(path)) return undefined;
  // Tool settings (`.isort.cfg`, `setup.cfg`, `CPPLINT.cfg`) and word lists (`vocab.txt`, `label_map.txt`) are not a run's.
  if ((ext === 'cfg' || ext === 'txt') && (/^\.|^(?:setup|pyvenv|cpplint|doxygen|tox|pytest)\.cfg$/i.test(base) || /vocab|merges|requirements|packages|label|prompt|words|list|split|names|classes/i.test(base))) return undefined;
  if ((ext === 'sh' || ext === 'bash') && pat().DROP_SHELL.test(base)) return undefined;
  if ((ext === 'json' || ext === 'conf') && !pat().CONFIG_DIR.test(path) && (pat().DATA_JSON_DIR.test(path) || pat().DATA_JSON_NAME.test(base))) return undefined;
  // A tokenizer's files (its vocabulary maps words such as `lr` to ids) and the settings of a model's
  // inference or sampling (`configs/inference/config_both.yaml`) are not a training run's.
  if (/(?:^|\/)(?:tokenizers?|inference|infer|sampling)\//i.test(path)) return undefined;
  // Training scripts often hold the run's hyperparameters as argument or function defaults: read them last.
  // A stage's script is named for its stage first (`base_train.py`, `mid_train.py`).
  // A research repository's `main.py` (`main_pretrain.py`) is its training entry point more often than not.
  // Lit-GPT's layout names the stage by folder and the recipe by file (`pretrain/tinyllama.py`,
  // `finetune/lora.py`), each script holding its run's settings as module constants.
  const trainingScript =
    ext === 'py' &&
    (/^(?:run_)?(?:pre)?train|^fine_?tune|^sft(?:[_.]|$)|^[a-z0-9]+_(?:pre)?train\.py$|^main(?:_[a-z0-9]+)?\.py$/i.test(base) || (STAGE_FOLDER.test(path) && !/util|helper|data|model|^_/i.test(base))) &&
    !/config|cfg|hparam|eval|infer|test|demo/i.test(base);
  if (ext === 'py' && !pat().PY_CONFIG_PATH.test(path) && !/(?:config|cfg|hparam|hyperparam)/i.test(base) && !PY_PARAMS.test(path) && !trainingScript) return undefined;
  if (pat().HF_LOOKALIKE_NAME.test(base)) return 8;
  // Benchmark task definitions (thousands in an eval harness) are not read unless named for training.
  if ((pat().EVAL_DIR.test(path) || inEvalToolkit(path)) && !pat().TRAINING_NAME.test(stem(path))) return undefined;

  const byExt: Record<string, number> = { yaml: 40, yml: 40, toml: 35, gin: 50, json: 20, conf: 30, cfg: 25, txt: 15, py: 45, slurm: 55, sbatch: 55, sh: 25, bash: 25 };
  let r = byExt[ext] ?? 20;
  if (trainingScript && !pat().PY_CONFIG_PATH.test(path)) r = 10;
  if (pat().CONFIG_DIR.test(path)) r += 35;
  if (pat().TRAINING_NAME.test(stem(path))) r += 15;
  if ((ext === 'sh' || ext === 'bash') && pat().LAUNCHER_NAME.test(base)) r += 25;
  if (pat().LOW_PATH.test(path)) r -= 15;
  if (/eval|test|bench|infer|generat|serve|demo/i.test(base)) r -= 15;
  return Math.max(1, Math.min(99, r));
}

/**
 * Python modules that hold a run's settings by name: DiffWave's `params.py`, Baselines' `ppo2/defaults.py`,
 * MaxViT's `hp/`. Not argument modules (`arguments.py`, `options.py`): Megatron-style frameworks and
 * inference releases carry every default of a framework there, which no run chose.
 */
const PY_PARAMS = /(?:^|\/)(?:params|defaults)\.py$|(?:^|\/)hp\/[^/]+\.py$/i;

/** A folder named for a training stage, whose scripts are that stage's recipes. */
const STAGE_FOLDER = /(?:^|\/)(?:pretrain|finetune|sft)\/[^/]+$/i;

export const config: Detector = defineDetector({
  id: 'config',
  globs: [
    '**/*.{yaml,yml}',
    '**/*.json',
    '**/*.toml',
    '**/*.gin',
    '**/*.conf',
    // gflags flagfiles (`train_am_tds_ctc.cfg`: `--lr=0.3`) and configargparse files (`paper_configs/llff_config.txt`).
    '**/*.cfg',
    '**/*{config,Config}*.txt',
    '**/{config,configs,paper_configs,cfg,cfgs}/**/*.txt',
    '**/*.{sh,bash,slurm,sbatch}',
    '**/{config,configs,conf,cfg,cfgs,hparams,recipes}/**/*.py',
    '**/*{config,cfg,hparams,hyperparam}*.py',
    '**/{params,defaults}.py',
    '**/hp/*.py',
    '**/{train,pretrain,finetune,fine_tune,sft,run_train,run_pretrain,run_finetune}*.py',
    '**/*_{train,pretrain}.py',
    '**/{main,main_*}.py',
    '**/{pretrain,finetune,sft}/*.py',
    'README.md',
    '**/*{MODEL_CARD,model_card,model-card,ModelCard}*.md',
    '{,docs/,doc/}*.md',
  ],
  rank: rankConfig,
  check: checkConfig,
  enough: 3,
});
