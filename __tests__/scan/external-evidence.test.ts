// External evidence (issue 12): the ways real releases say an artifact is published elsewhere, and
// the look-alikes that must not count. Texts are written here in the shape of those idioms, not
// copied from the repositories.
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { modelCard } from '../../src/scan/detectors/model-card.js';
import { config } from '../../src/scan/detectors/config.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { context } from '../helpers/detector.js';
import { EXTERNAL_SIGNALS, isPaperUrl } from '../../src/scan/external.js';
import { findPaperRefs, linkWords } from '../../src/scan/text/references.js';
import { selectCandidates } from '../../src/scan/index.js';
import type { Detector, Finding, ScanContext } from '../../src/domain/finding.js';
import { file } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

function all(d: Detector, path: string, text: string): Finding[] {
  return d.check(file(path, text), ctx).sort((a, b) => b.strength - a.strength);
}

function lines(...l: string[]): string {
  return `${l.join('\n')}\n`;
}

describe('the external signal table', () => {
  it('every signal has words and a weight below evidence strength', () => {
    for (const spec of Object.values(EXTERNAL_SIGNALS)) {
      expect(spec.label.length).toBeGreaterThan(10);
      expect(spec.weight).toBeGreaterThan(0);
      expect(spec.weight).toBeLessThan(60);
    }
  });

  it('paper addresses', () => {
    expect(isPaperUrl('https://arxiv.org/pdf/2409.11402')).toBe(true);
    expect(isPaperUrl('https://aclanthology.org/2021.naacl-main.41/')).toBe(true);
    expect(isPaperUrl('https://storage.example.com/media/Report.pdf')).toBe(true);
    expect(isPaperUrl('https://github.com/org/repo')).toBe(false);
    expect(isPaperUrl('https://huggingface.co/datasets/org/data')).toBe(false);
  });
});

describe("the release's own paper, named through its link text", () => {
  it('"our [technical report](…)" is the own report', () => {
    expect(linkWords('read our [blog post](https://x.org/b) and our [technical report](https://arxiv.org/abs/2506.15742).')).toBe(
      'read our blog post and our technical report.',
    );
    const refs = findPaperRefs('# Card\n\nFor more, read our [technical report](https://arxiv.org/abs/2506.15742).\n');
    expect(refs).toMatchObject([{ own: true, kind: 'report', url: 'https://arxiv.org/abs/2506.15742' }]);
  });

  it('a cited prior work is still not the own paper', () => {
    expect(findPaperRefs('# Card\n\nWe build on [earlier work](https://arxiv.org/abs/2106.09685).\n')).toMatchObject([{ own: false }]);
  });

  it('a library listing the works it implements, each with its [paper] link, cites them (found on a validation batch)', () => {
    const text = lines('# SpeechKit', '', 'A toolkit with pretrained models and benchmarks.', '', '## Implemented models', '- Tacotron: [paper](https://arxiv.org/abs/1703.10135)', '- Glow-TTS: [paper](https://arxiv.org/abs/2005.11129)');
    expect(findPaperRefs(text)).toMatchObject([{ own: false }, { own: false }]);
    expect(all(evalResults, 'README.md', text).filter((f) => f.outcome === 'external')).toEqual([]);
  });

  it('the link bar under the title and a "Paper:" item still name the own paper', () => {
    expect(findPaperRefs(lines('# SpeechKit', '', '[Paper](https://arxiv.org/abs/2005.11129) | [Demo](https://x.org/demo)'))).toMatchObject([{ own: true }]);
    expect(findPaperRefs(lines('# SpeechKit', '', '- Paper: [arXiv](https://arxiv.org/abs/2005.11129)'))).toMatchObject([{ own: true }]);
  });

  it("a model card in a folder of cards points to its report for the scores, and is a candidate", () => {
    const text = lines('# Model-1 [dev]', '', 'An image model. For more, read our [technical report](https://arxiv.org/abs/2506.15742).', '', '## Limitations', '', 'It has some.');
    expect(all(evalResults, 'model_cards/Model-1-dev.md', text)[0]).toMatchObject({ outcome: 'external', code: 'paper-results', url: 'https://arxiv.org/abs/2506.15742' });
    const picked = selectCandidates(['README.md', 'model_cards/Model-1-dev.md', 'docs/usage.md'], [evalResults]);
    expect([...(picked.get('eval-results') ?? [])]).toContain('model_cards/Model-1-dev.md');
  });
});

