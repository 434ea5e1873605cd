// Idioms that a second validation batch (study/validation-2, labelled before the gate ran) showed the
// detectors missed or misread. Each comes with the look-alike that must stay as it was. Texts are
// written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
import { findPaperRefs } from '../../src/scan/text/references.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file, lines, strongest } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

const best = (detector: Detector, path: string, text: string): Finding | undefined => strongest(detector, path, text, ctx);

describe("preprocessing that writes through the project's own writer", () => {
  const shards = (write: string) =>
    lines(
      'import numpy as np',
      'from datasets import load_dataset',
      'from data_common import write_datafile',
      '',
      'enc = tiktoken.get_encoding("gpt2")',
      'ds = load_dataset("org/corpus", split="train")',
      'buf = []',
      'for doc in ds:',
      '    buf.extend(enc.encode_ordinary(doc["text"]))',
      '    if len(buf) >= SHARD_SIZE:',
      `        ${write}`,
      '        buf = []',
    );

  it('a tokenize-and-shard script whose write step is an imported helper counts', () => {
    const f = best(preprocessing, 'dev/data/corpus.py', shards('write_datafile(f"corpus_{n:06d}.bin", buf)'));
    expect(f).toMatchObject({ outcome: 'evidence', path: 'dev/data/corpus.py' });
    expect(f!.signals).toEqual(expect.arrayContaining(['writes-helper', 'tokenizes', 'reads-dataset']));
  });

  it('the same script that only prints what it tokenized writes nothing the training could use', () => {
    const f = best(preprocessing, 'dev/data/corpus.py', shards('print(len(buf))'));
    expect(f?.outcome).not.toBe('evidence');
  });

  it('a self-instruct generation script (seed tasks → model → filtered instructions → utils.jdump) is a candidate and counts', () => {
    const text = lines(
      'import json',
      'import utils',
      '',
      'def generate_instruction_following_data(seed_tasks_path="./seed_tasks.jsonl", output_dir="./"):',
      '    seed_tasks = [json.loads(l) for l in open(seed_tasks_path, "r")]',
      '    prompt = encode_prompt(seed_tasks)',
      '    results = utils.openai_completion(prompts=[prompt])',
      '    kept = [r for r in results if 3 < len(r.split()) <= 150]',
      '    utils.jdump(kept, os.path.join(output_dir, "regen.json"))',
    );
    expect([...(selectCandidates(['generate_instruction.py', 'src/model.py'], [preprocessing]).get('preprocessing') ?? [])]).toEqual(['generate_instruction.py']);
    const f = best(preprocessing, 'generate_instruction.py', text);
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['synthesizes-data', 'writes-helper']));
  });
});

describe('video turned into training frames', () => {
  const extraction = lines(
    'import cv2',
    'from pathlib import Path',
    '',
    'def decode_video(path):',
    '    video = cv2.VideoCapture(path)',
    '    frames = []',
    '    while video.isOpened():',
    '        ok, frame = video.read()',
    '        if not ok:',
    '            break',
    '        frames.append(frame)',
    '    return frames',
    '',
    'def run(video_dir, rate, out_dir):',
    '    for path in sorted(Path(video_dir).glob("*/*.mp4")):',
    '        frames = decode_video(str(path))',
    '        frames = frames[::rate]',
    '        for i, frame in enumerate(frames):',
    '            cv2.imwrite(f"{out_dir}/{path.stem}/{i * rate:05d}.jpg", frame)',
  );

  it('a frame-extraction script over a folder of videos counts', () => {
    const f = best(preprocessing, 'training/scripts/frame_extraction.py', extraction);
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['writes-media', 'extracts-frames', 'reads-media']));
  });

  it('a demo that reads one image and saves the model output does not', () => {
    const demo = lines(
      'import cv2',
      'from model import build_model',
      '',
      'img = cv2.imread(args.input)',
      'img = cv2.resize(img, (1024, 1024))',
      'mask = build_model(args.checkpoint).predict(img)',
      'cv2.imwrite(args.output, mask)',
    );
    expect(best(preprocessing, 'demo/run_demo.py', demo)?.outcome).not.toBe('evidence');
  });
});

