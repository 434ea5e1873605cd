// Idioms found in the first measure of blind batches 94-97, each with the look-alike that must stay
// as it was. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, file, lines, strongest } from '../helpers/detector.js';

describe("Lit-GPT's layout: a stage folder of recipes holding their settings as module constants", () => {
  const recipe = lines(
    'import lightning as L',
    'from lit_gpt.model import GPT',
    '',
    'model_name = "tiny_llama_1b"',
    'global_batch_size = 512',
    'learning_rate = 4e-4',
    'min_lr = 1e-5',
    'micro_batch_size = 4',
    'max_step = 25000',
    'warmup_steps = 1000',
    'weight_decay = 1e-1',
    '',
    'def setup(devices: int = 8) -> None:',
    '    fabric = L.Fabric(devices=devices)',
  );

  it('reads a script of pretrain/ or finetune/ as a training script, and finds its settings', () => {
    for (const path of ['model_training/pretrain/tinyllama.py', 'finetune/lora.py']) {
      expect(config.rank!(path), path).toBeDefined();
      expect(strongest(config, path, recipe), path).toMatchObject({ outcome: 'evidence', code: 'hparams' });
    }
  });

  it("not the folder's helpers and data modules, and not a stage folder's subpackages", () => {
    for (const path of ['pretrain/data_utils.py', 'finetune/model.py', 'pretrain/__init__.py', 'src/pretrain/datasets/loader.py', 'inference/tinyllama.py']) {
      expect(config.rank!(path), path).toBeUndefined();
    }
  });
});

describe('an evaluation toolkit vendored beside the training configs', () => {
  it("OpenCompass's model and dataset configs are not read for the training settings; the release's are", () => {
    for (const path of ['opencompass/configs/models/hf_baichuan_7b.py', 'opencompass/configs/datasets/govrep/govrep_gen.py', 'lm-evaluation-harness/lm_eval/tasks/mmlu/default.yaml']) {
      expect(config.rank!(path), path).toBeUndefined();
    }
    for (const path of ['train/ds_config/ds_config_zero3.json', 'configs/retrieval/train.yaml']) expect(config.rank!(path), path).toBeDefined();
  });
});

describe("a training entry point handing its run to an installed framework's main", () => {
  const entry = (importLine: string) =>
    lines(
      'import os',
      'from training.params import get_framework_args',
      '',
      'def run(args):',
      '    framework_args = get_framework_args(args)',
      `    ${importLine}`,
      '    print(framework_args)',
      '    main(framework_args)',
      '    upload_logs(args.remote)',
      '',
      'if __name__ == "__main__":',
      '    run(parse())',
    );

  it('counts when the framework is not part of the tree: it owns the loop, the script decides the run', () => {
    const got = strongest(training, 'training/train.py', entry('from open_lm.main import main'), context(['training/train.py', 'training/params.py']));
    expect(got).toMatchObject({ outcome: 'evidence', code: 'training-loop', line: 8, message: expect.stringContaining("hands the run to open_lm's training main") });
  });

  it("not when the package is the tree's own (its module is judged instead), nor an import never called", () => {
    const own = strongest(training, 'training/train.py', entry('from open_lm.main import main'), context(['training/train.py', 'open_lm/main.py']));
    expect(own?.outcome).not.toBe('evidence');
    const uncalled = lines('from open_lm.main import main', '', 'def describe():', '    print(main.__doc__)');
    expect(strongest(training, 'train.py', uncalled, context(['train.py']))?.outcome).not.toBe('evidence');
    // A helper module importing a main is no entry point.
    expect(strongest(training, 'tools/plot_curves.py', entry('from open_lm.main import main'), context(['tools/plot_curves.py']))?.outcome).not.toBe('evidence');
  });
});

