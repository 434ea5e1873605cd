// In-tree idioms of real ML repositories the study corpus showed the detectors missed (issue 12):
// SeqIO tasks and dataset builders, a patch to another project's data loader, scripts of a training
// folder. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { modelCard } from '../../src/scan/detectors/model-card.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { selectCandidates } from '../../src/scan/index.js';
import type { Finding, ScanContext } from '../../src/domain/finding.js';
import { file } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

function best(path: string, text: string): Finding | undefined {
  return preprocessing.check(file(path, text), ctx).sort((a, b) => b.strength - a.strength)[0];
}

function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

describe('preprocessing in the TensorFlow/JAX idioms', () => {
  it('a SeqIO task: a data source, tokenization and span corruption registered for training', () => {
    const text = lines(
      'import functools',
      'import seqio',
      'from t5.data import preprocessors',
      '',
      'TaskRegistry = seqio.TaskRegistry',
      'TaskRegistry.add("corpus_span_corruption",',
      '    source=seqio.TfdsDataSource(tfds_name="corpus:1.0.0"),',
      '    preprocessors=[',
      '        seqio.preprocessors.tokenize,',
      '        preprocessors.span_corruption,',
      '    ],',
      '    output_features=FEATURES)',
    );
    expect(best('scripts/seqio_tasks.py', text)).toMatchObject({ outcome: 'evidence', line: 6 });
    expect(best('scripts/seqio_tasks.py', text)!.signals).toEqual(expect.arrayContaining(['registers-task', 'reads-dataset', 'tokenizes']));
  });

  it('a dataset builder counts towards it, but reading and building alone is not enough', () => {
    const text = lines(
      'import tensorflow_datasets as tfds',
      'import zstandard',
      '',
      'class Corpus(tfds.core.GeneratorBasedBuilder):',
      '  def _generate_examples(self, paths):',
      '    for p in paths:',
      '      with zstandard.open(p) as f:',
      '        yield p, {"text": f.read()}',
    );
    expect(best('data/tfds_corpus.py', text)).toMatchObject({ outcome: 'weak' });
    expect(best('data/tfds_corpus.py', text)!.signals).toContain('dataset-builder');
  });

  it('SeqIO and TFDS modules, task files and the scripts of a training folder are candidates', () => {
    const picked = selectCandidates(['src/seqio_tasks.py', 'data/tfds_corpus.py', 't5/data/tasks.py', 'training/model/lora_script.py', 'src/model/attention.py'], [preprocessing]);
    expect([...(picked.get('preprocessing') ?? [])].sort()).toEqual(['data/tfds_corpus.py', 'src/seqio_tasks.py', 't5/data/tasks.py', 'training/model/lora_script.py']);
  });
});

describe("a patch to another project's data loader", () => {
  const patch = lines(
    'diff --git a/src/clip_train/data.py b/src/clip_train/data.py',
    'index 1111111..2222222 100644',
    '--- a/src/clip_train/data.py',
    '+++ b/src/clip_train/data.py',
    '@@ -170,6 +170,20 @@ def filter_no_caption(sample):',
    '     return has_caption',
    '+def filter_small_image(sample, min_size):',
    '+    return min(sample["image"].size) >= min_size',
    '+',
    '+def preprocess_reinforced(sample, tokenizer):',
    '+    """Replays the stored augmentation and',
    '@@ -380,6 +394,30 @@ def get_wds_dataset(args, tokenizer):',
    '+    pipeline = [wds.SimpleShardList(urls)]',
    '+    pipeline.extend([',
    '+        wds.tarfile_to_samples(handler=log_and_continue),',
    '+        wds.select(filter_no_caption),',
    '+        wds.decode("pilrgba"),',
    '+        wds.map_dict(text=lambda text: tokenizer(text)[0]),',
    '+    ])',
    '+    samples = [json.loads(x) for x in open(args.index, "r")]',
    '-    old = wds.WebDataset(urls)',
  );

  it('is read as the code it adds, each hunk on its own (a hunk cut inside a docstring does not hide the next)', () => {
    const f = best('training/clip_v2.patch', patch);
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['training-dataset', 'filters', 'tokenizes']));
    // Line numbers are those of the patch file.
    expect(f!.line).toBe(15);
  });

  it('removed lines are not code', () => {
    const removedOnly = patch.replace(/^\+/gm, '-');
    expect(best('training/clip_v2.patch', removedOnly)).toBeUndefined();
  });

  it('a file named .patch that is no diff is nothing', () => {
    expect(best('fixes.patch', 'just some notes about tokenizer(text) and wds.select(x)\n')).toBeUndefined();
  });
});

describe('self-instruct named in a help string', () => {
  it('is not data synthesis', () => {
    const text = lines('from dataclasses import field', 'fmt: str = field(default=None, metadata={"help": "Which format: [alpaca|self-instruct|hh-rlhf]"})');
    expect(preprocessing.check(file('training/script.py', text), ctx).flatMap((f) => f.signals ?? [])).not.toContain('synthesizes-data');
  });
});

