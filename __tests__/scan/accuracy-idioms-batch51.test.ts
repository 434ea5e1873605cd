// Idioms that the validation batches measured in the session of batches 51 and later showed the
// detectors missed, each with the look-alike that must stay as it was. Texts are written here in the
// shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file } from '../helpers/detector.js';
import { lines, strongest } from '../helpers/detector.js';

const picked = (detector: Detector, paths: string[]): string[] => [...(selectCandidates(paths, [detector]).get(detector.id) ?? [])];

describe("a research repository's training loop in a root module named for the method", () => {
  it('root modules are read for training, after the named candidates', () => {
    const got = picked(training, ['qlora.py', 'scripts/finetune_7b.sh', 'run_nerf.py', 'train.py', 'pkg/qlora_utils.py']);
    expect(got).toContain('qlora.py');
    expect(got).toContain('run_nerf.py');
    expect(got.indexOf('train.py')).toBeLessThan(got.indexOf('qlora.py'));
    // Modules deeper in a package are not read unless their name or folder says training.
    expect(got).not.toContain('pkg/qlora_utils.py');
  });

  it('root helpers, models and apps are not read for training', () => {
    expect(picked(training, ['utils.py', 'model.py', 'app.py', 'demo.py', 'inference.py', 'setup.py'])).toEqual([]);
  });

  it('a root module with a Trainer run is training evidence', () => {
    const text = lines(
      'from transformers import Seq2SeqTrainer, Seq2SeqTrainingArguments',
      'def train():',
      '    args = Seq2SeqTrainingArguments(output_dir="out", learning_rate=2e-4)',
      '    trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=data)',
      '    trainer.train()',
      '    trainer.save_state()',
    );
    expect(strongest(training, 'qlora.py', text)).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
  });
});

describe('vision training loaders that build their views on the fly', () => {
  const pretrain = (datasetCall: string[]) =>
    lines(
      'import torchvision.datasets as datasets',
      'import torchvision.transforms as transforms',
      'import views',
      '',
      'def main(args):',
      '    augmentation = [',
      '        transforms.RandomResizedCrop(224, scale=(0.2, 1.0)),',
      '        transforms.ColorJitter(0.4, 0.4, 0.4, 0.1),',
      '        transforms.RandomHorizontalFlip(),',
      '        transforms.ToTensor(),',
      '    ]',
      ...datasetCall,
      '    loader = torch.utils.data.DataLoader(train_set, batch_size=256, shuffle=True)',
      '    for epoch in range(args.epochs):',
      '        train(loader, model, optimizer, epoch)',
    );

  it('an image folder wrapped with a two-view transform, the call spread over lines, counts', () => {
    const f = strongest(preprocessing, 'main_pretrain.py', pretrain(['    train_set = datasets.ImageFolder(', '        traindir,', '        views.TwoViewTransform(transforms.Compose(augmentation)))']));
    expect(f).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['training-dataset']) });
  });

  it('the same folder read with only evaluation resizing stays short of evidence', () => {
    const evalOnly = lines(
      'import torchvision.datasets as datasets',
      'import torchvision.transforms as transforms',
      '',
      'def main(args):',
      '    val_set = datasets.ImageFolder(',
      '        valdir,',
      '        transforms.Compose([transforms.Resize(256), transforms.CenterCrop(224), transforms.ToTensor()]))',
      '    loader = torch.utils.data.DataLoader(val_set, batch_size=256)',
      '    validate(loader, model)',
    );
    expect(strongest(preprocessing, 'main_pretrain.py', evalOnly)?.outcome).not.toBe('evidence');
  });

  const timm = (training: boolean) =>
    lines(
      'from timm.data import Dataset, create_loader, Mixup',
      '',
      'def main(args):',
      '    dataset_train = Dataset(train_dir)',
      ...(training ? ['    mixup_fn = Mixup(mixup_alpha=0.8, cutmix_alpha=1.0, label_smoothing=0.1)'] : []),
      '    loader_train = create_loader(',
      '        dataset_train,',
      '        input_size=224,',
      '        batch_size=args.batch_size,',
      `        is_training=${training ? 'True' : 'False'},`,
      ...(training ? ['        re_prob=args.reprob,', '        auto_augment=args.aa,'] : []),
      '    )',
      '    for epoch in range(args.epochs):',
      '        train_one_epoch(epoch, model, loader_train, optimizer)',
    );

  it("timm's training loader with its augmentation policy and mixup counts", () => {
    expect(strongest(preprocessing, 'main.py', timm(true))).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['training-dataset', 'augments']) });
  });

  it("timm's loader without training augmentation is not preprocessing", () => {
    expect(strongest(preprocessing, 'main.py', timm(false))?.outcome).not.toBe('evidence');
  });
});