describe('a data section that sends readers to a paper', () => {
  it('"refer to Table 4 of the paper for the full list of pretraining datasets" is an external data card', () => {
    const text = lines(
      '# Recipe',
      '',
      '## Dataset preparation',
      '',
      'Please refer to Tables 4 and 6 in the [Model paper](https://arxiv.org/pdf/2409.11402) for the full list of pretrain and SFT datasets.',
      'See the loader docs for converting them to shards.',
    );
    // Even in a recipe's folder: the sentence says where the training data is described.
    expect(all(dataCard, 'examples/model/README.md', text)[0]).toMatchObject({
      outcome: 'external',
      code: 'paper-beside-data',
      line: 5,
      url: 'https://arxiv.org/pdf/2409.11402',
      signals: ['paper-beside-data'],
    });
  });

  it('a paper cited in a data section for a method, not for the datasets, is not', () => {
    const text = lines('# Tool', '', '## Data', '', 'We shuffle with the method of [this paper](https://arxiv.org/abs/1234.5678).', 'Bring your own jsonl files.');
    expect(all(dataCard, 'README.md', text).filter((f) => f.outcome === 'external')).toEqual([]);
  });

  it('a paper link outside any data section is not', () => {
    const text = lines('# Model', '', '## Results', '', 'See the [paper](https://arxiv.org/abs/1234.5678) for the full list of datasets and tables.');
    expect(all(dataCard, 'README.md', text).filter((f) => f.outcome === 'external')).toEqual([]);
  });
});

describe('a paper, report or model card named as where the scores are', () => {
  it('a list of reports introduced as holding the metrics', () => {
    const text = lines('# Lib', '', 'A library to run M.', '', '### Learn more', '', '* Technical reports for metrics and model capabilities:', '  * [M 1](https://example.org/m1-report)', '  * [M 2](https://example.org/m2.pdf)');
    expect(all(evalResults, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'paper-beside-results', line: 8, url: 'https://example.org/m1-report' });
  });

  it('"further evaluation results in our [paper](…)"', () => {
    const text = lines('# M', '', 'M outperforms others. We provide further evaluation results in our [paper](https://arxiv.org/abs/2405.04324).');
    expect(all(evalResults, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'paper-beside-results', url: 'https://arxiv.org/abs/2405.04324' });
  });

  it("a benchmark's own paper linked by its name is not where the release's scores are", () => {
    const text = lines('# Tool', '', 'The report lists results on [HumanEval](https://arxiv.org/abs/2107.03374) and [MBPP](https://arxiv.org/abs/2108.07732).');
    expect(all(evalResults, 'README.md', text).filter((f) => f.code === 'paper-beside-results')).toEqual([]);
  });

  it('an introducing line without the word for scores lists no results', () => {
    const text = lines('# Lib', '', '* Technical reports:', '  * [M 1](https://example.org/m1-report)');
    expect(all(evalResults, 'README.md', text).filter((f) => f.code === 'paper-beside-results')).toEqual([]);
  });
});

describe('a link to the model card published elsewhere', () => {
  it('a vendor page whose address names the model card', () => {
    const text = lines('# M', '', 'A library for M.', '', '* [M 4](https://ai.example.dev/m/docs/core/model_card_4)');
    expect(all(modelCard, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'model-card-page', url: 'https://ai.example.dev/m/docs/core/model_card_4' });
  });

  it('the paper that introduced model cards, a guide to writing one and a table of other models are not', () => {
    for (const text of [
      lines('# M', '', 'Following [Model Cards for Model Reporting](https://arxiv.org/abs/1810.03993), we describe M.'),
      lines('# M', '', 'Write yours with the [model card guide](https://huggingface.co/docs/hub/model-cards).'),
      lines('# M', '', '| model | org | card |', '|---|---|---|', '| A | X | [card](https://x.org/a/modelcard) |'),
    ]) {
      expect(all(modelCard, 'README.md', text).filter((f) => f.code === 'model-card-page')).toEqual([]);
    }
  });

  it('a nested README is not read for it', () => {
    const text = lines('# Sub', '', '* [M 2](https://ai.example.dev/m/docs/core/model_card_2) sizes');
    expect(all(modelCard, 'research/sub/README.md', text).filter((f) => f.code === 'model-card-page')).toEqual([]);
  });
});

