import type { Detector, FileContent, Finding, ScanContext, Submodule } from '../../domain/finding.js';
import { defineOutcomes, emit, emitterFor } from '../outcomes.js';
import { basename, codeLanguage, codeLines, codePlaceholder, extension, findLine, findLineWhere, joinLabels, notebookCells, pythonBodies, shellCommands, splitAssignment, stem } from '../text/code.js';
import type { CodeLanguage, CodeLine, Hit, Signal } from '../text/code.js';
import { CODE_SWEEP, defineDetector } from '../define.js';
import { inEvalToolkit, inLibraryFolder, isRootHelperModule } from '../text/path-facts.js';
import { fineTuningRepository } from '../config-docs.js';
import { parseMarkdown } from '../text/markdown.js';
import { splitLines } from '../text/lines.js';
import { frameworkMain, inputOptimisationBodies, lightningCliSubclass } from '../text/training-code.js';

/**
 * Training code: what turns data into weights. A file counts on what it does — a backward pass,
 * an optimizer step, a trainer's train()/fit(), a JAX gradient update, a framework's pretrain
 * loop, or a launcher (torchrun, deepspeed, accelerate, srun) starting a training entry point.
 * Inference, adapter loading, weight conversion and classifier training inside data tools do
 * not count, whatever the file is called.
 */


interface Patterns {
  step: Signal[];
  support: Signal[];
  /** Generation first, then serving, then no-grad blocks: the most telling line is reported. */
  inference: RegExp[];
  adapterLoading: RegExp;
  converterCode: RegExp;
  converterLoad: RegExp;
  converterName: RegExp;
  fasttext: RegExp;
  tokenizerTraining: RegExp;
  megatronImport: RegExp;
  kerasImport: RegExp;
  hubModel: RegExp;
  tutorialDir: RegExp;
  tutorialProse: RegExp;
  pipInstall: RegExp;
  strongName: RegExp;
  notEntryName: RegExp;
  trainishName: RegExp;
  trainDir: RegExp;
  dropPath: RegExp;
  dropName: RegExp;
  launcher: RegExp;
  script: RegExp;
  module: RegExp;
  trainTarget: RegExp;
  notTrainTarget: RegExp;
  trainFlags: RegExp;
  trainSwitch: RegExp;
  directTrainCli: RegExp;
  delegation: RegExp;
  framework: RegExp;
}

let patterns: Patterns | undefined;

