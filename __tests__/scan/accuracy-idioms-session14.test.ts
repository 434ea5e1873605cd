// Idioms met measuring the labelled corpus and the blind batches 134-145 in session 14.
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { license } from '../../src/scan/detectors/license.js';
import { training } from '../../src/scan/detectors/training.js';
import { lines, strongest } from '../helpers/detector.js';

describe("a model file's self-check that runs a backward pass (a codec's receptive field, HunyuanVideo-Foley's dac_vae)", () => {
  const model = (...main: string[]) =>
    lines(
      'import torch',
      'from torch import nn',
      '',
      'class Codec(nn.Module):',
      '    def forward(self, x):',
      '        return {"audio": self.decoder(self.encoder(x))}',
      '',
      'if __name__ == "__main__":',
      '    model = Codec()',
      '    x = torch.randn(1, 1, 44100)',
      '    x.requires_grad_(True)',
      '    out = model(x)["audio"]',
      '    grad = torch.zeros_like(out)',
      '    grad[:, :, grad.shape[-1] // 2] = 1',
      '    out.backward(grad)',
      '    print("receptive field", (x.grad != 0).sum())',
      ...main,
    );

  it('computes gradients and updates nothing: weak, not training code', () => {
    expect(strongest(training, 'codec/model/dac.py', model())).toMatchObject({ outcome: 'weak', code: 'gradient-only', message: expect.stringContaining('nothing trained') });
  });

  it('with an optimizer, a loss or a schedule around it, the same backward pass trains', () => {
    expect(strongest(training, 'codec/model/dac.py', model('    opt = torch.optim.Adam(model.parameters(), lr=1e-4)'))).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
    expect(strongest(training, 'codec/model/dac.py', model('    loss = out.abs().mean()'))).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
    // An entry point named for training is the release's training, whatever it holds around the step.
    expect(strongest(training, 'train.py', model())).toMatchObject({ outcome: 'evidence', code: 'training-loop' });
  });
});

describe('detector globs stay cheap on big trees', () => {
  it('are printable ASCII: a glob with other characters cannot be filed under an extension and is tried on every path', () => {
    // A `**/*{许可,协议}*.pdf` license glob cost about 6% of a 100k-file scan; `**/*.pdf` kept by rank does not.
    const offending = DETECTORS.flatMap((d) => d.globs.filter((g) => !/^[\x20-\x7e]*$/.test(g)).map((g) => `${d.id}: ${g}`));
    expect(offending).toEqual([]);
    expect(license.rank?.('Baichuan-M1模型社区许可协议.pdf')).toBe(60);
    expect(license.rank?.('docs/paper.pdf')).toBeUndefined();
  });
});
