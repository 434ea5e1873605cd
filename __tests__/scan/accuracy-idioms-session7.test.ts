// Idioms found by reading the pooled disagreements of batches 1-85, each with the look-alike that must
// stay as it was. Texts are written here in the shape of those idioms, not copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { training } from '../../src/scan/detectors/training.js';
import { selectCandidates } from '../../src/scan/index.js';
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

describe('training loops in the shapes of older research code', () => {
  it('a model trained one step at the learning rate it is handed (a TF1/Horovod loop) is training', () => {
    const text = lines(
      'def train(sess, model, hps):',
      '    for epoch in range(1, hps.epochs):',
      '        for it in range(hps.train_its):',
      '            lr = hps.lr * min(1., n_processed / (hps.n_train * hps.epochs_warmup))',
      '            train_results += [model.train(lr)]',
    );
    expect(strongest(training, 'train.py', text)).toMatchObject({ outcome: 'evidence', line: 5 });
    // PyTorch's mode switch takes no rate: an evaluation script that calls it trains nothing.
    const mode = lines('def run(model, loader):', '    model.train()', '    for x in loader:', '        print(model(x))');
    expect(strongest(training, 'train.py', mode)?.outcome).not.toBe('evidence');
  });

  it("a GluonTS estimator's train_model(training_data=…) is the training call", () => {
    const text = lines(
      'estimator = ForecastEstimator(prediction_length=24, trainer_kwargs={"max_epochs": 50})',
      'train_output = estimator.train_model(',
      '    training_data=train_data,',
      '    validation_data=val_data,',
      ')',
    );
    expect(strongest(training, 'run.py', text)).toMatchObject({ outcome: 'evidence', line: 2 });
    const predict = lines('predictor = estimator.create_predictor(transformation, module)', 'forecasts = list(predictor.predict(test_data))');
    expect(strongest(training, 'run.py', predict)?.outcome).not.toBe('evidence');
  });

  it('a runner one folder down (`bart/run.py`) is a candidate, as at the root; deeper ones are not', () => {
    const got = [...(selectCandidates(['bart/run.py', 'bart/run_eval.py', 'bart/data.py', 'src/pkg/run.py'], [training]).get('training') ?? [])];
    expect(got).toEqual(expect.arrayContaining(['bart/run.py', 'bart/run_eval.py']));
    expect(got).not.toContain('bart/data.py');
    expect(got).not.toContain('src/pkg/run.py');
  });
});

describe('a score given in a sentence', () => {
  const readme = (...body: string[]) => lines('# PixelFlow', '', 'A generative model of images.', '', ...body, '', '## Setup', '', 'pip install pixelflow');

  it('"reaches 2.92 bits per dimension", "an FID of about 4.5", "47.3 mAP on AudioSet" are results', () => {
    for (const sentence of [
      'The released CIFAR-10 checkpoint reaches **2.92 bits per dimension** (3.03 for the baseline).',
      'The 256px FFHQ checkpoint has an FID of about 4.5.',
      'Fine-tuned, it gets 47.3 mAP on AudioSet-2M eval.',
    ]) {
      const f = strongest(evalResults, 'README.md', readme(sentence));
      expect(f, sentence).toMatchObject({ outcome: 'evidence', code: 'score-claim', line: 5 });
      // The message quotes the words that make the claim.
      expect(f?.message).toMatch(/a sentence gives a score: ".*\d.*"/);
    }
  });

  it('a loss, a speed, a number in code or in a how-to section, or a nested README is not', () => {
    for (const body of [
      ['Training reaches a loss of 2.1 after 10k steps.'],
      ['It reaches 85 accuracy on our GPUs at 3,000 tokens/s.'],
      ['```', 'python eval.py  # reaches 2.92 bits per dimension', '```'],
      ['## How to evaluate', '', 'You should see that it reaches 2.92 bits per dimension.'],
      ['Our model is 2.5x faster than the baseline.'],
    ]) {
      expect(strongest(evalResults, 'README.md', readme(...body))?.code, body.join(' ')).not.toBe('score-claim');
    }
    expect(strongest(evalResults, 'docs/notes/README.md', readme('The checkpoint reaches 2.92 bits per dimension.'))?.code).not.toBe('score-claim');
  });
});
