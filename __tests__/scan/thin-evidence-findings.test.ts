// The weak findings that make thin evidence (a write-up named, not documented), each with the
// look-alike that must stay silent. Texts are written here in the shape of the labelled idioms.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { lines, strongest } from '../helpers/detector.js';

describe("data card: a release's README or training guide names the training data and describes nothing", () => {
  it('a section on getting the data is thin evidence, on its heading line', () => {
    const text = lines('# SegNet', '', 'Official code.', '', '## Download data', '', 'Run `bash scripts/fetch.sh` and unpack the archive under `data/`.', '', '## Training', '', '`python train.py`');
    expect(strongest(dataCard, 'README.md', text)).toMatchObject({ outcome: 'weak', code: 'data-named', line: 5 });
  });

  it('a sentence naming a well-known corpus the model was trained on is thin evidence', () => {
    const text = lines('# SentEmb', '', 'Unsupervised models are trained on the Wikipedia corpus, supervised ones on NLI pairs.');
    expect(strongest(dataCard, 'README.md', text)).toMatchObject({ outcome: 'weak', code: 'data-named', line: 3 });
  });

  it('a training guide saying the model was trained on a named dataset is thin evidence', () => {
    const text = lines('# Training', '', 'The released retriever is trained on the NQ dataset, with hard negatives mined by BM25.', '', '```bash', 'python train.py', '```');
    expect(strongest(dataCard, 'docs/TRAINING.md', text)).toMatchObject({ outcome: 'weak', code: 'data-named', line: 3 });
    const yours = lines('# Training', '', 'To adapt it, train it on your own dataset:', '', '```bash', 'python train.py --data mine/', '```');
    expect(strongest(dataCard, 'docs/TRAINING.md', yours)?.code).not.toBe('data-named');
  });

  it('evaluation, demo and own-data sections, unknown names and nested READMEs stay silent', () => {
    const quiet = [
      lines('# M', '', '## Evaluation', '', '### Download the data', '', 'Fetch the test split.'),
      lines('# M', '', '## Prepare your own dataset', '', 'Put images under `data/`.'),
      lines('# M', '', '## Quick start', '', '### Data', '', 'Use the sample files.'),
      lines('# M', '', 'The model was trained on our in-house recordings.'),
      lines('# M', '', 'You can fine-tune it on your own data, e.g. trained on COCO captions.'),
      lines('# M', '', '```', 'python train.py  # trained on ImageNet', '```'),
    ];
    for (const text of quiet) expect(strongest(dataCard, 'README.md', text)?.code).not.toBe('data-named');
    const nested = lines('# Tool', '', '## Data preparation', '', 'Download COCO.');
    expect(strongest(dataCard, 'tools/seg/README.md', nested)?.code).not.toBe('data-named');
  });

  it('a real data section is still evidence, not thin', () => {
    const text = lines(
      '# M',
      '',
      '## Training data',
      '',
      'We train on [C4](https://example.org/c4), the cleaned English split of Common Crawl from April 2019: 365M documents and 156B tokens after filtering.',
      '',
      'Pages were kept when langdetect gave English with probability 0.99 or more, lines without terminal punctuation were dropped, and documents were deduplicated by exact three-sentence spans.',
    );
    expect(strongest(dataCard, 'README.md', text)?.outcome).toBe('evidence');
  });
});

describe("eval results: the release's paper, where the README never speaks of evaluation", () => {
  const release = (extra: string) =>
    lines('# Wren', '', 'This is the official code and model release for [Wren: Implicit Shapes](https://arxiv.org/abs/2401.00001).', '', '## Usage', '', `Download the checkpoint and run \`sample.py\`.${extra}`);

  it('is thin evidence: the paper may hold scores or not', () => {
    expect(strongest(evalResults, 'README.md', release(''))).toMatchObject({ outcome: 'weak', code: 'paper-results', line: 3 });
  });

  it('with a word of evaluation the paper is where the scores are (external)', () => {
    expect(strongest(evalResults, 'README.md', release(' `evaluate.py` reproduces the benchmark numbers.'))).toMatchObject({ outcome: 'external', code: 'paper-results' });
  });
});