describe('a data card for one in-house corpus', () => {
  const card = (body: string) => lines('# Model card', '', '## Model details', '', 'A language model.', '', '### Datasets', '', body);
  const words = 'The model was trained on the text of pages that users of a link aggregator shared, which makes a broad and varied corpus of web writing in English from many sites and topics. Pages were kept only when the shared link had some sign of interest from other readers, a cheap heuristic for quality.';

  it('a section naming the corpus list, its size and how it was filtered counts', () => {
    const text = card(`${words} It holds the text of 45 million links; pages from sites on a blocklist were filtered out, and Wikipedia was removed. We [published the list](domains.txt) of the top 1,000 domains.`);
    expect(best(dataCard, 'model_card.md', text)).toMatchObject({ outcome: 'evidence', line: 7 });
  });

  it('"collected from the internet" with hours and shares names no source', () => {
    const text = card(`${words} The models are trained on 680,000 hours of audio collected from the internet; 65% of it is English and the rest covers 98 other languages, in proportions given per language.`);
    expect(best(dataCard, 'model_card.md', text)?.outcome).not.toBe('evidence');
  });
});

describe("a released dataset's own folder README", () => {
  const readme = lines(
    '# The video segmentation dataset',
    '',
    'The dataset holds 50,900 videos and 642,600 masklets, split into train, val and test.',
    'It is released under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) and can be downloaded from [the dataset page](https://example.org/datasets/videos).',
    '',
    '| split | videos | masklets |',
    '|---|---:|---:|',
    '| train | 50,583 | 642,036 |',
    '| val | 155 | 293 |',
  );

  it('is read as a data card', () => {
    expect(best(dataCard, 'vid_dataset/README.md', readme)).toMatchObject({ outcome: 'evidence' });
  });

  it('but a sample dataset folder is not the training data', () => {
    expect(best(dataCard, 'sample_dataset/README.md', readme)?.outcome).not.toBe('evidence');
  });
});

describe('benchmark names in prose', () => {
  const readme = (sentence: string) =>
    lines('# SpeechKit', '', `A text-to-speech model. ${sentence}`, '', 'Weights: [org/speechkit](https://huggingface.co/org/speechkit)');

  it('the word "multiple" is not the MultiPL-E benchmark', () => {
    expect(evalResults.check(file('README.md', readme('It supports multiple speakers.')), ctx)).toEqual([]);
  });

  it('MultiPL-E named beside a hub model is evaluation published with the model', () => {
    expect(best(evalResults, 'README.md', readme('We report MultiPL-E.'))).toMatchObject({ outcome: 'external' });
  });
});