describe('a training-data section that names its sources without links', () => {
  const data = [
    '### Data',
    '',
    'Our pipeline starts from RefinedWeb and CCNet, and adds books, math and code collected by us. We built a batch system to clean the data at scale over many weeks of work and kept improving it during the long and unpredictable training process of the models we release here.',
    '',
    '- **Pruning**: heuristic rules and model-based quality filtering remove low-quality web pages while keeping rare knowledge.',
    '- **Deduplication**: MinHash LSH removes near duplicates at document and string level.',
    '- **Privacy**: documents with personal information are removed.',
  ];

  it('counts under a heading that says it is the pre-training', () => {
    const text = lines('# M', '', '## 4. Pre-Training Details', '', ...data);
    expect(dataCard.check(file('README.md', text), ctx).sort((a, b) => b.strength - a.strength)[0]).toMatchObject({ outcome: 'evidence', code: 'data-section', line: 5 });
  });

  it('not in a section about something else, nor with a single processing step', () => {
    const other = lines('# M', '', '## Tools', '', ...data);
    expect(dataCard.check(file('README.md', other), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
    const thin = lines('# M', '', '## Pre-Training', '', ...data.slice(0, 3), '', 'We filter some pages with heuristic rules.');
    expect(dataCard.check(file('README.md', thin), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
  });
});

describe('a model release README that works as its card', () => {
  const intro = (body: string) =>
    lines('# M', '', '### 1. Introduction of M Coder', '', body, '', '### 2. Evaluation Results', '', '| Model | HumanEval | MBPP |', '|---|---|---|', '| M 1B | 34.8 | 46.2 |', '| M 33B | 56.1 | 66.0 |', '', '### 3. Data Creation and Model Training', '', '#### Model Training', '', 'Each model is pre-trained on a repository-level corpus with a window of 16K and an extra fill-in-the-blank task, then instruction-tuned on 2B tokens of instruction data.');

  it('an introduction that says what the released models are counts as their details', () => {
    const text = intro('M Coder is a series of code models, each trained from scratch on 2T tokens. We provide various sizes, from 1B to 33B: 1B, 5.7B, 6.7B and 33B.');
    expect(modelCard.check(file('README.md', text), ctx)[0]).toMatchObject({ outcome: 'evidence', code: 'card-sections' });
  });

  it("a framework's introduction (models up to some size can be trained with it) does not", () => {
    const text = intro('M Coder is a library to train code models of 1B to 1T parameters on thousands of GPUs, with 3D parallelism and fused kernels.');
    expect(modelCard.check(file('README.md', text), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
  });
});

describe('a chat fine-tuning script that builds its supervised examples (found on the validation set)', () => {
  const script = (withTrainer: boolean) =>
    lines(
      'from datasets import load_dataset',
      'import numpy as np',
      '',
      'def process_batch(batch, tokenizer, max_length):',
      '    out_ids, out_labels = [], []',
      '    for conv in batch["messages"]:',
      '        ids = tokenizer.apply_chat_template(conv, tokenize=True, return_dict=False)',
      '        labels = [t if keep else -100 for t, keep in zip(ids, mask_of(conv))]',
      '        out_ids.append(ids[:max_length])',
      '        out_labels.append(labels[:max_length])',
      '    return {"input_ids": out_ids, "labels": out_labels}',
      '',
      'def compute_metrics(pred):',
      '    return {"accuracy": float(np.mean(pred.predictions == pred.label_ids))}',
      '',
      'def main(args):',
      '    data = load_dataset("json", data_files=args.data)',
      '    train = data["train"].map(',
      '        process_batch,',
      '        batched=True,',
      '    )',
      ...(withTrainer ? ['    trainer = Seq2SeqTrainer(model=model, train_dataset=train, compute_metrics=compute_metrics)', '    trainer.train()'] : ['    print(compute_metrics(predict(model, train)))']),
    );

  it('counts as preprocessing: chat-template tokenization and label masking mapped over the data, metrics for the trainer notwithstanding', () => {
    const f = best('finetune/finetune.py', script(true));
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['training-dataset', 'tokenizes', 'masks-labels']));
    expect(f!.signals).not.toContain('scores-model');
  });

  it('a script that only scores a model keeps the metrics against it', () => {
    const f = best('finetune/finetune.py', script(false));
    expect(f?.outcome ?? 'none').not.toBe('evidence');
  });
});

describe('a README section headed "Potential Usecase"', () => {
  it('is the intended-use section of the card', () => {
    const text = lines(
      '# Tiny model',
      '## Model Details',
      'A 1B model trained on 3T tokens of public data over ninety days on sixteen GPUs with the same architecture and tokenizer as a larger model.',
      '## Potential Usecase',
      'Small models suit assisting speculative decoding of larger models, running on edge devices with little memory, and real-time dialogue generation.',
      '## Training',
      'Trained with a cosine schedule, a batch of 2M tokens and a peak learning rate of 4e-4 for three epochs over the corpus, checkpoints every few thousand steps.',
    );
    const found = modelCard.check(file('README.md', text), ctx);
    expect(found.find((f) => f.outcome === 'evidence')?.message).toContain('intended use');
  });
});

describe('a model card whose training-data line sends the reader to the paper (found on the validation set)', () => {
  const card = (paperLine: string) =>
    lines(
      '# Model Card for Vision Encoders',
      '## Model Details',
      paperLine,
      '## Training Details',
      '### Training Data',
      '- **Training data:** a curated image set of 142M images (see paper)',
      '- **Training regime:** mixed precision',
    );

  it('points at the paper the card names as its own', () => {
    const found = dataCard.check(file('MODEL_CARD.md', card('- **Paper:** https://arxiv.org/abs/2304.07193')), ctx);
    expect(found.find((f) => f.outcome === 'external')).toMatchObject({ code: 'paper-beside-data', url: 'https://arxiv.org/abs/2304.07193', line: 6 });
  });

  it('without a paper linked anywhere, points nowhere', () => {
    const found = dataCard.check(file('MODEL_CARD.md', card('- **Developed by:** a lab')), ctx);
    expect(found.some((f) => f.outcome === 'external')).toBe(false);
  });
});