describe("a data guide's section named for the dataset it downloads", () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (path: string, text: string): Finding[] => dataCard.check(file(path, text), ctx).filter((f) => f.outcome === 'external');
  const guide = (...sections: string[][]) => lines(...sections.flat());
  const nuscenes = ['## nuScenes', 'Download nuScenes v1.0 full dataset and the CAN bus expansion [HERE](https://example.org/nuscenes/download), then run the steps below.', '', '```', '# unzip the archive', 'unzip can_bus.zip', '```'];

  it('counts in a guide named for preparing the data, whatever the link text', () => {
    expect(external('docs/prepare_dataset.md', guide(nuscenes))[0]).toMatchObject({ code: 'public-dataset', url: 'https://example.org/nuscenes/download', line: 2 });
    expect(external('docs/DATA_PREP.md', guide(nuscenes))[0]).toMatchObject({ code: 'public-dataset' });
  });

  it('the same section in a guide of another name, or a sentence that does not name the dataset, does not', () => {
    expect(external('docs/install.md', guide(nuscenes))).toEqual([]);
    const other = ['## nuScenes', 'Get the files [HERE](https://example.org/files) and unpack them.'];
    expect(external('docs/prepare_dataset.md', guide(other))).toEqual([]);
  });

  it("a framework's catalogue of many datasets is not what the release trained on", () => {
    const section = (name: string) => [`### ${name}`, `Download ${name} dataset [here](https://example.org/${name.toLowerCase()}).`, ''];
    const catalogue = guide(['## Prepare datasets', 'It is recommended to symlink the dataset root.', ''], ...['Cityscapes', 'ADE20K', 'Pascal VOC', 'DRIVE', 'STARE'].map(section));
    expect(external('docs/dataset_prepare.md', catalogue)).toEqual([]);
  });
});

describe('the README sends the reader to the repository that holds the training code', () => {
  const readme = (sentence: string) => lines('# SwinIR', '', '## Training', '', sentence, '');
  const framework = (text: string) => training.check(file('README.md', readme(text)), { paths: [], has: () => false, submodules: [] }).filter((f) => f.outcome === 'external');

  it('"The training code is at [KAIR](…)" names where it is published', () => {
    expect(framework('The training code is at [KAIR](https://github.com/example/KAIR/blob/master/docs/README_SwinIR.md).')[0]).toMatchObject({ code: 'framework-link', url: 'https://github.com/example/KAIR' });
    expect(framework('For training, please refer to [toolkit](https://github.com/example/toolkit).')[0]).toMatchObject({ code: 'framework-link' });
  });

  it('a promise of code to come, or code for something else, is not', () => {
    expect(framework('The training code will be released at [KAIR](https://github.com/example/KAIR) soon.')).toEqual([]);
    expect(framework('The evaluation code is at [toolkit](https://github.com/example/toolkit).')).toEqual([]);
  });
});

describe("a root README for one of the releases holds that release's training command", () => {
  it('README-<release>.md is read for its documented launch; translations of the README are not', () => {
    const got = picked(config, ['README.md', 'README-SC2INST.md', 'README_zh.md', 'README-ja.md', 'README_zh-CN.md']);
    expect(got).toContain('README-SC2INST.md');
    expect(got).not.toContain('README_zh.md');
    expect(got).not.toContain('README-ja.md');
    expect(got).not.toContain('README_zh-CN.md');
  });
});

describe('the README fetches the Hub dataset the models were trained on', () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (text: string): Finding[] => dataCard.check(file('README.md', text), ctx).filter((f) => f.outcome === 'external');

  it('a clone of a Hub dataset right after prose saying the modules were trained on those tasks counts', () => {
    const text = lines('# LoRA modules', '', '## Data', '', 'The LoRA modules are trained on the tasks used to instruct the base model, via the following command:', '', '```bash', 'git clone https://huggingface.co/datasets/example/flan-tasks', '```');
    expect(external(text)[0]).toMatchObject({ code: 'public-dataset', url: 'https://huggingface.co/datasets/example/flan-tasks', line: 8 });
  });

  it("a fine-tuning walk-through's stand-in dataset does not", () => {
    const text = lines('# Toolkit', '', '## Finetune', '', 'Finetuning is further training a pretrained model on a smaller dataset.', '', '```bash', 'curl -L https://huggingface.co/datasets/someone/finance/resolve/main/data.json -o my_custom_dataset.json', '```');
    expect(external(text)).toEqual([]);
    const evalSet = lines('# Model', '', 'The evaluation set the models were never trained on:', '', '```bash', 'git clone https://huggingface.co/datasets/example/heldout', '```');
    expect(external(evalSet)).toEqual([]);
  });
});

