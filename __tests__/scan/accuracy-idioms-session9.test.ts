// Idioms found in the first measure of blind batches 94-97, each with the look-alike that must stay
// as it was. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { training } from '../../src/scan/detectors/training.js';
import { context, lines, strongest } from '../helpers/detector.js';

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

  it('a table of settings beside them is not', () => {
    const readme = lines('# Protein backbones', '', '## Training settings', '', '| setting | value |', '|---|---|', '| batch size | 128 |', '| learning rate | 0.0001 |', '| steps | 500000 |');
    expect(strongest(evalResults, 'README.md', readme)?.outcome).not.toBe('evidence');
  });
});
