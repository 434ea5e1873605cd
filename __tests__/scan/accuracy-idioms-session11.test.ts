// Rules from the pooled disagreements of batches 1-117 and the first measure of blind batches 118-125,
// each with the look-alike that must stay as it was. Texts are written here in the shape of those
// idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { config } from '../../src/scan/detectors/config.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, lines, strongest } from '../helpers/detector.js';

describe('ml_collections configs that set nested fields by attribute', () => {
  const run = lines(
    'import ml_collections',
    '',
    'def get_config():',
    '  config = ml_collections.ConfigDict()',
    '  config.batch_size = 256',
    '  config.num_train_steps = 2_000_000',
    '  config.optimizer = ml_collections.ConfigDict()',
    '  config.optimizer.lr = 0.0001',
    '  config.optimizer.warmup_steps = 5000',
    '  config.optimizer.weight_decay = 4.5e-2',
    '  return config',
  );

  it("are the run's settings", () => {
    expect(strongest(config, 'maskgit/configs/class_cond_config.py', run)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });

  it('a config of paths and devices sets no training', () => {
    const serving = lines('def get_config():', '  config = ml_collections.ConfigDict()', "  config.ckpt_path = 'weights/model.ckpt'", "  config.device = 'cuda'", '  config.top_k = 5', '  return config');
    expect(strongest(config, 'configs/serve_config.py', serving)?.outcome).not.toBe('evidence');
  });
});

describe("a top-level `defaults:` mapping that holds the run's numbers", () => {
  it('is read (DreamerV3 keeps every default there)', () => {
    const yaml = lines('defaults:', '  seed: 0', '  batch_size: 16', '  batch_length: 64', '  run:', '    steps: 1e10', '  agent:', '    opt: {lr: 4e-5, eps: 1e-20, warmup: 1000}');
    expect(strongest(config, 'dreamerv3/configs.yaml', yaml)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });

  it("Hydra's defaults list names config groups, whose settings live in other files", () => {
    const hydra = lines('defaults:', '  - optimizer: adamw', '  - scheduler: cosine', '  - model: gpt2_small', '  - _self_', '', 'seed: 42');
    expect(strongest(config, 'configs/train.yaml', hydra)?.outcome).not.toBe('evidence');
  });
});

describe('Python modules named for the settings they hold', () => {
  it('are read: `hp/` registries, `params.py`, `defaults.py`', () => {
    for (const path of ['maxvit/models/hp/vision_i1k.py', 'src/diffwave/params.py', 'baselines/ppo2/defaults.py']) {
      expect(config.rank!(path), path).toBeDefined();
    }
  });

  it("model and data modules are not, nor a framework's argument module with every default it knows", () => {
    for (const path of ['src/models/layers.py', 'data/loader.py', 'hpc/launch_utils.py', 'utils/misc.py', 'arguments.py', 'sat/arguments.py', 'lib/options.py']) {
      expect(config.rank!(path), path).toBeUndefined();
    }
  });
});

describe('reinforcement-learning settings and runners', () => {
  const ppo = lines(
    'class RobotCfgPPO(BaseConfig):',
    '    seed = 1',
    '    class algorithm:',
    '        value_loss_coef = 1.0',
    '        clip_param = 0.2',
    '        entropy_coef = 0.01',
    '        num_learning_epochs = 5',
    '        num_mini_batches = 4',
    '        learning_rate = 1.e-3',
    '        gamma = 0.99',
    '        lam = 0.95',
    '    class runner:',
    '        max_iterations = 1500',
  );

  it("PPO's objective and update settings make a training config", () => {
    expect(strongest(config, 'legged_gym/envs/base/legged_robot_config.py', ppo)).toMatchObject({ outcome: 'evidence', code: 'hparams' });
  });

  it('an environment config without them does not', () => {
    const env = lines('class RobotCfg(BaseConfig):', '    class env:', '        num_envs = 4096', '        num_observations = 235', '        episode_length_s = 20', '    class terrain:', "        mesh_type = 'trimesh'");
    expect(strongest(config, 'legged_gym/envs/base/legged_robot_config.py', env)?.outcome).not.toBe('evidence');
  });

  it("a runner's learn() over a number of iterations or timesteps trains", () => {
    for (const call of ['ppo_runner.learn(num_learning_iterations=cfg.runner.max_iterations, init_at_random_ep_len=True)', 'model.learn(total_timesteps=1_000_000)']) {
      const script = lines('def train(args):', '    env, cfg = make_env(args)', `    ${call}`);
      expect(strongest(training, 'scripts/train.py', script), call).toMatchObject({ outcome: 'evidence' });
    }
  });

  it('an agent that learns from one batch is not a training entry point', () => {
    const agent = lines('def step(self, batch):', '    self.learn(batch)', '    return self.policy(batch.obs)');
    expect(strongest(training, 'scripts/train.py', agent)?.outcome).not.toBe('evidence');
  });
});

describe('a tokenizer class built on a Hugging Face tokenizer', () => {
  it('loads the model’s vocabulary at inference, it prepares no training data', () => {
    const tok = lines(
      'from transformers import XLNetTokenizer',
      '',
      'class KoBERTTokenizer(XLNetTokenizer):',
      '    def _tokenize(self, text):',
      '        pieces = self.sp_model.encode(text, out_type=str)',
      '        return [p for p in pieces if p.strip()]',
    );
    expect(strongest(preprocessing, 'kobert_hf/kobert_tokenizer/kobert_tokenizer.py', tok)?.outcome).toBe('rejected');
  });

  it('a script that tokenizes a corpus into shards stays evidence', () => {
    const script = lines(
      'import numpy as np',
      'from transformers import AutoTokenizer',
      '',
      'class ShardWriter(object):',
      '    def __init__(self, path):',
      '        self.path = path',
      '',
      'tok = AutoTokenizer.from_pretrained("gpt2")',
      'ids = []',
      'for line in open("raw/corpus.txt"):',
      '    ids.extend(tok(line).input_ids)',
      'np.array(ids, dtype=np.uint16).tofile("data/train.bin")',
    );
    expect(strongest(preprocessing, 'scripts/prepare.py', script)?.outcome).toBe('evidence');
  });
});

describe('the FunASR toolkit copied whole into a release (`funasr_detach/`)', () => {
  const loop = { artifact: 'training', path: 'funasr_detach/train_utils/trainer.py', line: 253, outcome: 'evidence', strength: 85, code: 'training-loop', message: 'backward pass' } as Finding;
  const judged = (path: string) => (ownOrCopied([{ ...loop, path }], path, 'training', context([path])) as Finding[])[0];

  it('its trainer is the toolkit’s, not the release’s', () => {
    expect(judged(loop.path)?.outcome).toBe('weak');
  });

  it("FunASR's own package is its own", () => {
    expect(judged('funasr/train_utils/trainer.py')?.outcome).toBe('evidence');
  });
});

describe('a training script that hands the loop to a solver', () => {
  it('trains through solver.train() (VQ-Diffusion, Caffe-style solvers)', () => {
    const script = lines('from engine.solver import Solver', '', 'def main(args):', '    model = build_model(config)', '    solver = Solver(config=config, args=args, model=model, dataloader=loaders)', '    solver.train()');
    expect(strongest(training, 'train.py', script)).toMatchObject({ outcome: 'evidence' });
  });

  it('a solver that only resumes and samples trains nothing', () => {
    const sample = lines('def main(args):', '    solver = Solver(config=config, args=args, model=model, dataloader=loaders)', '    solver.resume(path=args.load_path)', '    solver.sample(batch)');
    expect(strongest(training, 'train.py', sample)?.outcome).not.toBe('evidence');
  });
});

describe("a speech model's training loader that augments with noise and reverberation", () => {
  const loader = lines(
    'import glob, random, soundfile',
    '',
    'class train_loader(object):',
    '    def __init__(self, train_list, train_path, musan_path):',
    '        self.files = [l.split()[1] for l in open(train_list).read().splitlines()]',
    '        self.noises = glob.glob(musan_path + "/*/*/*.wav")',
    '',
    '    def __getitem__(self, index):',
    '        audio, sr = soundfile.read(self.files[index])',
    '        start = int(random.random() * (audio.shape[0] - 32000))',
    '        audio = audio[start:start + 32000]',
    '        if random.randint(0, 1):',
    '            audio = self.add_noise(audio)',
    '        return audio',
    '',
    '    def add_noise(self, audio):',
    '        noise, sr = soundfile.read(random.choice(self.noises))',
    '        return audio + noise[:audio.shape[0]]',
  );

  it('is read under its camel-case name and prepares the training samples', () => {
    expect(preprocessing.rank!('dataLoader.py')).toBeDefined();
    expect(strongest(preprocessing, 'dataLoader.py', loader)).toMatchObject({ outcome: 'evidence' });
  });

  it('an enhancement model adding noise to one input at inference prepares nothing', () => {
    const infer = lines('import soundfile', '', 'def add_noise(audio, noise):', '    return audio + noise', '', 'audio, sr = soundfile.read("input.wav")', 'print(model(add_noise(audio, 0)))');
    expect(strongest(preprocessing, 'utils/audio_utils.py', infer)?.outcome).not.toBe('evidence');
  });
});

describe("files whose keys are not a run's settings", () => {
  it("a tokenizer's vocabulary and an inference folder's configs are not read", () => {
    for (const path of ['conch/open_clip_custom/tokenizers/bpe_uncased.json', 'configs/inference/config_both.yaml', 'src/infer/settings.yaml', 'configs/sampling/ddim.yaml']) {
      expect(config.rank!(path), path).toBeUndefined();
    }
  });

  it('training and recipe folders are', () => {
    for (const path of ['configs/training/config_both.yaml', 'configs/train/sft.yaml', 'recipes/pretrain.yaml']) expect(config.rank!(path), path).toBeDefined();
  });
});
