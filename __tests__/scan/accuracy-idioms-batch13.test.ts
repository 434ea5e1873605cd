// Idioms that validation batches 11 to 14 (study/validation-11 … -14, each labelled before the gate
// ran) showed the detectors missed. Each comes with the look-alike that must stay as it was. Texts are
// written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { license } from '../../src/scan/detectors/license.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file, lines, strongest } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

const best = (detector: Detector, path: string, text: string): Finding | undefined => strongest(detector, path, text, ctx);

describe('a method named entry point (`main_<method>.py`)', () => {
  const loop = lines(
    'import torch',
    '',
    'def train_one_epoch(student, teacher, loss_fn, data_loader, optimizer, epoch):',
    '    for it, (images, _) in enumerate(data_loader):',
    '        loss = loss_fn(student(images), teacher(images), epoch)',
    '        optimizer.zero_grad()',
    '        loss.backward()',
    '        optimizer.step()',
  );

  it('at the root or one folder down is a training candidate, and its loop trains', () => {
    const picked = [...(selectCandidates(['main_selfsup.py', 'src/main_pretrain.py', 'eval_linear.py', 'utils.py'], [training]).get('training') ?? [])];
    expect(picked).toEqual(expect.arrayContaining(['main_selfsup.py', 'src/main_pretrain.py']));
    expect(picked).not.toContain('utils.py');
    expect(best(training, 'main_selfsup.py', loop)).toMatchObject({ outcome: 'evidence', path: 'main_selfsup.py' });
  });

  it('evaluation and demo entry points of that shape, and deep copies inside a vendored library, are not candidates', () => {
    const picked = [...(selectCandidates(['main_eval.py', 'main_linear_eval.py', 'main_demo.py', 'apex/examples/imagenet/main_amp.py'], [training]).get('training') ?? [])];
    expect(picked).toEqual([]);
  });
});

describe('results tables read by their metric names and headings', () => {
  const zoo = (metric: string) =>
    lines(
      '### Pretrained model',
      '',
      '<table>',
      '  <tr><th>epochs</th><th>batch size</th>' + metric + '<th>download</th></tr>',
      '  <tr><td>1000</td><td>2048</td><td>73.4%</td><td>91.2%</td><td><a href="https://example.org/resnet50.pth">ResNet-50</a></td></tr>',
      '</table>',
    );

  it('acc1/acc5 columns are top-1/top-5 accuracy: the checkpoint table holds scores', () => {
    expect(best(evalResults, 'README.md', zoo('<th>acc1</th><th>acc5</th>'))).toMatchObject({ outcome: 'evidence', line: 3 });
  });

  it('the same table with columns that name no metric holds none', () => {
    expect(best(evalResults, 'README.md', zoo('<th>width</th><th>depth</th>'))?.outcome).not.toBe('evidence');
  });

  const probe = (heading: string, column = 'accuracy (16x4x3)') =>
    lines(
      '## Model zoo',
      '',
      `#### ${heading}`,
      '',
      `| model | resolution | ${column} | download |`,
      '|---|---|---|---|',
      '| ViT-L/16 | 224x224 | 80.3 | [probe](https://example.org/l.pth) |',
      '| ViT-H/16 | 224x224 | 81.7 | [probe](https://example.org/h.pth) |',
      '| ViT-H/16 | 384x384 | 81.5 | [probe](https://example.org/h384.pth) |',
    );

  it('a table of one accuracy column under a heading that names the benchmark ("K400 attentive probes") holds scores', () => {
    expect(best(evalResults, 'README.md', probe('K400 attentive probes'))).toMatchObject({ outcome: 'evidence', line: 5 });
  });

  // Since batches 78-82 a column headed by a measure of its own (accuracy, BLEU, mAP) is read as results
  // under any heading; a generic heading word is not.
  it('under a heading that names no benchmark, a column named only "score" is not read as results', () => {
    expect(best(evalResults, 'README.md', probe('Attentive probes'))).toMatchObject({ outcome: 'evidence', line: 5 });
    expect(best(evalResults, 'README.md', probe('Attentive probes', 'score'))?.outcome).not.toBe('evidence');
  });
});

