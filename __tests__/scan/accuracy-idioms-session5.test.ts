// Idioms found by reading the disagreements pooled over all 69 validation batches (the session after
// batches 51-69), each with the look-alike that must stay as it was. Texts are written here in the
// shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { selectCandidates } from '../../src/scan/index.js';
import type { Finding, ScanContext } from '../../src/domain/finding.js';
import { context, file, lines, strongest } from '../helpers/detector.js';

describe('a module that composes the training augmentation stack', () => {
  it('three or more random torchvision transforms in a transform class: evidence, not an inference processor', () => {
    const text = lines(
      'from PIL import ImageOps, ImageFilter',
      'import torchvision.transforms as transforms',
      '',
      'class Solarization(object):',
      '    def __call__(self, img):',
      '        return ImageOps.solarize(img)',
      '',
      'class TrainTransform(object):',
      '    def __init__(self):',
      '        self.transform = transforms.Compose([',
      '            transforms.RandomResizedCrop(224),',
      '            transforms.RandomHorizontalFlip(p=0.5),',
      '            transforms.RandomApply([transforms.ColorJitter(0.4, 0.4, 0.2, 0.1)], p=0.8),',
      '            transforms.RandomGrayscale(p=0.2),',
      '            Solarization(),',
      '            transforms.ToTensor(),',
      '        ])',
      '',
      '    def __call__(self, sample):',
      '        return self.transform(sample), self.transform(sample)',
    );
    expect(strongest(preprocessing, 'augmentations.py', text)).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['augmentation-stack']) });
  });

  it("TensorFlow's random image ops composed into a distortion count the same", () => {
    const text = lines(
      'import tensorflow.compat.v1 as tf',
      '',
      'def color_jitter(image, s):',
      '    image = tf.image.random_brightness(image, max_delta=0.8 * s)',
      '    image = tf.image.random_contrast(image, lower=1 - 0.8 * s, upper=1 + 0.8 * s)',
      '    image = tf.image.random_saturation(image, lower=1 - 0.8 * s, upper=1 + 0.8 * s)',
      '    return tf.image.random_hue(image, max_delta=0.2 * s)',
    );
    expect(strongest(preprocessing, 'data_util.py', text)?.outcome).toBe('evidence');
  });

  it('evaluation transforms (resize, centre crop) and a single flip are not a training stack', () => {
    const text = lines(
      'import torchvision.transforms as transforms',
      '',
      'def eval_transform(size):',
      '    return transforms.Compose([',
      '        transforms.Resize(size),',
      '        transforms.CenterCrop(224),',
      '        transforms.RandomHorizontalFlip(),',
      '        transforms.ToTensor(),',
      '        transforms.Normalize(mean, std),',
      '    ])',
    );
    expect(strongest(preprocessing, 'augmentations.py', text)?.outcome).not.toBe('evidence');
  });

  it('a data manager or data_util module is read as a data module', () => {
    const got = [...(selectCandidates(['src/data_manager.py', 'data_util.py', 'src/model_manager.py'], [preprocessing]).get('preprocessing') ?? [])];
    expect(got.slice(0, 2).sort()).toEqual(['data_util.py', 'src/data_manager.py']);
  });
});

describe("a README's key line for the dataset it was trained on", () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (text: string): Finding[] => dataCard.check(file('README.md', text), ctx).filter((f) => f.outcome === 'external');

  it('"- Dataset: [org/set](hub link)", in English or Chinese, names where the training data is published', () => {
    const zh = lines('# Chinese chat model', '', '- 模型：[https://huggingface.co/acme/chat-7b](https://huggingface.co/acme/chat-7b)', '- 数据集：[https://huggingface.co/datasets/acme/sft-mix](https://huggingface.co/datasets/acme/sft-mix)');
    expect(external(zh)[0]).toMatchObject({ url: 'https://huggingface.co/datasets/acme/sft-mix', line: 4 });
    const en = lines('# Model', '', '- **Dataset:** [acme/sft-mix](https://huggingface.co/datasets/acme/sft-mix)');
    expect(external(en)[0]?.url).toBe('https://huggingface.co/datasets/acme/sft-mix');
  });

  it('a Hub dataset link on a line that is not about the training data does not', () => {
    const text = lines('# Model', '', 'Try it in the [demo](https://huggingface.co/spaces/acme/demo), or see [acme/other](https://huggingface.co/datasets/acme/other).');
    expect(external(text)).toEqual([]);
    const evalLine = lines('# Model', '', '- Dataset: [acme/bench](https://huggingface.co/datasets/acme/bench) (evaluation only)');
    expect(external(evalLine)).toEqual([]);
  });
});

