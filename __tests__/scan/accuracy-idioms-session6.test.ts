// Idioms found by reading the disagreements of batches 78-82 after their first measurement and the
// pooled ones of batches 1-77, each with the look-alike that must stay as it was. Texts are written
// here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { modelCard } from '../../src/scan/detectors/model-card.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, file, lines, strongest } from '../helpers/detector.js';

const table = (...rows: string[]) => rows;

describe('results tables as papers print them', () => {
  it('a second header row naming the metric of each dataset column makes a score table', () => {
    const text = lines(
      '# Knowledge-enhanced encoder',
      '',
      '## Results',
      '',
      ...table('|       | TypingSet | RelSet | LinkSet |', '|---|---|---|---|', '|       | Acc.  | F1 | F1 |', '| Base  | 52.04 | 84.89 | 66.00 |', '| Ours  | 57.19 | 88.32 | 67.97 |'),
    );
    expect(strongest(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    // The same table without its metric row names nothing it scores: unknown dataset names only.
    const bare = lines('# Encoder', '', '## Results', '', '|       | TypingSet | RelSet | LinkSet |', '|---|---|---|---|', '| Base  | 52.04 | 84.89 | 66.00 |', '| Ours  | 57.19 | 88.32 | 67.97 |');
    expect(strongest(evalResults, 'README.md', bare)?.outcome).not.toBe('evidence');
  });

  it('one column headed by a measure of its own over three rows is a score table, even outside a results section', () => {
    const text = lines('# Translation', '', '## Supervised NMT', '', '| Model | Ro-En BLEU |', '|---|---|', '| Baseline | 34.0 |', '| Prior work | 38.5 |', '| Ours | 39.1 |');
    expect(strongest(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    // A generic heading word ("Score", "Average") says nothing of what was measured.
    const generic = lines('# Translation', '', '## Data', '', '| Source | Score |', '|---|---|', '| web | 3 |', '| books | 4 |', '| code | 5 |');
    expect(strongest(evalResults, 'README.md', generic)?.outcome).not.toBe('evidence');
  });

  it('pairs of scores under one header ("PSNR/SSIM") are scores; "8/16" GPUs are not', () => {
    const text = lines('# Restoration', '', '| Exp | Set5 (PSNR/SSIM) | Set14 (PSNR/SSIM) |', '|---|---|---|', '| x2 | 35.77 / 0.944 | 31.49 / 0.893 |', '| x4 | 30.18 / 0.864 | 26.75 / 0.743 |');
    expect(strongest(evalResults, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    const gpus = lines('# Restoration', '', '| Exp | Set5 (PSNR/SSIM) | Set14 (PSNR/SSIM) |', '|---|---|---|', '| x2 | 8/16 | 4/8 |', '| x4 | 8/16 | 4/8 |');
    expect(strongest(evalResults, 'README.md', gpus)?.outcome).not.toBe('evidence');
  });

  it('a Chinese results heading, split columns under a benchmark heading, and a metric run into Chinese words', () => {
    const text = lines(
      '# 中文预训练模型',
      '',
      '## 效果测试与对比',
      '',
      '### 自然语言推断：XNLI',
      '',
      '| 模型 | 开发集 | 测试集 |',
      '|---|---|---|',
      '| BERT | 77.8 | 77.8 |',
      '| 本模型 | 80.2 | 79.9 |',
      '',
      '### 情感分析',
      '',
      '| 模型 | 线上F1 |',
      '|---|---|',
      '| BERT | 80.3 |',
      '| 本模型-mid | 80.5 |',
      '| 本模型-large | 81.25 |',
    );
    const got = evalResults.check(file('README.md', text), context());
    expect(got.filter((f) => f.outcome === 'evidence').map((f) => f.line)).toEqual([7, 14]);
    // "Dev"/"Test" columns under a heading that names no benchmark are not read as scores.
    const plain = lines('# Splits', '', '## Files', '', '| Part | Dev | Test |', '|---|---|---|', '| a | 1 | 2 |', '| b | 3 | 4 |');
    expect(strongest(evalResults, 'README.md', plain)?.outcome).not.toBe('evidence');
  });

  it("a model zoo document is read, and its tables are read as results", () => {
    const got = [...(selectCandidates(['MODEL_ZOO.md', 'docs/ModelZoo.md', 'src/model.py'], [evalResults]).get('eval-results') ?? [])];
    expect(got).toEqual(expect.arrayContaining(['MODEL_ZOO.md', 'docs/ModelZoo.md']));
    const zoo = lines('# Model Zoo', '', '| model | flops | error (top-1) | download |', '|---|---|---|---|', '| Net-200M | 0.2 | 31.1 | [model](https://example.org/a.pyth) |', '| Net-400M | 0.4 | 27.3 | [model](https://example.org/b.pyth) |', '| Net-600M | 0.6 | 25.9 | [model](https://example.org/c.pyth) |');
    expect(strongest(evalResults, 'MODEL_ZOO.md', zoo)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
  });
});

describe('time-series experiment classes and patch extraction', () => {
  it("an experiment class under exp/ is a training candidate; its empty base class is not", () => {
    const got = [...(selectCandidates(['run.py', 'exp/exp_main.py', 'exp/exp_basic.py', 'models/exp_decay.py'], [training]).get('training') ?? [])];
    expect(got).toContain('exp/exp_main.py');
    expect(got).not.toContain('exp/exp_basic.py');
    expect(got).not.toContain('models/exp_decay.py');
  });

  it('a script cutting random patches out of raw image pairs and writing them is preprocessing', () => {
    const text = lines(
      'import os, cv2, numpy as np',
      'from glob import glob',
      '',
      'files = sorted(glob(os.path.join(src, "*", "*.PNG")))',
      'for i, (noisy_file, clean_file) in enumerate(pairs(files)):',
      '    noisy, clean = cv2.imread(noisy_file), cv2.imread(clean_file)',
      '    for j in range(num_patches):',
      '        rr = np.random.randint(0, noisy.shape[0] - ps)',
      '        cc = np.random.randint(0, noisy.shape[1] - ps)',
      '        cv2.imwrite(os.path.join(out_in, f"{i}_{j}.png"), noisy[rr:rr + ps, cc:cc + ps, :])',
      '        cv2.imwrite(os.path.join(out_gt, f"{i}_{j}.png"), clean[rr:rr + ps, cc:cc + ps, :])',
    );
    const got = [...(selectCandidates(['generate_patches_sidd.py', 'generate.py', 'models/patch_embed.py'], [preprocessing]).get('preprocessing') ?? [])];
    expect(got).toEqual(['generate_patches_sidd.py']);
    expect(strongest(preprocessing, 'generate_patches_sidd.py', text)?.outcome).toBe('evidence');
    // A model slicing windows out of a feature map reads and writes nothing.
    const model = lines('import torch', '', 'def window(x, r, c, ws):', '    return x[r:r + ws, c:c + ws]');
    expect(strongest(preprocessing, 'extract_patches.py', model)?.outcome).not.toBe('evidence');
  });
});

describe('a model repository copied into a multimodal release, and a framework’s documentation pages', () => {
  const scores = { artifact: 'eval-results', path: 'code/model/ImageBind/README.md', line: 29, outcome: 'evidence', strength: 85, code: 'score-table', message: 'table of benchmark scores' } as Finding;

  it("ImageBind's README inside the release's model package is that model's, not the release's", () => {
    const tree = context(['code/model/ImageBind/README.md', 'README.md']);
    expect((ownOrCopied([scores], scores.path, 'eval-results', tree) as Finding[])[0]).toMatchObject({ outcome: 'weak', message: expect.stringContaining('a copy of that library') });
    // At the root, `imagebind/` is ImageBind's own repository.
    const own = { ...scores, path: 'imagebind/README.md' };
    expect((ownOrCopied([own], own.path, 'eval-results', context(['imagebind/README.md'])) as Finding[])[0]?.outcome).toBe('evidence');
  });

  it('a preparation step linking a framework’s documentation page is no public dataset; the dataset’s own page is', () => {
    const doc = (link: string) => lines('# RL reproduction', '', '## Getting Started', '', '- Data and Reward Preparation', `  - [Prepare Data for Post-Training](${link})`, '  - [Implement Reward Function for Dataset](https://rl-lib.example.org/en/latest/preparation/reward_function.html)');
    const ext = (text: string) => dataCard.check(file('README.md', text), context()).filter((f) => f.outcome === 'external');
    expect(ext(doc('https://rl-lib.readthedocs.io/en/latest/preparation/prepare_data.html'))).toEqual([]);
    const named = lines('# Speech', '', '## Data preparation', '', 'Download the [LJ Speech dataset](https://keithito.example.org/datasets/lj-speech/) and unpack it.');
    expect(ext(named)[0]).toMatchObject({ code: 'public-dataset' });
  });
});

describe("a README's own 'Model Card' section", () => {
  // Not among the first two headings, where "Model Card" titles a dedicated card.
  const readme = (body: string[]) => lines('# Open detector', '', 'Code and weights of the detector.', '', '## News', '', '- Released the weights.', '', '## Model Card', '', ...body, '', '## Installation', '', 'pip install -e .');

  it('holding a table of the released checkpoints (size, training, data, weights) is a model card', () => {
    const text = readme(['| Model | Resolution | Training | Data | Weights |', '|---|---|---|---|---|', '| Det-S | 640 | PT (100e) | O365+GoldG | [download](https://example.org/s.pth) |', '| Det-L | 640 | PT (100e) | O365+GoldG | [download](https://example.org/l.pth) |']);
    expect(strongest(modelCard, 'README.md', text)).toMatchObject({ outcome: 'evidence', code: 'model-card' });
    // The same section deeper in the tree, or one with only a sentence, is not.
    expect(strongest(modelCard, 'docs/README.md', text)?.outcome).not.toBe('evidence');
    expect(strongest(modelCard, 'README.md', readme(['We list the checkpoints below.']))?.outcome).not.toBe('evidence');
  });
});

describe('speech features computed once and written next to the audio (batches 83-85)', () => {
  it('a script turning each wav into a mel tensor saved beside it is preprocessing; saving a model is not', () => {
    const text = lines(
      'import glob, os, torch',
      'from utils.stft import TacotronSTFT',
      'from utils.utils import read_wav_np',
      '',
      'def main(hp, args):',
      '    stft = TacotronSTFT(hp.audio.filter_length, hp.audio.hop_length)',
      "    for wavpath in glob.glob(os.path.join(args.data_path, '**', '*.wav'), recursive=True):",
      '        sr, wav = read_wav_np(wavpath)',
      '        mel = stft.mel_spectrogram(torch.from_numpy(wav).unsqueeze(0))',
      "        torch.save(mel, wavpath.replace('.wav', '.mel'))",
    );
    expect(strongest(preprocessing, 'preprocess.py', text)?.outcome).toBe('evidence');
    const export_ = lines('import torch', '', 'def export(model, path):', '    model.eval()', '    torch.save(model.state_dict(), path)');
    expect(strongest(preprocessing, 'preprocess.py', export_)?.outcome).not.toBe('evidence');
  });

  it("a dataset builder computing mels with the project's own get_mel() and writing .npy arrays is preprocessing", () => {
    const text = lines(
      'import os, numpy as np, audio',
      '',
      'def build_from_path(in_dir, out_dir):',
      "    with open(os.path.join(in_dir, 'metadata.csv'), encoding='utf-8') as f:",
      '        for i, line in enumerate(f.readlines()):',
      "            parts = line.strip().split('|')",
      "            mel = audio.tools.get_mel(os.path.join(in_dir, 'wavs', parts[0] + '.wav')).numpy()",
      "            np.save(os.path.join(out_dir, 'mel-%05d.npy' % i), mel.T, allow_pickle=False)",
    );
    expect(strongest(preprocessing, 'data/ljspeech.py', text)?.outcome).toBe('evidence');
    // A loader's own get_mel() method, defined or called on self, may only load precomputed features.
    const loader = lines(
      'import numpy as np, torch',
      'from utils import load_filepaths_and_text',
      '',
      'class TextMelLoader(torch.utils.data.Dataset):',
      '    def __init__(self, audiopaths_and_text):',
      '        self.items = load_filepaths_and_text(audiopaths_and_text)',
      '    def get_mel(self, filename):',
      '        return torch.from_numpy(np.load(filename))',
      '    def __getitem__(self, i):',
      '        return self.get_mel(self.items[i][0])',
    );
    expect(strongest(preprocessing, 'data_utils.py', loader)?.outcome).not.toBe('evidence');
  });

  it("a package's corpora/ modules are preprocessing candidates", () => {
    const got = [...(selectCandidates(['src/corpora/auto.py', 'src/models/auto.py'], [preprocessing]).get('preprocessing') ?? [])];
    expect(got).toEqual(['src/corpora/auto.py']);
  });
});

describe('benchmark and metric names the vocabulary lacked', () => {
  it('RefCOCO splits (header cells with line breaks) and a Spearman column are read as scores', () => {
    const ref = lines('## Referring expressions', '', '| Model | RefCOCO<br>val | RefCOCO+<br>testA | RefCOCOg<br>test |', '| :-: | :-: | :-: | :-: |', '| Prior | 79.96 | 76.00 | 67.58 |', '| **Ours** | **90.40** | **91.43** | **88.11** |');
    expect(strongest(evalResults, 'README.md', ref)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    const sts = lines('#### Performances', '', '|   | [NSMC](https://example.org/nsmc)(acc) | [KorSTS](https://example.org/korsts)(spearman) |', '|---|---|---|', '| **Model 2.0** | 89.1 | 77.8 |');
    expect(strongest(evalResults, 'README.md', sts)).toMatchObject({ outcome: 'evidence', code: 'score-table' });
    // Unknown names in the same shape stay unread.
    const unknown = lines('#### Notes', '', '|   | [Alpha](https://example.org/a)(x) | [Beta](https://example.org/b)(y) |', '|---|---|---|', '| **Model 2.0** | 89.1 | 77.8 |');
    expect(strongest(evalResults, 'README.md', unknown)?.outcome).not.toBe('evidence');
  });
});

describe('naming a dataset that is also a training set is not speaking of evaluation', () => {
  const readme = (datasets: string) => lines('# Cascaded stereo matching', '', 'Official code of our paper ([PDF](https://arxiv.org/abs/2203.11483)).', '', '## Datasets', '', datasets, '', '## Usage', '', '```', 'python test.py --left a.png --right b.png', '```');
  const published = (text: string) => evalResults.check(file('README.md', text), context()).filter((f) => f.outcome === 'external');

  it("a README listing KITTI and Sintel as its data does not send the reader to the paper for results", () => {
    expect(published(readme('- [Sintel](https://example.org/sintel)\n- [KITTI 2015](https://example.org/kitti)'))).toEqual([]);
  });

  it('one naming an evaluation benchmark (MMLU) does', () => {
    expect(published(readme('Scores on MMLU are in the paper.'))[0]).toMatchObject({ url: 'https://arxiv.org/abs/2203.11483' });
  });
});