describe('training settings the documentation states or points to', () => {
  const release = (intro: string) => lines('# SegNet', '', '[[Paper](https://arxiv.org/abs/2304.02643)] [[Demo](https://x.org/demo)]', '', intro, '', '## Installation', '', 'pip install segnet');

  it("a model release's README linking its own paper: the paper holds the training setup", () => {
    expect(all(config, 'README.md', release('We release the pretrained models; download the model checkpoints below.'))[0]).toMatchObject({
      outcome: 'external',
      code: 'paper-setup',
      url: 'https://arxiv.org/abs/2304.02643',
    });
  });

  it("a library README citing its method paper, releasing no trained model, says nothing of a run", () => {
    expect(all(config, 'README.md', release('A library for segmentation, with the layers the paper describes.')).filter((f) => f.outcome === 'external')).toEqual([]);
  });

  it('prose that states learning rate, batch size and schedule of the released run', () => {
    const text = lines(
      '# M',
      '',
      '## Pre-Training',
      '',
      'We pre-trained M on 2 trillion tokens with the AdamW optimizer. The 7B model used a batch size of 2304 and a learning rate of 4.2e-4 with a multi-step learning rate schedule and 2000 warmup steps.',
    );
    expect(all(config, 'README.md', text)[0]).toMatchObject({ outcome: 'evidence', code: 'doc-hparams', line: 5, signals: ['doc-learning-rate', 'doc-batch-size', 'doc-schedule', 'doc-length'] });
  });

  it('a table of the released models with a learning-rate and a tokens column, and the batch size in its caption', () => {
    const text = lines('# Card', '', '## Model details', '', '| | Params | Tokens | LR |', '|---|---|---|---|', '| M | 7B | 2.0T | 3.0 x 10<sup>-4</sup> |', '| M | 70B | 2.0T | 1.5 x 10<sup>-4</sup> |', '', 'All models are trained with a global batch-size of 4M tokens.');
    expect(all(config, 'MODEL_CARD.md', text)[0]).toMatchObject({ outcome: 'evidence', code: 'doc-hparams', line: 5 });
  });

  it('advice to the user ("use a lower learning rate, e.g. lr=1e-6") and launch commands are not statements of the run', () => {
    const advice = lines('# Fine-tune', '', 'It is recommended to use a lower learning rate, e.g. lr=1e-6 should work well.');
    expect(all(config, 'README.md', advice).filter((f) => f.outcome === 'evidence')).toEqual([]);
    const command = lines('# Train', '', '```bash', 'torchrun train.py --learning_rate 3e-4 --batch_size 64 --warmup_steps 100', '```');
    expect(all(config, 'README.md', command).filter((f) => f.code === 'doc-hparams' && f.outcome === 'evidence')).toEqual([]);
  });

  it('training runs logged on W&B, linked from a training-status column', () => {
    const text = lines('# M', '', '| Size | Training Status | Model Card |', '|---|---|---|', '| 1.3B | [Finished](https://wandb.ai/org/m-ko/groups/m-1.3B) | [Available](https://huggingface.co/org/m-1.3b) |');
    expect(all(config, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'run-logs', url: 'https://wandb.ai/org/m-ko/groups/m-1.3B' });
    // The W&B site and its docs are not runs.
    expect(all(config, 'README.md', lines('# M', '', 'We log training to [W&B](https://wandb.ai/site) ([docs](https://docs.wandb.ai/)).')).filter((f) => f.code === 'run-logs')).toEqual([]);
  });

  const framework = lines(
    '# M',
    '',
    '## Fine-tuning',
    '',
    'We use [Engine](https://github.com/org/engine) for fine-tuning all our models ([flash-attn](https://github.com/other/flash-attn) helps).',
    '',
    '```shell',
    'git clone https://github.com/org/engine',
    'cd engine',
    'sh scripts/finetune.sh configs/m-example/training.yml',
    '```',
  );

  it("a training command run with a config file of the framework's repository", () => {
    expect(config.check(file('README.md', framework), context(['README.md']))[0]).toMatchObject({ outcome: 'external', code: 'framework-config', line: 10, url: 'https://github.com/org/engine' });
  });

  it('the config file in this tree is not external (it is read as a config of its own)', () => {
    expect(config.check(file('README.md', framework), context(['README.md', 'configs/m-example/training.yml'])).filter((f) => f.code === 'framework-config')).toEqual([]);
  });

  it('"the same preprocessing steps and training hyperparameters as the original paper": both published with the framework used', () => {
    const text = lines(
      '# Open M',
      '',
      '## Dataset and Training',
      '',
      'The models are trained on [Corpus](https://huggingface.co/datasets/org/corpus). We follow exactly the same preprocessing steps and training hyperparameters as the original M paper, including context length and learning rate schedule.',
      '',
      'We train the models using [Trainer](https://github.com/org/trainer), a JAX training pipeline.',
    );
    expect(all(config, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'follows-recipe', line: 5, url: 'https://github.com/org/trainer' });
    expect(all(preprocessing, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'follows-recipe', line: 5, url: 'https://github.com/org/trainer' });
    // Hyperparameters alone say nothing of the preprocessing.
    const hp = text.replace('preprocessing steps and ', '');
    expect(all(preprocessing, 'README.md', hp)).toEqual([]);
  });
});

