// Idioms met measuring the whole labelled corpus (1,335 repositories) in session 13.
import { describe, expect, it } from 'vitest';
import { config } from '../../src/scan/detectors/config.js';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { ownOrCopied } from '../../src/scan/outcomes.js';
import type { Finding } from '../../src/domain/finding.js';
import { context, lines, strongest } from '../helpers/detector.js';

describe('Self-Correction Human Parsing copied into a try-on release', () => {
  const loop = { artifact: 'training', path: 'preprocess/humanparsing/mhp_extension/global_local_parsing/global_local_train.py', line: 199, outcome: 'evidence', strength: 85, code: 'training-loop', message: 'backward pass' } as Finding;

  it("the parser's training loop is the parser's, not the release's; at the root it is that repository's own", () => {
    for (const path of [loop.path, 'model/SCHP/train.py']) {
      const f = { ...loop, path };
      const out = (ownOrCopied([f], path, 'training', context([path])) as Finding[])[0];
      expect(out, path).toMatchObject({ outcome: 'weak', message: expect.stringContaining('a copy of that library') });
    }
    // Whatever else it made of a copied file names the copy, so evaluation can tell it from the release's own.
    const mention = { ...loop, artifact: 'data-card', outcome: 'weak', code: 'blurb', path: 'preprocess/humanparsing/README.md' } as Finding;
    expect((ownOrCopied([mention], mention.path, 'data-card', context([mention.path])) as Finding[])[0]).toMatchObject({ outcome: 'weak', inCopy: 'preprocess/humanparsing' });
    const own = { ...loop, path: 'humanparsing/train.py' };
    expect((ownOrCopied([own], own.path, 'training', context([own.path])) as Finding[])[0]?.outcome).toBe('evidence');
  });
});

describe("a library copied whole, examples and research projects included (RollingDepth's diffusers/)", () => {
  it("its README's link to results published elsewhere is that library's, not the release's", () => {
    const path = 'diffusers/examples/research_projects/dreambooth_inpaint/README.md';
    const link = { artifact: 'eval-results', path, line: 76, outcome: 'external', strength: 60, code: 'external-results', message: "section 'Results' points to results published elsewhere", url: 'https://wandb.ai/x/y/reports/z' } as Finding;
    const tree = context([path, 'diffusers/setup.py']);
    expect((ownOrCopied([link], path, 'eval-results', tree) as Finding[])[0]).toMatchObject({ outcome: 'weak', inCopy: 'diffusers', url: link.url, message: expect.stringContaining('in diffusers/, a copy of that library') });
    // Without its packaging, a diffusers/ folder is the release's own module.
    expect((ownOrCopied([link], path, 'eval-results', context([path])) as Finding[])[0]?.outcome).toBe('external');
  });
});

describe("a task folder's data README that links its training sets and says nothing more (MPRNet, Restormer)", () => {
  const readme = lines(
    '# Datasets',
    '',
    '- Download the [training set](https://drive.google.com/drive/folders/abc) and place it in `Datasets/train/`.',
    '- Download the [GoPro test set](https://drive.google.com/drive/folders/def) and place it in `Datasets/test/`.',
  );

  it('names the data without documenting it: weak, so a missing data card is thin evidence, not no trace', () => {
    expect(strongest(dataCard, 'Deblurring/Datasets/README.md', readme)).toMatchObject({ outcome: 'weak', code: 'thin', message: expect.stringContaining('not enough to document the data') });
  });

  it('without a link it is a code README or nothing, and stays rejected', () => {
    const unlinked = lines('# Datasets', '', 'Place the training images in `Datasets/train/` and the test images in `Datasets/test/`.');
    expect(strongest(dataCard, 'Deblurring/Datasets/README.md', unlinked)).toMatchObject({ outcome: 'rejected', code: 'thin' });
  });
});

describe("the pix2pix family's training options (pix2pixHD, SPADE, CycleGAN)", () => {
  const options = (...extra: string[]) =>
    lines(
      'from .base_options import BaseOptions',
      '',
      'class TrainOptions(BaseOptions):',
      '    def initialize(self):',
      "        self.parser.add_argument('--display_freq', type=int, default=100, help='frequency of showing results')",
      "        self.parser.add_argument('--niter', type=int, default=100, help='# of iter at starting learning rate')",
      "        self.parser.add_argument('--niter_decay', type=int, default=100, help='# of iter to linearly decay learning rate to zero')",
      ...extra,
    );

  it('epochs at the starting rate and of its decay, with Adam settings, are how the run was configured', () => {
    const text = options("        self.parser.add_argument('--beta1', type=float, default=0.5, help='momentum term of adam')", "        self.parser.add_argument('--lr', type=float, default=0.0002, help='initial learning rate for adam')");
    expect(strongest(config, 'options/train_options.py', text)).toMatchObject({ outcome: 'evidence', code: 'hparams', message: expect.stringContaining('training length') });
  });

  it('a training length alone, without any optimisation setting, is not a config', () => {
    expect(strongest(config, 'options/train_options.py', options())?.outcome).not.toBe('evidence');
  });
});

describe("DINOv2 checked out whole at a release's root (AnyDoor's dinov2/)", () => {
  it("its model card's data section is DINOv2's, not the release's; the DINOv2 repository's own card is its own", () => {
    const path = 'dinov2/MODEL_CARD.md';
    const pointer = { artifact: 'data-card', path, line: 76, outcome: 'external', strength: 45, code: 'paper-beside-data', message: "section 'Training Data' sends the reader to the paper for its data", url: 'https://arxiv.org/abs/2304.07193' } as Finding;
    const checkout = context([path, 'dinov2/dinov2/__init__.py', 'dinov2/dinov2/train/train.py', 'cldm/model.py']);
    expect((ownOrCopied([pointer], path, 'data-card', checkout) as Finding[])[0]).toMatchObject({ outcome: 'weak', inCopy: 'dinov2' });
    const own = context([path, 'dinov2/__init__.py', 'dinov2/train/train.py']);
    expect((ownOrCopied([pointer], path, 'data-card', own) as Finding[])[0]?.outcome).toBe('external');
  });
});