// Built on first use: nothing is compiled at import time.
function pat(): Patterns {
  return (patterns ??= {
    step: [
      { label: 'backward pass', re: /\.backward\s*\(|\bbackward_step\s*\(/ },
      // timm's NativeScaler does the backward pass and the optimizer step in one call (`loss_scaler(loss, optimizer, …)`).
      { label: 'optimizer step', re: /\b\w*(?:optim|opt|optimizer|optimiser|scaler)\w*\.step\s*\(|\bsolver\.Step\s*\(|\b\w*scaler\s*\(\s*\w*loss\w*\s*,\s*\w*optim/i },
      { label: 'Trainer.train()', re: /\b\w*trainer\w*\.train\s*\(|\b\w*Trainer\s*\([^;]*\)\s*\.train\s*\(/i },
      // A runner or solver that owns the epoch loop (MMEngine's `Runner.from_cfg(cfg).train()`, LAVIS-style runners,
      // VQ-Diffusion's and Caffe-style `solver.train()`).
      { label: 'Runner.train()', re: /\b\w*(?:runner|solver)\w*\.train\s*\(|\b(?:Runner|Solver)(?:\.from_cfg)?\s*\([^;]*\)\s*\.train\s*\(/i },
      // Lightning's CLI runs the subcommand it is given (`python main.py fit --config …`) through its Trainer.
      { label: 'Trainer.fit()', re: /\b\w*trainer\w*\.fit\s*\(|\b\w*Trainer\s*\([^;]*\)\s*\.fit\s*\(|\bLightningCLI\s*\(/i },
      // Reinforcement-learning runners own the rollout-and-update loop (Stable-Baselines' `model.learn(total_timesteps=…)`, rsl_rl's `runner.learn(num_learning_iterations=…)`).
      { label: 'RL learner.learn()', re: /\b\w+\.learn\s*\(\s*(?:total_timesteps|num_timesteps|num_learning_iterations|n_timesteps)\s*=/ },
      // TF Estimator (TPUEstimator) pretraining: the estimator owns the loop its model_fn's train_op drives.
      // GluonTS estimators train through `estimator.train(…)` or `estimator.train_model(training_data=…)`.
      { label: 'Estimator.train()', re: /\b\w*estimator\w*\.train(?:_model)?\s*\(|\btf\.estimator\.train_and_evaluate\s*\(/i },
      // TF1 optimisers (`opt.minimize(loss)`, `tf.train.AdamOptimizer(lr).minimize(self.loss)`, OpenAI Baselines' `U.minimize_and_clip(optimizer, loss, …)`)
      // and dnnlib's (`G_opt.register_gradients(…)`, `G_opt.apply_updates()`).
      // TF1 sessions run the model's train op (`sess.run([global_step, model.loss, model.optimize])`).
      { label: 'gradient update', re: /\bsess(?:ion)?\.run\s*\([^)\n]*(?:\b\w*(?:optimi[sz]e|train_op|optim|_opt)\w*\b|\.opt\b)|(?<!optimize)\.minimize\s*\(\s*(?:self\.)?\w*loss\b|\.apply_gradients\s*\(|\boptax\.apply_updates\s*\(|\bgorgonia\.Grad\s*\(|\b(?!optimize\.)\w*opt\w*\.(?:minimize|register_gradients|apply_updates)\s*\(|\b(?:adam|sgd|rmsprop|momentum)_updates?\s*\(|\bminimize_and_clip\s*\(/i },
      // A trainer's or a JAX module's train_step, and solvers that own the loop (fairseq/metaseq, audiocraft/dora).
      // BasicSR/CycleGAN models own their step (`model.optimize_parameters(current_iter)`).
      // A model that owns its update and is handed the learning rate (`model.update(imgs, gt, learning_rate, training=True)`).
      // Or that trains one step at the rate it is handed (`model.train(lr)`; PyTorch's `model.train()` switches a mode).
      { label: 'training step', re: /\b\w*model\w*\.(?:update|train)\s*\([^)\n]*\b(?:learning_rate|lr)\b|\b\w*model\w*\.optimize_parameters\s*\(|\b\w*(?:trainer|engine|model|state|task)\w*\.train_step\s*\(|\bdef\s+train_step\s*\(|\b\w*\.optimizer_step\s*\(|\bdef\s+train_one_epoch\s*\(/ },
      // BasicSR's entry point: the release registers its archs, data and models, and BasicSR runs the loop.
      { label: "BasicSR's training pipeline", re: /(?<!def\s{1,4})\btrain_pipeline\s*\(\s*(?:root_path|osp\.|os\.path)/ },
      // SwissArmyTransformer's training_main(…, forward_step_function=…): the framework owns the loop, the script hands it the loss.
      { label: "a framework's training loop (forward step handed over)", re: /\b\w*(?:training_main|pretrain|train)\s*\([^\n]*\bforward_step_func\w*\s*=/ },
      { label: 'runs a training solver', re: /\b\w*(?:solver|trainer)\w*\.run\s*\(\s*\)|\btrainer\.(?:train|fit)_loop\b/ },
    ],
    support: [
      { label: 'optimizer', re: /\btorch\.optim\.\w+\s*\(|\b(?:AdamW?|SGD|Adafactor|Lion|Muon|FusedAdam|DeepSpeedCPUAdam|LAMB)\s*(?:::new)?\s*\(|\boptax\.\w+\s*\(|\b(?:create|build|get|make)_optimi[sz]er\s*\(/ },
      { label: 'gradient reset', re: /\.zero_grad\s*\(/ },
      { label: 'LR schedule', re: /\b\w*sched\w*\.step\s*\(|\bget_(?:cosine|linear|constant|polynomial|wsd)\w*_schedule\w*\s*\(|\b(?:LambdaLR|CosineAnnealing\w*|OneCycleLR|LinearLR|SequentialLR)\s*\(|\boptax\.(?:warmup|cosine|linear)\w*\s*\(/ },
      { label: 'checkpoint saving', re: /\bsave_checkpoint\s*\(|\btorch\.save\s*\(|\.save_model\s*\(|\.save_state\s*\(|\bcheckpointer\.save\s*\(|\bCheckpointManager\s*\(|\bsave_checkpoint\b/ },
      { label: 'gradient clipping', re: /\bclip_grad_norm_?\s*\(|\bclip_by_global_norm\s*\(|\bclip_grad_value_?\s*\(/ },
      { label: 'distributed training', re: /\bDistributedDataParallel\b|\bFullyShardedDataParallel\b|\bFSDP\s*\(|\bdeepspeed\.initialize\s*\(|\baccelerator\.prepare\s*\(|\bFabric\s*\(|\bfully_shard\s*\(/ },
      { label: 'training arguments', re: /\b(?:TrainingArguments|Seq2SeqTrainingArguments|SFTConfig|DPOConfig|GRPOConfig|ORPOConfig|KTOConfig|PPOConfig|RewardConfig)\s*\(/ },
      { label: 'loss', re: /\bcross_entropy\s*\(|\bCrossEntropyLoss\s*\(|\bloss\s*=|\blet\s+loss\b|\bloss\s*:=/ },
      { label: 'gradients', re: /\bjax\.(?:value_and_grad|grad)\s*\(|\bnnx\.(?:value_and_grad|grad)\s*\(|\bGradientTape\s*\(|\btf\.GradientTape\b/ },
    ],
    inference: [
      /\.generate\s*\(|\bpipeline\s*\(\s*(?:task\s*=\s*)?["'](?:text-generation|text2text-generation|conversational|image-to-text|automatic-speech-recognition|summarization)|\bfrom\s+vllm\b|\bText(?:Iterator)?Streamer\s*\(|\.stream_chat\s*\(|\.chat\s*\(\s*tokenizer/,
      /\bimport\s+gradio\b|\bgr\.(?:Interface|Blocks|ChatInterface)\s*\(|\bimport\s+streamlit\b|\buvicorn\.run\s*\(|\bFastAPI\s*\(/,
      /\btorch\.no_grad\b|\btorch\.inference_mode\b/,
    ],
    adapterLoading: /\bPeftModel\.from_pretrained\s*\(|\.load_adapter\s*\(|\.merge_and_unload\s*\(|\.set_adapter\s*\(/,
    converterCode: /\bnew_state_dict\b|\bstate_dict\s*\[\s*\w+\.replace\(|\.replace\(\s*["'](?:transformer|model|layers|encoder|decoder|blocks?)\.|\bsave_file\s*\(|\bsafe_open\s*\(/,
    converterLoad: /\bload_state_dict\s*\(|\btorch\.load\s*\(|\.save_pretrained\s*\(|\bstate_dict\s*\(/,
    converterName: /^(?:convert|conversion|export|merge|port|to_hf|hf_to|ckpt|checkpoint)|(?:2hf|_to_hf|to_megatron|to_llama|convert|export|merge_lora|merge_weights?)(?:[^a-z]|$)/i,
    fasttext: /\bfasttext\.train_(?:supervised|unsupervised)\s*\(/,
    tokenizerTraining: /\bSentencePieceTrainer\.[Tt]rain\s*\(|\.train_new_from_iterator\s*\(|\btokenizer\w*\.train(?:_from_iterator)?\s*\(|\b(?:Bpe|WordPiece|Unigram|WordLevel)Trainer\s*\(/,
    megatronImport: /\bfrom\s+megatron(?:\.\w+)*\s+import\s+.*\bpretrain\b|\bfrom\s+megatron\.training\b|\bimport\s+megatron\b/,
    kerasImport: /\b(?:import|from)\s+(?:tensorflow|keras|tf_keras)\b/,
    hubModel: /from_pretrained\s*\(\s*["'][\w.-]+\/[\w.-]+["']|\bmodel_(?:name|id|checkpoint)\w*\s*=\s*["'][\w.-]+\/[\w.-]+["']|from_pretrained\s*\(\s*["'](?:gpt2|bert-base-\w+|distilbert-base-\w+|roberta-base|t5-\w+)["']/,
    tutorialDir: /(?:^|\/)(?:tutorials?|cookbooks?|notebooks?|demos?|colabs?|guides?|walkthroughs?|courses?|workshops?|lessons?)\//i,
    tutorialProse: /\b(?:in this (?:tutorial|notebook|guide|walkthrough|colab)|this (?:tutorial|notebook) (?:shows|demonstrates|walks)|let'?s (?:fine-?tune|train|start|load)|open in colab|colab\.research\.google\.com)\b/i,
    pipInstall: /^\s*[!%]\s*pip\s+install\b/,
    strongName: /^(?:run_|do_)?(?:pre)?train(?:ing)?(?:[_-][\w-]+)?$|^(?:fine[_-]?tun(?:e|ing)|sft|dpo|orpo|ppo|grpo|kto|rlhf|reward_model(?:ing)?)(?:[_-][\w-]+)?$|^[\w-]*[_-](?:pre)?train(?:ing)?$|^[\w-]*[_-](?:fine[_-]?tune|sft|dpo)$/i,
    // Helpers and configs named after training, and scripts named after evaluating a fine-tune.
    notEntryName: /(?:^|[_-])(?:utils?|helpers?|common|args|arguments|config|configs|cfg|lib|tools?|data|dataset|datasets|metrics?|logs?|logger|callbacks?|state|plot|stats|eval\w*|evaluate|infer\w*|generat\w*|test|bench\w*|types|constants|to|convert\w*|export\w*|merge\w*)(?:[_-]|$)|^eval|^evaluate|^infer|^test/i,
    trainishName: /(?:^|[^a-z])(?:pre)?train|fine[_-]?tun|(?:^|[^a-z])(?:sft|dpo|orpo|ppo|grpo|kto|rlhf)(?:[^a-z]|$)/i,
    trainDir: /(?:^|\/)(?:train|training|pretrain|pretraining|finetune|finetuning|fine_tune|sft|dpo|rlhf|recipes)\//i,
    dropPath: /(?:^|\/)(?:tests?|testing|unit_tests|functional_tests|\.github|\.gitlab|\.circleci|\.ci|site-packages|node_modules|\.venv|venv)\//i,
    dropName: /^(?:test_[\w-]*|[\w-]*_test|conftest|setup|__init__|__main__\.bak|install[\w-]*|build[\w-]*|format[\w-]*|lint[\w-]*|download[\w-]*|docker[\w-]*|create_env|[\w-]*_env|env)\.\w+$/i,
    launcher:
      /(?:^|[\s"'`;(&|])(torchrun|deepspeed|accelerate\s+launch|srun|mpirun|mpiexec|horovodrun|composer|tune\s+run|lightning\s+run\s+model|colossalai\s+run|python\d?(?:\.\d+)?\s+-m\s+torch\.distributed\.(?:launch|run)|python\d?(?:\.\d+)?|uv\s+run|poetry\s+run\s+python)(?=\s)/,
    // Backticks and `/` start a path only where no path runs through them: they also continue one, and a
    // row of 4,000 backticks was rescanned from each of them (16M steps per launcher, issue 19).
    script: /(?:^|[\s"'=]|(?<![\w.${}`()/-])[`/])((?:[\w.${}`()/-]*\/)?[\w.${}-]+\.(?:py|ipynb))(?=[\s"'`;)]|$)/,
    module: /(?:^|\s)-m\s+([\w.]+)/,
    trainTarget: /(?:^|[/._-])(?:pre)?train|fine[_-]?tun|(?:^|[/._-])(?:sft|dpo|orpo|ppo|grpo|kto|rlhf)(?:[/._-]|$)|^main\.py$|(?:^|\/)main\.py$|run_(?:clm|mlm|seq2seq|summarization|translation|glue|qa|swag|ner|image_classification|speech_recognition)|\bfull_finetune|\blora_finetune|(?:^|\.)train(?:er)?$/i,
    notTrainTarget: /eval|generat|infer|serve|server|demo|convert|export|download|prepare|preprocess|tokeniz|dedup|benchmark|bench|test|plot|analy[sz]|score|quantiz|merge/i,
    trainSwitch: /(?:^|\s)--(?:is[_-]training[\s=]+(?:1|true)\b|do[_-]train\b|mode[\s=]+train\b|phase[\s=]+train\b)/i,
    trainFlags: /(?:^|\s)--(?:do[_-]train|lr|learning[_-]rate|train[_-]\w+|max[_-]steps|num[_-]train[_-]epochs|epochs|global[_-]batch[_-]size|micro[_-]batch[_-]size|per[_-]device[_-]train[_-]batch[_-]size|warmup\w*|weight[_-]decay)\b|(?:^|\s)[\w.]*(?:optim\.lr|max_steps|trainer\.\w+)=/i,
    directTrainCli: /(?:^|[\s"'`;(&|])(fairseq-(?:hydra-)?train|litgpt\s+(?:pretrain|finetune\w*)|llamafactory-cli\s+train|axolotl\s+train|tune\s+run\s+[\w/.-]*(?:finetune|train|dpo|ppo)\w*|nanotron\s+train|swift\s+(?:sft|pt|rlhf)|trl\s+(?:sft|dpo|grpo|kto)|olmo-core\s+train|python\d?\s+-m\s+[\w.]*train\w*)/,
    delegation: /^\s*from\s+([\w.]+)\s+import\s+([\w, ]+)|^\s*import\s+([\w.]+)/,
    framework:
      /(?:^|\/)(Megatron-LM|Megatron-DeepSpeed|nanotron|gpt-neox|torchtitan|OLMo-core|OLMo|llm-foundry|litgpt|lit-gpt|levanter|maxtext|t5x|paxml|praxis|metaseq|fairseq2?|torchtune|trl|open-instruct|alignment-handbook|LLaMA-Factory|axolotl|DeepSpeedExamples|composer|lingua|picotron|nanoGPT|nanochat|EasyLM|OpenRLHF|NeMo|verl|Megatron-Bridge|modded-nanogpt|x-transformers|mesh-transformer-jax|DeepSpeed)(?:\.git)?\/?$/i,
  });
}

const OUTCOMES = defineOutcomes('training', {
  'training-loop': {
    outcome: 'evidence',
    weight: 65,
    parts: { step: { each: 8, atMost: 2 }, support: { each: 4, atMost: 3 }, strongName: 5, notebook: -10 },
    max: 95,
    label: 'a training step (backward, optimizer step, trainer call); more steps, support (data loader, checkpointing) and an entry-point name add, a notebook takes off',
  },
  launcher: { outcome: 'evidence', weight: 65, parts: { distributed: 10, inTree: 5, strongName: 5 }, label: 'a script launching training; a distributed launcher, an entry point in the tree and an entry-point name add' },
  'framework-submodule': { outcome: 'external', weight: 60, label: 'a git submodule of a training framework' },
  'framework-link': { outcome: 'external', weight: 50, label: 'the README says the models were trained with a framework' },
  delegates: { outcome: 'weak', weight: 45, label: 'a thin entry point handing over to another module' },
  'delegates-script': { outcome: 'weak', weight: 40, code: 'delegates', label: 'a script submitting or sourcing another' },
  'tutorial-finetune': { outcome: 'weak', weight: 40, label: 'a tutorial fine-tuning a downloaded model' },
  'gradient-only': { outcome: 'weak', weight: 35, label: 'a backward pass with no optimizer, loss or other training machinery (a gradient check or analysis)' },
  'placeholder-entry': { outcome: 'rejected', weight: 55, code: 'placeholder', label: 'a training entry point that is a placeholder' },
  placeholder: { outcome: 'rejected', weight: 45, label: 'training-named code that is a placeholder' },
  'no-training-signal': { outcome: 'rejected', weight: 45, label: 'a training entry point without a training step' },
  'classifier-trainer': { outcome: 'rejected', weight: 40, label: 'trains a fastText classifier' },
  'tokenizer-trainer': { outcome: 'rejected', weight: 40, label: 'trains a tokenizer' },
  'adapter-loading': { outcome: 'rejected', weight: 40, label: 'loads an adapter to merge or serve it' },
  'weight-converter': { outcome: 'rejected', weight: 40, label: 'converts weights' },
  'inference-only': { outcome: 'rejected', weight: 40, label: 'inference code' },
});

/** Lines besides its imports that a thin entry point has at most. */
const THIN_ENTRY_LINES = 8;

const finding = emitterFor(OUTCOMES);


// What a loop calls is not the loop: an optimizer wrapper's or autograd Function's own `backward` and
// `step` (Megatron's FP16 optimizer, activation checkpointing), the closure an L-BFGS fit hands its
// optimizer. Methods only (`self`, `ctx`): a JAX module's free `def step(state, batch)` is the loop's step.
const MACHINERY_DEF = /^\s*def\s+(?:(?:backward|step|zero_grad)\s*\(\s*(?:self|ctx)\b|closure\s*\(\s*\))/;

/** Distinct signals in file order, first line of each; none inside the `inside` lines. */
function hits(lines: readonly CodeLine[], signals: readonly Signal[], skip?: RegExp, inside?: ReadonlySet<number>): Hit[] {
  const out: Hit[] = [];
  const keep = skip || inside?.size ? (x: CodeLine) => !inside?.has(x.line) && !skip?.test(x.text) : undefined;
  for (const s of signals) {
    const l = findLineWhere(lines, s.re, keep);
    if (l) out.push({ label: s.label, line: l.line });
  }
  return out.sort((a, b) => a.line - b.line);
}


/** The call that proves training, with what surrounds it, as one line. */
function trainingFinding(file: FileContent, steps: Hit[], support: Hit[], strong: boolean, notebook: boolean): Finding {
  const primary = steps[0]!;
  const others = [...steps.slice(1), ...support].map((h) => h.label).slice(0, 4);
  const tail = others.length > 0 ? `, with ${joinLabels(others)}` : '';
  return emit(OUTCOMES, 'training-loop', { path: file.path, line: primary.line, message: `${primary.label} at line ${primary.line}${tail}`, parts: { step: steps.length - 1, support: support.length, strongName: strong, notebook } });
}

function isTutorial(file: FileContent, lang: CodeLanguage, lines: readonly CodeLine[]): boolean {
  const p = pat();
  if (p.tutorialDir.test(file.path)) return true;
  if (lang !== 'notebook') return false;
  if (lines.some((l) => p.pipInstall.test(l.text))) return true;
  const prose = notebookCells(file.text)
    .filter((c) => c.type === 'markdown')
    .flatMap((c) => c.lines.map((l) => l.text))
    .join('\n');
  return p.tutorialProse.test(prose);
}

interface Launch {
  line: number;
  launcher: string;
  target: string;
}

/** A command that starts a training entry point: `torchrun … pretrain_gpt.py`, `accelerate launch sft.py`, `litgpt pretrain`. */
function findLaunch(lines: readonly CodeLine[]): Launch | undefined {
  const p = pat();
  // One global copy per file, not per command: 20,000 one-character lines each paid a regex object.
  const launchers = new RegExp(p.launcher.source, 'g');
  for (const cmd of shellCommands(lines)) {
    const text = cmd.text;
    const direct = p.directTrainCli.exec(text);
    if (direct) return { line: cmd.line, launcher: direct[1]!.replace(/\s+/g, ' ').trim(), target: '' };
    // Wrappers chain launchers (`python mason.py … -- accelerate launch … finetune.py`): try each.
    launchers.lastIndex = 0;
    const found: RegExpExecArray[] = [];
    for (let m = launchers.exec(text); m; m = launchers.exec(text)) found.push(m);
    for (const [i, l] of found.entries()) {
      const rest = text.slice(l.index + l[0].length);
      const script = p.script.exec(rest);
      const mod = p.module.exec(rest);
      const at = Math.min(script?.index ?? Infinity, mod?.index ?? Infinity);
      const target = at === script?.index ? script[1] : mod?.[1];
      if (!target) continue;
      // `srun torchrun … train.py`: name the launcher nearest the entry point.
      const next = found[i + 1];
      if (next && next.index - (l.index + l[0].length) < at) continue;
      const name = target.slice(target.lastIndexOf('/') + 1);
      if (p.notTrainTarget.test(name)) continue;
      const isPython = /^python|^uv|^poetry/.test(l[1]!);
      const trainingName = p.trainTarget.test(name);
      const flags = p.trainFlags.test(rest);
      // `python main.py` alone could be anything; a distributed launcher or training flags settle it.
      // Any entry point run with an explicit training switch and training flags (`run.py --is_training 1
      // --train_epochs 10`, `run_gen.py --do_train --learning_rate …`) is a training run.
      const switched = flags && p.trainSwitch.test(rest);
      if ((trainingName && (!/^main\.py$/i.test(name) || flags || !isPython)) || (!isPython && flags) || switched) {
        return { line: cmd.line, launcher: l[1]!.replace(/\s+/g, ' '), target };
      }
    }
  }
  return undefined;
}

// File names of the tree, indexed once per scan: launchers often name their entry point relative to
// a folder they cd into (`cd $REPO && torchrun pretrain_gpt.py`).
let basenames: WeakMap<ScanContext, Set<string>> | undefined;

function basenamesOf(ctx: ScanContext): Set<string> {
  basenames ??= new WeakMap();
  let set = basenames.get(ctx);
  if (!set) {
    set = new Set(ctx.paths.map(basename));
    basenames.set(ctx, set);
  }
  return set;
}

function resolvesInTree(target: string, from: string, ctx: ScanContext): boolean {
  if (!target || /[$`{}]/.test(target.replace(/^.*\//, ''))) return false;
  const clean = target.replace(/^.*[`)}]\//, '').replace(/^\.\//, '');
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  if (ctx.has(clean) || ctx.has(dir + clean)) return true;
  return basenamesOf(ctx).has(basename(clean));
}

function checkTraining(file: FileContent, ctx: ScanContext): Finding[] {
  if (file.binary || file.lfsPointer) return [];
  if (extension(file.path) === 'md') {
    const trained = readmeFramework(file);
    return trained.length > 0 ? trained : fineTuningRepository(parseMarkdown(file.text), file.path);
  }
  const p = pat();
  const lang = codeLanguage(file.path, file.text);
  const lines = codeLines(file.text, lang);
  const name = stem(file.path);
  const notEntry = p.notEntryName.test(name);
  const strong = p.strongName.test(name) && !notEntry;
  const trainish = strong || (p.trainishName.test(name) && !/eval|infer|generat|bench|plot|test/i.test(name));

  const placeholder = codePlaceholder(lines, file.text);
  if (placeholder) return trainish ? [finding(strong ? 'placeholder-entry' : 'placeholder', file.path, 1, `named like training code but ${placeholder}`)] : [];

  // Tokenizer and fastText trainers call train() too; they must not read as model training.
  const tokenizerLine = findLine(lines, p.tokenizerTraining);
  const fasttextLine = findLine(lines, p.fasttext);
  const notModel = new RegExp(`${p.tokenizerTraining.source}|${p.fasttext.source}`);

  const steps = hits(lines, p.step, notModel, lang === 'python' ? new Set([...pythonBodies(lines, MACHINERY_DEF), ...inputOptimisationBodies(lines)]) : undefined);
  if (p.megatronImport.test(file.text)) {
    const call = findLine(lines, /^\s*pretrain\s*\(/);
    if (call) steps.unshift({ label: "Megatron's pretrain() loop", line: call.line });
  }
  const handOff = strong && lang === 'python' ? frameworkMain(lines, ctx) : undefined;
  if (handOff) steps.push(handOff);
  const cliRun = lang === 'python' ? lightningCliSubclass(file.text, lines) : undefined;
  if (cliRun) steps.push(cliRun);
  // A Hugging Face Trainer subclass that defines its own loss (a preference-optimisation method's
  // trainer): the Trainer's loop runs it, the class is what trains.
  if (/\bclass\s+\w+\s*\(\s*(?:[\w.]+\.)?\w*Trainer\s*[,)]/.test(file.text)) {
    const loss = findLine(lines, /\bdef\s+compute_loss\s*\(\s*(?:self\b|$)/);
    if (loss) steps.push({ label: 'a Trainer subclass defining its training loss', line: loss.line });
  }
  if (p.kerasImport.test(file.text)) {
    const fit = findLine(lines, /\b\w*model\w*\.fit\s*\(/);
    if (fit) steps.push({ label: 'Keras model.fit()', line: fit.line });
  }
  steps.sort((a, b) => a.line - b.line);
  const support = hits(lines, p.support);

  if (steps.length > 0) {
    const code = lines.map((l) => l.text).join('\n');
    const hub = p.hubModel.exec(code);
    if (hub && isTutorial(file, lang, lines)) {
      const model = /["']([\w.-]+\/[\w.-]+|gpt2|bert-base-\w+|distilbert-base-\w+|roberta-base|t5-\w+)["']/.exec(hub[0])?.[1] ?? 'a downloaded model';
      return [finding('tutorial-finetune', file.path, steps[0]!.line, `${lang === 'notebook' ? 'notebook' : 'tutorial'} fine-tunes ${model} as a walkthrough (${steps[0]!.label} at line ${steps[0]!.line}); not the training of this release`)];
    }
    // A model file's self-check (`out.backward(grad)` to measure a receptive field) or a saliency map
    // computes gradients and updates nothing: alone, with nothing that trains around it, it is not training.
    if (steps.length === 1 && steps[0]!.label === 'backward pass' && support.length === 0 && !strong) {
      return [finding('gradient-only', file.path, steps[0]!.line, `backward pass at line ${steps[0]!.line} with no optimizer, loss, schedule or checkpointing in the file: gradients computed, nothing trained`)];
    }
    // A loss.backward() in a notebook that is not a tutorial still trains something; notebooks rank lower.
    return [trainingFinding(file, steps, support, strong, lang === 'notebook')];
  }

  if (lang === 'shell' || lang === 'notebook') {
    const launch = findLaunch(lines);
    if (launch) {
      const inTree = resolvesInTree(launch.target, file.path, ctx);
      const distributed = !/^(?:python|uv|poetry)/.test(launch.launcher);
      const what = launch.target ? `launches ${launch.target.replace(/^.*\//, '')} with ${launch.launcher}` : `runs ${launch.launcher}`;
      const where = launch.target && !inTree ? ' (entry point not in this tree: an external framework?)' : '';
      return [emit(OUTCOMES, 'launcher', { path: file.path, line: launch.line, message: `${what} at line ${launch.line}${where}`, parts: { distributed, inTree, strongName: strong } })];
    }
  }

  if (!trainish) return [];
  // A module of plain assignments (nanoGPT's config/train_gpt2.py) is a config, judged as one elsewhere.
  if ((lang === 'python' || lang === 'notebook') && isAssignmentsOnly(lines)) return [];

  return whyNotTraining(file.path, lines, { name, strong, lang, tokenizerLine, fasttextLine });
}


/** A file named like training code with no training step: says what it does instead, when it can tell. */
function whyNotTraining(
  path: string,
  lines: readonly CodeLine[],
  facts: { name: string; strong: boolean; lang: string; tokenizerLine: CodeLine | undefined; fasttextLine: CodeLine | undefined },
): Finding[] {
  const p = pat();
  const { name, strong, lang, tokenizerLine, fasttextLine } = facts;
  if (fasttextLine) {
    return [finding('classifier-trainer', path, fasttextLine.line, `trains a fastText classifier (data filtering) at line ${fasttextLine.line}, not the model`)];
  }
  if (tokenizerLine) {
    return [finding('tokenizer-trainer', path, tokenizerLine.line, `trains a tokenizer at line ${tokenizerLine.line}, not the model`)];
  }
  const adapter = findLine(lines, p.adapterLoading);
  if (adapter) {
    return [finding('adapter-loading', path, adapter.line, `loads a LoRA/PEFT adapter at line ${adapter.line} to merge or serve it; no training step`)];
  }
  const inference = firstOf(lines, p.inference);
  const converter = findLine(lines, p.converterCode) ?? (p.converterName.test(name) ? findLine(lines, p.converterLoad) : undefined);
  if (converter) {
    return [finding('weight-converter', path, converter.line, `converts or remaps weights (line ${converter.line}); no training step`)];
  }
  if (inference) {
    return [finding('inference-only', path, inference.line, `inference code (generation/serving at line ${inference.line}); no backward pass, optimizer step or trainer call`)];
  }
  if (strong) {
    const imports = lines.filter((l) => p.delegation.test(l.text));
    const local = imports.find((l) => /\b(?:train|trainer|main|run|cli|launch|pretrain|finetune)\b/i.test(l.text));
    if (local && lines.length - imports.length <= THIN_ENTRY_LINES) {
      const mod = p.delegation.exec(local.text);
      const target = mod?.[1] ?? mod?.[3] ?? 'another module';
      return [finding('delegates', path, local.line, `thin entry point: hands over to ${target} (line ${local.line}); the training loop is elsewhere`)];
    }
    if (lang === 'shell') {
      const submit = findLine(lines, /\b(?:sbatch|bash|sh|source)\s+\S+\.(?:sh|slurm|sbatch)\b|\bsbatch\b.*\s\$\{?\w+/);
      if (submit) return [finding('delegates-script', path, submit.line, `submits or sources another script (line ${submit.line}); the launcher is elsewhere`)];
    }
    return [finding('no-training-signal', path, 1, 'named as a training entry point but has no backward pass, optimizer step, trainer call or launcher')];
  }
  return [];
}

function firstOf(lines: readonly CodeLine[], res: readonly RegExp[]): CodeLine | undefined {
  for (const re of res) {
    const l = findLine(lines, re);
    if (l) return l;
  }
  return undefined;
}

function isAssignmentsOnly(lines: readonly CodeLine[]): boolean {
  if (lines.length === 0) return false;
  const literal = /^(?:[-+]?[\d_.]+(?:e[-+]?\d+)?|['"].*['"]|True|False|None|[[({].*[\])}]|[\d\s*+\-/.()e_]+),?$/;
  const plain = lines.filter((l) => {
    const a = splitAssignment(l.text);
    return (a !== undefined && literal.test(a.value)) || /^\s*(?:from\s+\S+\s+)?import\s|^\s*[\]})'"\d-]/.test(l.text);
  });
  return plain.length / lines.length >= 0.85 && !lines.some((l) => /^\s*(?:def|class|for|while|with)\b/.test(l.text));
}

/** "We train OpenThinker-7B using LLaMA-Factory" is said in the README of the training folder too. */
const TRAINING_FOLDER_README = /(?:^|\/)(?:train|training|finetune|fine_tune|sft|pretrain)\/readme\.md$/i;

function rankTraining(path: string): number | undefined {
  const p = pat();
  const base = basename(path);
  // What an evaluation folder trains is what the evaluation needs (a probe, a baseline agent), not the release.
  if (p.dropPath.test(path) || p.dropName.test(base) || inLibraryFolder(path) || inEvalToolkit(path)) return undefined;
  const ext = extension(path);
  const name = stem(path);
  // The top README, or a training folder's, only says where a framework lives: read after the code.
  if (ext === 'md') return /^readme\.md$/i.test(path) || TRAINING_FOLDER_README.test(path) ? 10 : undefined;
  let r: number;
  if (p.strongName.test(name)) r = 90;
  else if (p.trainishName.test(name)) r = 70;
  else if (/trainer|engine|learner|loop/i.test(name)) r = 60;
  else if (/_task$/i.test(name)) {
    // Benchmark task definitions score a model; they are not the training task.
    if (/(?:^|\/)(?:eval\w*|benchmarks?|tests?)\//i.test(path) || /eval|test|bench|infer/i.test(name)) return undefined;
    r = 35;
  }
  else if (ext === 'slurm' || ext === 'sbatch' || ext === 'pbs') r = 65;
  else if (/^(?:run|launch|submit)/i.test(name)) r = 55;
  else if (ext === 'sh' || ext === 'bash') r = 20;
  else if (name === 'main') r = 45;
  else if (/^solver$/i.test(name)) r = 50;
  else if (/^main_/i.test(name)) {
    if (/^main_(?:eval|test|infer|inference|demo|app|gui|export|serve|server|predict|lin(?:ear)?_?eval|knn|vis\w*)/i.test(name)) return undefined;
    r = 45;
  }
  else if (name === '__main__' && p.trainishName.test(path.split('/').at(-2) ?? '')) r = 80;
  // Time-series research code (Informer, Autoformer and their many descendants) keeps the loop in an
  // experiment class, `exp/exp_main.py`, that `run.py` drives; `exp_basic.py` is its empty base.
  else if (/^exp_/i.test(name) && /(?:^|\/)exp\/[^/]+$/i.test(path)) {
    if (/^exp_basic$/i.test(name)) return undefined;
    r = 40;
  }
  // A research repository's own modules at its root (`qlora.py`, `dlrm_s_pytorch.py`): read after every
  // named candidate. Root modules named for something else (helpers, models, the app) are not read.
  else if (ext === 'py' && !path.includes('/')) {
    if (isRootHelperModule(name)) return undefined;
    r = 15;
  }
  // Matched only by a word that contains "train" (constraint.py, restrained.rs): not a candidate.
  else if (['py', 'rs', 'go', 'jl'].includes(ext) && !p.trainDir.test(path)) return undefined;
  else r = 30;
  // The loop itself says more than the script that starts it: read code before launchers of the same name.
  if (['sh', 'bash', 'slurm', 'sbatch', 'pbs'].includes(ext) && r >= 70) r -= 5;
  if (ext === 'ipynb') r -= 25;
  if (p.trainDir.test(path)) r += 5;
  if (p.tutorialDir.test(path) || /(?:^|\/)(?:examples?|docs?|scripts\/examples)\//i.test(path)) r -= 20;
  return Math.max(1, Math.min(99, r));
}

function httpsUrl(url: string): string {
  const ssh = /^git@([^:]+):(.+)$/.exec(url);
  const https = ssh ? `https://${ssh[1]}/${ssh[2]}` : url.replace(/^git:\/\//, 'https://');
  return https.replace(/\.git$/, '');
}

/**
 * The top README says the release was trained or fine-tuned with a framework published in another
 * repository ("We train the models on TPU-v4s using [EasyLM](https://github.com/…)", "We use [Dolomite
 * Engine](https://github.com/…) for finetuning"): the training code is published there. A repository
 * named for data (a corpus, an instruction set) is what was trained on, not what trained.
 */
function readmeFramework(file: FileContent): Finding[] {
  // Only lines naming a GitHub repository can say so; the fence test needs its fence characters.
  if (!file.text.includes('github.com/')) return [];
  const lines = splitLines(file.text);
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if ((line.includes('```') || line.includes('~~~')) && /^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || line.length > 2000 || !line.includes('github.com/')) continue;
    for (const m of line.matchAll(/https?:\/\/github\.com\/([\w.-]+\/[\w.-]+)/g)) {
      const repo = (m[1] ?? '').replace(/\.git$/, '');
      if (/data|corpus|corpora|instruct(?!ion[-_]?tun)|prompts?|bench|eval/i.test(repo.split('/')[1] ?? '')) continue;
      const words = line.replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
      // The words just before this link, without its own label: "…finetuning Qwen2-VL with [LLaMA-Factory](".
      // A sentence wrapped before the link continues the previous line.
      const head = line.slice(0, m.index);
      const wrapped = /^\s*(?:\[[^\]]*\]\(|`[^`]*<|<)?\s*$/.test(head) && /\S/.test(lines[i - 1] ?? '') && !/^\s*#/.test(lines[i - 1] ?? '');
      const before = `${wrapped ? (lines[i - 1] ?? '') : ''} ${head}`
        .replace(/(?:\[[^\]]*\]\(|`[^`]*<|<)\s*$/, '')
        .replace(/\(?<?https?:\/\/[^\s)>]*\)?/g, ' ');
      const trainedWith =
        /\bwe (?:use|used|train|trained|fine-?tune|fine-?tuned|pre-?train(?:ed)?)\b[^.]{0,100}?\b(?:(?:pre-?)?train(?:ing)?|fine-?tun(?:e|ed|ing)|instruction[- ]tun(?:e|ed|ing))\b/i.test(words) ||
        /\b(?:(?:pre-?)?train(?:ed|ing)?|fine-?tun(?:e|ed|ing))\b[^.]{0,60}\b(?:using|with)\s*$/i.test(before) ||
        // "The training code is at [KAIR](…)", "For training, please refer to [X](…)"; not a promise of code to come.
        (/\b(?:(?:pre-?)?training|fine-?tuning) (?:code|codes|scripts?|recipes?)\b[^.]{0,40}?\b(?:is|are|can be found|lives?)\b[^.]{0,20}?\b(?:at|in|on|from)\s*$|\bfor (?:(?:pre-?)?training|fine-?tuning),? (?:please )?(?:refer to|see)\s*$/i.test(before) &&
          !/\b(?:will|soon|coming|todo|plan)\b/i.test(before));
      if (!trainedWith) continue;
      const url = `https://github.com/${repo}`;
      return [finding('framework-link', file.path, i + 1, `the README says the models were trained with ${repo} (${url}): the training code is published there, not verifiable in this tree`, url)];
    }
  }
  return [];
}

/** A submodule pointing at a training framework: the code is published, but elsewhere. */
function trainingSubmodules(submodules: readonly Submodule[]): Finding[] {
  const out: Finding[] = [];
  for (const s of submodules) {
    const repo = pat().framework.exec(s.url.replace(/\.git$/, ''))?.[1];
    if (!repo) continue;
    const url = httpsUrl(s.url);
    out.push(finding('framework-submodule', s.path, 1, `git submodule ${s.path} points at ${repo} (training framework, ${url}): published there, not verifiable in this tree`, url));
  }
  return out;
}

export const training: Detector = defineDetector({
  id: 'training',
  globs: [
    '**/*{train,Train,TRAIN}*.{py,sh,bash,slurm,sbatch,ipynb,rs,go,jl}',
    '**/*{finetun,fine_tun,fine-tun}*.{py,sh,bash,slurm,sbatch,ipynb,rs,go,jl}',
    '**/{sft,dpo,orpo,ppo,grpo,kto,rlhf}*.{py,sh,bash,slurm,sbatch,ipynb}',
    '**/*{_sft,-sft,_dpo,-dpo,_orpo,_ppo,_grpo,_rlhf}*.{py,sh,bash,slurm,sbatch,ipynb}',
    '**/*{trainer,engine,learner,loop}*.{py,rs,go}',
    // Lightning-style task modules own the training step (`tasks/base_task.py`, `acoustic_task.py`).
    '**/*_task.py',
    '**/{train,training,pretrain,pretraining,finetune,finetuning,fine_tune,sft,dpo,rlhf}/**/*.{py,sh,bash,slurm,sbatch,rs,go}',
    '**/main.py',
    // GAN and research code keep the loop in a `Solver` object (`core/solver.py`) that `main.py` drives.
    '{,*/}{solver,Solver}.py',
    // Research repositories name the entry point for the method (`main_dino.py`, `main_moco.py`), at
    // the root or one folder down; deeper ones are examples of vendored libraries (apex/examples/…).
    // So is a runner of its own one folder down (`bart/run.py`), as at the root.
    '{{,*/}main_*,*/run,*/run_*}.py',
    '**/exp/exp_*.py',
    // A research repository's own modules at its root (`qlora.py`, `run_nerf.py`): ranked last.
    '*.py',
    // A training package's entry point (`python -m piper_train`).
    '**/*{train,finetun,fine_tun}*/__main__.py',
    '**/*.{sh,bash}',
    '**/*.{slurm,sbatch,pbs}',
    '**/*.ipynb',
    '{README,Readme,readme}.md',
    '**/{train,training,finetune,fine_tune,sft,pretrain}/{README,Readme,readme}.md',
  ],
  rank: rankTraining,
  check: checkTraining,
  fromTree: (ctx) => trainingSubmodules(ctx.submodules),
  enough: 3, sweep: CODE_SWEEP,
});
