// Evidence scoring (issue 12): the detector kit's shared scoring, and the real-repository idioms the
// study corpus showed the conjunction rules missed. Texts are written here in the shape of those
// idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { hparamOf } from '../../src/scan/text/code.js';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { license } from '../../src/scan/detectors/license.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { EVIDENCE_SCORE, judgeSignals, PATH_LINE, score, WEAK_SCORE, type SignalTable } from '../../src/scan/kit.js';
import { parseMarkdown } from '../../src/scan/text/markdown.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

function best(d: Detector, path: string, text: string): Finding | undefined {
  return d.check(file(path, text), ctx).sort((a, b) => b.strength - a.strength)[0];
}

function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

describe('detector kit', () => {
  const TABLE = {
    reads: { label: 'reads', weight: 20 },
    writes: { label: 'writes', weight: 30 },
    named: { label: 'named for it', weight: 15 },
    inference: { label: 'serves one input', weight: -40 },
    processor: { label: 'an inference processor', weight: 0, veto: true },
  } as const satisfies SignalTable<string>;

  it('sums each distinct signal once and clamps to 0–100', () => {
    expect(score(TABLE, [{ id: 'reads', line: 3 }, { id: 'reads', line: 9 }, { id: 'writes', line: 5 }]).score).toBe(50);
    expect(score(TABLE, [{ id: 'inference', line: 2 }]).score).toBe(0);
    expect(score(TABLE, [{ id: 'reads', line: 2 }, { id: 'inference', line: 4 }]).score).toBe(0);
  });

  it('lists the positive signals heaviest first, each at its first line', () => {
    const s = score(TABLE, [{ id: 'reads', line: 9 }, { id: 'reads', line: 3 }, { id: 'writes', line: 5 }, { id: 'inference', line: 1 }]);
    expect(s.top).toEqual([{ id: 'writes', line: 5 }, { id: 'reads', line: 3 }]);
  });

  it('turns a score into evidence, weak or nothing at the shared thresholds', () => {
    const at = (seen: Parameters<typeof judgeSignals<keyof typeof TABLE>>[3]) => judgeSignals('preprocessing', 'p.py', TABLE, seen, { code: 'c', what: 'w' });
    const evidence = at([{ id: 'reads', line: 2 }, { id: 'writes', line: 4 }, { id: 'named', line: PATH_LINE }]);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({ outcome: 'evidence', strength: 65, line: 4, signals: ['writes', 'reads', 'named'] });
    expect(evidence[0]!.strength).toBeGreaterThanOrEqual(EVIDENCE_SCORE);
    // Content first in the message, what the path says last; path signals point at line 1.
    expect(evidence[0]!.message).toBe('w: writes (line 4), reads (line 2) and named for it');
    const weak = at([{ id: 'writes', line: 4 }, { id: 'named', line: PATH_LINE }]);
    expect(weak[0]).toMatchObject({ outcome: 'weak', strength: 45 });
    expect(weak[0]!.strength).toBeGreaterThanOrEqual(WEAK_SCORE);
    expect(at([{ id: 'reads', line: 2 }])).toEqual([]);
    expect(at([{ id: 'named', line: PATH_LINE }, { id: 'writes', line: PATH_LINE }])[0]!.line).toBe(1);
  });

  it('rejects a file with a veto signal whatever else it shows', () => {
    const got = judgeSignals('preprocessing', 'p.py', TABLE, [{ id: 'reads', line: 2 }, { id: 'writes', line: 3 }, { id: 'processor', line: 7 }], { code: 'c', what: 'w', vetoStrength: 30 });
    expect(got).toEqual([expect.objectContaining({ outcome: 'rejected', code: 'processor', line: 7, strength: 30, signals: ['processor'] })]);
  });
});

