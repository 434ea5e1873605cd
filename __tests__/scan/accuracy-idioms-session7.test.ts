// Idioms found by reading the pooled disagreements of batches 1-85, each with the look-alike that must
// stay as it was. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { lines, strongest } from '../helpers/detector.js';

describe("a release's own dataset on the Hub, beside its models", () => {
  const header = (data: string) =>
    lines('# Mathlm', '', `[Paper](https://arxiv.org/abs/2401.00001) | [Models](https://huggingface.co/AcmeLab/mathlm-7b) | ${data}`, '', '## Usage', '', 'pip install mathlm');

  it('a Hub dataset of the organisation that publishes the models is where the data card is', () => {
    const text = header('[Data](https://huggingface.co/datasets/AcmeLab/proof-corpus)');
    expect(strongest(dataCard, 'README.md', text)).toMatchObject({
      outcome: 'external',
      code: 'own-hub-dataset',
      url: 'https://huggingface.co/datasets/AcmeLab/proof-corpus',
      line: 3,
    });
  });

  it("someone else's dataset, or one without a model of the same organisation, is not the release's", () => {
    expect(strongest(dataCard, 'README.md', header('[Data](https://huggingface.co/datasets/OtherLab/proof-corpus)'))).toBeUndefined();
    const noModel = lines('# Mathlm', '', '[Data](https://huggingface.co/datasets/AcmeLab/proof-corpus)', '', '## Usage', '', 'pip install mathlm');
    expect(strongest(dataCard, 'README.md', noModel)).toBeUndefined();
  });

  it('a benchmark, by its name or its words, and a demo set are not training data', () => {
    for (const data of [
      '[Eval set](https://huggingface.co/datasets/AcmeLab/proof-corpus)',
      '[Data](https://huggingface.co/datasets/AcmeLab/MathEval-360)',
      "<a href='https://huggingface.co/datasets/AcmeLab/DA-2K'><img src='https://img.shields.io/badge/x-y' alt='Benchmark'></a>",
      '[Cases](https://huggingface.co/datasets/AcmeLab/DemoCase)',
      '[Figures](https://huggingface.co/datasets/AcmeLab/figures)',
    ]) {
      expect(strongest(dataCard, 'README.md', header(data)), data).toBeUndefined();
    }
  });

  it("a dated news item announcing a sibling project's model and dataset says nothing of the release", () => {
    const text = lines(
      '# Chat model',
      '',
      '- 🔥 **News**: ```2024/09/05```: We have open-sourced [cite-9b](https://huggingface.co/AcmeLab/cite-9b),',
      '  a model for citations, along with the',
      '  dataset [Cite-45k](https://huggingface.co/datasets/AcmeLab/Cite-45k).',
      '',
      '## Usage',
      '',
      'pip install chat',
    );
    expect(strongest(dataCard, 'README.md', text)).toBeUndefined();
    // The same links outside a dated item: the release's model and its data.
    const own = text.replace('- 🔥 **News**: ```2024/09/05```: We have', 'We have');
    expect(strongest(dataCard, 'README.md', own)).toMatchObject({ outcome: 'external', code: 'own-hub-dataset' });
  });

  it('only the top README: a nested guide links datasets for its own walk-through', () => {
    const text = header('[Data](https://huggingface.co/datasets/AcmeLab/proof-corpus)');
    expect(strongest(dataCard, 'examples/finetune/README.md', text)?.outcome).not.toBe('external');
  });
});