describe('a training dataset built on the fly (found on a third validation batch)', () => {
  const dataset = (extra: string[]) =>
    lines(
      'import json',
      'from torch.utils.data import Dataset',
      '',
      'class SupervisedDataset(Dataset):',
      '    def __init__(self, data_path, tokenizer):',
      '        self.records = json.load(open(data_path, "r"))',
      '        self.tokenizer = tokenizer',
      '',
      '    def __getitem__(self, i):',
      '        ids = self.tokenizer(self.records[i]["conversation"]).input_ids',
      '        targets = list(ids)',
      '        targets[: self.records[i]["prompt_len"]] = [IGNORE_INDEX] * self.records[i]["prompt_len"]',
      ...extra,
      '        return dict(input_ids=ids, labels=targets)',
    );

  it('reads the raw records, tokenizes and masks them for the training loop: that is its output', () => {
    const f = best(preprocessing, 'model/train/train.py', dataset([]));
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['training-dataset', 'read-transform-write']));
  });

  it('the FastChat spelling of the mask (IGNORE_TOKEN_ID) is the same idiom', () => {
    const text = dataset([]).replace(/IGNORE_INDEX/g, 'IGNORE_TOKEN_ID');
    expect(best(preprocessing, 'model/train/train.py', text)!.signals).toContain('masks-labels');
  });

  it('a fine-tuning script that only maps a tokenizer over its data prepares nothing (fixture code-finetune-main-run)', () => {
    const text = lines(
      'from datasets import load_dataset',
      'raw = load_dataset("json", data_files={"train": args.train_file})',
      'def tokenize(batch):',
      '    return tokenizer(batch["prompt"], text_target=batch["response"], truncation=True)',
      'train_ds = raw["train"].map(tokenize, batched=True)',
      'trainer = Seq2SeqTrainer(model=model, args=training_args, train_dataset=train_ds)',
      'trainer.train()',
    );
    expect(best(preprocessing, 'ptuning/main.py', text)?.outcome).not.toBe('evidence');
  });

  it('a dataset class that only wraps records it reads, with no transform, is not preprocessing', () => {
    const plain = lines(
      'import json',
      'from torch.utils.data import Dataset',
      '',
      'class Records(Dataset):',
      '    def __init__(self, path):',
      '        self.records = json.load(open(path, "r"))',
      '',
      '    def __getitem__(self, i):',
      '        return self.records[i]',
    );
    expect(best(preprocessing, 'model/data/records.py', plain)?.outcome).not.toBe('evidence');
  });
});

