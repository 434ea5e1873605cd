// Deterministic synthetic ML-monorepo layouts for the benchmark.
//
// The same seed and size always give the same paths and bytes, so a cached repository can be reused and two
// machines benchmark the same tree. Paths only (`content: false`) are cheap enough for a 1M-path listing.

/** Bump when the layout or any content changes: cached repositories are keyed by it. */
export const SYNTH_VERSION = 2;

export interface SynthFile {
  path: string;
  /** File bytes; absent when generated with `content: false`. */
  data?: string | Uint8Array;
}

/**
 * A large file as Git LFS leaves it after checkout: the tracked blob is the pointer (in `files`), the work tree holds
 * the content, written sparse here: `head` as real text, then zeros up to `size`.
 */
export interface SparseFile {
  path: string;
  head: string;
  size: number;
}

export interface SynthLayout {
  files: SynthFile[];
  sparse: SparseFile[];
}

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

const AREAS = ['models', 'layers', 'data', 'training', 'inference', 'kernels', 'distributed', 'tokenizers', 'optim', 'serving', 'eval', 'callbacks', 'utils_io', 'quant', 'rlhf'];
const WORDS = ['attention', 'rotary', 'mlp', 'norm', 'embedding', 'loader', 'sampler', 'shard', 'cache', 'fused', 'flash', 'moe', 'router', 'expert', 'lora', 'adapter', 'checkpoint', 'schedule', 'metrics', 'logging', 'profiler', 'tensor', 'pipeline', 'parallel', 'zero', 'fsdp', 'collate', 'packing', 'vocab', 'bpe', 'sentencepiece', 'rope', 'alibi', 'kv', 'beam', 'decode', 'quantize', 'int8', 'fp8', 'reward', 'policy', 'critic', 'buffer', 'stream', 'writer', 'reader', 'config', 'registry', 'hooks', 'patch'];
const TASKS = ['hellaswag', 'arc_easy', 'arc_challenge', 'piqa', 'winogrande', 'mmlu', 'gsm8k', 'humaneval', 'boolq', 'openbookqa', 'triviaqa', 'lambada', 'truthfulqa', 'siqa', 'race', 'drop', 'bbh', 'math', 'mbpp', 'nq_open'];
const MODELS = ['marlin-125m', 'marlin-350m', 'marlin-1b', 'marlin-3b', 'marlin-7b', 'marlin-13b'];
const LIBS = ['abseil', 'cutlass', 'eigen', 'googletest', 'protobuf', 'pybind11', 'nccl_tests', 'flash_attn', 'sentencepiece', 'fmt', 'json', 'triton_kernels'];
const NPM = ['react', 'react-dom', 'lodash', 'chart.js', 'd3-scale', 'd3-array', 'axios', 'zod', 'uuid', 'classnames', 'dayjs', 'marked', 'prismjs', 'immer', 'nanoid', 'tslib'];
const SPLITS = ['train', 'validation', 'test'];
const SOURCES = ['web', 'code', 'books', 'wiki', 'arxiv', 'math', 'forums'];

/** Unique names within one folder: the generator never emits the same path twice. */
class Tree {
  readonly files: SynthFile[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly content: boolean) {}

  add(path: string, data: () => string | Uint8Array): void {
    let p = path;
    for (let n = 2; this.seen.has(p); n++) {
      const dot = path.lastIndexOf('.');
      const slash = path.lastIndexOf('/');
      p = dot > slash + 1 ? `${path.slice(0, dot)}_${n}${path.slice(dot)}` : `${path}_${n}`;
    }
    this.seen.add(p);
    this.files.push(this.content ? { path: p, data: data() } : { path: p });
  }
}

/**
 * Emits `count` files in a deep, unbalanced folder tree under `root`: folders 2–`maxDepth` levels deep
 * holding 3–24 files each, siblings sharing prefixes as real source trees do.
 */
function deepTree(rng: Rng, root: string, count: number, maxDepth: number, file: (dir: string, i: number) => [string, () => string | Uint8Array], tree: Tree): void {
  const stack: string[] = [];
  let emitted = 0;
  let folder = 0;
  while (emitted < count) {
    const keep = int(rng, 0, stack.length);
    stack.length = keep;
    const depth = int(rng, 1, maxDepth);
    while (stack.length < depth) stack.push(stack.length === 0 ? pick(rng, AREAS) : `${pick(rng, WORDS)}${rng() < 0.3 ? `_${folder % 97}` : ''}`);
    folder++;
    const dir = `${root}/${stack.join('/')}`;
    const n = Math.min(int(rng, 3, 24), count - emitted);
    for (let i = 0; i < n; i++) {
      const [name, data] = file(dir, i);
      tree.add(`${dir}/${name}`, data);
    }
    emitted += n;
  }
}

