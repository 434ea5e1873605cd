// Idioms that validation batches 5 to 11 (study/validation-5 … -11, each labelled before the gate
// ran) showed the detectors missed. Each comes with the look-alike that must stay as it was. Texts are
// written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { modelCard } from '../../src/scan/detectors/model-card.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
import { findPaperRefs } from '../../src/scan/text/references.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file, lines, strongest } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

const best = (detector: Detector, path: string, text: string): Finding | undefined => strongest(detector, path, text, ctx);

describe("a framework's training loop that the script hands its forward step", () => {
  const script = (call: string) =>
    lines(
      'import torch',
      'from sat.training.deepspeed_training import training_main',
      '',
      'def forward_step(data_iterator, model, args, timers):',
      '    tokens, labels = get_batch(data_iterator, args, timers)',
      '    logits = model(tokens)[0]',
      '    loss = torch.nn.functional.cross_entropy(logits.view(-1, logits.size(-1)), labels.view(-1))',
      '    return loss, {"loss": loss}',
      '',
      'if __name__ == "__main__":',
      '    args = get_args()',
      `    ${call}`,
    );

  it('training_main(…, forward_step_function=…) trains, in a fine-tuning demo as anywhere', () => {
    expect(best(training, 'finetune_demo/finetune_vlm_demo.py', script('model = training_main(args, model_cls=model, forward_step_function=forward_step, create_dataset_function=create_dataset)'))).toMatchObject({
      outcome: 'evidence',
      line: 12,
    });
  });

  it('the same script that only evaluates the loss does not', () => {
    expect(best(training, 'finetune_demo/finetune_vlm_demo.py', script('evaluate_main(args, model_cls=model, forward_step_eval=forward_step)'))?.outcome).not.toBe('evidence');
  });
});

describe('a sibling repository for fine-tuning', () => {
  const readme = (sentence: string) => lines('# Speech model', '', 'Inference code for the released checkpoints.', '', sentence, '', '## Usage', '', 'pip install speechmodel');

  it('"If you want to fine tune X, head out to [org/x-finetune](…)" points to where the training code is published', () => {
    expect(training.check(file('README.md', readme('If you want to fine tune the model, head out to [org/speech-finetune](https://github.com/org/speech-finetune).')), ctx)[0]).toMatchObject({
      outcome: 'external',
      code: 'fine-tuning-repository',
      url: 'https://github.com/org/speech-finetune',
    });
  });

  it('a link that does not follow a sentence about fine-tuning says nothing of training', () => {
    for (const s of ['If you want to run the model on a phone, head out to [org/speech-mobile](https://github.com/org/speech-mobile).', 'The model was fine-tuned on two voices; see the demo at [org/speech-demo](https://github.com/org/speech-demo).']) {
      expect(training.check(file('README.md', readme(s)), ctx).filter((f) => f.outcome === 'external')).toEqual([]);
    }
  });
});

describe("the top README's section for getting the public training datasets", () => {
  const readme = (heading: string, ...body: string[]) => lines('# Diffusion models', '', '## Training', '', 'python train.py --data=datasets/faces.zip', '', `## ${heading}`, '', ...body);

  it('"Preparing datasets: download the [Faces-HQ dataset](…)" points to where its publishers document it', () => {
    const f = best(dataCard, 'README.md', readme('Preparing datasets', 'Datasets are stored as ZIP archives of PNG files.', '', '**Faces:** Download the [Faces-HQ dataset](https://github.com/org/faces-dataset) and convert it to a ZIP archive.'));
    expect(f).toMatchObject({ outcome: 'external', code: 'public-dataset', url: 'https://github.com/org/faces-dataset', line: 11 });
  });

  it('"Data preparation: download COCO 2017 train and val images from [cocodataset.org](…)" does too', () => {
    const f = best(dataCard, 'README.md', readme('Data preparation', 'Download and extract COCO 2017 train and val images with annotations from', '[http://cocodataset.org](http://cocodataset.org/#download).'));
    expect(f).toMatchObject({ outcome: 'external', code: 'public-dataset', url: 'http://cocodataset.org/#download' });
  });

  it('not the user\'s own data, an evaluation set, a section of another topic, or a link that names no dataset', () => {
    const cases = [
      readme('Preparing datasets', 'To train on your own data, download the [Faces-HQ dataset](https://github.com/org/faces-dataset) tool and adapt it.'),
      readme('Data preparation', 'Download the [COCO](https://cocodataset.org/) validation images for evaluation.'),
      readme('Inference', 'Download the [Faces-HQ dataset](https://github.com/org/faces-dataset) first.'),
      readme('Data preparation', 'Download [the converter](https://github.com/org/converter) and run it.'),
    ];
    for (const text of cases) expect(dataCard.check(file('README.md', text), ctx).filter((f) => f.outcome === 'external')).toEqual([]);
  });
});

