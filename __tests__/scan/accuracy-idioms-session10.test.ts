// Rules from the calibration of batches 1-105 and the first measure of blind batches 106-109, each
// with the look-alike that must stay as it was. Texts are written here in the shape of those idioms,
// not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { config } from '../../src/scan/detectors/config.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, lines, strongest } from '../helpers/detector.js';

describe('a dataset class that transforms its samples on the fly', () => {
  // Reads the records and tokenizes them as the loop asks; writes nothing: the training loop takes them.
  const loader = lines(
    'import json',
    'from torch.utils.data import Dataset',
    '',
    'class SupervisedDataset(Dataset):',
    '    def __init__(self, data_path, tokenizer, max_len):',
    '        with open(data_path) as f:',
    '            self.records = [json.loads(line) for line in f]',
    '        self.tokenizer = tokenizer',
    '',
    '    def __getitem__(self, i):',
    '        ids = self.tokenizer(self.records[i]["text"], truncation=True, max_length=512).input_ids',
    '        return dict(input_ids=ids)',
  );

  it('is weak on its own, marked as evidence beside training code in the tree', () => {
    const got = strongest(preprocessing, 'src/data/dataset.py', loader);
    expect(got).toMatchObject({ outcome: 'weak', code: 'no-output', evidenceWith: { artifact: 'training', code: 'feeds-training' } });
  });

  it('a script that writes the shards stays evidence of its own', () => {
    const script = lines(
      'import json',
      'import numpy as np',
      'from transformers import AutoTokenizer',
      '',
      'tok = AutoTokenizer.from_pretrained("gpt2")',
      'out = []',
      'for line in open("raw/corpus.jsonl"):',
      '    out.extend(tok(json.loads(line)["text"]).input_ids)',
      'np.array(out, dtype=np.uint16).tofile("data/train.bin")',
    );
    const got = strongest(preprocessing, 'scripts/prepare.py', script);
    expect(got?.outcome).toBe('evidence');
    expect(got?.evidenceWith).toBeUndefined();
  });

  it('an inference processor is still rejected, not made conditional', () => {
    const processor = lines(
      'from transformers import ProcessorMixin',
      'class MyProcessor(ProcessorMixin):',
      '    def __call__(self, images, text):',
      '        return self.image_processor(images)',
    );
    expect(strongest(preprocessing, 'src/processing_my.py', processor)?.outcome).toBe('rejected');
  });
});

describe('DINOv2 checked out inside a depth or stereo release', () => {
  const loop = { artifact: 'training', path: 'dinov2/dinov2/train/train.py', line: 254, outcome: 'evidence', strength: 85, code: 'training-loop', message: 'backward pass' } as Finding;
  const judged = (path: string) => (ownOrCopied([{ ...loop, path }], path, 'training', context([path])) as Finding[])[0]?.outcome;

  it("the repository copied whole at the root (`dinov2/dinov2/`), or fetched by torch.hub, trains DINOv2, not the release", () => {
    for (const path of ['dinov2/dinov2/train/train.py', 'torchhub/facebookresearch_dinov2_main/dinov2/train/train.py', 'src/backbones/dinov2/train/train.py']) {
      expect(judged(path), path).toBe('weak');
    }
  });

  it("DINOv2's own repository, its package at the root, is its own code", () => {
    expect(judged('dinov2/train/train.py')).toBe('evidence');
  });
});

describe('gradient descent on the inputs at inference', () => {
  const refine = (optimizer: string) =>
    lines(
      'import torch',
      'from torch import nn',
      '',
      'class StructurePredictor(nn.Module):',
      '    def refine(self, coords, steps=80):',
      '        coords = nn.Parameter(coords.detach())',
      `        optimizer = ${optimizer}`,
      '        for _ in range(steps):',
      '            optimizer.zero_grad()',
      '            loss = self.clash_loss(coords)',
      '            loss.backward()',
      '            optimizer.step()',
      '        return coords',
    );

  it("a model refining its predicted coordinates trains nothing: its optimizer holds the coordinates", () => {
    const got = strongest(training, 'predictor/model.py', refine('torch.optim.Adam([coords], lr=2e-2)'));
    expect(got?.outcome === 'evidence').toBe(false);
  });

  it('also when the signature runs over several lines', () => {
    const text = refine('torch.optim.Adam([coords], lr=2e-2)').replace('    def refine(self, coords, steps=80):', '    def refine(\n        self,\n        coords,\n        steps: int = 80,\n    ):');
    expect(text).toContain('    ):');
    expect(strongest(training, 'predictor/model.py', text)?.outcome === 'evidence').toBe(false);
  });

  it("the same loop over the model's parameters is training", () => {
    expect(strongest(training, 'predictor/model.py', refine('torch.optim.Adam(self.parameters(), lr=2e-2)'))?.outcome).toBe('evidence');
    expect(strongest(training, 'predictor/model.py', refine("torch.optim.Adam([{'params': self.head.parameters()}], lr=2e-2)"))?.outcome).toBe('evidence');
  });
});