describe('record stores and training datasets that return token ids', () => {
  it('a script that writes raw images into an LMDB is read by its name and counts', () => {
    const text = lines(
      'import lmdb, os',
      '',
      'def main(img_path, lmdb_path):',
      '    env = lmdb.open(lmdb_path, map_size=1e12)',
      '    with env.begin(write=True) as txn:',
      '        for i, name in enumerate(sorted(os.listdir(img_path))):',
      '            file_path = os.path.join(img_path, name)',
      '            with open(file_path, "rb") as f:',
      '                data = f.read()',
      '            txn.put(str(i).encode(), data)',
    );
    expect(strongest(preprocessing, 'scripts/create_faces_lmdb.py', text)?.outcome).toBe('evidence');
    const got = [...(selectCandidates(['scripts/create_faces_lmdb.py', 'scripts/make_tfrecords.py', 'scripts/plot_curves.py'], [preprocessing]).get('preprocessing') ?? [])];
    expect(got.sort()).toEqual(['scripts/create_faces_lmdb.py', 'scripts/make_tfrecords.py']);
  });

  it("an SFT dataset class returning input_ids is not an inference input processor", () => {
    const text = lines(
      'from torch.utils.data import Dataset',
      '',
      'class SFTDataset(Dataset):',
      '    def __init__(self, dataset, tokenizer, max_length):',
      '        self.tokenizer = tokenizer',
      '        data = dataset.map(self.process_data, remove_columns=dataset.column_names)',
      '        self.data = data.filter(lambda x: x["prompt"] is not None)',
      '',
      '    def __getitem__(self, idx):',
      '        input_ids = self.tokenizer(self.data[idx]["text"], max_length=self.max_length, truncation=True)',
      '        return input_ids, attention_mask, loss_mask',
    );
    const f = strongest(preprocessing, 'pkg/datasets/sft_dataset.py', text);
    expect(f?.signals).not.toContain('serves-input');
    expect(f?.outcome).toBe('weak');
  });
});

describe('training steps owned by a scaler or a trainer object', () => {
  it("timm's loss scaler doing backward and step in one call, in a file that also evaluates under no_grad", () => {
    const text = lines(
      'import torch',
      '',
      'def train_epoch(loader, model, optimizer, loss_scaler, epoch):',
      '    for inputs, labels in loader:',
      '        loss = loss_fun(model(inputs), labels)',
      '        optimizer.zero_grad()',
      '        loss_scaler(loss, optimizer, clip_grad=1.0, parameters=model.parameters())',
      '',
      '@torch.no_grad()',
      'def eval_epoch(loader, model):',
      '    return [model(x) for x, _ in loader]',
    );
    expect(strongest(training, 'tools/train_net.py', text)).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
  });

  it("an entry point that builds a trainer from the config and runs it", () => {
    const text = lines('from pkg import models, datasets, trainers', '', 'def main(cfg):', '    trainer = getattr(trainers, cfg.trainer.name)(models, datasets, **cfg.trainer.args)', '    trainer.run()');
    expect(strongest(training, 'train.py', text)?.outcome).toBe('evidence');
  });

  it('a scaler that only scales an image, or a runner that runs a demo, is not a training step', () => {
    const text = lines('import torch', '', '@torch.no_grad()', 'def main(args):', '    image = scaler(image, size)', '    demo.run()');
    expect(strongest(training, 'train.py', text)?.outcome).not.toBe('evidence');
  });
});

