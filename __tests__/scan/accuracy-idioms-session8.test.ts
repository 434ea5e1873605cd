// Idioms found by reading the pooled disagreements of batches 1-93, each with the look-alike that must
// stay as it was. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { documentedConfig } from '../../src/scan/config-docs.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, file, lines, strongest } from '../helpers/detector.js';

describe("a release's paper as where its training setup is published", () => {
  it('holds only beside the training it describes: the finding says so for evaluation to settle', () => {
    const readme = lines('# Shapes', '', 'Code and weights for [our paper](https://arxiv.org/abs/2301.00001).', '', '## Download the model weights', '', 'python download.py --checkpoint base');
    const got = documentedConfig(file('README.md', readme), context());
    expect(got).toEqual([expect.objectContaining({ outcome: 'external', code: 'paper-setup', onlyWith: 'training', url: 'https://arxiv.org/abs/2301.00001' })]);
  });
});

describe("NVIDIA's SE(3)-Transformer copied into a protein model", () => {
  const loop = { artifact: 'training', path: 'env/SE3Transformer/se3_transformer/runtime/training.py', line: 97, outcome: 'evidence', strength: 85, code: 'training-loop', message: 'backward pass' } as Finding;

  it("its QM9 training example is that library's, not the release's", () => {
    const tree = context([loop.path, 'README.md']);
    expect((ownOrCopied([loop], loop.path, 'training', tree) as Finding[])[0]).toMatchObject({ outcome: 'weak', message: expect.stringContaining('env/SE3Transformer/') });
    // At the root, `SE3Transformer/` is that project's own code.
    const own = { ...loop, path: 'SE3Transformer/se3_transformer/runtime/training.py' };
    expect((ownOrCopied([own], own.path, 'training', context([own.path])) as Finding[])[0]?.outcome).toBe('evidence');
  });

  it("Ultralytics' and EfficientViT's trainers inside a segmentation release are theirs; EfficientViT's own package is its own", () => {
    for (const path of ['MobileSAMv2/ultralytics/vit/rtdetr/train.py', 'MobileSAMv2/efficientvit/apps/trainer/run_config.py']) {
      const f = { ...loop, path };
      expect((ownOrCopied([f], path, 'training', context([path])) as Finding[])[0]?.outcome, path).toBe('weak');
    }
    const own = { ...loop, path: 'efficientvit/models/efficientvit/train.py' };
    expect((ownOrCopied([own], own.path, 'training', context([own.path])) as Finding[])[0]?.outcome).toBe('evidence');
  });
});

describe('what a training loop calls is not the loop', () => {
  it("an optimizer wrapper's own step and backward, and an autograd Function's backward, are machinery", () => {
    const wrapper = lines(
      'import torch',
      '',
      'class HalfPrecisionOptimizer:',
      '    def __init__(self, optimizer):',
      '        self.optimizer = optimizer',
      '',
      '    def backward(self, loss):',
      '        scaled = loss * self.scale',
      '        scaled.backward()',
      '',
      '    def step(self):',
      '        self.optimizer.step()',
      '',
      'class Recompute(torch.autograd.Function):',
      '    @staticmethod',
      '    def backward(ctx, *grads):',
      '        torch.autograd.backward(ctx.outputs, grads)',
    );
    expect(strongest(training, 'fp16/half_optimizer.py', wrapper)?.outcome).not.toBe('evidence');
  });

  it('nor is a pose fitted at inference through the closure an L-BFGS optimizer calls', () => {
    const fit = lines(
      'import torch',
      '',
      'def refine(xyz):',
      '    with torch.enable_grad():',
      '        t = torch.zeros(3).requires_grad_(True)',
      '        lbfgs = torch.optim.LBFGS([t], max_iter=4)',
      '        def closure():',
      '            lbfgs.zero_grad()',
      '            loss = ((xyz + t) ** 2).sum()',
      '            loss.backward()',
      '            return loss',
      '        lbfgs.step(closure)',
      '    return xyz + t.detach()',
    );
    expect(strongest(training, 'model/track.py', fit)?.outcome).not.toBe('evidence');
  });

  it('a loop that calls them still trains', () => {
    const loop = lines(
      'def train(model, loader, optimizer):',
      '    for batch in loader:',
      '        loss = model(batch)',
      '        optimizer.backward(loss)',
      '        optimizer.step()',
      '',
      '    def closure():',
      '        optimizer.zero_grad()',
      '        loss = model(batch)',
      '        loss.backward()',
      '        return loss',
      '    optimizer.step(closure)',
    );
    expect(strongest(training, 'train.py', loop)?.outcome).toBe('evidence');
    expect(strongest(training, 'train.py', loop.split('\n').slice(6).join('\n'))?.outcome).toBe('evidence');
  });
});