describe('a TensorFlow 1 model that builds its train op with minimize() and runs it in a session', () => {
  const tf1 = (update: string) =>
    lines(
      'import tensorflow as tf',
      '',
      'class GraphModel(object):',
      '    def __init__(self, args):',
      '        self.lr = args.lr',
      '        self.loss = self.create_bpr_loss()',
      `        ${update}`,
      '',
      'if __name__ == "__main__":',
      '    model = GraphModel(args)',
      '    sess = tf.Session()',
      '    for epoch in range(args.epoch):',
      '        _, batch_loss = sess.run([model.opt, model.loss], feed_dict=feed)',
    );

  it('is a training loop', () => {
    expect(strongest(training, 'GraphModel.py', tf1('self.opt = tf.train.AdamOptimizer(learning_rate=self.lr).minimize(self.loss)'))?.outcome).toBe('evidence');
  });

  it('scipy minimising a loss function fits nothing in a session', () => {
    const scipy = lines('from scipy import optimize', 'res = optimize.minimize(loss, x0, method="L-BFGS-B")', 'print(res.x)');
    expect(strongest(training, 'fit.py', scipy)?.outcome === 'evidence').toBe(false);
  });
});

describe('code kept as an old copy beside the live code', () => {
  const loop = { artifact: 'training', path: 'AgentBench.old/src/tasks/webshop/baseline_models/train_choice_il.py', line: 533, outcome: 'evidence', strength: 85, code: 'training-loop', message: 'backward pass' } as Finding;
  const judged = (path: string) => (ownOrCopied([{ ...loop, path }], path, 'training', context([path])) as Finding[])[0];

  it('its training loops and data scripts are not what the release runs', () => {
    for (const path of [loop.path, 'src_deprecated/train.py', 'scripts.bak/prepare.py']) {
      expect(judged(path)?.outcome, path).toBe('weak');
    }
    expect(judged(loop.path)?.message).toContain('AgentBench.old/');
  });

  it('a folder whose name only contains those words is the release’s own', () => {
    for (const path of ['old_models/train.py', 'holdout/train.py', 'bold/train.py', 'training/train.py']) expect(judged(path)?.outcome, path).toBe('evidence');
  });
});

describe('training code inside an evaluation folder', () => {
  it("trains what the evaluation needs (a baseline agent, a probe), not the release", () => {
    for (const path of ['eval_heldout/science-world/fast_agent/ds_train.py', 'eval/segmentation/train.py', 'evaluation/probe/train_linear.py']) {
      expect(training.rank!(path), path).toBeUndefined();
    }
  });

  it("the release's own training folders are read", () => {
    for (const path of ['train/sft.py', 'dinov3/train/train.py', 'retrieval/train.py']) expect(training.rank!(path), path).toBeDefined();
  });
});

describe('run settings in gflags flagfiles and configargparse files', () => {
  const flagfile = lines('# paths to fill in', '--arch=am_arch/am_tds_ctc.arch', '--batchsize=4', '--lr=0.3', '--momentum=0.5', '--maxgradnorm=1', '--criterion=ctc', '--lr_decay=10000', '--iter=500');
  const argparse = lines('expname = fern_test', 'datadir = ./data/nerf_llff_data/fern', 'dataset_type = llff', 'N_rand = 4096', 'lrate = 5e-4', 'lrate_decay = 250', 'N_iters = 200000', 'N_samples = 64', 'N_importance = 128', 'use_viewdirs = True');

  it("a recipe's flagfile and a paper config file are read for the run's settings", () => {
    for (const [path, text] of [['recipes/librispeech/train_am_tds_ctc.cfg', flagfile], ['paper_configs/llff_config.txt', argparse]] as const) {
      expect(config.rank!(path), path).toBeDefined();
      expect(strongest(config, path, text), path).toMatchObject({ outcome: 'evidence' });
    }
  });

  it('tool settings and word lists are not', () => {
    for (const path of ['.isort.cfg', 'setup.cfg', 'CPPLINT.cfg', 'configs/117M/merges.txt', 'config/bert/bert_vocab.txt', 'configs/label_map_k400.txt', 'config/requirements.txt']) {
      expect(config.rank!(path), path).toBeUndefined();
    }
  });
});