describe('vision, video and audio benchmarks in results tables (found on the validation batches)', () => {
  it('an HTML table of zero-shot accuracy on IN1k, K400, NYU-D and ESC counts', () => {
    const text = lines(
      '# VidModel',
      '',
      '## Model',
      '',
      '<table>',
      '  <tr><th>Model</th><th><span style="color:blue">IN1k</span></th><th>K400</th><th>NYU-D</th><th>ESC</th><th>download</th></tr>',
      '  <tr><td>vidmodel_huge</td><td>77.7</td><td>50.0</td><td>54.0</td><td>66.9</td><td><a href="https://x.org/ckpt.pth">checkpoint</a></td></tr>',
      '</table>',
    );
    expect(best(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
  });

  it('J&F per checkpoint on video segmentation sets counts', () => {
    const text = lines('# Seg', '', '| Model | SA-V test (J&F) | MOSE val (J&F) | LVOS v2 (J&F) |', '|---|---|---|---|', '| seg_tiny | 76.5 | 71.8 | 77.3 |', '| seg_large | 79.5 | 74.6 | 80.6 |');
    expect(best(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence' });
  });

  it('a table naming the pretraining set of each checkpoint holds no scores', () => {
    const text = lines('# Backbones', '', '| Model | Pretrained on | Params (M) |', '|---|---|---|', '| vit_b | IN21k | 86 |', '| vit_l | IN21k | 304 |');
    expect(evalResults.check(file('README.md', text), ctx).filter((f) => f.outcome === 'evidence')).toEqual([]);
  });
});

describe('the Hub dataset a data-preparation script names in its header', () => {
  const script = (header: string[]) => lines(...header, 'import os', 'from datasets import load_dataset', '', 'ds = load_dataset(args.name, split="train")');

  it('counts as the training data published there, and such scripts are read last', () => {
    const text = script(['# Corpus-X speech dataset: https://huggingface.co/datasets/org/corpus-x', '# prepares the metadata and vocab for training']);
    expect(best(dataCard, 'src/tts/train/datasets/prepare_corpus.py', text)).toMatchObject({ outcome: 'external', code: 'dataset-in-script', url: 'https://huggingface.co/datasets/org/corpus-x', line: 1 });
    const picked = [...(selectCandidates(['README.md', 'src/tts/train/datasets/prepare_corpus.py', 'dev/data/fineweb.py', 'src/tts/model.py'], [dataCard]).get('data-card') ?? [])];
    expect(picked[0]).toBe('README.md');
    expect(picked.slice(1).sort()).toEqual(['dev/data/fineweb.py', 'src/tts/train/datasets/prepare_corpus.py']);
  });

  it('a docstring naming the dataset counts too', () => {
    const text = script(['"""', 'FineWeb-like corpus (for pretraining)', 'https://huggingface.co/datasets/org/web-corpus', '"""']);
    expect(best(dataCard, 'dev/data/web.py', text)).toMatchObject({ outcome: 'external', line: 3 });
  });

  it('not an evaluation set, not a link below the header, not a script of an eval folder', () => {
    expect(dataCard.check(file('scripts/prepare_eval.py', script(['# the evaluation set: https://huggingface.co/datasets/org/bench'])), ctx)).toEqual([]);
    expect(dataCard.check(file('scripts/prepare.py', `${script(['# prepares data'])}URL = "https://huggingface.co/datasets/org/corpus"\n`), ctx)).toEqual([]);
    expect(dataCard.check(file('eval/prepare.py', script(['# https://huggingface.co/datasets/org/corpus'])), ctx)).toEqual([]);
  });
});

describe('vision training loaders and public training sets (found on a fourth validation batch)', () => {
  const loader = (transforms: string[]) =>
    lines(
      'from torchvision import datasets, transforms',
      '',
      'def build_dataset(is_train, args):',
      '    t = transforms.Compose([',
      ...transforms.map((x) => `        ${x},`),
      '        transforms.ToTensor(),',
      '    ])',
      '    return datasets.ImageFolder(os.path.join(args.data_path, "train"), transform=t)',
    );

  it('an image-folder loader with random crops and flips prepares the training images', () => {
    const f = best(preprocessing, 'util/datasets.py', loader(['transforms.RandomResizedCrop(args.input_size)', 'transforms.RandomHorizontalFlip()']));
    expect(f).toMatchObject({ outcome: 'evidence' });
    expect(f!.signals).toEqual(expect.arrayContaining(['augments', 'reads-dataset', 'training-dataset']));
  });

  it('the same loader resizing and centring images for evaluation does not', () => {
    expect(best(preprocessing, 'util/datasets.py', loader(['transforms.Resize(256)', 'transforms.CenterCrop(224)']))?.outcome).not.toBe('evidence');
  });

  const readme = (sentence: string) => lines('# ViT', '', sentence, '', '## Usage', '', 'pip install vit');

  it('"pre-trained on the [ImageNet](…) dataset" points to the public dataset its publishers document', () => {
    expect(best(dataCard, 'README.md', readme('The models were pre-trained on the [ImageNet](http://www.image-net.org/) and [ImageNet-21k](http://www.image-net.org/) datasets.'))).toMatchObject({
      outcome: 'external',
      code: 'public-dataset',
      url: 'http://www.image-net.org/',
    });
  });

  it('not a set the user fine-tunes on, one the model is evaluated on, or a link that names no known corpus', () => {
    for (const s of ['You can fine-tune the models on [CIFAR-10](https://www.cs.toronto.edu/~kriz/cifar.html).', 'The models were evaluated on [COCO](https://cocodataset.org/).', 'The models were trained on [our data](https://x.org/data).']) {
      expect(dataCard.check(file('README.md', readme(s)), ctx).filter((f) => f.outcome === 'external')).toEqual([]);
    }
  });
});

describe('TF Estimator pretraining and evaluation-only tokenization (found on a fourth validation batch)', () => {
  const estimator = (call: string) =>
    lines(
      'import tensorflow as tf',
      'import optimization',
      '',
      'def model_fn(features, labels, mode, params):',
      '  total_loss = masked_lm_loss + next_sentence_loss',
      '  train_op = optimization.create_optimizer(total_loss, FLAGS.learning_rate, FLAGS.num_train_steps)',
      '  return tf.contrib.tpu.TPUEstimatorSpec(mode=mode, loss=total_loss, train_op=train_op)',
      '',
      'estimator = tf.contrib.tpu.TPUEstimator(model_fn=model_fn, config=run_config)',
      call,
    );

  it('a TPUEstimator script that calls estimator.train() trains', () => {
    expect(best(training, 'run_pretraining.py', estimator('estimator.train(input_fn=train_input_fn, max_steps=FLAGS.num_train_steps)'))).toMatchObject({ outcome: 'evidence', line: 10 });
  });

  it('one that only evaluates or predicts does not', () => {
    expect(best(training, 'run_pretraining.py', estimator('result = estimator.evaluate(input_fn=eval_input_fn)'))?.outcome).not.toBe('evidence');
  });

  const tokenize = (input: string, output: string) =>
    lines(
      'import json',
      'from tok import encoder',
      '',
      `DATA_PATH = "/data/pile/${input}"`,
      `OUTPUT_PATH = "/data/pile/${output}"`,
      '',
      'with open(DATA_PATH, "r") as f:',
      '    rows = [json.loads(l) for l in f.readlines()]',
      'for r in rows:',
      '    r["ids"] = encoder.encode(r["text"])',
      'with open(OUTPUT_PATH, "w") as f:',
      '    f.writelines(json.dumps(r) + "\\n" for r in rows)',
    );

  it('tokenizing only a validation split prepares an evaluation set, not training data', () => {
    expect(best(preprocessing, 'tools/tokenize_pile.py', tokenize('val.jsonl', 'val_tokenized.jsonl'))?.outcome).not.toBe('evidence');
  });

  it('the same script over the train split counts', () => {
    expect(best(preprocessing, 'tools/tokenize_pile.py', tokenize('train.jsonl', 'train_tokenized.jsonl'))).toMatchObject({ outcome: 'evidence' });
  });
});

describe("a vision-language release's own data and paper (found on a fourth validation batch)", () => {
  it('"Pre-training datasets download" offers the release\'s own training data: a data section', () => {
    const text = lines(
      '# VLM',
      '',
      '### Pre-training datasets download:',
      'We provide the bootstrapped pre-training datasets as json files, filtered from web captions and synthetic captions, one item per image with its url and caption.',
      'The model was trained on the union of these sets, about 14M images in total, after filtering noisy captions.',
      '',
      'Image source | Filtered web caption | Filtered synthetic caption',
      '--- | --- | ---',
      'CC3M+CC12M+SBU | [Download](https://x.org/ccs_filtered.json) | [Download](https://x.org/ccs_synthetic.json)',
      'LAION115M | [Download](https://x.org/laion_filtered.json) | [Download](https://x.org/laion_synthetic.json)',
    );
    expect(best(dataCard, 'README.md', text)).toMatchObject({ outcome: 'evidence', line: 3 });
  });

  it('"Download the data" stays a how-to', () => {
    const text = lines('# VLM', '', '### Download the data', 'Fetch the caption files filtered for your runs from [here](https://x.org/ccs_filtered.json) and [LAION](https://x.org/laion.json), about 14M images, then set the paths.');
    expect(best(dataCard, 'README.md', text)?.outcome).not.toBe('evidence');
  });

  it('"the PyTorch code of the <a href=…>VLM paper</a>" names the own paper, where the scores of the released checkpoints are', () => {
    const text = lines('## This repository is archived: see the new library', '', 'This is the PyTorch code of the <a href="https://arxiv.org/abs/2201.12086">VLM paper</a>.', '', '### Pre-trained checkpoints:', 'Num. images | ViT-B', '--- | ---', '14M | [Download](https://x.org/m.pth)', '', '### Evaluation', 'Run `python eval.py` to evaluate the model.');
    expect(findPaperRefs(text)).toMatchObject([{ own: true }]);
    expect(best(evalResults, 'README.md', text)).toMatchObject({ outcome: 'external', code: 'paper-results' });
  });
});
