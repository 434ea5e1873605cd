// Rules from the disagreements of the 500 labelled repositories this round could bring back
// (batches 1-133 and the study corpus), each with the look-alike that must stay as it was. Texts are
// written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { config } from '../../src/scan/detectors/config.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { lines, strongest } from '../helpers/detector.js';

describe("OpenAI Baselines' clipped minimisation (`U.minimize_and_clip(optimizer, loss, …)`)", () => {
  const trainer = lines(
    'import tensorflow as tf',
    'import maddpg.common.tf_util as U',
    '',
    'def q_train(obs_ph_n, act_ph_n, q_func, optimizer, grad_norm_clipping=None):',
    '    q = q_func(tf.concat(obs_ph_n + act_ph_n, 1))',
    '    q_loss = tf.reduce_mean(tf.square(q - target_ph))',
    '    optimize_expr = U.minimize_and_clip(optimizer, q_loss, q_func_vars, grad_norm_clipping)',
    '    return U.function(inputs=obs_ph_n, outputs=q_loss, updates=[optimize_expr])',
  );

  it('is a gradient update: the module trains', () => {
    expect(strongest(training, 'maddpg/trainer/maddpg.py', trainer)).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
  });

  it('a module that only defines the helper, or computes a loss it never minimises, does not train', () => {
    const helper = lines('import tensorflow as tf', '', 'def minimize_and_clip_norm(grads, clip_val):', '    return [tf.clip_by_norm(g, clip_val) for g in grads]');
    expect(strongest(training, 'maddpg/common/tf_util.py', helper)?.outcome).not.toBe('evidence');
    const scoring = lines('import tensorflow as tf', '', 'def evaluate(q, target_ph):', '    q_loss = tf.reduce_mean(tf.square(q - target_ph))', '    return q_loss');
    expect(strongest(training, 'maddpg/trainer/maddpg.py', scoring)?.outcome).not.toBe('evidence');
  });
});

describe('NumPy arrays written by a script', () => {
  it('are named for what they are, not token shards', () => {
    const extract = lines(
      'import glob',
      'import numpy as np',
      'import librosa',
      '',
      "for path in glob.glob('raw/wavs/*.wav'):",
      '    wav, sr = librosa.load(path, sr=22050)',
      '    mel = librosa.feature.melspectrogram(y=wav, sr=sr, n_mels=80)',
      "    np.save(path.replace('raw/wavs', 'data/mels').replace('.wav', '.npy'), mel)",
    );
    const f = strongest(preprocessing, 'preprocess.py', extract);
    expect(f?.signals).toContain('writes-arrays');
    expect(f?.signals).not.toContain('writes-shards');
    expect(f?.outcome).toBe('evidence');
  });

  it("an inference tool's saved matches are not training data", () => {
    const matcher = lines(
      'import numpy as np',
      'import torch',
      'from models.matching import Matching',
      '',
      'matching = Matching(config).eval()',
      'for name0, name1 in pairs:',
      '    pred = matching({"image0": inp0, "image1": inp1})',
      '    kpts0, kpts1 = pred["keypoints0"], pred["keypoints1"]',
      "    out_matches = {'keypoints0': kpts0, 'keypoints1': kpts1, 'matches': pred['matches0']}",
      '    np.savez(str(matches_path), **out_matches)',
    );
    expect(strongest(preprocessing, 'match_pairs.py', matcher)?.outcome).not.toBe('evidence');
  });

  it('a memmap of token ids is still a token shard', () => {
    const prepare = lines(
      'import numpy as np',
      'import tiktoken',
      'from datasets import load_dataset',
      '',
      "ds = load_dataset('openwebtext')",
      "enc = tiktoken.get_encoding('gpt2')",
      "ids = [enc.encode_ordinary(x['text']) for x in ds['train']]",
      "arr = np.memmap('train.bin', dtype=np.uint16, mode='w+', shape=(sum(map(len, ids)),))",
    );
    expect(strongest(preprocessing, 'data/openwebtext/prepare.py', prepare)?.signals).toContain('writes-shards');
  });
});