function words(rng: Rng, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rng, WORDS));
  return out.join(' ');
}

const cap = (w: string) => w.replace(/^./, (c) => c.toUpperCase());

/** A source file of the deep tree; what it holds depends on its area, as in a real model codebase. */
function pyModule(rng: Rng, area: string, name: string): string {
  const doc = `"""${name}: ${words(rng, int(rng, 4, 10))}."""\n`;
  const dim = pick(rng, [256, 512, 1024, 2048, 4096]);
  if (area === 'models' || area === 'layers' || area === 'kernels' || area === 'quant') {
    const cls = `${cap(pick(rng, WORDS))}${cap(pick(rng, WORDS))}`;
    return `${doc}import torch\nfrom torch import nn\n\n\nclass ${cls}(nn.Module):\n    def __init__(self, dim=${dim}, hidden=${dim * 4}):\n        super().__init__()\n        self.norm = nn.LayerNorm(dim)\n        self.up = nn.Linear(dim, hidden)\n        self.down = nn.Linear(hidden, dim)\n\n    def forward(self, x):\n        return x + self.down(torch.nn.functional.gelu(self.up(self.norm(x))))\n`;
  }
  if (area === 'inference' || area === 'serving') {
    return `${doc}import torch\n\n\n@torch.inference_mode()\ndef ${pick(rng, WORDS)}_generate(model, tokenizer, prompt, max_new_tokens=${int(rng, 16, 512)}):\n    ids = tokenizer(prompt, return_tensors="pt").input_ids.to(model.device)\n    out = model.generate(ids, max_new_tokens=max_new_tokens, do_sample=False)\n    return tokenizer.decode(out[0][ids.shape[1]:], skip_special_tokens=True)\n`;
  }
  if (area === 'eval') {
    return `${doc}def ${pick(rng, WORDS)}_accuracy(predictions, references):\n    correct = sum(p == r for p, r in zip(predictions, references))\n    return {"accuracy": correct / max(len(references), 1)}\n`;
  }
  const fn = `${pick(rng, WORDS)}_${pick(rng, WORDS)}`;
  return `${doc}from __future__ import annotations\n\nimport math\n\n\ndef ${fn}(x, scale=${int(rng, 1, 64)}):\n    return math.sqrt(scale) * x\n\n\nclass ${cap(pick(rng, WORDS))}Helper:\n    def __init__(self, dim=${dim}):\n        self.dim = dim\n`;
}

/** One task's scores as lm-evaluation-harness writes them. */
function evalJson(rng: Rng, model: string, step: number, task: string): string {
  const acc = Number((0.25 + rng() * 0.6).toFixed(4));
  return `${JSON.stringify({
    results: { [task]: { 'acc,none': acc, 'acc_stderr,none': Number((rng() * 0.02).toFixed(4)), 'acc_norm,none': Number(Math.min(1, acc + rng() * 0.05).toFixed(4)) } },
    'n-shot': { [task]: pick(rng, [0, 5, 10, 25]) },
    config: { model: 'hf', model_args: `pretrained=checkpoints/${model}/step-${step}`, batch_size: 16 },
    n_samples: { [task]: { original: int(rng, 500, 15000) } },
  }, null, 2)}\n`;
}

function binaryBlob(rng: Rng, magic: string, min: number, max: number): Uint8Array {
  const n = int(rng, min, max);
  const b = new Uint8Array(n + magic.length * 2);
  for (let i = 0; i < magic.length; i++) {
    b[i] = magic.charCodeAt(i);
    b[n + magic.length + i] = magic.charCodeAt(i);
  }
  for (let i = 0; i < n; i++) b[magic.length + i] = Math.floor(rng() * 256);
  return b;
}