describe("an mmdet3d-style converter from a raw dataset to the loader's info files", () => {
  const converter = (dump: boolean) =>
    lines(
      'from nuscenes.nuscenes import NuScenes',
      'import mmcv',
      '',
      'def create_infos(root_path, info_prefix, version):',
      '    nusc = NuScenes(version=version, dataroot=root_path)',
      '    train_infos, val_infos = fill_infos(nusc, train_scenes, val_scenes)',
      '    train_infos = [i for i in train_infos if i["num_lidar_pts"] > 0]',
      ...(dump ? ['    mmcv.dump(dict(infos=train_infos), f"{root_path}/{info_prefix}_infos_train.pkl")'] : []),
      '    return train_infos',
    );

  it('reads the dataset with its devkit, filters and writes the info files: evidence', () => {
    const got = picked(preprocessing, ['tools/data_converter/nuscenes_converter.py']);
    expect(got).toEqual(['tools/data_converter/nuscenes_converter.py']);
    expect(strongest(preprocessing, 'tools/data_converter/nuscenes_converter.py', converter(true))).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['writes-infos']) });
  });

  it('the same reader that writes nothing is not', () => {
    expect(strongest(preprocessing, 'tools/data_converter/nuscenes_converter.py', converter(false))?.outcome).not.toBe('evidence');
  });
});

describe('more ways a README or data guide names the public training set', () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (path: string, text: string): Finding[] => dataCard.check(file(path, text), ctx).filter((f) => f.outcome === 'external');

  it('"We use [X](…) as our main training dataset", the sentence wrapped over two lines', () => {
    const text = lines('# Interpolator', '', '## Datasets', '', 'We use [Clips-90K](https://example.org/clips_triplet.zip) as', 'our main training dataset. For evaluations we use [Bench](https://example.org/bench).');
    expect(external('README.md', text)[0]).toMatchObject({ code: 'public-dataset', url: 'https://example.org/clips_triplet.zip', line: 5 });
  });

  it('the same words about an evaluation set do not count', () => {
    const text = lines('# Interpolator', '', 'We use [Clips-90K](https://example.org/clips_test.zip) as our test set for the evaluation.');
    expect(external('README.md', text)).toEqual([]);
  });

  it("a data guide's dataset section that fetches an archive named for the dataset counts, with its title over only commands", () => {
    const text = lines('# Prepare Dataset', '', '## SpeechSet', '', '### Download Dataset', '```bash', 'mkdir -p data/raw', 'wget https://example.org/data/SpeechSet-1.1.tar.bz2', 'tar -xvf SpeechSet-1.1.tar.bz2', '```', '', '### Preprocess', '```bash', 'python preprocess.py --config $CONFIG', '```');
    const found = dataCard.check(file('docs/prepare_data.md', text), ctx);
    expect(found.find((f) => f.outcome === 'external')).toMatchObject({ code: 'public-dataset', url: 'https://example.org/data/SpeechSet-1.1.tar.bz2', line: 8 });
    expect(found.filter((f) => f.code === 'placeholder')).toEqual([]);
    // An archive named for something else (a checkpoint, a tool) is not the dataset's.
    expect(external('docs/prepare_data.md', text.replace('SpeechSet-1.1.tar.bz2', 'vocoder_ckpt.zip'))).toEqual([]);
  });

  it("a command's folder name in a code span is not what the sentence says of the data", () => {
    const text = lines('# TTS', '', '## 2. Pre-requisites', '', 'a) Download and extract the [LJ Speech dataset](https://example.org/lj), then link it: `ln -s /path/to/wavs DUMMY`');
    expect(external('README.md', text)[0]).toMatchObject({ code: 'public-dataset', url: 'https://example.org/lj' });
    expect(external('README.md', text.replace('`ln -s /path/to/wavs DUMMY`', 'a dummy folder'))).toEqual([]);
  });
});