describe('a sentence that says where the preprocessing tools of the training are published', () => {
  const external = (text: string) => preprocessing.check(file('README.md', text), context()).filter((f) => f.outcome === 'external');
  const readme = (line: string) => lines('# FinnishLM', '', '## Text preprocessing tools', '', line, '', '## Usage', '', 'pip install finnishlm');

  it('"the tools used for preprocessing text for training are available in https://github.com/…" is external', () => {
    const got = external(readme('The tools used for preprocessing text for FinnishLM training are available in the repository https://github.com/org/deep-tools .'));
    expect(got[0]).toMatchObject({ code: 'pipeline-repository', url: 'https://github.com/org/deep-tools', line: 5 });
  });

  it("a library named beside preprocessing, or tools for the user's own data, are not", () => {
    expect(external(readme('For preprocessing we use [spaCy](https://github.com/explosion/spaCy).'))).toEqual([]);
    expect(external(readme('Tools for preprocessing your own text are available in https://github.com/org/deep-tools .'))).toEqual([]);
  });
});

describe('a Hub collection linked from an evaluation section', () => {
  const section = (link: string) =>
    lines('# Encoders', '', '## Evaluation', '', 'python experiments/eval.py --model org/encoder-8b --task STS16', '', `The evaluation script supports all the models available in the ${link}.`, '', '## Citation');
  it('lists models: it is not where their scores are published', () => {
    const got = evalResults.check(file('README.md', section('[collection](https://huggingface.co/collections/org/encoders-660e14f5)')), context());
    expect(got.filter((f) => f.outcome === 'external')).toEqual([]);
  });
  it("a model's page there, in the same words, still is", () => {
    const got = evalResults.check(file('README.md', section('[model card](https://huggingface.co/org/encoder-8b)')), context());
    expect(got.filter((f) => f.outcome === 'external')[0]).toMatchObject({ url: 'https://huggingface.co/org/encoder-8b' });
  });
});

describe("a tracker's results table", () => {
  it('MOTA, IDF1 and HOTA per benchmark are scores; the same table of counts and speed alone is not', () => {
    const table = (header: string, row: string) => lines('# Tracker', '', '## Tracking performance', '', '### Results on the challenge test set', `| Dataset | ${header} |`, `|---|${header.split('|').map(() => '---').join('|')}|`, `| MOT17 | ${row} |`, `| MOT20 | ${row} |`);
    expect(strongest(evalResults, 'README.md', table('MOTA | IDF1 | HOTA | FPS', '80.3 | 77.3 | 63.1 | 29.6'))).toMatchObject({ outcome: 'evidence' });
    expect(strongest(evalResults, 'README.md', table('IDs | FPS', '2196 | 29.6'))?.outcome).not.toBe('evidence');
  });
});

describe("a preparation script of another repository, linked where the training sets are listed", () => {
  const external = (text: string) => preprocessing.check(file('README.md', text), context()).filter((f) => f.outcome === 'external');
  const readme = (line: string) => lines('# Video restoration', '', '## Datasets', '', 'The training and testing sets are as follows.', line, '', '## Usage', '', 'python main_test.py');
  const script = 'https://github.com/org/toolbox/tree/master/scripts/data_preparation/create_lmdb.py';

  it('the script, by the folder that holds it, is where the preprocessing code is published', () => {
    expect(external(readme(`For better I/O speed, use [create_lmdb.py](${script}) to convert the .png datasets to .lmdb.`))[0]).toMatchObject({ code: 'pipeline-repository', url: script, line: 6 });
  });

  it("another file of that repository, or the same script for evaluation data or the user's own, is not", () => {
    expect(external(readme('The training code is at [toolbox](https://github.com/org/toolbox/blob/master/docs/README_restore.md).'))).toEqual([]);
    expect(external(readme(`Use [create_lmdb.py](${script}) to convert the evaluation sets.`))).toEqual([]);
    expect(external(readme(`Use [create_lmdb.py](${script}) to convert your own data.`))).toEqual([]);
  });
});

describe('a pretraining guide naming the public corpora the model was trained on', () => {
  const guide = (sentence: string) =>
    lines(
      '# Pretraining the model',
      '',
      '## Dataset preparation',
      '',
      `The model was pretrained on public datasets. ${sentence}`,
      '',
      '> Please accept the license of each individual dataset before using it.',
      '',
      'Process each dataset as in the snippet below; we used the same structure during our experiments.',
    );

  it('three or more well-known corpora named as the training data make a data section, unlinked', () => {
    const text = guide('Specifically, our pre-training dataset contains RefinedWeb, a subset of RedPajama and a subset of Dolma v1.6.');
    expect(strongest(dataCard, 'projects/lm/README-pretraining.md', text)).toMatchObject({ outcome: 'evidence', code: 'data-section', line: 3 });
  });

  it('two corpora, or corpora named for evaluation or as examples, do not', () => {
    expect(strongest(dataCard, 'projects/lm/README-pretraining.md', guide('Specifically, our pre-training dataset contains RefinedWeb and Dolma v1.6.'))?.outcome).not.toBe('evidence');
    expect(strongest(dataCard, 'projects/lm/README-pretraining.md', guide('We evaluate on C4, The Pile and RedPajama validation splits.'))?.outcome).not.toBe('evidence');
    // Trained (not pretrained) on benchmark datasets named bare: the labels read that as no data card.
    const bench = lines('# Diffusion GAN', '', '## Set up datasets', '', 'We trained on several datasets, including CIFAR10, LSUN Church Outdoor 256 and CelebA HQ 256. For large datasets, we store the data in LMDB datasets for I/O efficiency, as described in the preparation guide of the earlier project.');
    expect(strongest(dataCard, 'README.md', bench)?.outcome).not.toBe('evidence');
  });
});