describe("a README's run command that passes a learning rate", () => {
  const readme = (command: string) => lines('# LightGCN', '', '## Gowalla dataset', '* Command', '```', command, '```', '* Output log:', '```', 'Epoch 999 [30.4s]: train==[0.01245=0.01178 + 0.00067]', '```');

  it('trains, whatever the script is called: its settings are the run’s', () => {
    const f = strongest(config, 'README.md', readme('python LightGCN.py --dataset gowalla --regs [1e-4] --embed_size 64 --lr 0.001 --batch_size 2048 --epoch 1000'));
    expect(f).toMatchObject({ outcome: 'evidence', code: 'hparams' });
    expect(f?.message).toMatch(/training length/);
  });

  it('a command without a learning rate is a demo or an evaluation, not a run', () => {
    expect(strongest(config, 'README.md', readme('python demo.py --dataset gowalla --batch_size 2048 --epoch 1000 --topk 20'))?.outcome).not.toBe('evidence');
    expect(strongest(config, 'README.md', readme('python evaluate.py --checkpoint ckpt/epoch_1000.pt --batch_size 256'))?.outcome).not.toBe('evidence');
  });

  it("a checkpoint's saved state (the epoch it stopped at) is no config", () => {
    expect(strongest(config, 'checkpoints/last/state.json', JSON.stringify({ epoch: 12, global_step: 3400, best_metric: 0.81 }, null, 2))?.outcome).not.toBe('evidence');
  });
});

describe('a table whose cells name their own measure ("CIDEr: 131.4")', () => {
  const table = (rows: string[]) => lines('# GIT', '', '## Models', '', '| model_name | Information | Performance |', '|---|---|---|', ...rows);

  it('holds the released checkpoints’ scores', () => {
    const f = strongest(
      evalResults,
      'README.md',
      table(['| GIT_BASE | pretrained on 4M images | |', '| GIT_BASE_COCO | fine-tuned on COCO | CIDEr: 131.4 |', '| GIT_BASE_TEXTVQA | fine-tuned on TextVQA | val/acc: 18.81 |', '| GIT_BASE_MSRVTT | fine-tuned on MSRVTT | test/CIDEr: 57.8 |']),
    );
    expect(f).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    expect(f?.message).toMatch(/CIDEr/);
  });

  it('settings and sizes written the same way are no scores', () => {
    const f = strongest(evalResults, 'README.md', table(['| GIT_BASE | pretrained | batch size: 32 |', '| GIT_LARGE | pretrained | GPUs: 8 |', '| GIT_HUGE | pretrained | Params: 700M |', '| GIT_TINY | pretrained | max length: 40 |']));
    expect(f?.outcome).not.toBe('evidence');
  });
});

describe('a paragraph describing a corpus its authors collected', () => {
  const intro = (sentence: string) => lines('# BERTweet', '', '## Introduction', '', `BERTweet is a language model for English Tweets, trained with the RoBERTa procedure. ${sentence}`, '', '## Usage', '', 'pip install transformers');

  it('is a data description: what, how much, how gathered', () => {
    const f = strongest(dataCard, 'README.md', intro('The corpus used to pre-train it consists of 850M English Tweets (16B word tokens, about 80GB), streamed from 01/2012 to 08/2019.'));
    expect(f).toMatchObject({ outcome: 'evidence', code: 'data-paragraph' });
    expect(f?.message).toMatch(/corpus its authors collected/);
  });

  it('a size alone, or a tutorial’s own data, is not', () => {
    expect(strongest(dataCard, 'README.md', intro('The corpus used to pre-train it consists of 850M English Tweets (16B word tokens, about 80GB).'))?.outcome).not.toBe('evidence');
    expect(strongest(dataCard, 'README.md', intro('To fine-tune it, your training data consists of 1,000 examples (2MB) collected in a JSONL file.'))?.outcome).not.toBe('evidence');
  });
});