describe("a data guide's steps that follow another project's guide", () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (text: string): Finding[] => dataCard.check(file('docs/data_preparation.md', text), ctx).filter((f) => f.outcome === 'external');

  it("point to the dataset's own page, not to the project whose steps they follow", () => {
    const text = lines('## Data Preparation', '', '### Charades', '', 'We follow [Toolkit](https://github.com/example/toolkit/blob/main/DATASET.md) to prepare the Charades dataset as follows:', '', '1. Download the Charades RGB frames from [official website](https://example.org/charades_rgb.tar).');
    expect(external(text)[0]).toMatchObject({ url: 'https://example.org/charades_rgb.tar', line: 7 });
    expect(external(text.replace(/\n1\. Download[^\n]*/, ''))).toEqual([]);
  });
});

describe('TF1 training loops and Lightning-style task modules', () => {
  it("dnnlib's optimiser (`register_gradients`, `apply_updates`) and TF1's `opt.minimize(loss)` are gradient updates", () => {
    const dnnlib = lines('def training_loop():', '    G_opt = tflib.Optimizer(name="TrainG", learning_rate=0.002)', '    G_opt.register_gradients(tf.reduce_mean(G_loss), G.trainables)', '    G_train_op = G_opt.apply_updates()', '    for it in range(total_kimg):', '        tflib.run(G_train_op)');
    expect(strongest(training, 'training/training_loop.py', dnnlib)).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
    const tf1 = lines('import tensorflow as tf', 'def main():', '    optimizer = tf.train.AdamOptimizer(1e-4)', '    train_op = optimizer.minimize(loss)', '    for step in range(steps):', '        sess.run(train_op)');
    expect(strongest(training, 'train.py', tf1)).toMatchObject({ outcome: 'evidence' });
  });

  it("scipy's optimize.minimize fitting a curve is not a training loop", () => {
    const fit = lines('from scipy import optimize', 'def fit_scaling(xs, ys):', '    res = optimize.minimize(lambda p: ((p[0] * xs + p[1] - ys) ** 2).sum(), [1.0, 0.0])', '    return res.x');
    expect(strongest(training, 'train_scaling.py', fit)?.outcome).not.toBe('evidence');
  });

  it('task modules are read for training; benchmark tasks are not', () => {
    const got = picked(training, ['tasks/base_task.py', 'training/acoustic_task.py', 'eval/mmlu_task.py', 'tasks/infer_task.py']);
    expect(got).toEqual(expect.arrayContaining(['tasks/base_task.py', 'training/acoustic_task.py']));
    expect(got).not.toContain('eval/mmlu_task.py');
    expect(got).not.toContain('tasks/infer_task.py');
  });
});

describe('data builders written as Beam pipelines, and folders that collect the training data', () => {
  it('a Beam pipeline reading a list of raw triplets and writing TFRecord shards is preprocessing', () => {
    const text = lines(
      'import apache_beam as beam',
      'import tensorflow as tf',
      '',
      'def main(argv):',
      '  with tf.io.gfile.GFile(FLAGS.input_list, "r") as fid:',
      '    triplets = [line.strip() for line in fid]',
      '  p = beam.Pipeline("DirectRunner")',
      '  (p | beam.Create(triplets) | beam.ParDo(ToExample())',
      '     | beam.io.tfrecordio.WriteToTFRecord(file_path_prefix=FLAGS.output, num_shards=FLAGS.num_shards))',
      '  p.run()',
    );
    expect(strongest(preprocessing, 'datasets/create_clips_tfrecord.py', text)).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['writes-shards', 'reads-raw']) });
    expect(picked(preprocessing, ['datasets/create_clips_tfrecord.py'])).toEqual(['datasets/create_clips_tfrecord.py']);
  });

  it("a data-collection folder's scripts are read; the same script elsewhere in a package is not", () => {
    expect(picked(preprocessing, ['experiments/v2/data_collection/compress.py'])).toEqual(['experiments/v2/data_collection/compress.py']);
    expect(picked(preprocessing, ['experiments/v2/analysis/compress.py'])).toEqual([]);
  });
});