describe('audio and text-to-speech training data', () => {
  const loader = (read: string) =>
    lines(
      'import numpy as np',
      'from torch.utils.data import Dataset',
      '',
      'class SongsDataset(Dataset):',
      '    def __init__(self, hps):',
      `        self.files = ${read}`,
      '        self.filter(self.files)',
      '',
      '    def filter(self, files):',
      '        self.files = [f for f in files if self.min_duration < duration(f) < self.max_duration]',
      '',
      '    def __getitem__(self, i):',
      '        return self.files[i]',
    );

  it('an audio dataset that reads through load_audio and keeps songs within duration bounds builds training data on the fly', () => {
    const f = best(preprocessing, 'songs/data/songs_dataset.py', loader('[load_audio(p, sr=self.sr) for p in find_files(hps.audio_dir)]'));
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['reads-media', 'training-dataset', 'filters']));
  });

  it('the same class over a list it was handed reads nothing', () => {
    expect(best(preprocessing, 'songs/data/songs_dataset.py', loader('list(hps.items)'))?.outcome).not.toBe('evidence');
  });

  const cleaner = (filelists: string) =>
    lines(
      'import argparse',
      'import text',
      'from utils import load_filepaths_and_text',
      '',
      'parser = argparse.ArgumentParser()',
      `parser.add_argument("--filelists", nargs="+", default=${filelists})`,
      'args = parser.parse_args()',
      'for filelist in args.filelists:',
      '    rows = load_filepaths_and_text(filelist)',
      '    for r in rows:',
      '        r[1] = text._clean_text(r[1], ["english_cleaners"])',
      '    with open(filelist + ".cleaned", "w", encoding="utf-8") as f:',
      '        f.writelines(["|".join(r) + "\\n" for r in rows])',
    );

  it('a script that cleans the transcripts of file lists and writes them counts, whatever split its command-line default names', () => {
    const f = best(preprocessing, 'preprocess.py', cleaner('["filelists/speech_val_filelist.txt", "filelists/speech_test_filelist.txt"]'));
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['reads-raw', 'cleans', 'writes-files']));
  });

  it('a script hard-wired to the validation list still prepares only an evaluation set', () => {
    const text = cleaner('[]').replace('for filelist in args.filelists:', 'for filelist in ["filelists/speech_val_filelist.txt"]:');
    expect(best(preprocessing, 'preprocess.py', text)?.outcome).not.toBe('evidence');
  });
});