describe('batches 70-73: Lightning CLI entry points, audio augmentation helpers, a linked set the models were trained on', () => {
  it("an entry point that hands its subcommand to Lightning's CLI (`python main.py fit --config …`) trains", () => {
    const text = lines('import lightning as L', 'from lightning.pytorch.cli import LightningCLI', '', 'def main():', '    cli = LightningCLI(save_config_callback=None, seed_everything_default=0)', '', 'if __name__ == "__main__":', '    main()');
    expect(strongest(training, 'main.py', text)?.outcome).toBe('evidence');
  });

  it('a training dataset module that defines its own augmentation functions builds the training examples', () => {
    const text = lines(
      'import random, torch, torchaudio',
      '',
      'def _augment_gain(audio, low=0.25, high=1.25):',
      '    return audio * random.uniform(low, high)',
      '',
      'class MixDataset(torch.utils.data.Dataset):',
      '    def __init__(self, root):',
      '        self.tracks = open(root + "/train.txt", "r").read().split()',
      '',
      '    def __getitem__(self, index):',
      '        audio, rate = torchaudio.load(self.tracks[index])',
      '        return _augment_gain(audio)',
    );
    expect(strongest(preprocessing, 'pkg/data.py', text)?.outcome).toBe('evidence');
    // The same helper in a module that builds no training set stays short of evidence.
    const helper = lines('import random', '', 'def _augment_flip(img):', '    return img[:, ::-1] if random.random() < 0.5 else img');
    expect(strongest(preprocessing, 'utils/utils_image.py', helper)?.outcome).not.toBe('evidence');
  });

  it('"the models are trained on the [LRS2 dataset](…)" names and links the training set, an HTML anchor too', () => {
    const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
    const ext = (text: string) => dataCard.check(file('README.md', text), ctx).filter((f) => f.outcome === 'external');
    const html = lines('# Lip sync', '', 'As the models are trained on the <a href="https://www.example.org/lrs2.html">LRS2 dataset</a>, commercial use is not allowed.');
    expect(ext(html)[0]?.url).toBe('https://www.example.org/lrs2.html');
    const md = lines('# Detector', '', 'All checkpoints are trained on the [COCO dataset](https://cocodataset.org) for 300 epochs.');
    expect(ext(md)[0]?.url).toBe('https://cocodataset.org');
    // Evaluated on, or a link whose words are not a dataset's name, does not count.
    expect(ext(lines('# Model', '', 'The models are evaluated on the [LRS2 dataset](https://www.example.org/lrs2.html).'))).toEqual([]);
    expect(ext(lines('# Model', '', 'The models are trained on the [data described in our blog post](https://www.example.org/post).'))).toEqual([]);
  });
});

describe('a benchmark library launching its unified entry point with a training switch', () => {
  it('`python -u run.py --is_training 1 … --train_epochs 10` over several lines is a training launch', () => {
    const text = lines('export CUDA_VISIBLE_DEVICES=0', '', 'python -u run.py \\', '  --task_name anomaly_detection \\', '  --is_training 1 \\', '  --model Autoformer \\', '  --batch_size 128 \\', '  --train_epochs 10');
    expect(strongest(training, 'scripts/anomaly_detection/MSL/Autoformer.sh', text, context(['run.py']))?.outcome).toBe('evidence');
  });

  it('the same entry point run for testing only, or with a switch but no training flags, is not', () => {
    const test = lines('python -u run.py \\', '  --task_name anomaly_detection \\', '  --is_training 0 \\', '  --train_epochs 10');
    expect(strongest(training, 'scripts/test.sh', test, context(['run.py']))?.outcome).not.toBe('evidence');
    const bare = lines('python run.py --is_training 1 --model Autoformer');
    expect(strongest(training, 'scripts/go.sh', bare, context(['run.py']))?.outcome).not.toBe('evidence');
  });
});