describe('BasicSR and TF-era training steps', () => {
  it("an entry point that registers its models and runs BasicSR's train_pipeline is training", () => {
    const text = lines('import os.path as osp', 'import mypkg.archs', 'import mypkg.models', 'from basicsr.train import train_pipeline', '', "if __name__ == '__main__':", '    root_path = osp.abspath(osp.join(__file__, osp.pardir, osp.pardir))', '    train_pipeline(root_path)');
    expect(strongest(training, 'mypkg/train.py', text)).toMatchObject({ outcome: 'evidence', line: 8 });
    // The bare import without the call stays a thin entry point.
    expect(strongest(training, 'mypkg/train.py', text.replace('    train_pipeline(root_path)\n', '    pass\n'))?.outcome).not.toBe('evidence');
  });

  it("a model's own optimize_parameters step and a hand-written adam update are training steps", () => {
    const basicsr = lines('def main():', '    for train_data in loader:', '        model.feed_data(train_data)', '        model.optimize_parameters(current_iter)', '        model.save(epoch, current_iter)');
    expect(strongest(training, 'basicsr/train.py', basicsr)).toMatchObject({ outcome: 'evidence' });
    const tf = lines('grads = tf.gradients(loss, all_params)', 'optimizer = tf.group(nn.adam_updates(all_params, grads, lr=tf_lr))', 'for epoch in range(epochs):', '    sess.run([loss, optimizer], feed_dict)');
    expect(strongest(training, 'train.py', tf)).toMatchObject({ outcome: 'evidence' });
  });
});

describe('detection loaders: detectron2 dataset mappers and DETR-style COCO readers', () => {
  const mapper = () =>
    lines(
      'from detectron2.data import detection_utils as utils',
      'from detectron2.data import transforms as T',
      '',
      'class InstDatasetMapper:',
      '    def __init__(self, cfg, is_train=True):',
      '        self.augs = T.AugmentationList([T.ResizeShortestEdge([400, 500, 600], 1333), T.RandomFlip()])',
      '    def __call__(self, dataset_dict):',
      '        image = utils.read_image(dataset_dict["file_name"], format="RGB")',
      '        annos = [a for a in dataset_dict.pop("annotations") if a.get("iscrowd", 0) == 0]',
      '        dataset_dict["instances"] = utils.filter_empty_instances(utils.annotations_to_instances(annos, image.shape[:2]))',
      '        return dataset_dict',
    );

  it("a detectron2 mapper that reads the image, augments and builds targets is an on-the-fly loader", () => {
    expect(strongest(preprocessing, 'pkg/dataset_mapper.py', mapper())).toMatchObject({ outcome: 'evidence', signals: expect.arrayContaining(['training-dataset', 'augments']) });
  });

  it('a mapper that only reads the image for a prediction is not', () => {
    const predict = lines('from detectron2.data import detection_utils as utils', '', 'class PredictDatasetMapper:', '    def __call__(self, dataset_dict):', '        image = utils.read_image(dataset_dict["file_name"], format="RGB")', '        return {"image": torch.as_tensor(image.transpose(2, 0, 1))}');
    expect(strongest(preprocessing, 'pkg/dataset_mapper.py', predict)?.outcome).not.toBe('evidence');
  });

  it("a vendored DensePose copy's mapper is the library's, not the release's", () => {
    expect(picked(preprocessing, ['densepose/data/dataset_mapper.py', 'pkg/data/dataset_mapper.py'])).toEqual(['pkg/data/dataset_mapper.py']);
  });

  it("ControlNet's annotator/ folder of vendored estimators is not read for the release's training", () => {
    const paths = ['annotator/zoe/zoedepth/trainers/zoedepth_nk_trainer.py', 'annotator/uniformer/configs/_base_/schedules/schedule_160k.py', 'tutorial_train.py'];
    expect(picked(training, paths)).toEqual(['tutorial_train.py']);
  });
});

describe("a YOLO-style dataset config's header names the public training set", () => {
  const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };
  const external = (path: string, text: string): Finding[] => dataCard.check(file(path, text), ctx).filter((f) => f.outcome === 'external');
  const config = (header: string) => lines(header, '', 'download: bash ./scripts/get_data.sh', '', 'train: ./boxes/train2017.txt  # 118287 images', 'val: ./boxes/val2017.txt', 'test: ./boxes/test.txt  # submit to https://competitions.example.org/c/1', '', 'nc: 80', "names: ['person', 'bicycle']");

  it('counts the dataset the header names with its page', () => {
    expect(picked(dataCard, ['data/boxes.yaml'])).toEqual(['data/boxes.yaml']);
    expect(external('data/boxes.yaml', config('# Boxes 2017 dataset http://boxes.example.org'))[0]).toMatchObject({ code: 'public-dataset', url: 'http://boxes.example.org', line: 1 });
  });

  it('not the test split\'s submission server, nor a config without a train split', () => {
    expect(external('data/boxes.yaml', config('# Boxes 2017 dataset'))).toEqual([]);
    expect(external('data/hyp.yaml', lines('# Hyperparameters, see https://example.org/docs', 'lr0: 0.01', 'momentum: 0.937'))).toEqual([]);
  });
});