describe('the scores of protein design and structure prediction', () => {
  it('designability and diversity of the released weights are scores', () => {
    const readme = lines(
      '# Protein backbones',
      '',
      '## Results',
      '',
      'Preliminary results of the two released weight sets:',
      '',
      '| | paper.yaml | base.yaml |',
      '|---|---|---|',
      '| Designability (scRMSD < 2) | 0.29 | 0.34 |',
      '| Diversity (TM cutoff 0.5) | 0.43 | 0.61 |',
    );
    expect(strongest(evalResults, 'README.md', readme)).toMatchObject({ outcome: 'evidence', code: 'score-table', line: 7 });
  });

  it('precision and recall are scores, also in a table that times the model too', () => {
    const readme = lines('# OCR', '', '## Benchmarks', '', '| Model | Time (s) | precision | recall |', '|---|---|---|---|', '| ours | 47.2 | 0.836 | 0.961 |', '| baseline | 74.5 | 0.631 | 0.998 |');
    expect(strongest(evalResults, 'README.md', readme)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    // A column of numeric formats named precision is a setting.
    const formats = lines('# OCR', '', '## Inference', '', '| Model | Precision | Memory |', '|---|---|---|', '| ours | bf16 | 12 GB |', '| ours-int8 | int8 | 6 GB |');
    expect(strongest(evalResults, 'README.md', formats)?.outcome).not.toBe('evidence');
  });

  it('a table of settings beside them is not', () => {
    const readme = lines('# Protein backbones', '', '## Training settings', '', '| setting | value |', '|---|---|', '| batch size | 128 |', '| learning rate | 0.0001 |', '| steps | 500000 |');
    expect(strongest(evalResults, 'README.md', readme)?.outcome).not.toBe('evidence');
  });
});

describe("a model's tokenizer module and an inference demo's input preparation", () => {
  const tokenizer = (tail: string[]) =>
    lines(
      'import torch',
      'from .units import UnitExtractor',
      '',
      'class SpeechTokenizer:',
      '    def __init__(self, checkpoint):',
      '        self.extractor = UnitExtractor(checkpoint)',
      '',
      '    def encode(self, wav):',
      '        units = self.extractor(wav)',
      '        return dedup_units(units)',
      '',
      '    def decode(self, units):',
      '        return self.vocoder(units)',
      ...tail,
    );

  it('a tokenizer module that defines the class and runs nothing is the model, not a pass over data', () => {
    expect(strongest(preprocessing, 'speechlm/speech_tokenizer/speech_tokenizer.py', tokenizer([]))).toMatchObject({ outcome: 'rejected' });
  });

  it('a pretrained codec encoding the raw corpus into training codes is preparation, though it calls model.eval()', () => {
    const encode = lines(
      'import argparse, json, os',
      'from datasets import load_dataset',
      '',
      'if __name__ == "__main__":',
      '    args = parse_args()',
      '    codec = load_codec(args.codec_path)',
      '    codec.model.eval()',
      '    data = load_dataset("speechcolab/gigaspeech", args.size)',
      '    for item in data["train"]:',
      '        phones = tokenizer.tokenize(item["text"])',
      '        codes = codec.encode(item["audio"]["array"])',
      '        out_path = os.path.join(args.save_dir, item["id"] + ".txt")',
      '        with open(out_path, "w") as f:',
      '            f.write(" ".join(map(str, codes)))',
    );
    expect(strongest(preprocessing, 'data/encode_codec.py', encode)).toMatchObject({ outcome: 'evidence' });
    // Opened for writing through a nested call, the way most scripts build their output paths.
    const nested = encode.replace('out_path = os.path.join(args.save_dir, item["id"] + ".txt")', 'pass').replace('with open(out_path, "w")', 'with open(os.path.join(args.save_dir, item["id"] + ".txt"), "w")');
    expect(nested).toContain('open(os.path.join(');
    expect(strongest(preprocessing, 'data/encode_codec.py', nested)).toMatchObject({ outcome: 'evidence', message: expect.stringContaining('writes output files') });
    // A sampling script reading its prompts and writing the images it generates still is not.
    const sample = lines(
      'import argparse, os',
      'from PIL import Image',
      '',
      'def main(opt):',
      '    model = load_model_from_config(config, opt.ckpt)',
      '    model.eval()',
      '    with open(opt.from_file, "r") as f:',
      '        prompts = list(chunk(f.read().splitlines(), opt.batch_size))',
      '    for i, prompt in enumerate(prompts):',
      '        c = model.get_learned_conditioning(tokenizer.tokenize(prompt))',
      '        img = Image.fromarray(decode(model, c))',
      '        img.save(os.path.join(opt.outdir, f"{i:05}.png"))',
    );
    expect(strongest(preprocessing, 'scripts/txt2img.py', sample)?.outcome).not.toBe('evidence');
    // Scoring the model on the same data is still evaluation code.
    const score = encode.replace('codes = codec.encode', 'acc = accuracy_score(item["label"], codec.predict').replace('" ".join(map(str, codes))', 'str(acc)');
    expect(strongest(preprocessing, 'data/encode_codec.py', score)?.outcome).not.toBe('evidence');
  });

  it('the same module run over a corpus to write its units still prepares training data', () => {
    const script = tokenizer([
      '',
      'if __name__ == "__main__":',
      '    tok = SpeechTokenizer(args.checkpoint)',
      '    with open(args.output, "w") as out:',
      '        for path in sorted(glob.glob(f"{args.corpus}/*.wav")):',
      '            out.write(json.dumps({"units": tok.encode(load(path))}) + "\\n")',
    ]);
    expect(strongest(preprocessing, 'speechlm/speech_tokenizer/speech_tokenizer.py', script)?.outcome).toBe('evidence');
  });

  it("demos, web UIs and serving clients are not read; a robot's demonstrations are", () => {
    for (const path of ['vace/gradios/preprocess_demo.py', 'runtime/triton_trtllm/scripts/preprocess.py', 'tools/preprocess_client.py']) {
      expect(preprocessing.rank!(path), path).toBeUndefined();
    }
    expect(preprocessing.rank!('data/preprocess_demonstrations.py')).toBeDefined();
  });
});

describe("LAION's CLAP and NVIDIA's BigVGAN copied into an audio model", () => {
  const data = { artifact: 'preprocessing', path: 'audioldm/clap/training/data.py', line: 234, outcome: 'evidence', strength: 70, code: 'data-processing', message: 'data processing' } as Finding;

  it("their training data modules are theirs, not the release's; at the root they are their own repository's", () => {
    for (const path of ['audioldm/clap/training/data.py', 'indextts/s2mel/modules/bigvgan/meldataset.py']) {
      const f = { ...data, path };
      expect((ownOrCopied([f], path, 'preprocessing', context([path])) as Finding[])[0]?.outcome, path).toBe('weak');
    }
    const own = { ...data, path: 'bigvgan/meldataset.py' };
    expect((ownOrCopied([own], own.path, 'preprocessing', context([own.path])) as Finding[])[0]?.outcome).toBe('evidence');
  });
});

describe("Lightning's CLI subclassed, and a training folder's README naming the framework", () => {
  it('a LightningCLI subclass instantiated with the model and data module trains them', () => {
    const main = lines(
      'from pytorch_lightning.cli import LightningCLI',
      'from retrieval.model import PremiseRetriever',
      'from retrieval.datamodule import RetrievalDataModule',
      '',
      'class CLI(LightningCLI):',
      '    def add_arguments_to_parser(self, parser) -> None:',
      '        parser.link_arguments("model.model_name", "data.model_name")',
      '',
      'def main() -> None:',
      '    cli = CLI(PremiseRetriever, RetrievalDataModule)',
      '',
      'if __name__ == "__main__":',
      '    main()',
    );
    expect(strongest(training, 'retrieval/main.py', main)).toMatchObject({ outcome: 'evidence', code: 'training-loop', line: 10 });
    // The subclass alone, never run, trains nothing.
    const unused = main.replace('    cli = CLI(PremiseRetriever, RetrievalDataModule)', '    pass');
    expect(strongest(training, 'retrieval/main.py', unused)?.outcome).not.toBe('evidence');
  });

  it("a training folder's README saying the models were trained with a framework is read; other nested READMEs are not", () => {
    expect(training.rank!('train/README.md')).toBeDefined();
    expect(training.rank!('docs/README.md')).toBeUndefined();
    const readme = lines(
      '# Training',
      '',
      'We train [Thinker-7B](https://huggingface.co/acme/Thinker-7B) using [LLaMA-Factory](https://github.com/hiyouga/LLaMA-Factory).',
      '',
      'We provide our training config files with the relevant hyperparameters.',
    );
    expect(strongest(training, 'train/README.md', readme)).toMatchObject({ outcome: 'external', code: 'framework-link', url: 'https://github.com/hiyouga/LLaMA-Factory' });
  });
});

describe('a data section linking the datasets a release trains on', () => {
  const section = (links: string[], lead = 'To train the models you will need these datasets.') =>
    lines('# Optical flow', '', 'Code and weights for our paper.', '', '## Required Data', '', lead, '', ...links.map((l) => `* ${l}`), '', 'Put them under `datasets/` with the layout below.');
  const sets = [
    '[FlyingChairs](https://lmb.example.org/datasets/FlyingChairs.html)',
    '[FlyingThings3D](https://lmb.example.org/datasets/SceneFlow.html)',
    '[Sintel](http://sintel.example.org/)',
    '[KITTI](http://kitti.example.org/flow)',
  ];

  it('three or more linked datasets: their pages are where the data is documented (external)', () => {
    const got = dataCard.check(file('README.md', section(sets)), context(['README.md']));
    expect(got).toContainEqual(expect.objectContaining({ outcome: 'external', code: 'linked-datasets', line: 5, url: 'https://lmb.example.org/datasets/FlyingChairs.html' }));
  });

  it('not two links, not a guide for the reader\'s own data, not an examples folder', () => {
    const two = dataCard.check(file('README.md', section(sets.slice(0, 2))), context(['README.md']));
    expect(two.map((f) => f.code)).not.toContain('linked-datasets');
    const own = dataCard.check(file('README.md', section(sets, 'To fine-tune on your own data, format it like one of these datasets.')), context(['README.md']));
    expect(own.map((f) => f.code)).not.toContain('linked-datasets');
    const example = dataCard.check(file('examples/flow/README.md', section(sets)), context(['examples/flow/README.md']));
    expect(example.map((f) => f.code)).not.toContain('linked-datasets');
    // Code and docs linked beside one dataset are not three datasets.
    const tools = section([sets[0]!, '[PySceneDetect](https://github.com/example/PySceneDetect)', '[chat templates](https://example.org/docs/chat_templating)', '[scorer](https://github.com/example/release/tree/main/eval)']);
    expect(dataCard.check(file('README.md', tools), context(['README.md'])).map((f) => f.code)).not.toContain('linked-datasets');
    const evaluation = dataCard.check(file('README.md', section(sets).replace('## Required Data', '## Evaluation datasets')), context(['README.md']));
    expect(evaluation.map((f) => f.code)).not.toContain('linked-datasets');
  });
});