describe('a training stage named for its stage first', () => {
  const script = lines(
    'import argparse',
    'parser = argparse.ArgumentParser()',
    'parser.add_argument("--depth", type=int, default=20)',
    'parser.add_argument("--device-batch-size", type=int, default=32)',
    'parser.add_argument("--matrix-lr", type=float, default=0.02)',
    'parser.add_argument("--weight-decay", type=float, default=0.28)',
    'parser.add_argument("--warmup-steps", type=int, default=40)',
    'args = parser.parse_args()',
    'optimizer = build_optimizer(model, lr=args.matrix_lr, weight_decay=args.weight_decay)',
  );

  it('scripts/base_train.py is read for the hyperparameters it defaults to', () => {
    const picked = [...(selectCandidates(['scripts/base_train.py', 'scripts/base_eval.py', 'nanolm/engine.py'], [config]).get('config') ?? [])];
    expect(picked).toEqual(['scripts/base_train.py']);
    expect(best(config, 'scripts/base_train.py', script)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });
});

describe('found on a seventh validation batch', () => {
  it("a training package's entry point (`python -m voice_train`) is a candidate and trains", () => {
    const picked = [...(selectCandidates(['src/python/voice_train/__main__.py', 'src/python/voice_infer/__main__.py', 'src/python/voice_train/vits/model.py'], [training]).get('training') ?? [])];
    expect(picked).toContain('src/python/voice_train/__main__.py');
    expect(picked).not.toContain('src/python/voice_infer/__main__.py');
    const text = lines('from pytorch_lightning import Trainer', '', 'def main():', '    trainer = Trainer.from_argparse_args(args)', '    trainer.fit(model)', '', 'if __name__ == "__main__":', '    main()');
    expect(best(training, 'src/python/voice_train/__main__.py', text)).toMatchObject({ outcome: 'evidence', line: 5 });
  });

  it('an install guide\'s "Dataset Preparation" section that downloads ImageNet is read, and points to where its publishers document it', () => {
    const guide = lines('# Installation', '', 'pip install timm', '', '## Dataset Preparation', '', 'Download the [ImageNet-1K](http://image-net.org/) classification dataset and structure the data as follows:');
    expect([...(selectCandidates(['INSTALL.md', 'src/model.py'], [dataCard]).get('data-card') ?? [])]).toEqual(['INSTALL.md']);
    expect(best(dataCard, 'INSTALL.md', guide)).toMatchObject({ outcome: 'external', code: 'public-dataset', url: 'http://image-net.org/' });
  });

  it('a sub-project README (a fine-tuning example) downloading its dataset is not the release\'s training data', () => {
    const text = lines('# P-tuning example', '', '## Data preparation', '', 'Download the processed [ADGEN dataset](https://x.org/adgen.zip) and put it in this folder.');
    expect(dataCard.check(file('ptuning/README.md', text), ctx).filter((f) => f.outcome === 'external')).toEqual([]);
  });

  it('"models trained on [the Pile](arxiv…)": a corpus documented by its paper', () => {
    const text = lines('# GPT-X', '', 'If you cite the models trained on [the Pile](https://arxiv.org/abs/2101.00027), please cite it too.');
    expect(best(dataCard, 'README.md', text)).toMatchObject({ outcome: 'external', code: 'public-dataset', url: 'https://arxiv.org/abs/2101.00027' });
  });

  it('"trained on the data described in [our paper](arxiv…)" names no corpus', () => {
    const text = lines('# GPT-X', '', 'The models were trained on the data described in [our paper](https://arxiv.org/abs/2101.00027).');
    expect(dataCard.check(file('README.md', text), ctx).filter((f) => f.code === 'public-dataset')).toEqual([]);
  });

  it('"This is the codebase for [Title](arxiv…)" names the own paper; "uses the stride from the [DDIM paper](…)" cites prior work', () => {
    const text = lines('# improved-dm', '', 'This is the codebase for [Improved Denoising Models](https://arxiv.org/abs/2102.09672).', '', 'Passing `ddim250` uses the stride from the [DDIM paper](https://arxiv.org/abs/2010.02502).');
    expect(findPaperRefs(text).map((r) => [r.url, r.own])).toEqual([
      ['https://arxiv.org/abs/2102.09672', true],
      ['https://arxiv.org/abs/2010.02502', false],
    ]);
  });
});

describe('found on an eighth validation batch', () => {
  const readme = (...block: string[]) => lines('# MoE-1B', '', '## Pretraining', '', '1. Download the data from https://hf.co/datasets/org/mix, tokenize it via the command below:', '```bash', ...block, '```');

  it("a README's code block that runs `dolma tokens` on the training data points to where the tool is published", () => {
    const f = preprocessing.check(file('README.md', readme('dolma tokens \\', '--documents ${DATA} \\', '--destination ${OUT} \\', "--tokenizer.name_or_path 'org/tok'")), ctx);
    expect(f).toMatchObject([{ outcome: 'external', code: 'pipeline-tool', url: 'https://github.com/allenai/dolma', line: 7 }]);
  });

  it('installing the tool, naming it in prose, or a nested README running it says nothing of this release', () => {
    expect(preprocessing.check(file('README.md', readme('pip install dolma')), ctx)).toEqual([]);
    expect(preprocessing.check(file('README.md', lines('# MoE', '', 'We thank the authors of dolma tokens for their tool.')), ctx)).toEqual([]);
    expect(preprocessing.check(file('examples/README.md', readme('dolma tokens --documents a --destination b')), ctx)).toEqual([]);
  });

  const overview = lines(
    '# Model Overview',
    '',
    '## Description:',
    'A universal neural vocoder that turns mel spectrograms into waveforms, released for research and commercial use.',
    '',
    '## Model Architecture:',
    'Convolutional generator with periodic activations; 112M parameters.',
    '',
    '## Training, Testing, and Evaluation Datasets:',
    '',
    '### Training Dataset:',
    'A compilation of speech in many languages, environmental sounds and instruments, about 36,000 hours, collected from public corpora and labelled automatically:',
    '- [Speech corpus A](https://zenodo.org/records/1)',
    '- [Music corpus B](https://huggingface.co/datasets/org/music)',
    '- [Sound corpus C](https://www.kaggle.com/datasets/org/sounds)',
    '',
    '## Evaluation:',
    'PESQ 4.36 and MCD 0.35 on the LibriTTS dev sets.',
    '',
    '## Limitations:',
    'Singing voices in unseen languages degrade.',
  );

  it('a model card kept as a folder of pages (`nv-modelcard++/overview.md`) is read as a model card and for its data section', () => {
    expect([...(selectCandidates(['nv-modelcard++/overview.md', 'nv-modelcard++/bias.md', 'docs/overview.md'], [modelCard]).get('model-card') ?? [])].sort()).toEqual(['nv-modelcard++/bias.md', 'nv-modelcard++/overview.md']);
    expect([...(selectCandidates(['nv-modelcard++/overview.md', 'docs/overview.md'], [dataCard]).get('data-card') ?? [])]).toEqual(['nv-modelcard++/overview.md']);
    expect(best(modelCard, 'nv-modelcard++/overview.md', overview)).toMatchObject({ outcome: 'evidence' });
    expect(best(dataCard, 'nv-modelcard++/overview.md', overview)).toMatchObject({ outcome: 'evidence', line: 9 });
  });
});

describe('dataset modules of a training package', () => {
  it("a package's `dataset/` modules are candidates; a vendored eval toolkit's are not (`retrieval/` is no eval folder)", () => {
    const paths = ['metric_depth/dataset/hypersim.py', 'eval_mm/vlmevalkit/vlmeval/dataset/image_vqa.py', 'third_party/lm-evaluation-harness/datasets/arc.py', 'retrieval/datasets/corpus.py', 'src/model.py'];
    expect([...(selectCandidates(paths, [preprocessing]).get('preprocessing') ?? [])].sort()).toEqual(['metric_depth/dataset/hypersim.py', 'retrieval/datasets/corpus.py']);
  });
});

describe("a research repository's modules at its root", () => {
  it('root modules are read for data work, helpers and apps are not', () => {
    const paths = ['kinetics.py', 'utils.py', 'engine_for_pretraining.py', 'app.py', 'src/kinetics.py'];
    const picked = [...(selectCandidates(paths, [preprocessing]).get('preprocessing') ?? [])];
    expect(picked).toContain('kinetics.py');
    expect(picked).not.toContain('src/kinetics.py');
    expect(picked.filter((p) => p === 'utils.py' || p === 'app.py')).toEqual([]);
  });

  const clips = (transforms: string) =>
    lines(
      'import decord',
      'from torch.utils.data import Dataset',
      'import video_transforms',
      '',
      'class VideoClsDataset(Dataset):',
      '    def __init__(self, anno_path, mode="train"):',
      '        self.samples = [l.split(" ") for l in open(anno_path, "r").readlines()]',
      `        self.transform = video_transforms.Compose([${transforms}])`,
      '',
      '    def __getitem__(self, i):',
      '        vr = decord.VideoReader(self.samples[i][0])',
      '        return self.transform(vr.get_batch(range(0, len(vr), 4)))',
    );

  it('a video clip dataset that samples frames and crops them at random builds training data on the fly', () => {
    expect(best(preprocessing, 'kinetics.py', clips('video_transforms.RandomResizedCrop(224), video_transforms.RandomHorizontalFlip()'))).toMatchObject({ outcome: 'evidence' });
  });

  it('the same dataset resizing and centring clips for evaluation does not', () => {
    expect(best(preprocessing, 'kinetics.py', clips('video_transforms.Resize(256), video_transforms.CenterCrop(224)'))?.outcome).not.toBe('evidence');
  });
});

describe('found on a tenth validation batch', () => {
  it("a release's page per model under docs/ is read for its results, after the READMEs", () => {
    const picked = [...(selectCandidates(['README.md', 'docs/voice-asr.md', 'docs/source/Parameters.md', 'docs/api/reference/x.md', 'src/model.py'], [evalResults]).get('eval-results') ?? [])];
    expect(picked[0]).toBe('README.md');
    expect(picked.slice(1).sort()).toEqual(['docs/source/Parameters.md', 'docs/voice-asr.md']);
    const text = lines('# Voice-ASR', '', '## Results', '', '| Dataset | Language | DER | WER |', '|---|---|---|---|', '| MLC-Challenge | English | 4.28 | 7.99 |', '| AISHELL-4 | Chinese | 3.10 | 6.40 |');
    expect(best(evalResults, 'docs/voice-asr.md', text)).toMatchObject({ outcome: 'evidence', line: 5 });
  });
});

describe('found on an eleventh validation batch', () => {
  it("a research repository's main.py (main_mar.py) is read for the hyperparameters it defaults to; main_eval.py is not", () => {
    const picked = [...(selectCandidates(['main.py', 'main_mar.py', 'main_eval.py', 'demo.py'], [config]).get('config') ?? [])].sort();
    expect(picked).toEqual(['main.py', 'main_mar.py']);
    const text = lines(
      'import argparse',
      'parser = argparse.ArgumentParser()',
      "parser.add_argument('--epochs', default=1000, type=int)",
      "parser.add_argument('--batch-size', default=2048, type=int)",
      "parser.add_argument('--lr', default=0.2, type=float)",
      "parser.add_argument('--weight-decay', default=1e-6, type=float)",
      "parser.add_argument('--warmup-epochs', default=10, type=int)",
      'args = parser.parse_args()',
      'optimizer = LARS(model.parameters(), lr=args.lr, weight_decay=args.weight_decay)',
    );
    expect(best(config, 'main.py', text)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });
});