describe("a package's training guide (`<pkg>/train/README.md`)", () => {
  const guide = lines(
    '# Model training',
    '',
    '## Data',
    'Shards are loaded with [WebDataset](https://github.com/webdataset/webdataset).',
    '',
    '### Web pairs',
    '[WebPairs-2B](https://arxiv.org/abs/2210.00001) holds 2B scraped image-text pairs, downloaded with [img2dataset](https://github.com/rom1504/img2dataset).',
    '',
    '### Interleaved documents',
    'We train on the full [Interleaved-C4](https://github.com/org/interleaved-c4) release: 100M documents, truncated to 256 tokens and six images each.',
  );

  it('its data section is the release\'s own data card', () => {
    expect(best(dataCard, 'vlm_pkg/train/README.md', guide)).toMatchObject({ outcome: 'evidence', line: 3 });
  });

  it('the same section in a README deeper in the package stays a hint to name it in the policy', () => {
    expect(best(dataCard, 'vlm_pkg/contrib/loaders/README.md', guide)?.outcome).not.toBe('evidence');
  });
});

describe('the training steps of the top README download a public dataset', () => {
  const readme = (heading: string, sub: string) =>
    lines(
      '# Self-supervised vision models',
      '',
      'Code and pretrained weights for the paper.',
      '',
      `## ${heading}`,
      '',
      `### ${sub}`,
      'Please install [PyTorch](https://pytorch.org/) and download the [ImageNet](https://image-net.org/) dataset.',
      '',
      '```',
      'python -m torch.distributed.launch main_selfsup.py --data_path /path/to/imagenet/train',
      '```',
    );

  it('"## Training › Documentation: install [PyTorch] and download the [ImageNet] dataset" points to the dataset, not the tool', () => {
    const f = dataCard.check(file('README.md', readme('Training', 'Documentation')), ctx).find((x) => x.outcome === 'external');
    expect(f).toMatchObject({ code: 'public-dataset', url: 'https://image-net.org/', line: 8 });
  });

  it('a quick start that trains a toy model on stand-in data, and an evaluation section, do not', () => {
    for (const [heading, sub] of [
      ['Quickstart: pre-train a small model', 'Setup'],
      ['Evaluation', 'Setup'],
    ] as const) {
      expect(dataCard.check(file('README.md', readme(heading, sub)), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
    }
  });
});

describe('a runner that owns the epoch loop', () => {
  const entry = (last: string) =>
    lines(
      'import argparse',
      'from vlm.common.config import Config',
      'from vlm.common.registry import registry',
      '',
      'def main():',
      '    cfg = Config(parse_args())',
      '    task = tasks.setup_task(cfg)',
      '    datasets = task.build_datasets(cfg)',
      '    model = task.build_model(cfg)',
      '    runner = registry.get_runner_class(cfg)(cfg=cfg, task=task, model=model, datasets=datasets)',
      `    ${last}`,
    );

  it('`runner.train()` in a training entry point trains', () => {
    expect(best(training, 'train.py', entry('runner.train()'))).toMatchObject({ outcome: 'evidence', line: 11 });
  });

  it('the same entry point that only evaluates does not', () => {
    expect(best(training, 'train.py', entry('runner.evaluate(skip_reload=True)'))?.outcome).not.toBe('evidence');
  });
});

describe("a dataset folder's shell step that shards images with img2dataset", () => {
  const script = (cmd: string) => lines('#!/bin/bash', '', cmd);

  it('is a candidate and runs preprocessing', () => {
    expect([...(selectCandidates(['dataset/download_pairs.sh', 'scripts/serve.sh'], [preprocessing]).get('preprocessing') ?? [])]).toEqual(['dataset/download_pairs.sh']);
    const f = best(preprocessing, 'dataset/download_pairs.sh', script('img2dataset --url_list pairs.tsv --input_format "tsv" --output_format webdataset --output_folder pairs --image_size 224'));
    expect(f).toMatchObject({ outcome: 'evidence', line: 3 });
  });

  it('a script that only fetches an archive does not', () => {
    expect(best(preprocessing, 'dataset/download_pairs.sh', script('wget https://example.org/pairs.tar && tar xf pairs.tar'))?.outcome).not.toBe('evidence');
  });
});

describe('an amount of a linked Hub dataset trained on', () => {
  const readme = (sentence: string) => lines('# tiny-vlm', '', 'The model definition and training loop fit in ~750 lines.', sentence, '', '## Usage', '', 'pip install tiny-vlm');

  it('"Training this for ~6h on ~1.7M samples of [the mix](hf dataset)" names the training data on the Hub', () => {
    const f = dataCard.check(file('README.md', readme('Training this for ~6h on a single GPU on ~1.7M samples of [the mix](https://huggingface.co/datasets/org/the_mix) results in an accuracy of 35.1% on MMStar.')), ctx).find((x) => x.outcome === 'external');
    expect(f).toMatchObject({ url: 'https://huggingface.co/datasets/org/the_mix', line: 4 });
  });

  it('a Hub dataset linked as something to try does not', () => {
    expect(dataCard.check(file('README.md', readme('You can also try it on [the mix](https://huggingface.co/datasets/org/the_mix) after installing.')), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
  });
});

describe('preparation and installation steps that fetch a public dataset', () => {
  const readme = (parent: string, child: string, step: string) => lines('# Image generator', '', 'Official implementation.', '', `## ${parent}`, '', `### ${child}`, step, '', '## Usage', '', 'python sample.py');

  it('"## Preparation › Dataset: Download [ImageNet](…) dataset" and "## Installation: Prepare the [ImageNet](…) dataset" point to it', () => {
    for (const [parent, child, step] of [
      ['Preparation', 'Dataset', 'Download [ImageNet](http://image-net.org/download) dataset, and place it in your `DATA_PATH`.'],
      ['Installation', 'Steps', '3. Prepare the [ImageNet](http://image-net.org/) dataset'],
    ] as const) {
      expect(dataCard.check(file('README.md', readme(parent, child, step)), ctx).find((x) => x.outcome === 'external')).toMatchObject({ code: 'public-dataset', line: 8 });
    }
  });

  it('the same steps fetching a dataset to evaluate on do not', () => {
    const step = 'Download the [COCO](https://cocodataset.org/) dataset to evaluate the released checkpoints.';
    expect(dataCard.check(file('README.md', readme('Installation', 'Steps', step)), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
  });
});

describe('on-the-fly training loaders of vision and speech models', () => {
  it('a multi-crop dataset subclassing ImageFolder reads the images and augments them for training', () => {
    const text = lines(
      'import torchvision.datasets as datasets',
      'import torchvision.transforms as transforms',
      '',
      'class MultiViewDataset(datasets.ImageFolder):',
      '    def __init__(self, data_path, size_crops, nmb_crops):',
      '        super().__init__(data_path)',
      '        trans = []',
      '        for i in range(len(size_crops)):',
      '            crop = transforms.RandomResizedCrop(size_crops[i])',
      '            trans.extend([transforms.Compose([crop, transforms.RandomHorizontalFlip(p=0.5), transforms.ToTensor()])] * nmb_crops[i])',
      '        self.trans = trans',
      '',
      '    def __getitem__(self, index):',
      '        path, _ = self.samples[index]',
      '        image = self.loader(path)',
      '        return [t(image) for t in self.trans]',
    );
    expect(best(preprocessing, 'src/multiviewdataset.py', text)).toMatchObject({ outcome: 'evidence', line: 4 });
  });

  const speech = (body: string[]) =>
    lines(
      'import random',
      'import torch.utils.data',
      'from utils import load_wav_to_torch, load_filepaths_and_text',
      '',
      'class TextMelLoader(torch.utils.data.Dataset):',
      '    def __init__(self, audiopaths_and_text, hparams):',
      '        self.audiopaths_and_text = load_filepaths_and_text(audiopaths_and_text)',
      '        random.shuffle(self.audiopaths_and_text)',
      '',
      '    def get_mel(self, filename):',
      ...body,
    );

  it('a text-to-speech loader that reads the wav files and computes their mel spectrograms prepares its training pairs', () => {
    expect(best(preprocessing, 'data_utils.py', speech(['        audio, sr = load_wav_to_torch(filename)', '        return self.stft.mel_spectrogram(audio.unsqueeze(0))']))).toMatchObject({ outcome: 'evidence', line: 5 });
  });

  it('the same loader reading precomputed features from disk prepares nothing itself', () => {
    expect(best(preprocessing, 'data_utils.py', speech(['        return torch.from_numpy(np.load(filename))']))?.outcome).not.toBe('evidence');
  });
});

describe("a training script's command-line defaults as its hyperparameters", () => {
  it('argparse defaults (`add_argument(\'--lr\', default=…)`), also on the next line of the call', () => {
    const text = lines(
      'import argparse',
      'parser = argparse.ArgumentParser()',
      "parser.add_argument('--epochs', default=300, type=int)",
      "parser.add_argument('--batch-size', type=int,",
      '                    default=256, help="per GPU")',
      "parser.add_argument('--lr', type=float, default=5e-4, metavar='LR')",
      "parser.add_argument('--weight-decay', type=float, default=0.05)",
      'args = parser.parse_args()',
    );
    expect(best(config, 'main_selfsup.py', text)).toMatchObject({ outcome: 'evidence', code: 'hparams', line: 6 });
  });

  it("click options and absl flags count the same way", () => {
    const click = lines('import click', "@click.option('--kimg', help='Total length', type=int, default=25000)", "@click.option('--batch-gpu', help='Batch size per GPU', type=int, default=4)", "@click.option('--dlr', help='D learning rate', type=float, default=0.002)", 'def main(**kwargs):', '    pass');
    expect(best(config, 'train.py', click)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
    const absl = lines('from absl import flags', 'flags.DEFINE_integer("train_batch_size", 4096, "Total batch size.")', 'flags.DEFINE_float("learning_rate", 0.00176, "Peak LR.")', 'flags.DEFINE_integer("num_train_steps", 125000, "Steps.")');
    expect(best(config, 'run_pretraining.py', absl)).toMatchObject({ outcome: 'evidence', code: 'hparams', line: 3 });
  });

  it('options without defaults set nothing', () => {
    const text = lines('import argparse', 'parser = argparse.ArgumentParser()', "parser.add_argument('--epochs', type=int, required=True)", "parser.add_argument('--batch-size', type=int, required=True)", "parser.add_argument('--lr', type=float, required=True)");
    expect(best(config, 'train.py', text)?.outcome).not.toBe('evidence');
  });
});

describe('a generated model-zoo table in HTML', () => {
  const table = (between: string) =>
    lines(
      '### Main results',
      '',
      '#### ResNet-50, linear classification',
      '<table><tbody>',
      between,
      '<th valign="center">pretrain<br/>epochs</th>',
      '<th valign="center">linear<br/>acc</th>',
      between,
      '<tr><td align="right">100</td><td align="center">68.1</td></tr>',
      '<tr><td align="right">300</td><td align="center">72.4</td></tr>',
      '<tr><td align="right">1000</td><td align="center">74.2</td></tr>',
      '</tbody></table>',
    );

  it('header cells outside any <tr>, and one-line comments between the rows, still make a results table', () => {
    expect(best(evalResults, 'README.md', table('<!-- TABLE BODY -->'))).toMatchObject({ outcome: 'evidence', line: 4 });
  });

  it('a fenced code block inside the table still ends it', () => {
    expect(best(evalResults, 'README.md', table('```'))?.outcome).not.toBe('evidence');
  });
});

describe("the top README links the public dataset it trains on, outside any data section", () => {
  const readme = (sentence: string, heading = 'Reproducing the results') => lines('# small-gpt', '', 'A minimal repository for training medium-sized GPTs.', '', `## ${heading}`, '', sentence, '', '```', 'python train.py config/train_gpt2.py', '```');

  it('"first tokenize [OpenWebText](hub dataset), then train" points to where the dataset is documented', () => {
    const f = dataCard.check(file('README.md', readme('To reproduce GPT-2 (124M) you first download and tokenize [OpenWebText](https://huggingface.co/datasets/openwebtext), then train.')), ctx).find((x) => x.outcome === 'external');
    expect(f).toMatchObject({ code: 'public-dataset', url: 'https://huggingface.co/datasets/openwebtext', line: 7 });
  });

  it('not a leaderboard, a toy set, a quick start or an evaluation set', () => {
    for (const [sentence, heading] of [
      ['The fine-tuned chat model ranked first on the [Alpaca Leaderboard](https://example.org/alpaca_eval/) after training.', undefined],
      ['Download the [toy dataset](https://huggingface.co/datasets/org/toy-dataset) to train a small model.', undefined],
      ['Download [OpenWebText](https://huggingface.co/datasets/openwebtext) and train a tiny model.', 'Quick start'],
      ['Download [OpenWebText](https://huggingface.co/datasets/openwebtext) to evaluate the trained model.', undefined],
    ] as const) {
      expect(dataCard.check(file('README.md', readme(sentence, heading)), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
    }
  });
});

describe('a torchvision dataset subclass with training transforms', () => {
  const loader = (transforms: string[]) =>
    lines(
      'import torchvision',
      'import datasets.transforms as T',
      '',
      'class CocoDetection(torchvision.datasets.CocoDetection):',
      '    def __init__(self, img_folder, ann_file, transforms):',
      '        super().__init__(img_folder, ann_file)',
      '        self._transforms = transforms',
      '',
      'def make_transforms(image_set):',
      '    if image_set == "train":',
      ...transforms,
    );

  it('builds the training set on the fly from the detection dataset it reads', () => {
    expect(best(preprocessing, 'datasets/coco.py', loader(['        return T.Compose([T.RandomHorizontalFlip(), T.RandomResize([480, 512], max_size=1333)])']))).toMatchObject({ outcome: 'evidence', line: 4 });
  });

  it('the same subclass with no transform of its own prepares nothing', () => {
    expect(best(preprocessing, 'datasets/coco.py', loader(['        return None']))?.outcome).not.toBe('evidence');
  });
});

describe('licences of code copied in from other projects', () => {
  it('a vendored eval toolkit\'s or third-party LICENSE is not a candidate for the release\'s licence; a model folder\'s is', () => {
    const paths = ['coder-eval/instruct/livecode_bench/LICENSE', 'third_party/apex/LICENSE', 'benchmarks/humaneval/LICENSE', 'models/llama3_1/LICENSE', 'retrieval/LICENSE'];
    const picked = [...(selectCandidates(paths, [license]).get('license') ?? [])];
    expect(picked).toEqual(expect.arrayContaining(['models/llama3_1/LICENSE', 'retrieval/LICENSE']));
    expect(picked).not.toContain('coder-eval/instruct/livecode_bench/LICENSE');
    expect(picked).not.toContain('third_party/apex/LICENSE');
    expect(picked).not.toContain('benchmarks/humaneval/LICENSE');
  });
});

describe("a data folder's README that only says where public datasets are downloaded", () => {
  const readme = (link: string) =>
    lines('# Prepare datasets for the detector', '', 'Datasets are registered with the framework\'s catalog.', '', `## Expected dataset structure for ${link}:`, '', '```', 'coco/', '  annotations/', '  train2017/', '```');

  it('points to the publisher\'s page of the first dataset it names', () => {
    const f = dataCard.check(file('datasets/README.md', readme('[COCO](https://cocodataset.org/#download)')), ctx).find((x) => x.outcome === 'external');
    expect(f).toMatchObject({ code: 'public-dataset', url: 'https://cocodataset.org/#download', line: 5 });
  });

  it('a link to a tool, not a dataset, does not', () => {
    expect(dataCard.check(file('datasets/README.md', readme('the [converter](https://github.com/org/converter)')), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
  });
});

describe('the sentence that holds the download link', () => {
  const readme = (step: string) => lines('# Speech model', '', '## Pre-requisites', '1. Clone this repository.', step, '', '## Training', '', '```', 'python train_first.py --config_path ./Configs/config.yml', '```');

  it('"Download the [LJSpeech dataset](…). You can re-train the aligner on your own data." counts: the second sentence is another', () => {
    const f = dataCard.check(file('README.md', readme('2. Download and extract the [LJSpeech dataset](https://keithito.com/LJ-Speech-Dataset/), and upsample it to 24 kHz. You can re-train the aligner using your own preprocessing.')), ctx).find((x) => x.outcome === 'external');
    expect(f).toMatchObject({ code: 'public-dataset', url: 'https://keithito.com/LJ-Speech-Dataset/' });
  });

  it('"Download [your own dataset](…)" in the same sentence does not', () => {
    expect(dataCard.check(file('README.md', readme('2. Download the [speech dataset](https://example.org/speech/) of your own choice and upsample it.')), ctx).filter((x) => x.outcome === 'external')).toEqual([]);
  });
});

describe('scripts that score or serve a model are not preprocessing candidates', () => {
  it('`stt_evaluate_on_dataset.py` and `inference/main.py` are not read for data preparation; a decontamination step named for the eval set and a training dataset module are', () => {
    const paths = ['scripts/stt_evaluate_on_dataset.py', 'inference/main.py', 'serving/dataset_utils.py', 'scripts/decontaminate_eval.py', 'src/data/video_dataset.py'];
    const picked = [...(selectCandidates(paths, [preprocessing]).get('preprocessing') ?? [])];
    expect(picked).toEqual(expect.arrayContaining(['scripts/decontaminate_eval.py', 'src/data/video_dataset.py']));
    expect(picked).not.toEqual(expect.arrayContaining(['scripts/stt_evaluate_on_dataset.py']));
    expect(picked).not.toContain('inference/main.py');
    expect(picked).not.toContain('serving/dataset_utils.py');
  });
});