describe('preprocessing idioms the conjunctions missed', () => {
  it('tokenizes and writes through an indexed-dataset builder object', () => {
    const f = best(
      preprocessing,
      'tokenization/tokenize_corpus.py',
      lines(
        'import json',
        'from megatron.core.datasets import indexed_dataset',
        'builder = indexed_dataset.IndexedDatasetBuilder(out_prefix + ".bin")',
        'for line in open(path, "r"):',
        '    ids = tokenizer.encode(json.loads(line)["text"])',
        '    builder.add_document(ids, [len(ids)])',
        'builder.finalize(out_prefix + ".idx")',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence', code: 'data-processing' });
    expect(f!.signals).toEqual(expect.arrayContaining(['builder-writes', 'tokenizes', 'reads-raw']));
  });

  it('an on-the-fly audio dataset that filters by duration and resamples counts, an index-slicing dataset does not', () => {
    const onTheFly = best(
      preprocessing,
      'audiolib/data/audio_dataset.py',
      lines(
        'import torch',
        'from .audio import audio_read, convert_audio',
        'class AudioDataset:',
        '    def __init__(self, meta, min_duration=1.0):',
        '        self.meta = [m for m in meta if m.duration >= min_duration]',
        '        self.meta = filter_short(self.meta)',
        '    def __getitem__(self, i):',
        '        wav, sr = audio_read(self.meta[i].path)',
        '        return convert_audio(wav, sr, self.sample_rate, self.channels)',
      ),
    );
    expect(onTheFly).toMatchObject({ outcome: 'evidence' });
    expect(onTheFly!.signals).toEqual(expect.arrayContaining(['training-dataset', 'reads-media', 'converts-media']));
    const slicing = preprocessing.check(
      file('src/data/tokens.py', lines('import numpy as np', 'class TokenDataset(torch.utils.data.Dataset):', '    def __getitem__(self, i):', '        return self.data[i:i + self.block_size]')),
      ctx,
    );
    expect(slicing).toEqual([]);
  });

  it('mixes Hub datasets by weight and splits them before training', () => {
    const f = best(
      preprocessing,
      'src/recipes/data.py',
      lines(
        'from datasets import concatenate_datasets, load_dataset',
        'def mixture(cfg):',
        '    parts = []',
        '    for name, frac in cfg.dataset_mixer.items():',
        '        ds = load_dataset(name, split="train")',
        '        parts.append(ds.select(range(int(frac * len(ds)))))',
        '    return concatenate_datasets(parts).shuffle(seed=42).train_test_split(test_size=0.01)',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence', code: 'data-processing' });
    expect(f!.signals).toEqual(expect.arrayContaining(['mixes', 'reads-dataset']));
  });

  it('a fine-tuning script that formats, tokenizes and splits its data on the fly is a candidate and counts', () => {
    expect(preprocessing.rank?.('finetune.py')).toBeGreaterThan(0);
    const f = best(
      preprocessing,
      'finetune.py',
      lines(
        'from datasets import load_dataset',
        'def tokenize(prompt):',
        '    return tokenizer(prompt, truncation=True, max_length=cutoff_len)',
        'data = load_dataset("json", data_files=data_path)',
        'split = data["train"].train_test_split(test_size=val_set_size, shuffle=True, seed=42)',
        'train_data = split["train"].shuffle().map(generate_and_tokenize_prompt)',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence' });
  });

  it('prompting a model with seed tasks and writing the kept examples is synthetic-data generation', () => {
    const f = best(
      preprocessing,
      'generation/bootstrap_instructions.py',
      lines(
        'import json',
        'seed_tasks = [json.loads(l) for l in open("seed_tasks.jsonl", "r")]',
        'resp = client.chat.completions.create(model=engine, messages=build_prompt(seed_tasks))',
        'kept = [t for t in parse(resp) if rouge_filter(t, pool)]',
        'with open(out_path, "a") as f:',
        '    f.write(json.dumps(kept) + "\\n")',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toContain('synthesizes-data');
  });

  it('a supervised dataset class that reads conversations, tokenizes and masks the prompt out of the loss counts', () => {
    expect(preprocessing.rank?.('sft/fine-tune.py')).toBeGreaterThan(0);
    const f = best(
      preprocessing,
      'sft/fine-tune.py',
      lines(
        'import json',
        'from torch.utils.data import Dataset',
        'class ChatDataset(Dataset):',
        '    def __init__(self, path, tok, max_len):',
        '        self.rows = json.load(open(path))',
        '        self.tok, self.max_len = tok, max_len',
        '    def build(self, row):',
        '        ids, labels = [], []',
        '        for turn in row["turns"]:',
        '            t = self.tok.encode(turn["text"])',
        '            ids += t',
        '            labels += t if turn["role"] == "bot" else [IGNORE_INDEX] * len(t)',
        '        return ids[: self.max_len], labels[: self.max_len]',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['masks-labels', 'training-dataset', 'tokenizes', 'reads-raw']));
  });

  it('a loader that tokenizes through its own encode(), mixes sources by probability and shuffles counts; without the mixing it does not', () => {
    const body = (mix: boolean) =>
      lines(
        'import json',
        'def load(path, tok):',
        '    return [encode(json.loads(l), tokenizer=tok) for l in path.open()]',
        'def build(sources, probs, rng):',
        '    its = [iter(load(s.path, s.tok)) for s in sources]',
        ...(mix ? ['    return interleave_streams(its, probabilities=probs, rng=rng)'] : ['    return its']),
        'def epoch(rows, rng):',
        '    rng.shuffle(rows)',
      );
    const mixed = best(preprocessing, 'trainer/data/loader.py', body(true));
    expect(mixed).toMatchObject({ outcome: 'evidence' });
    expect(mixed!.signals).toEqual(expect.arrayContaining(['mixes', 'tokenizes']));
    expect(best(preprocessing, 'trainer/data/loader.py', body(false))?.outcome).not.toBe('evidence');
  });

  it('splitting a metadata table into numbered parquet shards counts', () => {
    const f = best(
      preprocessing,
      'tools/meta/shard.py',
      lines(
        'import pandas as pd',
        'def split(input_path, k, out_dir):',
        '    df = pd.read_parquet(input_path)',
        '    rows_per_shard = (len(df) + k - 1) // k',
        '    for i in range(k):',
        '        shard_df = df.iloc[i * rows_per_shard:(i + 1) * rows_per_shard]',
        '        shard_df.to_parquet(f"{out_dir}/{i:05d}.parquet", index=False)',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['shards', 'writes-records', 'reads-raw']));
  });
});

describe('training idioms outside the usual calls', () => {
  it.each([
    ['a fairseq-style loop calling trainer.train_step', 'lib/cli/train.py', 'for samples in progress:\n    log_output = trainer.train_step(samples)\n'],
    ['a JAX module defining train_step', 'model/steps.py', 'import jax\n\n@jax.jit\ndef train_step(state, batch):\n    grads = jax.grad(loss_fn)(state.params, batch)\n    return state.apply_gradients(grads=grads)\n'],
    ['a dora entry point running a solver', 'audiolib/train.py', 'def main(cfg):\n    solver = get_solver(cfg)\n    return solver.run()\n'],
  ])('%s', (_name, path, text) => {
    expect(best(training, path, text)).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
  });
});

describe('config in the shapes real recipes use', () => {
  it('stage-prefixed training settings name the hyperparameter, stage-prefixed architecture does not', () => {
    expect(hparamOf('align_learning_rate')?.label).toBe('learning rate');
    expect(hparamOf('finetune_global_batch_size')?.label).toBe('batch size');
    expect(hparamOf('stage2_warmup_ratio')?.label).toBe('warmup');
    expect(hparamOf('align_hidden_size')).toBeUndefined();
  });

  it('a dataclass of per-stage settings under conf/ is a config', () => {
    const f = best(
      config,
      'vlm/conf/models.py',
      lines(
        'class Reproduction7B(ModelConfig):',
        '    align_epochs: int = 1',
        '    align_global_batch_size: int = 256',
        '    align_learning_rate: float = 1e-3',
        '    align_lr_scheduler_type: str = "linear-warmup+cosine-decay"',
        '    finetune_learning_rate: float = 2e-5',
      ),
    );
    expect(f).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });

  it('training scripts are read last for their argument defaults; other modules are not config candidates', () => {
    const script = config.rank?.('finetune.py');
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(config.rank?.('configs/finetune.yaml') ?? 0);
    expect(script).toBeLessThan(config.rank?.('train_config.py') ?? 0);
    expect(config.rank?.('scripts/run_pretrain.py')).toBeGreaterThan(0);
    expect(config.rank?.('lib/modeling.py')).toBeUndefined();
  });
});

describe('data cards in the places releases keep them', () => {
  it('a "Training datasets" section that links its sources and says they were licensed', () => {
    const text = lines(
      '# Music model card',
      '',
      '## Evaluation datasets',
      '',
      'The model was evaluated on the [BenchSet](https://example.org/benchset) benchmark.',
      '',
      '## Training datasets',
      '',
      'The model was trained on licensed data using the following sources: the [First Collection](https://example.org/a), the',
      '[Second Library](https://example.org/b) and the [Third Archive](https://example.org/c). See the paper for more about the set.',
    );
    const f = best(dataCard, 'model_cards/MUSIC_MODEL_CARD.md', text);
    expect(f).toMatchObject({ outcome: 'evidence', code: 'data-section', line: 7 });
  });

  it('an evaluation-data section is not a data card', () => {
    const text = lines('# Card', '', '## Evaluation datasets', '', 'We evaluate on [A](https://example.org/a), [B](https://example.org/b) and [C](https://example.org/c): 10k samples each, filtered for length.');
    expect(dataCard.check(file('MODEL_CARD.md', text), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
  });

  it('a paragraph that says what the released model was trained on, with sources and size', () => {
    const text = lines(
      '# Tiny LM',
      '',
      '## Pretrained models',
      '',
      'Tiny LM 1B is a model trained on a 1.6T token dataset which consists of a mix of RedPajama, The Pile, S2ORC and RealNews.',
    );
    expect(best(dataCard, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'data-paragraph', line: 5 });
    // Naming one corpus in passing is not enough.
    expect(dataCard.check(file('README.md', lines('# X', '', 'X was trained on 2T tokens of RedPajama.')), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
  });

  it('a named data card that only points to a paper is external, not an invalid card', () => {
    const text = lines('# Data card', '', 'The data card for this model is Appendix C of [the paper](https://arxiv.org/abs/2205.01068).');
    expect(best(dataCard, 'projects/M/data_card.md', text)).toMatchObject({ outcome: 'external', code: 'paper-data-card', url: 'https://arxiv.org/abs/2205.01068' });
  });
});

describe('eval results published with the release elsewhere', () => {
  it.each([
    ['a results page in a sibling repository', '# M\n\n[Metrics](https://github.com/org/analysis/blob/main/README.md#list-of-analysis-and-metrics)\n', 'external-results'],
    ['the own technical report in an HTML link bar, with an evaluation section', '# M\n\n<a href="https://arxiv.org/abs/2310.16944">Technical Report</a>\n\n## Evaluation\n\nSee the evaluation folder.\n', 'paper-results'],
    ['the model card on the Hub, where the README speaks of benchmarks', '# M\n\nWeights: https://huggingface.co/org/model-7b\n\nWe report benchmark results on the model page.\n', 'model-card-results'],
  ])('%s', (_name, text, code) => {
    expect(best(evalResults, 'README.md', text)).toMatchObject({ outcome: 'external', code });
  });

  it('a README that never speaks of evaluating and links no results page has no external results', () => {
    expect(evalResults.check(file('README.md', '# M\n\nDownload: https://huggingface.co/org/model-7b\n'), ctx)).toEqual([]);
  });

  it('file downloads on the Hub are not model cards', () => {
    expect(evalResults.check(file('README.md', '# M\n\nBenchmark data: https://huggingface.co/org/misc/resolve/main/data.jsonl.xz\n'), ctx)).toEqual([]);
  });
});

describe('Markdown parsing', () => {
  it('a backtick "fence" with backticks in its info string is inline code, not a code block', () => {
    const doc = parseMarkdown('# T\n\n```pip install x```\n\nTrained on [A](https://example.org/a).\n');
    expect(doc.code.slice(0, 5)).toEqual([false, false, false, false, false]);
    expect(doc.links.map((l) => l.line)).toEqual([5]);
  });
});

describe('one rule for held-out loss and perplexity', () => {
  const card = lines(
    '# m',
    '',
    '## Training results',
    '',
    '| Training Loss | Epoch | Step | Validation Loss |',
    '|:-:|:-:|:-:|:-:|',
    '| 2.1 | 1.0 | 500 | 1.95 |',
    '| 1.8 | 2.0 | 1000 | 1.82 |',
    '',
    '## Released checkpoints',
    '',
    '| Checkpoint | Validation perplexity |',
    '|---|---|',
    '| step-100k | 12.4 |',
    '| step-200k | 10.9 |',
    '',
    '## Throughput',
    '',
    '| GPUs | Tokens/s | Training loss |',
    '|---|---|---|',
    '| 8 | 12000 | 2.3 |',
    '| 16 | 24000 | 2.2 |',
  );

  it("a Trainer card's validation-loss table and a checkpoint perplexity table are held-out results; a training-loss column is not", () => {
    const found = evalResults.check(file('README.md', card), ctx);
    expect(found.map((f) => [f.outcome, f.code, f.line])).toEqual([
      ['evidence', 'heldout-loss', 5],
      ['evidence', 'heldout-loss', 12],
    ]);
    expect(found[0]!.message).toMatch(/^table of held-out loss\/perplexity under 'Training results'/);
  });

  it('eval_results.json holding only eval_loss is named the same way', () => {
    const f = best(evalResults, 'eval_results.json', '{"epoch": 3.0, "eval_loss": 1.92, "eval_runtime": 12.3}\n');
    expect(f).toMatchObject({ outcome: 'evidence', code: 'heldout-loss', message: 'JSON with held-out loss/perplexity (eval_loss)' });
  });
});

describe('license files that only point elsewhere', () => {
  it('are external evidence with the address, not an unrecognised license', () => {
    const f = best(license, 'LICENSE', 'Please refer to license: https://example.org/org/models/blob/main/LICENSE\n');
    expect(f).toMatchObject({ outcome: 'external', code: 'license-pointer', url: 'https://example.org/org/models/blob/main/LICENSE' });
  });
});

describe('the "not fully judged" advice works when followed', () => {
  it('a read cap that stopped the scan: pointing artifacts.<id>.paths at the file judges it', async () => {
    const { scan } = await import('../../src/scan/index.js');
    const { evaluate } = await import('../../src/evaluate/index.js');
    const { builtinPolicy } = await import('../../src/policy/presets.js');
    const { DETECTORS } = await import('../../src/scan/detectors/index.js');
    const { scanOptions } = await import('../../src/app/gate.js');
    const { tempDir, writeTree } = await import('../helpers/scan.js');
    const root = tempDir('og-cap-');
    // Training-named decoys rank before the real loop, kept in a folder named for neither.
    writeTree(root, {
      'train_utils.py': 'def helper():\n    return 1\n',
      'train_args.py': 'LR = 3e-4\n',
      'lab/loop.py': 'for batch in data:\n    loss = model(batch)\n    loss.backward()\n    optimizer.step()\n',
    });
    const judge = async (policy: ReturnType<typeof builtinPolicy>) => {
      const scanned = await scan({ ...scanOptions(root, policy), limits: { detectorFiles: 1 } });
      return evaluate({ scan: scanned, policy, detectors: DETECTORS, root, toolVersion: 't', now: new Date('2026-01-01') }).artifacts.find((a) => a.id === 'training')!;
    };
    const policy = builtinPolicy();
    const before = await judge(policy);
    expect(before.status).toBe('missing');
    const advice = before.problems.find((p) => p.code === 'not-fully-judged');
    expect(advice?.message).toMatch(/point artifacts\.training\.paths at the files$/);
    const named = { ...policy, artifacts: { ...policy.artifacts, training: { ...policy.artifacts.training!, paths: ['lab/**/*.py'] } } };
    expect((await judge(named)).status).toBe('present');
  });
});
