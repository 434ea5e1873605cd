import { describe, expect, it } from 'vitest';
import type { Detector, FileContent, Finding, ScanContext } from '../../src/domain/finding.js';
import { context, file, runCases } from '../helpers/detector.js';
import { architecture } from '../../src/scan/detectors/architecture.js';
import { weights } from '../../src/scan/detectors/weights.js';
import { checkpoints } from '../../src/scan/detectors/checkpoints.js';
import { datasets } from '../../src/scan/detectors/datasets.js';
import { inferenceCode } from '../../src/scan/detectors/inference-code.js';
import { evaluationCode } from '../../src/scan/detectors/evaluation-code.js';
import { evaluationData } from '../../src/scan/detectors/evaluation-data.js';
import { sampleOutputs } from '../../src/scan/detectors/sample-outputs.js';
import { technicalReport } from '../../src/scan/detectors/technical-report.js';
import { researchPaper } from '../../src/scan/detectors/research-paper.js';
import { libraries } from '../../src/scan/detectors/libraries.js';

const ctx = context;

const LFS = (size: number): string => `version https://git-lfs.github.com/spec/v1\noid sha256:${'a'.repeat(64)}\nsize ${size}\n`;
const lfsFile = (path: string, size: number): FileContent => file(path, LFS(size), { lfsPointer: true });
const binary = (path: string, size: number): FileContent => file(path, '', { binary: true, size });
const jsonl = (rows: object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** The one finding a detector returns for a file, or undefined when it returns none. */
function only(detector: Detector, f: FileContent, c: ScanContext = ctx([f.path])): Finding | undefined {
  const found = detector.check(f, c);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

type Case = [label: string, f: FileContent, expected: Partial<Finding> | undefined, paths?: string[]];

/** The suite's cases as tuples, run through the shared tester; each file yields at most one finding. */
function table(detector: Detector, cases: Case[]): void {
  runCases(
    detector,
    cases.map(([name, f, expected, paths]) => ({ name, path: f.path, text: f.text, over: f, want: expected ?? 'none', only: true, ...(paths ? { paths } : {}) })),
  );
}

describe('architecture', () => {
  const modeling = [
    '# SPDX-License-Identifier: Apache-2.0',
    'import torch',
    'from torch import nn',
    'from transformers import PreTrainedModel',
    '',
    'class TinyAttention(nn.Module):',
    '    def __init__(self, d):',
    '        super().__init__()',
    '        self.qkv = nn.Linear(d, 3 * d)',
    '    def forward(self, x):',
    '        return self.qkv(x)',
    '',
    'class TinyForCausalLM(PreTrainedModel):',
    '    def forward(self, input_ids):',
    '        return input_ids',
  ].join('\n');
  const flax = ['import flax.linen as nn', 'class Block(nn.Module):', '    @nn.compact', '    def __call__(self, x):', '        return nn.Dense(4)(x)'].join('\n');
  const loader = ['from transformers import AutoModelForCausalLM', 'model = AutoModelForCausalLM.from_pretrained("org/model")', 'print(model)'].join('\n');
  table(architecture, [
    ['a PreTrainedModel subclass with its layers, and its own SPDX line', file('src/tiny/modeling_tiny.py', modeling), { outcome: 'evidence', code: 'pretrained-model-class', line: 13, license: 'Apache-2.0' }],
    ['a flax module', file('model/block.py', flax), { outcome: 'evidence', code: 'module-class', line: 2 }],
    ['a script that only loads a pretrained model', file('model.py', loader), { outcome: 'rejected', code: 'loads-only', strength: 30 }],
    ['a HF config.json names the architecture only', file('config.json', '{\n  "architectures": ["LlamaForCausalLM"],\n  "hidden_size": 4096\n}'), { outcome: 'weak', code: 'config-names-architecture', line: 2 }],
    ['a utility module without classes', file('models/utils.py', 'def helper():\n    return 1\n'), undefined],
  ]);

  it('ranks modeling files first and skips tests', () => {
    expect(architecture.rank?.('src/modeling_tiny.py')).toBe(90);
    expect(architecture.rank?.('tests/test_model.py')).toBeUndefined();
    expect(architecture.rank?.('scripts/train.py')).toBeUndefined();
  });
});

describe('weights', () => {
  table(weights, [
    ['an LFS pointer to a safetensors file', lfsFile('model.safetensors', 2_000_000_000), { outcome: 'evidence', code: 'lfs-pointer' }],
    ['a binary checkpoint in the tree', binary('weights/model.pt', 5_000_000), { outcome: 'evidence', code: 'weights-file' }],
    ['an empty weights file', file('model.safetensors', ''), { outcome: 'rejected', code: 'empty' }],
    ['a text placeholder with a weights name', file('pytorch_model.bin', 'download from the link in README'), { outcome: 'rejected', code: 'placeholder' }],
    ['an LFS pointer to an empty file', lfsFile('model.gguf', 0), { outcome: 'rejected', code: 'empty' }],
    ['a tokenised data shard next to its .idx', binary('model/train_text_document.bin', 9000), { outcome: 'rejected', code: 'data-shard' }, ['model/train_text_document.bin', 'model/train_text_document.idx']],
  ]);

  it('counts a sharded index only when its shards are in the tree', () => {
    const index = file('model.safetensors.index.json', '{"metadata": {}, "weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}}');
    expect(only(weights, index, ctx([index.path, 'model-00001-of-00002.safetensors', 'model-00002-of-00002.safetensors']))).toMatchObject({ outcome: 'evidence', code: 'sharded' });
    expect(only(weights, index, ctx([index.path]))).toMatchObject({ outcome: 'weak', code: 'shards-missing' });
  });

  it('reports a model hub page linked for download as external, not a base model', () => {
    const readme = [
      '# Tiny LM',
      'Fine-tuned from [Llama-2-7b](https://huggingface.co/meta-llama/Llama-2-7b-hf).',
      'Download the weights from 🤗 [tiny-lab/tiny-lm-1b](https://huggingface.co/tiny-lab/tiny-lm-1b).',
      'Dataset: https://huggingface.co/datasets/tiny-lab/corpus',
      'See the [docs](https://huggingface.co/docs/transformers).',
    ].join('\n');
    const found = weights.check(file('README.md', readme), ctx(['README.md']));
    expect(found).toEqual([
      expect.objectContaining({ outcome: 'external', code: 'hub-page', line: 3, url: 'https://huggingface.co/tiny-lab/tiny-lm-1b' }),
    ]);
  });

  it('reads a table of models by its header, and a list of many organisations’ models as a catalogue', () => {
    const supported = ['| Model | Author | Reference |', '|---|---|---|', '| Llama 3 | Meta | [card](https://huggingface.co/meta-llama/Meta-Llama-3-8B) |'].join('\n');
    expect(weights.check(file('README.md', supported), ctx([]))).toEqual([]);
    const ours = ['| Size | Hugging Face checkpoints |', '|---|---|', '| 1B | [tiny-lm-1b](https://huggingface.co/tiny-lab/tiny-lm-1b) |'].join('\n');
    expect(weights.check(file('README.md', ours), ctx([]))).toEqual([expect.objectContaining({ outcome: 'external', line: 3 })]);
    const catalogue = ['Download any of these weights:', '- https://huggingface.co/org-a/m1', '- weights: https://huggingface.co/org-b/m2', '- weights: https://huggingface.co/org-c/m3'].join('\n');
    expect(weights.check(file('README.md', catalogue), ctx([]))).toEqual([expect.objectContaining({ outcome: 'weak', code: 'model-catalogue' })]);
  });

  it.each([
    ['checkpoints/step_1000/model.safetensors', undefined],
    ['lm_eval/tasks/x/README.md', undefined],
    ['models/7b/README.md', 15],
    ['optimizer.pt', undefined],
    ['data/train.bin', undefined],
    ['tokenizer/vocab.bin', undefined],
    ['tests/fixtures/model.safetensors', undefined],
    ['model-00001-of-00002.safetensors', 90],
    ['pytorch_model.bin', 80],
    ['models/7b/consolidated.00.pth', 80],
  ])('ranks %s as %s', (path, rank) => {
    expect(weights.rank?.(path)).toBe(rank);
  });
});

describe('checkpoints', () => {
  it('finds step-numbered checkpoint folders in the tree', () => {
    const paths = [
      'checkpoints/step_1000/model.safetensors',
      'checkpoints/step_2000/model.safetensors',
      'checkpoints/step_3000/model.safetensors',
      'checkpoints/step_3000/config.json',
      'logs/epoch_1/metrics.json',
    ];
    const found = checkpoints.fromTree?.(ctx(paths)) ?? [];
    expect(found).toEqual([expect.objectContaining({ outcome: 'evidence', code: 'step-checkpoints', path: 'checkpoints/step_1000' })]);
    expect(found[0]?.message).toContain('3 steps');
  });

  it('calls a single step-numbered checkpoint weak: it may be the final one', () => {
    const found = checkpoints.fromTree?.(ctx(['out/checkpoint-5000/pytorch_model.bin', 'README.md'])) ?? [];
    expect(found).toEqual([expect.objectContaining({ outcome: 'weak', code: 'single-checkpoint' })]);
  });

  it('reads Megatron iterations and TF checkpoint parts', () => {
    const found =
      checkpoints.fromTree?.(
        ctx(['ckpt/iter_0001000/mp_rank_00/model_optim_rng.pt', 'ckpt/iter_0002000/mp_rank_00/model_optim_rng.pt', 'tf/model.ckpt-100.index', 'tf/model.ckpt-200.index']),
      ) ?? [];
    expect(found.map((f) => f.outcome)).toEqual(['evidence', 'evidence']);
  });

  table(checkpoints, [
    [
      'a CSV of step → URL kept with the run configs',
      file('configs/official/tiny-1b.csv', 'Step,Checkpoint Directory\n1000,https://example.org/ckpt/step1000-unsharded/\n2000,https://example.org/ckpt/step2000-unsharded/\n3000,https://example.org/ckpt/step3000-unsharded/\n'),
      { outcome: 'external', code: 'listing', line: 2, url: 'https://example.org/ckpt/step1000-unsharded/' },
    ],
    ['a configs/ table that lists no steps', file('configs/official/mix.csv', 'source,weight\nweb,0.7\ncode,0.3\n'), undefined],
    ['a listing naming too few steps', file('CHECKPOINTS.md', '# Checkpoints\nOnly step 1000 is public.\n'), { outcome: 'weak', code: 'few-listed' }],
    ['a file naming no steps', file('checkpoints.txt', 'coming soon\n'), { outcome: 'rejected', code: 'no-steps' }],
    [
      'a README section listing hub revisions',
      file('README.md', '# Tiny\n\n## Intermediate checkpoints\n\n| step | link |\n|---|---|\n| 10k | [rev](https://huggingface.co/tiny-lab/tiny-lm-1b/tree/step10000) |\n| 20k | [rev](https://huggingface.co/tiny-lab/tiny-lm-1b/tree/step20000) |\n| 30k | [rev](https://huggingface.co/tiny-lab/tiny-lm-1b/tree/step30000) |\n'),
      { outcome: 'external', code: 'listing', line: 3, url: 'https://huggingface.co/tiny-lab/tiny-lm-1b/tree/step10000' },
    ],
    [
      'a README sentence releasing checkpoints without listing them',
      file('README.md', '# Tiny\n\nModels: [tiny-lm-1b](https://huggingface.co/tiny-lab/tiny-lm-1b)\n\nWe make 154 checkpoints available for each model, every 1,000 steps.\n'),
      { outcome: 'external', code: 'declared', line: 5, url: 'https://huggingface.co/tiny-lab/tiny-lm-1b' },
    ],
    ['a README without a checkpoints section', file('README.md', '# Tiny\ntrained for step 1000, step 2000, step 3000\n'), undefined],
  ]);
});

describe('datasets', () => {
  const rows = Array.from({ length: 20 }, (_, i) => ({ text: `document ${i}`, source: 'web' }));
  table(datasets, [
    ['JSON Lines training records under data/', file('data/train/shard_00000.jsonl', jsonl(rows)), { outcome: 'evidence', code: 'records' }],
    ['a Parquet shard in LFS', lfsFile('data/pretrain/part-0000.parquet', 123456789), { outcome: 'evidence', code: 'lfs-pointer' }],
    ['a tokenised .bin shard with its .idx', binary('data/tokenized/train_text_document.bin', 5_000_000), { outcome: 'evidence', code: 'tokenized-shards' }, ['data/tokenized/train_text_document.bin', 'data/tokenized/train_text_document.idx']],
    ['a toy sample', file('data/sample.jsonl', jsonl(rows.slice(0, 3))), { outcome: 'weak', code: 'toy-sample' }],
    ['a URL manifest of shards hosted elsewhere', file('data/urls.txt', 'https://data.example.org/shard-0.jsonl.zst\nhttps://data.example.org/shard-1.jsonl.zst\n'), { outcome: 'external', code: 'url-manifest', url: 'https://data.example.org/shard-0.jsonl.zst' }],
    ['an empty data file', file('data/train.jsonl', ''), { outcome: 'rejected', code: 'empty' }],
    ['an id table under data/ (metadata, not text)', file('data/splits.csv', 'doc_id,split,shard\n1,train,0\n2,train,0\n'), { outcome: 'rejected', code: 'no-text-fields' }],
    ['a table of numbers under data/ (training metadata, not text)', file('data/training_maps.tsv', '\tscore\tstate\tstep\n0\t-1.13\t0\t0\n1\t-1.12\t0\t1\n'), { outcome: 'rejected', code: 'scores-table', strength: 30 }],
  ]);

  it('reports a dataset hub page as external, but leaves evaluation sets to evaluation data', () => {
    const readme = 'Trained on [tiny-corpus](https://huggingface.co/datasets/tiny-lab/tiny-corpus).\nEvaluated on the [test set](https://huggingface.co/datasets/cais/mmlu).\n';
    expect(datasets.check(file('README.md', readme), ctx([]))).toEqual([expect.objectContaining({ outcome: 'external', code: 'hub-dataset', line: 1 })]);
  });

  it.each([
    ['data/train/a.jsonl', 75],
    ['data/eval/test.jsonl', undefined],
    ['data/test.jsonl', undefined],
    ['results/scores.json', undefined],
    ['tests/data/a.jsonl', undefined],
    ['data/tokenizer.json', undefined],
    ['corpus/part.parquet', 75],
    ['web/part-001.parquet', 50],
  ])('ranks %s as %s', (path, rank) => {
    expect(datasets.rank?.(path)).toBe(rank);
  });
});

describe('evaluation data', () => {
  const items = [{ question: 'What is 2+2?', choices: ['3', '4'], answer: 1 }, { question: 'Capital of France?', choices: ['Paris', 'Rome'], answer: 0 }];
  table(evaluationData, [
    ['question/answer items in an eval folder', file('eval/data/arc_easy_test.jsonl', jsonl(items)), { outcome: 'evidence', code: 'eval-items' }],
    ['a test split under data/', file('data/test.jsonl', jsonl(items)), { outcome: 'evidence', code: 'eval-items' }],
    ['records without eval fields in an eval folder', file('benchmarks/mine/data.jsonl', jsonl([{ id: 1 }, { id: 2 }])), { outcome: 'weak', code: 'eval-records' }],
    ['a table of scores in an eval folder', file('evals/csv/tiny-1b/shots.csv', 'model,checkpoint,task,fewshot,acc,acc_stderr\ntiny,1000,arith_0,16,0.82,0.05\n'), { outcome: 'rejected', code: 'scores-table' }],
    ['an empty eval file', file('eval/data/x.jsonl', ''), { outcome: 'rejected', code: 'empty' }],
  ]);

  it.each([
    ['eval/data/mmlu.jsonl', 80],
    ['eval/results/scores.json', undefined],
    ['eval/predictions.jsonl', undefined],
    ['evaluation/config.json', undefined],
    ['data/validation.parquet', 70],
    ['data/train.jsonl', undefined],
  ])('ranks %s as %s', (path, rank) => {
    expect(evaluationData.rank?.(path)).toBe(rank);
  });

  it('reports evaluation sets on a hub as external', () => {
    const readme = 'We evaluate on the [MMLU test set](https://huggingface.co/datasets/cais/mmlu).\n';
    expect(evaluationData.check(file('README.md', readme), ctx([]))).toEqual([expect.objectContaining({ outcome: 'external', code: 'hub-dataset' })]);
    const results = 'Evaluation results are on the hub: https://huggingface.co/datasets/tiny-lab/eval-results-demo\n';
    expect(evaluationData.check(file('README.md', results), ctx([]))).toEqual([]);
  });
});

describe('inference code', () => {
  const generate = [
    'import torch',
    'from transformers import AutoModelForCausalLM, AutoTokenizer',
    'model = AutoModelForCausalLM.from_pretrained("tiny-lab/tiny-lm-1b")',
    'tok = AutoTokenizer.from_pretrained("tiny-lab/tiny-lm-1b")',
    'out = model.generate(**tok("Hello", return_tensors="pt"), max_new_tokens=20)',
  ].join('\n');
  const train = ['for batch in loader:', '    loss = model(batch).loss', '    loss.backward()', '    optimizer.step()'].join('\n');
  table(inferenceCode, [
    ['a script that loads and generates', file('scripts/generate.py', generate), { outcome: 'evidence', code: 'loads-and-runs', line: 5 }],
    ['a vLLM serving launcher', file('serve.sh', '#!/bin/sh\nvllm serve tiny-lab/tiny-lm-1b --port 8000\n'), { outcome: 'evidence', code: 'launcher', line: 2 }],
    ['training code with an inference-like name', file('chat_finetune.py', train), { outcome: 'rejected', code: 'training-code' }],
    ['a README snippet only', file('README.md', '# X\n```python\nout = model.generate(ids)\n```\n'), { outcome: 'weak', code: 'readme-snippet', line: 3 }],
    ['a library defining sample() and generate() without running a model', file('lm/api/samplers.py', 'class Sampler:\n    def sample(self, n):\n        return n\n    def generate(self, ids):\n        return ids\n'), undefined],
  ]);
});

describe('evaluation code', () => {
  table(evaluationCode, [
    ['a script computing accuracy', file('eval/run_eval.py', 'import json\n\ndef score(preds, golds):\n    accuracy = sum(p == g for p, g in zip(preds, golds)) / len(golds)\n    return accuracy\n'), { outcome: 'evidence', code: 'metrics', line: 4 }],
    ['an lm-eval harness run', file('scripts/eval.sh', '#!/bin/bash\nlm_eval --model hf --model_args pretrained=tiny-lab/tiny-lm-1b --tasks arc_easy,hellaswag\n'), { outcome: 'evidence', code: 'harness-run', line: 2 }],
    ['a harness task config', file('eval/tasks/arc_easy.yaml', 'task: arc_easy\ndataset_path: allenai/ai2_arc\noutput_type: multiple_choice\nmetric_list:\n  - metric: acc\n'), { outcome: 'evidence', code: 'task-config', line: 1 }],
    ['a throughput benchmark', file('benchmark_speed.py', 'import time\nt = time.perf_counter()\nprint("tokens/s", n / (time.perf_counter() - t))\n'), { outcome: 'rejected', code: 'speed-benchmark' }],
    ['an eval-named file with no metric', file('eval_utils.py', 'def load(path):\n    return open(path).read()\n'), { outcome: 'rejected', code: 'no-metrics' }],
  ]);
});

describe('sample outputs', () => {
  table(sampleOutputs, [
    ['generations with output fields', file('samples/generations.jsonl', jsonl([{ prompt: 'Once upon', output: 'a time' }, { prompt: 'Hi', output: 'Hello!' }])), { outcome: 'evidence', code: 'generations' }],
    ['a generated image', binary('assets/samples/cat_0001.png', 40_000), { outcome: 'evidence', code: 'media-sample' }],
    ['records without outputs', file('samples/prompts.jsonl', jsonl([{ prompt: 'a' }, { prompt: 'b' }])), { outcome: 'weak', code: 'records-no-output' }],
    ['a README section of example outputs', file('README.md', '# X\n\n## Sample outputs\n\n> **Prompt:** Write a haiku\n> **Output:** Autumn moonlight\n'), { outcome: 'evidence', code: 'readme-examples', line: 3 }],
  ]);

  it('does not take sample.py or sample inputs for outputs', () => {
    expect(sampleOutputs.rank?.('sample.py')).toBeUndefined();
    expect(sampleOutputs.rank?.('samples/sample_data/x.jsonl')).toBeUndefined();
  });
});

describe('technical report and research paper', () => {
  const readme = [
    '# Tiny LM',
    '[![arXiv](https://img.shields.io/badge/arXiv-2402.00001-b31b1b.svg)](https://arxiv.org/abs/2402.00001)',
    '',
    'Read the [technical report](https://example.org/tiny-lm-tech-report.pdf) for usage.',
    'We build on prior work ([Vaswani et al.](https://arxiv.org/abs/1706.03762)).',
    '',
    '## Citation',
    '```bibtex',
    '@article{tiny2024,',
    '  title={Tiny LM: open training at small scale},',
    '  eprint={2402.00001},',
    '}',
    '```',
  ].join('\n');

  it('separates the release’s own paper and report from works it cites', () => {
    const paper = researchPaper.check(file('README.md', readme), ctx([]));
    expect(paper.map((f) => [f.outcome, f.code, f.line, f.url])).toEqual([
      ['external', 'paper-link', 2, 'https://arxiv.org/abs/2402.00001'],
      ['weak', 'report-not-paper', 4, 'https://example.org/tiny-lm-tech-report.pdf'],
    ]);
    const report = technicalReport.check(file('README.md', readme), ctx([]));
    expect(report).toEqual([expect.objectContaining({ outcome: 'external', code: 'report-link', line: 4 })]);
  });

  table(researchPaper, [
    ['a paper PDF in the tree', file('paper/tiny-lm.pdf', '%PDF-1.7\n...'), { outcome: 'evidence', code: 'paper-pdf' }],
    ['a text file posing as a PDF', file('paper.pdf', 'see arXiv'), { outcome: 'rejected', code: 'not-pdf' }],
    ['CITATION.cff preferring an article', file('CITATION.cff', 'cff-version: 1.2.0\ntitle: tiny-lm\npreferred-citation:\n  type: article\n  title: "Tiny LM"\n  doi: 10.48550/arXiv.2402.00001\n'), { outcome: 'external', code: 'cff-paper', line: 3, url: 'https://doi.org/10.48550/arXiv.2402.00001' }],
    ['CITATION.cff citing only the software', file('CITATION.cff', 'cff-version: 1.2.0\ntitle: tiny-lm\ntype: software\n'), { outcome: 'weak', code: 'cff-software' }],
  ]);

  table(technicalReport, [
    ['a report PDF in the tree', binary('docs/technical_report.pdf', 300_000), { outcome: 'evidence', code: 'report-pdf' }],
    ['a short report stub', file('TECH_REPORT.md', '# Technical report\nTBD\n'), { outcome: 'rejected', code: 'too-short' }],
    ['CITATION.cff preferring a report', file('CITATION.cff', 'cff-version: 1.2.0\npreferred-citation:\n  type: report\n  title: Tiny LM technical report\n  url: https://example.org/report.pdf\n'), { outcome: 'external', code: 'cff-report', line: 2 }],
  ]);
});

describe('supporting libraries', () => {
  table(libraries, [
    ['a requirements file with the training stack', file('requirements.txt', 'torch==2.3.0\ntransformers>=4.40\n# logging\nwandb\nnumpy\n'), { outcome: 'evidence', code: 'dependencies', line: 1 }],
    ['the project packaged with its ML dependencies', file('pyproject.toml', '[project]\nname = "tinylm"\ndependencies = [\n  "torch>=2.1",\n  "datasets",\n]\n'), { outcome: 'evidence', code: 'package', line: 4 }],
    ['a requirements file without an ML stack', file('requirements.txt', 'requests\nrich\n'), undefined],
    ['one ML package only', file('requirements.txt', 'torch\nrich\n'), { outcome: 'weak', code: 'one-dependency' }],
  ]);

  it('reports framework submodules as external', () => {
    const found = libraries.fromTree?.(ctx(['README.md'], [{ path: 'third_party/Megatron-LM', url: 'https://github.com/NVIDIA/Megatron-LM.git' }])) ?? [];
    expect(found).toEqual([expect.objectContaining({ outcome: 'external', code: 'submodule', url: 'https://github.com/NVIDIA/Megatron-LM.git' })]);
  });
});