describe('batches 74-75: array archives, error metrics, evaluation datasets in CamelCase', () => {
  it("a converter writing the training arrays with np.savez_compressed writes its output", () => {
    const text = lines(
      'import numpy as np, cdflib, glob',
      '',
      'for f in glob.glob(raw_dir + "/*.cdf"):',
      '    with open(f + ".txt", "r") as meta:',
      '        names = meta.read().split()',
      '    positions = cdflib.CDF(f)["Pose"].reshape(-1, 32, 3) / 1000',
      'np.savez_compressed(output_filename, positions_3d=output)',
    );
    expect(strongest(preprocessing, 'data/prepare_data_h36m.py', text)?.outcome).toBe('evidence');
  });

  it('a results table of errors (MPJPE in mm) is a table of scores', () => {
    const text = lines('# Pose', '', '### Results on Human3.6M', '', '| 2D Detections | Blocks | Error (P1) | Error (P2) |', '|:--|:--:|:--:|:--:|', '| CPN | 4 | **46.8 mm** | **36.5 mm** |', '| Ground truth | 4 | 37.2 mm | 27.2 mm |');
    expect(strongest(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
  });

  it('evaluation datasets named in CamelCase and deployment scripts are not preprocessing candidates', () => {
    const got = [...(selectCandidates(['lib/data/EvalDataset.py', 'lib/data/TrainDataset.py', 'deploy.py', 'data/deploy_utils.py'], [preprocessing]).get('preprocessing') ?? [])];
    expect(got).toEqual(['lib/data/TrainDataset.py']);
  });
});

describe('batches 76-77: TF1 session train ops, models that own their update, speech and video loaders', () => {
  it("a TF1 loop running the model's optimize op in a session trains", () => {
    const text = lines('import tensorflow as tf', '', 'def train(log_dir, args):', '    model.add_loss()', '    model.add_optimizer(global_step)', '    with tf.Session() as sess:', '        while not coord.should_stop():', '            step, loss, opt = sess.run([global_step, model.loss, model.optimize])');
    expect(strongest(training, 'train.py', text)?.outcome).toBe('evidence');
    // A session that only evaluates is not training.
    const evalOnly = lines('import tensorflow as tf', '', 'with tf.Session() as sess:', '    loss = sess.run([model.loss])');
    expect(strongest(training, 'train.py', evalOnly)?.outcome).not.toBe('evidence');
  });

  it('a model handed the learning rate for its own update trains', () => {
    const text = lines('for epoch in range(args.epoch):', '    for i, data in enumerate(train_data):', '        learning_rate = get_learning_rate(step)', '        pred, info = model.update(imgs, gt, learning_rate, training=True)');
    expect(strongest(training, 'train.py', text)?.outcome).toBe('evidence');
    expect(strongest(training, 'train.py', lines('with torch.no_grad():', '    pred, info = model.update(imgs, gt, training=False)'))?.outcome).not.toBe('evidence');
  });

  it("a training dataset's own aug() and a speech preprocessor writing spectrograms count; an image-utilities aug() does not", () => {
    const loader = lines(
      'import cv2, random',
      'from torch.utils.data import Dataset',
      '',
      'class VimeoDataset(Dataset):',
      '    def __init__(self, root):',
      '        self.trainlist = open(root + "/tri_trainlist.txt", "r").read().splitlines()',
      '',
      '    def aug(self, img0, gt, img1, h, w):',
      '        x = random.randint(0, img0.shape[0] - h)',
      '        return img0[x:x + h], gt[x:x + h], img1[x:x + h]',
      '',
      '    def __getitem__(self, index):',
      '        img0 = cv2.imread(self.trainlist[index] + "/im1.png")',
      '        return self.aug(img0, gt, img1, 256, 256)',
    );
    expect(strongest(preprocessing, 'dataset.py', loader)?.outcome).toBe('evidence');
    const utils = lines('import cv2, random', '', 'def augment_img(img, mode=0):', '    return img[::-1] if mode else img', '', 'def imread_uint(path):', '    return cv2.imread(path)');
    expect(strongest(preprocessing, 'utils/utils_image.py', utils)?.outcome).not.toBe('evidence');
    const speech = lines(
      'import numpy as np',
      'from util import audio',
      '',
      'def _process_utterance(out_dir, index, wav_path, text):',
      '    wav = audio.load_wav(wav_path)',
      '    mel = audio.melspectrogram(wav).astype(np.float32)',
      '    np.save(os.path.join(out_dir, "mel-%05d.npy" % index), mel.T, allow_pickle=False)',
    );
    expect(strongest(preprocessing, 'datasets/ljspeech.py', speech)?.outcome).toBe('evidence');
  });
});
