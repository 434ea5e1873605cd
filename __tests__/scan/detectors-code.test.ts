import fc from 'fast-check';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import {
  codeLanguage,
  codeLines,
  codePlaceholder,
  configEntries,
  findSpan,
  hparamOf,
  isUnsetValue,
  normaliseKey,
  notebookCode,
  shellCommands,
  type ConfigEntry,
} from '../../src/scan/text/code.js';
import { config } from '../../src/scan/detectors/config.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import type { Detector } from '../../src/domain/finding.js';
import { context, file, lineOf, runCases } from '../helpers/detector.js';

/** Source written indented inside the test, with a leading newline, for readability. */
function src(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n\s*$/, '\n').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A notebook in nbformat 4 layout (one JSON string per source line), as Jupyter writes it. */
function notebook(cells: { type: 'code' | 'markdown'; source: string }[]): string {
  const doc = {
    cells: cells.map((c, i) => ({
      cell_type: c.type,
      ...(c.type === 'code' ? { execution_count: null } : {}),
      id: `cell-${i}`,
      metadata: {},
      ...(c.type === 'code' ? { outputs: [] } : {}),
      source: c.source.split(/(?<=\n)/),
    })),
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(doc, null, 1);
}

// ---------------------------------------------------------------------------------------------
// Shared code heuristics

describe('codeLines', () => {
  it('drops Python comments and docstrings but keeps strings and line numbers', () => {
    const text = src(`
      """Module docstring that says loss.backward() and optimizer.step()."""
      import torch  # optimizer.step() in a comment

      def f(path):
          '''
          a long docstring
          with trainer.train()
          '''
          url = "http://x/#anchor"  # trailing comment
          return open(path + '.bin', 'wb')
    `);
    const lines = codeLines(text, 'python');
    expect(lines.map((l) => [l.line, l.text.trim()])).toEqual([
      [2, 'import torch'],
      [4, 'def f(path):'],
      [9, 'url = "http://x/#anchor"'],
      [10, "return open(path + '.bin', 'wb')"],
    ]);
  });

  it('drops a prefixed triple-quoted string with its prefix, and keeps a name ending in a prefix letter', () => {
    const text = src(`
      HELP = rb'''usage: train.py
      --lr 3e-4'''
      doc = f"""{name} trains"""
      bar = "x"
    `);
    expect(codeLines(text, 'python').map((l) => [l.line, l.text.trim()])).toEqual([
      [1, 'HELP ='],
      [3, 'doc ='],
      [4, 'bar = "x"'],
    ]);
  });

  it('keeps shell parameter expansions that contain #', () => {
    const text = src(`
      #!/bin/bash
      # a comment: torchrun train.py
      echo "$# args, ${'$'}{#ARR[@]} items # not a comment"
      N=4 # nodes
    `);
    expect(codeLines(text, 'shell').map((l) => l.text.trim())).toEqual([`echo "$# args, ${'$'}{#ARR[@]} items # not a comment"`, 'N=4']);
  });

  it('drops Rust and Go line and block comments outside strings', () => {
    const text = src(`
      // opt.backward_step(&loss) in a comment
      let url = "http://example.org"; /* block
      still a comment */ let n = 1;
    `);
    expect(codeLines(text, 'rust').map((l) => [l.line, l.text.trim()])).toEqual([
      [2, 'let url = "http://example.org";'],
      [3, 'let n = 1;'],
    ]);
  });

  it('bounds very long lines', () => {
    const [only] = codeLines(`x = "${'a'.repeat(100_000)}"`, 'python');
    expect(only!.text.length).toBeLessThanOrEqual(4000);
  });
});

describe('notebookCode', () => {
  const nb = notebook([
    { type: 'markdown', source: '# Title\nloss.backward() explained\n' },
    { type: 'code', source: 'import torch\n# comment\nloss.backward()\n' },
  ]);

  it('yields code cells only, each line at its JSON line', () => {
    const lines = notebookCode(nb);
    expect(lines.map((l) => l.text)).toEqual(['import torch', 'loss.backward()']);
    expect(lines[1]!.line).toBe(lineOf(nb, '"loss.backward()\\n"'));
  });

  it('still reads the head of a truncated notebook', () => {
    const cut = nb.slice(0, nb.lastIndexOf('"loss.backward()') + 8);
    expect(notebookCode(cut).map((l) => l.text)).toEqual(['import torch']);
  });

  it('falls back to JSON parsing for minified notebooks', () => {
    const minified = JSON.stringify(JSON.parse(nb));
    expect(notebookCode(minified).map((l) => [l.line, l.text])).toEqual([
      [1, 'import torch'],
      [1, 'loss.backward()'],
    ]);
  });
});

describe('codeLanguage', () => {
  it.each([
    ['train.py', '', 'python'],
    ['launch.slurm', '', 'shell'],
    ['nb.ipynb', '', 'notebook'],
    ['src/bin/train.rs', '', 'rust'],
    ['cmd/dedup/main.go', '', 'go'],
    ['scripts/train', '#!/usr/bin/env python3\nimport torch', 'python'],
    ['scripts/launch', '#!/bin/bash\nsrun x', 'shell'],
    ['README', 'hello', 'other'],
  ])('%s → %s', (path, text, want) => {
    expect(codeLanguage(path, text)).toBe(want);
  });
});

describe('shellCommands', () => {
  it('joins continuations and reports the first line', () => {
    const lines = codeLines(src(`
      export A=1
      torchrun --nproc_per_node 8 \\
        train.py \\
        --lr 3e-4
      echo done
    `), 'shell');
    expect(shellCommands(lines).map((c) => [c.line, c.text.replace(/\s+/g, ' ').trim()])).toEqual([
      [1, 'export A=1'],
      [2, 'torchrun --nproc_per_node 8 train.py --lr 3e-4'],
      [5, 'echo done'],
    ]);
  });
});

describe('findSpan', () => {
  it('finds calls written over several lines, at their first line', () => {
    const lines = codeLines(src(`
      arr = np.memmap(
          str(out / "train.bin"),
          dtype=np.uint16,
          mode="w+",
      )
    `), 'python');
    const re = /np\.memmap\s*\([^;]{0,300}?["']w\+["']/;
    expect(findSpan(lines, re, false)).toBeUndefined();
    expect(findSpan(lines, re, true)?.line).toBe(1);
  });
});

describe('codePlaceholder', () => {
  it.each([
    ['', 'empty file'],
    ['# TODO: release the training code\n', 'only a TODO comment'],
    ['"""Utilities."""\n# nothing yet\n', 'only comments'],
    ['r"""Utilities."""\n# nothing yet\n', 'only comments'],
    ['def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n', 'only a stub (no statements beyond imports and empty definitions)'],
    ['def train():\n    raise NotImplementedError("TODO")\n', 'only a TODO stub'],
  ])('%j → %s', (text, reason) => {
    expect(codePlaceholder(codeLines(text, 'python'), text)).toBe(reason);
  });

  it.each([
    'from mylib.train import main\n\nif __name__ == "__main__":\n    main()\n',
    'import torch\nx = torch.zeros(3)\n',
  ])('real code is not a placeholder: %j', (text) => {
    expect(codePlaceholder(codeLines(text, 'python'), text)).toBeUndefined();
  });
});

function pick(entries: readonly ConfigEntry[]): [string, string, string, boolean, number][] {
  return entries.map((e) => [e.key, e.path, e.value, e.section, e.line]);
}

describe('configEntries', () => {
  it('reads YAML keys with their parents, sections and lines', () => {
    const text = src(`
      # comment: lr: 1
      optimizer:
        name: adamw
        lr: 3.0e-4   # peak
      betas:
        - 0.9
      "quoted-key": 'v'
      steps:
    `);
    expect(pick(configEntries(text, 'yaml'))).toEqual([
      ['optimizer', 'optimizer', '', true, 2],
      ['name', 'optimizer.name', 'adamw', false, 3],
      ['lr', 'optimizer.lr', '3.0e-4', false, 4],
      ['betas', 'betas', '', true, 5],
      ['quoted_key', 'quoted-key', 'v', false, 7],
      ['steps', 'steps', '', false, 8],
    ]);
  });

  it('reads keys inside one-line YAML flow mappings', () => {
    expect(pick(configEntries('optimizer: {type: adamw, "lr": 3e-4, weight_decay: 0.1}\n', 'yaml')).map(([k, p, v]) => [k, p, v])).toEqual([
      ['optimizer', 'optimizer', '{type: adamw, "lr": 3e-4, weight_decay: 0.1}'],
      ['type', 'optimizer.type', 'adamw'],
      ['lr', 'optimizer.lr', '3e-4'],
      ['weight_decay', 'optimizer.weight_decay', '0.1'],
    ]);
  });

  it('reads JSON keys with nesting', () => {
    const text = src(`
      {
        "optimizer": {
          "type": "AdamW",
          "params": { "lr": 1e-4, "weight_decay": 0.1 }
        },
        "train_batch_size": 512
      }
    `);
    expect(pick(configEntries(text, 'json'))).toEqual([
      ['optimizer', 'optimizer', '', true, 2],
      ['type', 'optimizer.type', 'AdamW', false, 3],
      ['params', 'optimizer.params', '', true, 4],
      ['lr', 'optimizer.params.lr', '1e-4', false, 4],
      ['weight_decay', 'optimizer.params.weight_decay', '0.1', false, 4],
      ['train_batch_size', 'train_batch_size', '512', false, 6],
    ]);
  });

  it('reads TOML sections and keys', () => {
    expect(pick(configEntries('[optimizer]\nlr = 8e-4 # peak\n[training]\nbatch_size = 8\n', 'toml'))).toEqual([
      ['optimizer', 'optimizer', '', true, 1],
      ['lr', 'optimizer.lr', '8e-4', false, 2],
      ['training', 'training', '', true, 3],
      ['batch_size', 'training.batch_size', '8', false, 4],
    ]);
  });

  it('reads gin bindings by their last segment', () => {
    expect(pick(configEntries("utils.rsqrt_decay.warmup_steps = 10000\nBATCH_SIZE = 256\n", 'gin'))).toEqual([
      ['warmup_steps', 'utils.rsqrt_decay.warmup_steps', '10000', false, 1],
      ['batch_size', 'BATCH_SIZE', '256', false, 2],
    ]);
  });

  it('reads Python assignments, annotated fields, dict() kwargs and dict literals', () => {
    const text = src(`
      learning_rate = 6e-4  # comment
      lr: float = 3e-4
      optimizer = dict(type='AdamW', lr=1e-4, weight_decay=0.05)
      cfg = {'warmup_steps': 500}
    `);
    expect(pick(configEntries(text, 'python')).map(([k, , v, , l]) => [k, v, l])).toEqual([
      ['learning_rate', '6e-4', 1],
      ['lr', '3e-4', 2],
      ['optimizer', "dict(type='AdamW', lr=1e-4, weight_decay=0.05)", 3],
      ['type', 'AdamW', 3],
      ['lr', '1e-4', 3],
      ['weight_decay', '0.05', 3],
      ['cfg', "{'warmup_steps': 500}", 4],
      ['warmup_steps', '500', 4],
    ]);
  });

  it('reads launcher flags, variables, Hydra overrides and heredoc JSON', () => {
    const text = src(`
      export LR=3e-4
      GLOBAL_BATCH_SIZE=1024 # tokens
      torchrun train.py --lr $LR --global-batch-size=$GLOBAL_BATCH_SIZE --bf16 optim.weight_decay=0.1
        "train_micro_batch_size_per_gpu": 4,
    `);
    expect(pick(configEntries(text, 'shell')).map(([k, , v, , l]) => [k, v, l])).toEqual([
      ['lr', '3e-4', 1],
      ['global_batch_size', '1024', 2],
      ['lr', '$LR', 3],
      ['global_batch_size', '$GLOBAL_BATCH_SIZE', 3],
      ['bf16', '', 3],
      ['weight_decay', '0.1', 3],
      ['train_micro_batch_size_per_gpu', '4', 4],
    ]);
  });

  it('normalises keys', () => {
    expect(['--lr-warmup-iters', 'optim.LR', '"Weight-Decay"', '$LR', 'a/b/max_steps'].map(normaliseKey)).toEqual([
      'lr_warmup_iters',
      'lr',
      'weight_decay',
      'lr',
      'max_steps',
    ]);
  });
});

describe('hyperparameter vocabulary', () => {
  it.each([
    ['learning_rate', 'optimisation', 'learning rate'],
    ['lr_warmup_samples', 'optimisation', 'warmup'],
    ['global_train_batch_size', 'batch', 'batch size'],
    ['max_duration', 'length', 'training length'],
    ['num_hidden_layers', 'architecture', 'layers'],
  ])('%s is %s (%s)', (key, kind, label) => {
    expect(hparamOf(key)).toMatchObject({ kind, label });
  });

  it('knows nothing of unrelated keys', () => {
    expect(hparamOf('temperature')).toBeUndefined();
    expect(hparamOf('architectures')).toBeUndefined();
  });

  it.each(['', 'null', '???', 'auto', 'TODO', '<lr>', '{{ lr }}', '!!CHANGETHIS!!'])('%j sets nothing', (v) => {
    expect(isUnsetValue(v)).toBe(true);
  });

  it.each(['3e-4', '0', 'adamw', '$LR', '${oc.env:LR}'])('%j is a value', (v) => {
    expect(isUnsetValue(v)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Config detector

const PRETRAIN_YAML = src(`
  run_name: tinylm-1b
  model:
    n_layers: 24
    d_model: 2048
    n_heads: 16
    max_seq_len: 4096
  optimizer:
    name: adamw
    lr: 3.0e-4
    weight_decay: 0.1
  scheduler:
    name: cosine_with_warmup
    t_warmup: 2000
  global_train_batch_size: 1024
  max_duration: 100000ba
`);

const PY_CONFIG = src(`
  # poems, one GPU
  out_dir = 'out-poems'
  batch_size = 64
  block_size = 256
  n_layer = 6
  learning_rate = 1e-3
  max_iters = 5000
  warmup_iters = 100
`);

const DS_REAL = src(`
  {
    "train_batch_size": 2048,
    "gradient_accumulation_steps": 4,
    "optimizer": { "type": "AdamW", "params": { "lr": 2e-4, "weight_decay": 0.1 } },
    "zero_optimization": { "stage": 3 }
  }
`);

const DS_AUTO = src(`
  {
    "train_micro_batch_size_per_gpu": "auto",
    "gradient_accumulation_steps": "auto",
    "bf16": { "enabled": "auto" },
    "zero_optimization": { "stage": 2, "overlap_comm": true }
  }
`);

const DS_BATCH_ONLY = src(`
  {
    "train_batch_size": 512,
    "steps_per_print": 100,
    "zero_optimization": { "stage": 1 }
  }
`);

const SLURM = src(`
  #!/bin/bash
  #SBATCH --nodes=16
  NUM_LAYERS=32
  HIDDEN_SIZE=4096
  GLOBAL_BATCH_SIZE=1024
  LR=3e-4
  srun torchrun pretrain_gpt.py --num-layers $NUM_LAYERS --lr $LR --lr-warmup-iters 2000 --global-batch-size $GLOBAL_BATCH_SIZE
`);

const HF_CONFIG = src(`
  {
    "architectures": ["LlamaForCausalLM"],
    "hidden_size": 4096,
    "num_hidden_layers": 32,
    "num_attention_heads": 32,
    "max_position_embeddings": 4096,
    "model_type": "llama",
    "torch_dtype": "bfloat16",
    "transformers_version": "4.44.0",
    "vocab_size": 32000
  }
`);

const DOLMA_DEDUP = src(`
  documents:
    - s3://bucket/raw/*.json.gz
  dedupe:
    name: dedupe_paragraphs
    paragraphs:
      attribute_name: bff_duplicate_paragraph_spans
  bloom_filter:
    file: /tmp/x.bloom
    desired_false_positive_rate: 0.0001
  processes: 64
`);

const EVAL_TASK = src(`
  task: hellaswag
  dataset_path: Rowan/hellaswag
  output_type: multiple_choice
  num_fewshot: 10
  metric_list:
    - metric: acc_norm
`);

const ACCELERATE = src(`
  compute_environment: LOCAL_MACHINE
  distributed_type: FSDP
  mixed_precision: bf16
  num_machines: 1
  num_processes: 8
  machine_rank: 0
`);

describe('config detector', () => {
  runCases(config, [
    { name: 'pretraining YAML with optimizer, schedule, batch and architecture', path: 'configs/pretrain/tinylm-1b.yaml', text: PRETRAIN_YAML, want: { outcome: 'evidence', code: 'hparams', line: 'lr: 3.0e-4' }, message: /^learning rate, .*at line 9\)$/, strength: 'strong' },
    { name: 'Python config module with plain assignments', path: 'config/train_poems.py', text: PY_CONFIG, want: { outcome: 'evidence', code: 'hparams', line: 'learning_rate' }, strength: 'strong' },
    { name: 'DeepSpeed JSON with real batch and optimizer values', path: 'ds_configs/ds_zero3.json', text: DS_REAL, want: { outcome: 'evidence', code: 'hparams', line: '"lr"' }, strength: 'strong' },
    { name: 'DeepSpeed JSON with a real batch size only', path: 'ds_zero1.json', text: DS_BATCH_ONLY, want: { outcome: 'evidence', code: 'deepspeed', line: 'train_batch_size' }, message: /ZeRO stage 1/ },
    { name: "DeepSpeed JSON left 'auto' is weak", path: 'configs/ds_zero2.json', text: DS_AUTO, want: { outcome: 'weak', code: 'deepspeed-auto', line: 'train_micro_batch_size_per_gpu' } },
    { name: 'TOML run config', path: 'train_configs/llama3_8b.toml', text: '[optimizer]\nname = "AdamW"\nlr = 8e-4\n[training]\nbatch_size = 1\nseq_len = 8192\nsteps = 1000\n', want: { outcome: 'evidence', code: 'hparams', line: 3 } },
    { name: 'gin bindings', path: 'configs/base.gin', text: 'TRAIN_STEPS = 524288\nBATCH_SIZE = 256\nutils.rsqrt_decay.warmup_steps = 10000\n', want: { outcome: 'evidence', code: 'hparams', line: 3 } },
    { name: 'SLURM launcher variables and flags', path: 'training/pretrain.slurm', text: SLURM, want: { outcome: 'evidence', code: 'hparams', line: 'LR=3e-4' }, message: /passed by the launcher/ },
    { name: 'Hydra overrides in a shell launcher', path: 'run.sh', text: 'python train.py optim.lr=3e-4 trainer.max_steps=1000 data.batch_size=32\n', want: { outcome: 'evidence', code: 'hparams', line: 1 } },
    { name: 'Hugging Face config.json is a look-alike', path: 'config.json', text: HF_CONFIG, want: { outcome: 'rejected', code: 'hf-model-config', line: 2 }, strength: 'look-alike', message: /inference/ },
    { name: 'generation_config.json is a look-alike', path: 'generation_config.json', text: '{\n  "do_sample": true,\n  "temperature": 0.6,\n  "top_p": 0.9\n}\n', want: { outcome: 'rejected', code: 'generation-config', line: 2 }, strength: 'look-alike' },
    { name: 'preprocessor_config.json is a look-alike', path: 'preprocessor_config.json', text: '{\n  "do_resize": true,\n  "image_mean": [0.5],\n  "image_processor_type": "CLIPImageProcessor"\n}\n', want: { outcome: 'rejected', code: 'processor-config', line: 2 }, strength: 'look-alike' },
    { name: 'PEFT adapter_config.json is a look-alike', path: 'adapter_config.json', text: '{\n  "peft_type": "LORA",\n  "r": 16,\n  "lora_alpha": 32,\n  "target_modules": ["q_proj"]\n}\n', want: { outcome: 'rejected', code: 'adapter-config', line: 2 }, strength: 'look-alike' },
    { name: 'HF configuration class is a look-alike', path: 'configuration_mymodel.py', text: 'from transformers import PretrainedConfig\n\n\nclass MyConfig(PretrainedConfig):\n    def __init__(self, hidden_size=1024, num_hidden_layers=12, **kw):\n        super().__init__(**kw)\n', want: { outcome: 'rejected', code: 'hf-model-config', line: 4 }, strength: 'look-alike' },
    { name: 'dolma dedup config is preprocessing, not a training config', path: 'configs/dedupe.yaml', text: DOLMA_DEDUP, want: { outcome: 'rejected', code: 'data-pipeline-config', line: 1 }, strength: 'look-alike' },
    { name: 'eval task config', path: 'configs/eval/hellaswag.yaml', text: EVAL_TASK, want: { outcome: 'rejected', code: 'eval-config', line: 1 }, strength: 'look-alike' },
    { name: 'accelerate launch settings are weak', path: 'recipes/accelerate_configs/fsdp.yaml', text: ACCELERATE, want: { outcome: 'weak', code: 'launcher-settings', line: 1 } },
    { name: 'architecture without optimisation is weak', path: 'models/7B/model.yml', text: 'n_layers: 32\nn_heads: 32\nhidden_size: 4096\nseq_length: 4096\n', want: { outcome: 'weak', code: 'architecture-only', line: 1 } },
    { name: 'unset hyperparameters are a failed candidate', path: 'configs/train.yaml', text: 'optimizer:\n  lr: ???\n  weight_decay: TODO\nbatch_size: ???\n', want: { outcome: 'rejected', code: 'placeholder', line: 2 }, strength: 'candidate' },
    { name: 'an empty config in configs/ is a failed candidate', path: 'configs/pretrain.yaml', text: '\n', want: { outcome: 'rejected', code: 'empty', line: 1 }, strength: 'candidate' },
    { name: 'commented-out keys set nothing', path: 'configs/train.yaml', text: '# lr: 3e-4\n# batch_size: 32\n# warmup_steps: 100\nseed: 1\n', want: 'none' },
    { name: 'a Hydra defaults list alone', path: 'conf/config.yaml', text: 'defaults:\n  - model: small\n  - optim: adamw\n  - _self_\nseed: 1\n', want: 'none' },
    { name: 'a download script without hyperparameters', path: 'scripts/fetch.sh', text: 'wget https://example.org/data.tar\ntar xf data.tar\n', want: 'none' },
    { name: 'launcher flags for evaluation only', path: 'eval.sh', text: 'lm_eval --model hf --tasks arc_easy --batch_size 8\n', want: 'none' },
    { name: 'a binary file', path: 'configs/x.json', text: '', over: { binary: true }, want: 'none' },
  ]);

  it('drops CI, docs, packaging and tokenizer files before reading', () => {
    for (const p of ['.github/workflows/train.yml', '.pre-commit-config.yaml', '.readthedocs.yaml', 'pyproject.toml', '.cargo/config.toml', 'package.json', 'tsconfig.json', 'tokenizer_config.json', 'model.safetensors.index.json', 'results/run1/metrics.json', 'scripts/install.sh', 'src/model.py']) {
      expect(config.rank!(p), p).toBeUndefined();
    }
  });

  it('reads config folders before HF look-alikes', () => {
    const order = ['configs/pretrain/7b.yaml', 'scripts/train.slurm', 'notes.yaml', 'config.json'].map((p) => config.rank!(p)!);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(order.every((r) => r >= 1 && r <= 99)).toBe(true);
  });

  it('matches the documented layouts with its default globs', () => {
    const paths = ['scripts/train/yamls/pretrain/mpt-7b.yaml', 'projects/olmo/pretraining_configs/7b.yaml', 'models/125M/model.yml', 'ds_zero3.json', 'conf/optim/adamw.yaml', 'config/train_gpt2.py', 'launch.slurm', 'configs/base.gin', 'configs/ds/stage3.conf'];
    for (const p of paths) expect(matches(config, p), p).toBe(true);
    expect(matches(config, 'data/train.csv')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Training detector

const TORCH_LOOP = src(`
  import torch

  from model import GPT


  def main():
      model = GPT()
      optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
      for step, (x, y) in enumerate(loader):
          _, loss = model(x, y)
          loss.backward()
          torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
          optimizer.step()
          optimizer.zero_grad(set_to_none=True)
          if step % 1000 == 0:
              torch.save(model.state_dict(), f"ckpt/{step}.pt")
`);

const HF_TRAINER = src(`
  from transformers import Trainer, TrainingArguments

  args = TrainingArguments(output_dir="out", learning_rate=2e-5, num_train_epochs=3)
  trainer = Trainer(model=model, args=args, train_dataset=train_ds)
  trainer.train()
  trainer.save_model("out/final")
`);

const INFERENCE_NAMED_TRAIN = src(`
  """Fine-tune helpers. Call loss.backward() and optimizer.step() yourself."""
  import torch


  def reply(model, tok, prompt):
      ids = tok(prompt, return_tensors="pt").input_ids
      with torch.no_grad():
          return tok.decode(model.generate(ids, max_new_tokens=64)[0])
`);

const TUTORIAL_NB = notebook([
  { type: 'markdown', source: '# Fine-tune on your data\n\nIn this tutorial we adapt the released model.\n' },
  { type: 'code', source: '!pip install -q transformers\n' },
  { type: 'code', source: 'from transformers import AutoModelForCausalLM, Trainer\nmodel = AutoModelForCausalLM.from_pretrained("org/released-3b")\ntrainer = Trainer(model=model, train_dataset=ds)\ntrainer.train()\n' },
]);

const SCRATCH_NB = notebook([
  { type: 'markdown', source: '# Training run 3\n' },
  { type: 'code', source: 'model = Net()\nopt = torch.optim.SGD(model.parameters(), lr=0.1)\nfor x, y in loader:\n    loss = F.cross_entropy(model(x), y)\n    loss.backward()\n    opt.step()\n' },
]);

describe('training detector', () => {
  runCases(training, [
    { name: 'a PyTorch loop: backward, optimizer step, checkpoint', path: 'train.py', text: TORCH_LOOP, want: { outcome: 'evidence', code: 'training-loop', line: 'loss.backward()' }, message: /^backward pass at line 11, with optimizer step/, strength: 'strong' },
    { name: 'Hugging Face Trainer(...).train()', path: 'scripts/finetune.py', text: HF_TRAINER, want: { outcome: 'evidence', code: 'training-loop', line: 'trainer.train()' }, strength: 'strong' },
    { name: 'TRL trainer built and run on one line', path: 'sft.py', text: 'from trl import SFTTrainer\nSFTTrainer(model=m, train_dataset=d, args=cfg).train()\n', want: { outcome: 'evidence', code: 'training-loop', line: 2 } },
    { name: 'Lightning trainer.fit', path: 'src/main.py', text: 'import lightning as L\ntrainer = L.Trainer(max_steps=100)\ntrainer.fit(module, datamodule=dm)\n', want: { outcome: 'evidence', code: 'training-loop', line: 3 } },
    { name: 'Keras model.fit', path: 'train_keras.py', text: 'import tensorflow as tf\nmodel.compile(optimizer="adam", loss="sparse_categorical_crossentropy")\nmodel.fit(ds, epochs=10)\n', want: { outcome: 'evidence', code: 'training-loop', line: 3 } },
    { name: 'JAX/optax gradient update', path: 'lm/train.py', text: 'import jax\nimport optax\n\ndef step(state, batch):\n    loss, grads = jax.value_and_grad(loss_fn)(state.params, batch)\n    return state.apply_gradients(grads=grads), loss\n', want: { outcome: 'evidence', code: 'training-loop', line: 6 } },
    { name: "Megatron's pretrain() entry point", path: 'pretrain_gpt.py', text: 'from megatron.training import pretrain\n\nif __name__ == "__main__":\n    pretrain(datasets_provider, model_provider, ModelType.encoder_or_decoder, forward_step)\n', want: { outcome: 'evidence', code: 'training-loop', line: 4 } },
    { name: 'Rust (candle) backward_step', path: 'src/bin/train.rs', text: 'fn main() {\n    let mut opt = AdamW::new(vars, params)?;\n    let loss = loss::cross_entropy(&logits, &y)?;\n    opt.backward_step(&loss)?;\n}\n', want: { outcome: 'evidence', code: 'training-loop', line: 4 } },
    { name: 'Go (gorgonia) solver step', path: 'cmd/train/main.go', text: 'package main\n\nfunc main() {\n\tsolver := gorgonia.NewAdamSolver(gorgonia.WithLearnRate(1e-3))\n\tif _, err := gorgonia.Grad(cost, learnables...); err != nil {\n\t\tpanic(err)\n\t}\n\tsolver.Step(gorgonia.NodesToValueGrads(learnables))\n}\n', want: { outcome: 'evidence', code: 'training-loop', line: 5 } },
    { name: 'torchrun launcher for a script in the tree', path: 'scripts/run_pretrain.sh', text: '#!/bin/bash\nset -e\ntorchrun --nproc_per_node 8 \\\n  train.py --config configs/7b.yaml\n', paths: ['scripts/run_pretrain.sh', 'train.py'], want: { outcome: 'evidence', code: 'launcher', line: 3 }, message: /^launches train\.py with torchrun at line 3$/, strength: 'strong' },
    { name: 'a wrapper chaining into accelerate launch', path: 'scripts/train/olmo/sft_7b.sh', text: 'python mason.py --cluster c --gpus 8 -- accelerate launch --num_processes 8 \\\n  open_instruct/finetune.py --learning_rate 5e-6\n', want: { outcome: 'evidence', code: 'launcher', line: 1 }, message: /finetune\.py with accelerate launch/ },
    { name: 'srun + torchrun into an external framework', path: 'launch/pretrain.slurm', text: 'srun bash -c "torchrun --nnodes 8 $MEGATRON/pretrain_gpt.py --lr 3e-4"\n', want: { outcome: 'evidence', code: 'launcher', line: 1 }, message: /torchrun .*not in this tree/ },
    { name: 'python main.py with training flags', path: 'ptuning/train.sh', text: 'python3 main.py \\\n  --do_train \\\n  --learning_rate 2e-2\n', want: { outcome: 'evidence', code: 'launcher', line: 1 } },
    { name: 'python main.py for prediction only', path: 'ptuning/run_predict.sh', text: 'python3 main.py --do_predict --predict_with_generate\n', want: 'none' },
    { name: 'a launcher of evaluation', path: 'scripts/run_eval.sh', text: 'torchrun --nproc_per_node 8 eval.py --ckpt out/\n', want: 'none' },
    { name: 'inference code named for training (docstring mentions backward)', path: 'finetune_helpers.py', text: INFERENCE_NAMED_TRAIN, want: { outcome: 'rejected', code: 'inference-only', line: 'model.generate' }, strength: 'look-alike' },
    { name: 'a weight converter named after training', path: 'scripts/export_trained_model.py', text: 'import torch\nfrom safetensors.torch import save_file\n\nsd = torch.load("ckpt.pt")\nnew_state_dict = {k.replace("transformer.", "model."): v for k, v in sd.items()}\nsave_file(new_state_dict, "model.safetensors")\n', want: { outcome: 'rejected', code: 'weight-converter', line: 5 }, strength: 'look-alike' },
    { name: 'LoRA adapter loading', path: 'chat_with_finetuned_lora.py', text: 'from peft import PeftModel\nmodel = PeftModel.from_pretrained(base, "adapter/")\nprint(model.generate(**inputs))\n', want: { outcome: 'rejected', code: 'adapter-loading', line: 2 }, strength: 'look-alike' },
    { name: 'a fastText classifier trainer in a data tool', path: 'tools/quality/train_classifier.py', text: 'import fasttext\nm = fasttext.train_supervised(input="train.txt", epoch=5)\nm.save_model("q.bin")\n', want: { outcome: 'rejected', code: 'classifier-trainer', line: 2 }, strength: 'look-alike' },
    { name: 'a tokenizer trainer', path: 'train_tokenizer.py', text: 'import sentencepiece as spm\nspm.SentencePieceTrainer.train(input="corpus.txt", model_prefix="sp", vocab_size=32000)\n', want: { outcome: 'rejected', code: 'tokenizer-trainer', line: 2 }, strength: 'look-alike' },
    { name: 'a tutorial notebook fine-tuning a downloaded model is weak', path: 'notebooks/finetune.ipynb', text: TUTORIAL_NB, want: { outcome: 'weak', code: 'tutorial-finetune', line: '"trainer.train()' }, message: /org\/released-3b/ },
    { name: 'a notebook training from scratch counts', path: 'experiments/run3.ipynb', text: SCRATCH_NB, want: { outcome: 'evidence', code: 'training-loop', line: '"    loss.backward()' } },
    { name: 'a TODO-only train.py is a failed candidate', path: 'train.py', text: '# TODO: release after the paper\n', want: { outcome: 'rejected', code: 'placeholder', line: 1 }, strength: 'candidate' },
    { name: 'a NotImplementedError stub', path: 'pretrain.py', text: 'def main():\n    raise NotImplementedError\n', want: { outcome: 'rejected', code: 'placeholder', line: 1 }, strength: 'candidate' },
    { name: 'a thin entry point delegating to a package', path: 'train.py', text: 'from mylib.train import main\n\nif __name__ == "__main__":\n    main()\n', want: { outcome: 'weak', code: 'delegates', line: 1 } },
    { name: 'a submission script handing over to another script', path: 'pretrain/train.sh', text: 'JOB=$(sbatch --nodes=8 $SCRIPT $ARGS)\necho $JOB\n', want: { outcome: 'weak', code: 'delegates', line: 1 } },
    { name: 'train.py doing something else', path: 'train.py', text: 'import json\nprint(json.dumps({"see": "paper"}))\n', want: { outcome: 'rejected', code: 'no-training-signal', line: 1 }, strength: 'look-alike' },
    { name: 'a config module named train_*.py', path: 'config/train_gpt2.py', text: "batch_size = 12\nblock_size = 1024\ngradient_accumulation_steps = 5 * 8\nwandb_run_name = 'gpt2-124M'\n", want: 'none' },
    { name: 'main.py that serves a model', path: 'main.py', text: 'import uvicorn\nfrom fastapi import FastAPI\napp = FastAPI()\nuvicorn.run(app)\n', want: 'none' },
  ]);

  it('reports a submodule pointing at a training framework as external', () => {
    const ctx = context([], [
      { path: 'third_party/Megatron-LM', url: 'git@github.com:NVIDIA/Megatron-LM.git' },
      { path: 'deps/cutlass', url: 'https://github.com/NVIDIA/cutlass.git' },
    ]);
    expect(training.fromTree!(ctx)).toEqual([
      expect.objectContaining({ artifact: 'training', path: 'third_party/Megatron-LM', outcome: 'external', code: 'framework-submodule', url: 'https://github.com/NVIDIA/Megatron-LM' }),
    ]);
  });

  it('drops tests and CI before reading, and reads entry points first', () => {
    for (const p of ['tests/test_train.py', 'src/pkg/test_trainer.py', '.github/scripts/train.sh', 'setup.py', 'conftest.py']) expect(training.rank!(p), p).toBeUndefined();
    const order = ['train.py', 'scripts/train.sh', 'lib/trainer.py', 'scripts/launch.slurm', 'main.py', 'notebooks/explore.ipynb'].map((p) => training.rank!(p)!);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
  });
});

// ---------------------------------------------------------------------------------------------
// Preprocessing detector

const PREPARE = src(`
  import numpy as np
  import tiktoken
  from datasets import load_dataset

  enc = tiktoken.get_encoding("gpt2")
  ds = load_dataset("openwebtext", split="train")
  ids = ds.map(lambda ex: {"ids": enc.encode_ordinary(ex["text"])}, num_proc=8)
  arr = np.memmap(
      "train.bin",
      dtype=np.uint16,
      mode="w+",
      shape=(total,),
  )
`);

const DATATROVE = src(`
  from datatrove.executor import LocalPipelineExecutor
  from datatrove.pipeline.filters import LanguageFilter
  from datatrove.pipeline.readers import WarcReader
  from datatrove.pipeline.writers import JsonlWriter

  LocalPipelineExecutor(pipeline=[WarcReader("s3://cc/"), LanguageFilter(languages=["fr"]), JsonlWriter("out/")], tasks=64).run()
`);

const MINHASH = src(`
  import json
  from datasketch import MinHash, MinHashLSH

  lsh = MinHashLSH(threshold=0.8, num_perm=128)
  with open("raw.jsonl") as fin, open("dedup.jsonl", "w") as fout:
      for line in fin:
          doc = json.loads(line)
          m = MinHash(num_perm=128)
          for w in doc["text"].split():
              m.update(w.encode())
          if not lsh.query(m):
              lsh.insert(doc["id"], m)
              fout.write(line)
`);

const PROCESSOR = src(`
  from transformers.processing_utils import ProcessorMixin


  class MyProcessor(ProcessorMixin):
      attributes = ["image_processor", "tokenizer"]
`);

const INFERENCE_PREPROCESS = src(`
  from PIL import Image
  from torchvision import transforms


  def preprocess(image: Image.Image):
      return transforms.ToTensor()(image.resize((224, 224))).unsqueeze(0)
`);

const DATASET_CLASS = src(`
  import numpy as np
  import torch


  class TokenDataset(torch.utils.data.Dataset):
      def __init__(self, path, block_size):
          self.data = np.memmap(path, dtype=np.uint16, mode="r")
          self.block_size = block_size

      def __getitem__(self, i):
          return torch.from_numpy(self.data[i:i + self.block_size].astype(np.int64))
`);

const LOADER_WITH_NAMES = src(`
  MIXES = {"dolma_v1_dedup": ["s3://x/dedup/part-0.npy"], "decontaminated_math": ["s3://x/math.npy"]}


  def paths(name):
      return MIXES[name]
`);

describe('training detector: a framework in another repository named by the README', () => {
  runCases(training, [
    {
      name: 'we train the models using a linked framework',
      path: 'README.md',
      text: src(`
        # Kestrel

        ## Dataset and Training
        We train the models on TPU-v4 pods using [FlockLM](https://github.com/acme/FlockLM), a JAX pipeline we wrote for training.
      `),
      want: { outcome: 'external', code: 'framework-link', line: 4 },
    },
    {
      name: 'we use a linked engine for finetuning',
      path: 'README.md',
      text: src(`
        ### Finetuning
        We use [Heron Engine](https://github.com/acme/heron-engine/) for finetuning all our models.
      `),
      want: { outcome: 'external', code: 'framework-link', line: 2 },
    },
    {
      name: 'a sentence wrapped onto the line of an RST-style link',
      path: 'README.md',
      text: src(`
        ## Training
        Here we provide a script for supervised finetuning Kestrel-VL with
        \`Tuner-Kit <https://github.com/someone/Tuner-Kit>\`. This script is a starting point.
      `),
      want: { outcome: 'external', code: 'framework-link', line: 3 },
    },
    {
      name: 'a corpus repository the model was trained with is data, not a framework',
      path: 'README.md',
      text: src(`
        We fine-tuned the models with [OpenHeron-Instruct](https://github.com/acme/openheron-instruct-data).
      `),
      want: 'none',
    },
    {
      name: 'a cookbook link for running inference is not training',
      path: 'README.md',
      text: src(`
        Follow the steps below to run inference. For more examples, see the [cookbook](https://github.com/acme/kestrel-recipes).
      `),
      want: 'none',
    },
    {
      name: 'a training command inside a code block is not a sentence',
      path: 'README.md',
      text: src(`
        \`\`\`bash
        # we train with https://github.com/acme/FlockLM using this command
        \`\`\`
      `),
      want: 'none',
    },
  ]);

  it('reads the top README last and no nested README', () => {
    expect(training.rank?.('README.md')).toBeLessThan(training.rank?.('scripts/run.sh') ?? 0);
    expect(training.rank?.('docs/README.md')).toBeUndefined();
    expect(training.globs.some((g) => minimatch('README.md', g))).toBe(true);
  });
});

const RUST_DEDUP = src(`
  use std::fs::File;
  use std::io::{BufRead, BufReader, BufWriter, Write};

  fn main() {
      let reader = BufReader::new(File::open("in.jsonl").unwrap());
      let mut out = BufWriter::new(File::create("out.jsonl").unwrap());
      let mut bloom = BloomFilter::new(1 << 30, 7);
      for line in reader.lines() {
          let line = line.unwrap();
          if bloom.insert_if_absent(&line) { writeln!(out, "{}", line).unwrap(); }
      }
  }
`);

const NB_PREP = notebook([
  { type: 'markdown', source: '# Build shards\n' },
  { type: 'code', source: 'import numpy as np\nrows = [json.loads(l) for l in open("raw.jsonl")]\nids = [tok.encode(r["text"]) for r in rows]\nnp.save("shard0.npy", np.concatenate(ids))\n' },
]);

describe('preprocessing detector', () => {
  runCases(preprocessing, [
    { name: 'load, tokenize, write a uint16 memmap (.bin)', path: 'data/openwebtext/prepare.py', text: PREPARE, want: { outcome: 'evidence', code: 'data-processing', line: 'arr = np.memmap(' }, message: /^(?=.*writes token shards \(line 8\))(?=.*tokenizes \(line 7\))/, strength: 'strong' },
    { name: 'a datatrove pipeline', path: 'pipelines/fineweb_fr.py', text: DATATROVE, want: { outcome: 'evidence', code: 'pipeline-code', line: 1 }, message: /^data processing: runs a data-pipeline framework \(line 1\)/, strength: 'strong' },
    { name: 'dolma tokens with input and output', path: 'scripts/prepare_pretrain_data.sh', text: 'dolma tokens \\\n  --documents raw/*.json.gz \\\n  --destination tokens/ \\\n  --tokenizer.name_or_path gpt-neox\n', want: { outcome: 'evidence', code: 'pipeline-run', line: 1 }, message: /dolma tokens .*input and output/, strength: 'strong' },
    { name: "Megatron's preprocess_data.py invoked", path: 'data/tokenize.sh', text: 'python tools/preprocess_data.py --input corpus.jsonl --output-prefix tokens/corpus --tokenizer-type GPT2BPETokenizer\n', want: { outcome: 'evidence', code: 'pipeline-run', line: 1 } },
    { name: 'MinHash near-duplicate removal', path: 'scripts/data/dedup.py', text: MINHASH, want: { outcome: 'evidence', code: 'data-processing', line: 'lsh = MinHashLSH' }, strength: 'strong' },
    { name: 'a Rust bloom-filter deduper', path: 'dedup/src/main.rs', text: RUST_DEDUP, want: { outcome: 'evidence', code: 'data-processing', line: 'BloomFilter::new' } },
    { name: 'a preprocessing notebook', path: 'prep/build_shards.ipynb', text: NB_PREP, want: { outcome: 'evidence', code: 'data-processing', line: '"np.save(' } },
    { name: 'dolma dedup config', path: 'configs/dedup/paragraphs.yaml', text: DOLMA_DEDUP, want: { outcome: 'evidence', code: 'pipeline-config', line: 'dedupe:' } },
    { name: 'HF processing_*.py is an inference processor', path: 'processing_mymodel.py', text: PROCESSOR, want: { outcome: 'rejected', code: 'inference-processor', line: 'class MyProcessor' }, strength: 'look-alike' },
    { name: 'HF tokenization_*.py is a tokenizer class', path: 'tokenization_mymodel.py', text: 'from transformers import PreTrainedTokenizer\n\n\nclass MyTokenizer(PreTrainedTokenizer):\n    pass\n', want: { outcome: 'rejected', code: 'tokenizer-class', line: 4 }, strength: 'look-alike' },
    { name: 'preprocess() for one image at inference', path: 'vision/preprocess.py', text: INFERENCE_PREPROCESS, want: { outcome: 'rejected', code: 'inference-preprocess', line: 1 }, strength: 'look-alike' },
    { name: 'a checkpoint script named like preprocessing', path: 'tools/preprocess_checkpoint.py', text: 'import torch\nsd = torch.load("ckpt.pt")\nmodel.load_state_dict(sd)\nmodel.save_pretrained("hf/")\n', want: { outcome: 'rejected', code: 'weight-converter', line: 2 }, strength: 'look-alike' },
    { name: 'a stub prepare script is a failed candidate', path: 'scripts/data/prepare_data.py', text: '"""To be released."""\n\n\ndef main():\n    pass\n', want: { outcome: 'rejected', code: 'placeholder', line: 1 }, strength: 'candidate' },
    { name: 'download only', path: 'data/prepare.py', text: 'from huggingface_hub import snapshot_download\nsnapshot_download("org/raw", local_dir="raw")  # download\n', want: { outcome: 'weak', code: 'download-only', line: 1 } },
    { name: 'reads and tokenizes but writes nothing', path: 'scripts/tokenize_stats.py', text: 'import json\nn = 0\nfor line in open("raw.jsonl"):\n    n += len(tok.encode(json.loads(line)["text"]))\nprint(n)\n', want: { outcome: 'weak', code: 'no-output', line: 4 } },
    { name: 'a training-time dataset class under data/', path: 'src/data/dataset.py', text: DATASET_CLASS, want: 'none' },
    { name: 'dataset names that mention dedup are not deduplication', path: 'olmo/data/named_mixes.py', text: LOADER_WITH_NAMES, want: 'none' },
    { name: 'a CI pipeline YAML', path: 'pipelines/build.yaml', text: 'steps:\n  - script: make test\n', want: 'none' },
  ]);

  it('reports a submodule pointing at data tooling as external', () => {
    const ctx = context([], [{ path: 'tools/datatrove', url: 'https://github.com/huggingface/datatrove' }]);
    expect(preprocessing.fromTree!(ctx)).toEqual([
      expect.objectContaining({ artifact: 'preprocessing', outcome: 'external', code: 'pipeline-submodule', url: 'https://github.com/huggingface/datatrove' }),
    ]);
  });

  it('reads named preprocessing before files that only live under data/', () => {
    const order = ['scripts/prepare_pretraining_data.py', 'tools/dedup_minhash.py', 'data/loader.py'].map((p) => preprocessing.rank!(p)!);
    expect([...order].sort((a, b) => b - a)).toEqual(order);
    expect(preprocessing.rank!('tests/test_prepare.py')).toBeUndefined();
    expect(preprocessing.rank!('configs/model.yaml')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Robustness: any input, any of the candidate paths

function matches(d: Detector, path: string): boolean {
  // The scan core compiles the globs the same way: case-insensitive, dot files included.
  return d.globs.some((g) => minimatch(path, g, { nocase: true, dot: true }));
}

describe('hostile and arbitrary input', () => {
  const paths = ['train.py', 'configs/x.yaml', 'ds.json', 'run.sh', 'a.slurm', 'prep.ipynb', 'data/prepare.py', 'x.toml', 'c.gin', 'src/bin/train.rs', 'dedup/main.go'];

  it('never throws and keeps findings well-formed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ maxLength: 2000 }), (path, text) => {
        for (const d of [config, training, preprocessing]) {
          for (const f of d.check(file(path, text), context([path]))) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(text.split('\n').length);
            expect(f.message).not.toMatch(/\n/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finishes on pathological lines', () => {
    const nasty = [
      `x = ${'('.repeat(50_000)}`,
      `--lr ${' '.repeat(100_000)}x`,
      `key: ${' '.repeat(100_000)}#`,
      `torchrun ${'a/'.repeat(40_000)}`,
      `Trainer(${'x)'.repeat(50_000)}`,
      `"${'\\"'.repeat(50_000)}`,
      `${'a \\\n'.repeat(20_000)}`,
    ];
    for (const text of nasty) {
      for (const path of paths) for (const d of [config, training, preprocessing]) expect(Array.isArray(d.check(file(path, text), context([path])))).toBe(true);
    }
  });
});