function lfsPointer(rng: Rng, size = int(rng, 1_000_000_000, 9_900_000_000)): string {
  let oid = '';
  for (let i = 0; i < 8; i++) oid += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${size}\n`;
}

function jsonlDocs(rng: Rng, lines: number): string {
  let out = '';
  for (let i = 0; i < lines; i++) out += `${JSON.stringify({ id: `doc-${Math.floor(rng() * 1e9)}`, source: pick(rng, SOURCES), text: words(rng, int(rng, 8, 40)) })}\n`;
  return out;
}

// The real artifacts: what a well-documented open-training release holds. Written for this benchmark.
const README = `# Marlin

Training code, data pipeline and evaluation harness for the Marlin family of language models.

- \`src/marlin/\`: model, data loading and distributed training
- \`scripts/\`: entry points for data preparation and training
- \`configs/\`: every configuration used for the released checkpoints
- \`evals/\`: raw evaluation outputs per checkpoint
`;

const MODEL_CARD = `---
license: mit
language:
- en
pipeline_tag: text-generation
---

# Model card: Marlin-3B

## Model details
Decoder-only transformer, 32 layers, hidden size 2560, 20 attention heads, rotary position embeddings,
2.8B parameters, context length 4096.

## Intended use
Research on pretraining and a base model for fine-tuning. Not evaluated for deployment in products.

## Training data
1.2T tokens from the mixture described in [docs/DATA_CARD.md](docs/DATA_CARD.md).

## Training procedure
AdamW, peak learning rate 3e-4 with cosine decay, 2,500 warmup steps, batch size 1,024 x 4,096 tokens,
bf16. Configuration: [configs/train/marlin-3b.yaml](configs/train/marlin-3b.yaml).

## Evaluation
| Task | Metric | Score |
| --- | --- | --- |
| HellaSwag | acc_norm | 0.682 |
| ARC-Challenge | acc_norm | 0.391 |
| MMLU (5-shot) | acc | 0.412 |

Full outputs: [results/marlin-3b/eval_results.json](results/marlin-3b/eval_results.json).

## Limitations and bias
The model reproduces biases of web text and can state falsehoods fluently.
`;

const DATA_CARD = `# Data card: Marlin pretraining mixture

## Dataset description
An English-centric mixture of web pages, source code, books and encyclopedic text, 1.2T tokens after filtering.

## Sources
| Source | License | Share |
| --- | --- | --- |
| Filtered Common Crawl snapshots 2023-06 to 2024-02 | ODC-By-1.0 | 62% |
| Permissively licensed GitHub repositories | various permissive | 18% |
| Project Gutenberg books before 1927 | public domain | 8% |
| Wikipedia and Wikibooks (en) | CC-BY-SA-4.0 | 7% |
| arXiv papers (LaTeX source) | various | 5% |

## Collection
Crawl snapshots were downloaded from the public Common Crawl buckets; code was cloned from repositories whose
license is on the allow list in \`scripts/data/allowlist.txt\`.

## Preprocessing
Language identification, exact and MinHash near-duplicate removal, heuristic quality filters and PII masking,
implemented in [scripts/preprocess.py](../scripts/preprocess.py).

## Personal and sensitive information
E-mail addresses, phone numbers and IP addresses are replaced with placeholder tokens.

## Licensing
Each source keeps its own license, listed above. This card is released under CC-BY-4.0.

## Limitations
Web text over-represents English and a few countries; code is mostly Python and JavaScript.
`;

const TRAIN_CONFIG = `# Marlin-3B pretraining, as run for the released checkpoint.
model:
  n_layers: 32
  hidden_size: 2560
  n_heads: 20
  seq_length: 4096
  vocab_size: 50304
optimizer:
  name: adamw
  lr: 3.0e-4
  betas: [0.9, 0.95]
  weight_decay: 0.1
  grad_clip: 1.0
schedule:
  warmup_steps: 2500
  lr_decay: cosine
  max_steps: 286000
data:
  train_shards: data/tokenized/train/*.bin
  global_batch_size: 1024
  micro_batch_size: 4
seed: 1234
`;

const TRAIN_SCRIPT = `"""Pretrain a Marlin model from a YAML config."""
import argparse

import torch
import yaml

from marlin.data import build_loader
from marlin.models import build_model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    cfg = yaml.safe_load(open(args.config))
    torch.manual_seed(cfg["seed"])
    model = build_model(cfg["model"]).cuda()
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg["optimizer"]["lr"], weight_decay=cfg["optimizer"]["weight_decay"])
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=cfg["schedule"]["max_steps"])
    for step, batch in enumerate(build_loader(cfg["data"])):
        loss = model(batch["input_ids"], labels=batch["labels"]).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), cfg["optimizer"]["grad_clip"])
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        if step % 1000 == 0:
            torch.save(model.state_dict(), f"checkpoints/step-{step}.pt")
        if step >= cfg["schedule"]["max_steps"]:
            break


if __name__ == "__main__":
    main()
`;

const PREPROCESS_SCRIPT = `"""Clean, deduplicate and tokenize raw JSONL documents into training shards."""
import argparse
import hashlib
import json

from datasketch import MinHash, MinHashLSH
from tokenizers import Tokenizer


def normalize(text):
    return " ".join(text.lower().split())


def quality_filter(doc):
    words = doc["text"].split()
    return len(words) >= 50 and doc.get("lang_score", 1.0) >= 0.65


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    tokenizer = Tokenizer.from_file("tokenizer/marlin.json")
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    seen = set()
    with open(args.input) as src, open(args.output, "w") as dst:
        for i, line in enumerate(src):
            doc = json.loads(line)
            key = hashlib.sha256(normalize(doc["text"]).encode()).hexdigest()
            if key in seen or not quality_filter(doc):
                continue
            seen.add(key)
            m = MinHash(num_perm=128)
            for w in doc["text"].split():
                m.update(w.encode())
            if lsh.query(m):
                continue
            lsh.insert(str(i), m)
            dst.write(json.dumps({"ids": tokenizer.encode(doc["text"]).ids}) + "\\n")


if __name__ == "__main__":
    main()
`;

const EVAL_RESULTS = `${JSON.stringify({
  results: {
    hellaswag: { acc: 0.5124, acc_norm: 0.6821, acc_norm_stderr: 0.0046 },
    arc_challenge: { acc: 0.3601, acc_norm: 0.3908, acc_norm_stderr: 0.0143 },
    mmlu: { acc: 0.4117, acc_stderr: 0.0041 },
  },
  config: { model: 'marlin-3b', batch_size: 32, limit: null },
  versions: { hellaswag: 1, arc_challenge: 1, mmlu: 1 },
}, null, 2)}\n`;

const MIT = `MIT License

Copyright (c) 2024 The Marlin authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

/** Paths of the real artifacts the gate should find in every synthetic repository. */
export const REAL_ARTIFACTS = {
  'data-card': 'docs/DATA_CARD.md',
  preprocessing: 'scripts/preprocess.py',
  config: 'configs/train/marlin-3b.yaml',
  training: 'scripts/train.py',
  'eval-results': 'results/marlin-3b/eval_results.json',
  license: 'LICENSE',
  'model-card': 'MODEL_CARD.md',
} as const;

/** Share of the tree per area; the deep source tree takes the remainder. */
const SHARES = {
  tests: 0.08,
  evals: 0.15,
  data: 0.1,
  checkpoints: 0.03,
  configs: 0.03,
  docs: 0.02,
  figures: 0.003,
  notebooks: 0.005,
  thirdParty: 0.1,
  nodeModules: 0.08,
} as const;

export interface SynthOptions {
  /** Exact number of files (the tracked files of the repository). */
  size: number;
  /** Generate bytes too (false: paths only, for in-process listings). */
  content?: boolean;
  /** Size of the LFS-tracked shard in the work tree; 0 leaves it out. */
  sparseBytes?: number;
}

export function synthLayout(options: SynthOptions): SynthLayout {
  const { size, content = true, sparseBytes = 4 * 1024 ** 3 } = options;
  // Two streams, so the paths are the same whether or not content is generated.
  const rng = mulberry32(0x5eed ^ size);
  const crng = mulberry32(0xc0de ^ size);
  const tree = new Tree(content);
  const sparse: SparseFile[] = [];

  const fixed: [string, string][] = [
    ['README.md', README],
    ['MODEL_CARD.md', MODEL_CARD],
    ['LICENSE', MIT],
    [REAL_ARTIFACTS['data-card'], DATA_CARD],
    [REAL_ARTIFACTS.config, TRAIN_CONFIG],
    [REAL_ARTIFACTS.training, TRAIN_SCRIPT],
    [REAL_ARTIFACTS.preprocessing, PREPROCESS_SCRIPT],
    [REAL_ARTIFACTS['eval-results'], EVAL_RESULTS],
    ['.gitattributes', '*.safetensors filter=lfs diff=lfs merge=lfs -text\n*.bin filter=lfs diff=lfs merge=lfs -text\n*.parquet filter=lfs diff=lfs merge=lfs -text\ndata/raw/*.jsonl filter=lfs diff=lfs merge=lfs -text\n'],
    ['.gitignore', '__pycache__/\n*.pyc\n/wandb/\n/outputs/\n'],
    ['pyproject.toml', '[project]\nname = "marlin"\nversion = "0.3.0"\nrequires-python = ">=3.10"\ndependencies = ["torch>=2.2", "tokenizers", "datasketch", "pyyaml"]\n'],
    ['requirements.txt', 'torch>=2.2\ntokenizers>=0.15\ndatasketch>=1.6\npyyaml>=6\n'],
  ];
  for (const [p, d] of fixed) tree.add(p, () => d);
  if (sparseBytes > 0) {
    const shard = 'data/raw/train-00000-of-00001.jsonl';
    tree.add(shard, () => lfsPointer(mulberry32(13), sparseBytes));
    sparse.push({ path: shard, head: '', size: sparseBytes });
  }
  // A large, fully written eval dump (a few MiB): read only up to the per-file cap.
  tree.add('evals/dumps/marlin-3b_all_predictions.jsonl', () => {
    const r = mulberry32(7);
    let s = '';
    while (s.length < 4 * 1024 * 1024) s += `${JSON.stringify({ task: pick(r, TASKS), prompt: words(r, 20), prediction: words(r, 6), correct: r() < 0.5 })}\n`;
    return s;
  });

  const budget = size - tree.files.length;
  if (budget < 0) throw new Error(`size ${size} is too small for the fixed artifacts`);
  const n = (share: number) => Math.floor(budget * share);

  // Tests: a shallower mirror of the source tree.
  deepTree(rng, 'tests', n(SHARES.tests), 4, (_d, i) => [`test_${pick(rng, WORDS)}_${i}.py`, () => `from marlin import ${pick(crng, WORDS)}\n\n\ndef test_${pick(crng, WORDS)}():\n    assert ${int(crng, 1, 9)} + 1 > 1\n`], tree);

  // Evaluation outputs: thousands of JSONs, one per model x checkpoint x task, plus per-run summaries.
  {
    const count = n(SHARES.evals);
    let emitted = 0;
    for (let step = 1000; emitted < count; step += 1000) {
      for (const model of MODELS) {
        if (emitted >= count) break;
        const dir = `evals/${model}/step-${String(step).padStart(7, '0')}`;
        for (const task of TASKS) {
          if (emitted >= count) break;
          tree.add(`${dir}/results_${task}.json`, () => evalJson(crng, model, step, task));
          emitted++;
        }
        if (emitted < count) {
          tree.add(`${dir}/summary.json`, () => `${JSON.stringify({ model, step, mean_acc: Number(crng().toFixed(4)) })}\n`);
          emitted++;
        }
      }
    }
  }

  // Data: tokenized parquet shards (in Git LFS, as dataset repositories keep them) and small JSONL samples.
  {
    const count = n(SHARES.data);
    const total = Math.max(1, count);
    for (let i = 0; i < count; i++) {
      const split = pick(rng, SPLITS);
      const source = pick(rng, SOURCES);
      const id = `${String(i).padStart(5, '0')}-of-${String(total).padStart(5, '0')}`;
      if (i % 4 === 3) tree.add(`data/samples/${source}/${split}-${id}.jsonl`, () => jsonlDocs(crng, int(crng, 2, 6)));
      else tree.add(`data/tokenized/${source}/${split}/part-${id}.parquet`, () => lfsPointer(crng));
    }
  }

  // Checkpoints: LFS pointers plus the inference config.json and tokenizer files next to them.
  {
    const count = n(SHARES.checkpoints);
    let emitted = 0;
    for (let step = 5000; emitted < count; step += 5000) {
      const model = MODELS[(step / 5000) % MODELS.length] as string;
      const dir = `checkpoints/${model}/step-${step}`;
      const parts = int(rng, 2, 8);
      for (let p = 1; p <= parts && emitted < count; p++, emitted++) {
        tree.add(`${dir}/model-${String(p).padStart(5, '0')}-of-${String(parts).padStart(5, '0')}.safetensors`, () => lfsPointer(crng));
      }
      if (emitted < count) {
        tree.add(`${dir}/config.json`, () => `${JSON.stringify({ architectures: ['MarlinForCausalLM'], hidden_size: 2560, num_hidden_layers: 32, torch_dtype: 'bfloat16' }, null, 2)}\n`);
        emitted++;
      }
      if (emitted < count) {
        tree.add(`${dir}/tokenizer_config.json`, () => `${JSON.stringify({ model_max_length: 4096, bos_token: '<s>', eos_token: '</s>' })}\n`);
        emitted++;
      }
    }
  }

  // Experiment configs: many ablation YAMLs (real training configs, all candidates).
  deepTree(rng, 'configs/experiments', n(SHARES.configs), 2, (_d, i) => [
    `${pick(rng, MODELS)}-${pick(rng, WORDS)}-${i}.yaml`,
    () => `model: ${pick(crng, MODELS)}\noptimizer:\n  lr: ${(crng() * 1e-3).toExponential(2)}\n  weight_decay: 0.1\nschedule:\n  warmup_steps: ${int(crng, 100, 5000)}\n  max_steps: ${int(crng, 1000, 300000)}\nseed: ${int(crng, 0, 9999)}\n`,
  ], tree);

  deepTree(rng, 'docs', n(SHARES.docs), 3, () => [`${pick(rng, WORDS)}.md`, () => `# ${words(crng, 3)}\n\n${words(crng, 40)}\n`], tree);

  // Figures for the docs: binary files among the candidates.
  for (let i = 0, c = n(SHARES.figures); i < c; i++) {
    tree.add(`docs/figures/${pick(rng, WORDS)}-${i}.png`, () => binaryBlob(crng, '\x89PNG', 200, 4000));
  }

  for (let i = 0, c = n(SHARES.notebooks); i < c; i++) {
    tree.add(`notebooks/${pick(rng, WORDS)}_${i}.ipynb`, () => `${JSON.stringify({ cells: [{ cell_type: 'code', source: [`import ${pick(crng, WORDS)}\n`] }], nbformat: 4, nbformat_minor: 5 })}\n`);
  }

  // Vendored C++/Python libraries, with their own READMEs, licenses and training-looking scripts (look-alikes).
  {
    const count = n(SHARES.thirdParty);
    let emitted = 0;
    for (let lib = 0; emitted < count; lib++) {
      const root = `third_party/${LIBS[lib % LIBS.length]}${lib >= LIBS.length ? `-${Math.floor(lib / LIBS.length)}` : ''}`;
      for (const [name, data] of [['README.md', `# ${root}\n\nVendored copy.\n`], ['LICENSE', MIT], ['examples/train.py', TRAIN_SCRIPT]] as const) {
        if (emitted < count) {
          tree.add(`${root}/${name}`, () => data);
          emitted++;
        }
      }
      const chunk = Math.min(count - emitted, int(rng, 200, 2000));
      deepTree(rng, `${root}/src`, chunk, 5, (_d, i) => [`${pick(rng, WORDS)}_${i}.${pick(rng, ['cc', 'h', 'cu', 'py'])}`, () => `// ${words(crng, 8)}\nint f${i}() { return ${int(crng, 0, 999)}; }\n`], tree);
      emitted += chunk;
    }
  }

  // A web dashboard with its node_modules checked in.
  {
    const count = n(SHARES.nodeModules);
    let emitted = 0;
    for (let pkg = 0; emitted < count; pkg++) {
      const root = `tools/dashboard/node_modules/${NPM[pkg % NPM.length]}${pkg >= NPM.length ? `-${Math.floor(pkg / NPM.length)}` : ''}`;
      for (const [name, data] of [['package.json', '{"name":"x","version":"1.0.0","license":"MIT"}\n'], ['README.md', '# package\n'], ['LICENSE', MIT]] as const) {
        if (emitted < count) {
          tree.add(`${root}/${name}`, () => data);
          emitted++;
        }
      }
      const chunk = Math.min(count - emitted, int(rng, 20, 400));
      deepTree(rng, `${root}/lib`, chunk, 3, (_d, i) => [`${pick(rng, WORDS)}-${i}.js`, () => `'use strict';\nmodule.exports = function ${pick(crng, WORDS)}() { return ${int(crng, 0, 999)}; };\n`], tree);
      emitted += chunk;
    }
  }

  // The deep source tree takes the rest.
  const rest = size - tree.files.length;
  deepTree(rng, 'src/marlin', rest, 7, (d, i) => [`${pick(rng, WORDS)}_${i}.py`, () => pyModule(crng, d.split('/')[2] ?? '', `module ${i}`)], tree);

  if (sparse[0]) {
    const r = mulberry32(11);
    sparse[0].head = jsonlDocs(r, 6000);
  }
  return { files: tree.files, sparse };
}