describe('hub pages of what the repository itself trained or released', () => {
  it('"run inference with our fine-tuned [X](hub)" in a nested README is the model card of a model made here', () => {
    const text = lines('# PII detection', '', '- fine-tune an encoder (like [Enc](https://huggingface.co/org/encoder)) for PII detection', '- run inference with our fine-tuned [Det](https://huggingface.co/org/detector) on many GPUs');
    const got = all(modelCard, 'pii/ner/README.md', text).filter((f) => f.outcome === 'external');
    expect(got.map((f) => f.url)).toEqual(['https://huggingface.co/org/detector']);
  });

  it('"filters used for M training [Data](hub)" names the training data published on the Hub', () => {
    const text = lines('# Filtering', '', '* Additional filters used for M training [MData](https://huggingface.co/datasets/org/mdata):', '    - remove XML files');
    expect(all(dataCard, 'preprocessing/README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'hf-dataset', url: 'https://huggingface.co/datasets/org/mdata' });
  });

  it('"the code used for training a model … on [Data](hub)" is not what that model was trained on', () => {
    const text = lines('# PII', '', 'We provide the code used for training a PII model and for running inference on [MData](https://huggingface.co/datasets/org/mdata).');
    expect(all(dataCard, 'pii/README.md', text).filter((f) => f.outcome === 'external')).toEqual([]);
  });
});

describe("a recipe's expected score", () => {
  it('"you should obtain a COCO CIDEr score of approximately 94" counts, even in an examples folder', () => {
    const text = lines('# Train a VLM', '', 'Follow all steps to obtain the benchmark scores at the end.', '', '## Evaluation', '', 'For the instruction-tuned model you should obtain a MMMU score of approximately 38.');
    expect(all(evalResults, 'examples/vlm/README.md', text)[0]).toMatchObject({ outcome: 'evidence', code: 'expected-score', line: 7, signals: ['expected-score'] });
  });

  it('"you should get good results" without a number, or the expected loss of a smoke test in a code block, does not', () => {
    expect(all(evalResults, 'examples/x/README.md', lines('# X', '', 'With more steps you should get a better score.')).filter((f) => f.code === 'expected-score')).toEqual([]);
    expect(all(evalResults, 'examples/x/README.md', lines('# X', '', '```', '# you should see a score of 12', '```')).filter((f) => f.code === 'expected-score')).toEqual([]);
  });
});

describe('a link whose words say the training data is described there', () => {
  it('"[M\'s Approach to Data](blog)" in the top README', () => {
    const text = lines('# M', '', 'Our cookbook series dives into training M:', '', '* [Exploring experts](https://blog.example.org/experts)', "* [M's Approach to Data](https://blog.example.org/m-approach-to-data)");
    expect(all(dataCard, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'data-described-at', line: 6 });
  });

  it('a guide to your own training data, or the same link in a nested README, is not', () => {
    expect(all(dataCard, 'README.md', lines('# Tool', '', 'See [preparing your own training data](https://docs.example.org/data).')).filter((f) => f.outcome === 'external')).toEqual([]);
    expect(all(dataCard, 'docs/more/README.md', lines('# More', '', "* [M's Approach to Data](https://blog.example.org/m-data)")).filter((f) => f.outcome === 'external')).toEqual([]);
  });
});

describe('a sentence stating the training data beside the own technical report', () => {
  it('"we had 1.2TB of Korean data collected by [X]" and "Technical report: <arXiv>" in one section', () => {
    const text = lines('# M', '', '## Projects', '', '### M-Ko', '', 'When we started, we already had 1.2TB of Korean data collected by [Lab](https://lab.example.org/).', '', '| Size | Card |', '|---|---|', '| 1B | [card](https://huggingface.co/org/m-1b) |', '', '- Technical report: https://arxiv.org/abs/2306.02254');
    expect(all(dataCard, 'README.md', text)[0]).toMatchObject({ outcome: 'external', code: 'paper-beside-data', line: 13, url: 'https://arxiv.org/abs/2306.02254' });
  });

  it('not across the collapsible blocks of a list of other projects, nor in a results section', () => {
    const projects = lines('# Lib', '', '## Projects using Lib', '', '<details>', '<summary>Tiny</summary>', '', 'Lib powered the [Tiny paper](https://arxiv.org/abs/2401.02385) of the Lib team.', '</details>', '', '<details>', '<summary>Micro</summary>', '', 'Micro is a small model pretrained on 50B tokens with Lib.', '</details>');
    expect(all(dataCard, 'README.md', projects).filter((f) => f.code === 'paper-beside-data')).toEqual([]);
    const results = lines('# M', '', '## Results', '', 'Trained on 2T tokens, M beats others; see [our paper](https://arxiv.org/abs/2401.00001).');
    expect(all(dataCard, 'README.md', results).filter((f) => f.code === 'paper-beside-data')).toEqual([]);
  });
});

describe('the repository that holds the code to fine-tune the models', () => {
  it('a list item that describes a linked repository as fine-tuning implementations', () => {
    const text = lines('# M', '', 'Related repositories:', '- [m-toolchain](https://github.com/org/m-toolchain) - Model development (inference/fine-tuning/safety) interfaces and canonical implementations', '- [m-cookbook](https://github.com/org/m-recipes) - Community scripts');
    expect(training.check(file('README.md', text), context(['README.md']))[0]).toMatchObject({ outcome: 'external', code: 'fine-tuning-repository', url: 'https://github.com/org/m-toolchain' });
  });

  it('"for fine-tuning the models, see [X](…)"', () => {
    const text = lines('# M', '', 'This repository runs inference only. For fine-tuning the models, see [m-recipes](https://github.com/org/m-recipes).');
    expect(training.check(file('README.md', text), context(['README.md']))[0]).toMatchObject({ outcome: 'external', code: 'fine-tuning-repository' });
  });

  it('a paragraph that mentions fine-tuning and code beside an unrelated link, or fine-tuned models by others, is not', () => {
    const text = lines(
      '# M',
      '',
      'M is a family of models for code based on [Base](https://github.com/org/base), in base, Python and fine-tuned instruction flavours.',
      '',
      'We collaborate with a team creating a series of fine-tuned models. Please refer to [here](https://github.com/other/fine-tunes) for their code.',
    );
    expect(training.check(file('README.md', text), context(['README.md']))).toEqual([]);
  });
});
