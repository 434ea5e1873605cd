import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { dataCard } from '../../src/scan/detectors/data-card.js';
import { evalResults } from '../../src/scan/detectors/eval-results.js';
import { modelCard } from '../../src/scan/detectors/model-card.js';
import { cellNumber, parseMarkdown } from '../../src/scan/text/markdown.js';
import { sectionText } from '../../src/scan/text/section-text.js';
import { isPlaceholderText, isTemplatePath, placeholderMarkers, placeholderReason } from '../../src/scan/text/placeholder.js';
import { CANDIDATE, STRONG, type Detector, type Finding, type ScanContext } from '../../src/domain/finding.js';
import { file, runCases } from '../helpers/detector.js';

const ctx: ScanContext = { paths: [], has: () => false, submodules: [] };

/** Markdown written with a leading newline and indentation for readability. */
function md(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

// ---------------------------------------------------------------------------------------------

const DATASHEET = md(`
  # Datasheet: Larkspur pretraining corpus

  ## Motivation
  Built to pretrain a 3B model whose data anyone can inspect.

  ## Composition
  | Source | Tokens | Share |
  | --- | --- | --- |
  | [FineWeb-Edu](https://huggingface.co/datasets/HuggingFaceFW/fineweb-edu) | 420B | 70% |
  | [peS2o](https://huggingface.co/datasets/allenai/peS2o) | 60B | 10% |
  | [Stack Exchange dump](https://archive.org/details/stackexchange) | 120B | 20% |

  ## Preprocessing
  Documents were language-filtered with fastText, deduplicated with MinHash (threshold 0.8)
  and PII such as e-mail addresses was redacted.
`);

const HF_TEMPLATE_DATA = md(`
  ---
  license: mit
  ---
  # Dataset Card for Dataset Name

  ## Dataset Details

  ### Dataset Description

  - **Curated by:** [More Information Needed]
  - **Language(s) (NLP):** [More Information Needed]

  ## Uses

  ### Direct Use

  [More Information Needed]

  ## Dataset Structure

  [More Information Needed]

  ## Dataset Creation

  ### Source Data

  [More Information Needed]
`);

describe('data-card check', () => {
  runCases(dataCard, [
    { name: 'datasheet with linked sources, sizes and filtering', path: 'DATASHEET.md', text: DATASHEET, want: { outcome: 'evidence', code: 'data-card', line: 1 } },
    { name: 'HF dataset-card template full of [More Information Needed]', path: 'data/DATA_CARD.md', text: HF_TEMPLATE_DATA, want: { outcome: 'rejected', code: 'placeholder', line: 4 }, never: ['evidence'] },
    { name: 'empty data card', path: 'docs/DATA_CARD.md', text: '\n\n', want: { outcome: 'rejected', code: 'empty', line: 1 } },
    { name: 'template by file name', path: 'docs/datasheet_template.md', text: DATASHEET, want: { outcome: 'rejected', code: 'template', line: 1 }, never: ['evidence'] },
    {
      name: 'template braces in a data card',
      path: 'DATA_CARD.md',
      text: md(`
        # Data card for {{ dataset_name }}

        ## Sources
        {{ sources | default("TBD") }}
      `),
      want: { outcome: 'rejected', code: 'placeholder', line: 1 },
    },
    {
      name: 'README section with real substance',
      path: 'README.md',
      text: md(`
        # Kestrel-1B

        Small model.

        ## Training data

        Kestrel was pretrained on 1.2T tokens drawn from three public corpora:
        [DCLM-baseline](https://huggingface.co/datasets/mlfoundations/dclm-baseline-1.0) (900B tokens),
        [The Stack v2](https://huggingface.co/datasets/bigcode/the-stack-v2) (200B tokens) and
        [OpenWebMath](https://huggingface.co/datasets/open-web-math/open-web-math) (100B tokens).
        Each source was deduplicated with MinHash and filtered by a quality classifier before
        tokenization; benchmark test sets were removed by 13-gram decontamination.

        ## License
        Apache-2.0
      `),
      want: { outcome: 'evidence', code: 'data-section', line: 5 },
    },
    {
      name: 'one-paragraph training data blurb is weak',
      path: 'README.md',
      text: md(`
        # Nimbus-7B

        ## Training data
        Nimbus was pretrained on 2.6T tokens of high-quality web, book and code data.
      `),
      want: { outcome: 'weak', code: 'blurb', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'blurb linking a Hugging Face dataset is external',
      path: 'README.md',
      text: md(`
        # Nimbus-7B

        ## Training data
        The pretraining corpus is published as [nimbus/pile-mix](https://huggingface.co/datasets/nimbus/pile-mix).
      `),
      want: { outcome: 'external', code: 'hf-dataset', line: 4 },
      never: ['evidence'],
    },
    {
      name: 'eval dataset link outside a data section is not training data',
      path: 'README.md',
      text: md(`
        # Nimbus-7B

        We evaluate on [GSM8K](https://huggingface.co/datasets/openai/gsm8k) and report accuracy.
      `),
      want: 'none',
    },
    {
      name: 'tutorial dataset in a fine-tuning how-to is not the release data',
      path: 'README.md',
      text: md(`
        # Nimbus-7B

        ## Fine-tuning
        By default we use a small dataset from [BAAI/COIG](https://huggingface.co/datasets/BAAI/COIG) to finetune the base model.
      `),
      want: 'none',
    },
    {
      name: 'HF dataset card front matter with a real description',
      path: 'data/README.md',
      text: md(`
        ---
        license: odc-by
        task_categories:
        - text-generation
        size_categories:
        - 100B<n<1T
        dataset_info:
          features:
          - name: text
            dtype: string
        ---
        # Wren web corpus

        Crawled from 12 Common Crawl snapshots (2022-2024), about 300B tokens after cleaning.
        We removed boilerplate, filtered documents with a fastText quality classifier and applied
        exact and near-duplicate removal (MinHash, 5-grams).
      `),
      want: { outcome: 'evidence', code: 'data-card', line: 12 },
    },
    {
      name: 'HF dataset front matter alone is metadata, not a card',
      path: 'data/README.md',
      text: md(`
        ---
        dataset_info:
          features:
          - name: text
            dtype: string
          splits:
          - name: train
            num_examples: 1000
        configs:
        - config_name: default
        ---
      `),
      want: { outcome: 'rejected', code: 'metadata-only', line: 2 },
    },
    {
      name: 'Croissant JSON-LD with distribution and description',
      path: 'data/croissant.json',
      text: JSON.stringify(
        {
          '@context': { '@vocab': 'https://schema.org/', cr: 'http://mlcommons.org/croissant/' },
          '@type': 'sc:Dataset',
          conformsTo: 'http://mlcommons.org/croissant/1.0',
          name: 'wren-web',
          description: 'Filtered web text used to pretrain Wren.',
          distribution: [{ '@type': 'cr:FileObject', name: 'shards', contentUrl: 'https://example.org/wren.tar' }],
          recordSet: [],
        },
        null,
        2,
      ),
      want: { outcome: 'evidence', code: 'croissant', line: 2 },
    },
    { name: 'JSON that is not Croissant', path: 'data/stats_CroissantAligned.json', text: '{"docs": 12, "tokens": 4000}', want: 'none' },
    { name: 'PDF datasheet by name', path: 'docs/datasheet.pdf', text: '', over: { binary: true, size: 48_000 }, want: { outcome: 'evidence', code: 'pdf-datasheet', line: 1 } },
    { name: 'tiny PDF datasheet', path: 'docs/datasheet.pdf', text: '', over: { binary: true, size: 12 }, want: { outcome: 'rejected', code: 'empty', line: 1 } },
    { name: 'unrelated PDF', path: 'docs/paper.pdf', text: '', over: { binary: true, size: 48_000 }, want: 'none' },
    {
      name: 'data-loader docs are not a data card',
      path: 'README.md',
      text: md(`
        # Toolkit

        ## Data loader
        The loader streams shards from disk; see \`loader.py\` for the options, 1000 samples per batch.
      `),
      want: 'none',
    },
    {
      name: 'project title mentioning data is not a data section',
      path: 'README.md',
      text: md(`
        # Finch: a Data-efficient Language Model

        Finch reaches strong results with little data. See [our data](https://huggingface.co/datasets/finch/corpus) and the
        [paper](https://arxiv.org/abs/2401.00001); we filtered and deduplicated 1T tokens.

        ## Quick start
        pip install finch
      `),
      want: 'none',
      never: ['evidence'],
    },
    {
      name: 'data section in a tool README deep in the tree is weak with a hint',
      path: 'scripts/fact_gen/README.md',
      text: md(`
        # Fact generation

        ## Dataset construction
        Relations come from the [Wikidata dump](https://dumps.wikimedia.org/wikidatawiki/entities/) of January 2022
        and the [seed list](https://example.org/relations.zip); triples were filtered to entities with an English
        label and deduplicated before templating into sentences.
      `),
      want: { outcome: 'weak', code: 'nested-section', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'a code package README under datasets/ is not a data card',
      path: 'megatron/training/datasets/README.md',
      text: md(`
        # Data pipeline

        ## SFT dataset
        \`SFTDataset\` reads conversations in ShareGPT or Alpaca format, filters empty turns and packs
        samples up to 4096 tokens. Set \`--sft\` to enable it; Dolly-style records are converted first.
      `),
      want: { outcome: 'rejected', code: 'thin', line: 1 },
      never: ['evidence'],
    },
    {
      name: 'data section inside an example folder stays weak',
      path: 'examples/sft/README.md',
      text: md(`
        # SFT example

        ## Dataset
        We fine-tune on [Alpaca](https://github.com/tatsu-lab/stanford_alpaca) (52K examples) and
        [Dolly](https://huggingface.co/datasets/databricks/databricks-dolly-15k) (15K examples), filtered
        to remove empty responses and deduplicated by exact match of the instruction.
      `),
      want: { outcome: 'weak', code: 'data-section', line: 3 },
      never: ['evidence'],
    },
  ]);

  runCases(dataCard, [
    {
      name: 'a training command naming a hub dataset id is an external data card',
      path: 'README.md',
      text: md(`
        # Wren-LoRA

        The released adapter was trained with:

        \`\`\`bash
        python finetune.py \\
            --base_model 'acme/wren-7b' \\
            --data_path 'acme-labs/wren-instructions-cleaned' \\
            --num_epochs 3
        \`\`\`
      `),
      want: { outcome: 'external', code: 'command-dataset', line: 8 },
    },
    {
      name: 'a training command on a local file or a placeholder id names no dataset card',
      path: 'README.md',
      text: md(`
        # Wren-LoRA

        \`\`\`bash
        python finetune.py --data_path ./data/train.jsonl
        python finetune.py --dataset your-org/your-dataset
        \`\`\`
      `),
      want: 'none',
    },
    {
      name: 'a data folder README about test splits describes evaluation data',
      path: 'data/README.md',
      text: md(`
        # Datasets used for scoring

        We used the test-clean and test-other splits of [an ASR corpus](https://example.org/asr).
        The second benchmark is a set of [podcast recordings](https://example.org/pod), 2,000 clips.
        Each evaluation set was normalised before computing the word error rate.
      `),
      want: { outcome: 'rejected', code: 'evaluation-data', line: 1 },
      never: ['evidence'],
    },
    {
      name: 'a link to "the accompanying paper" is not a data source',
      path: 'model-card.md',
      text: md(`
        # Model card: Heron-ASR

        ## Training Data

        The models are trained on 400,000 hours of audio with transcripts collected from the internet;
        70% of it is English. As discussed in [the accompanying paper](https://arxiv.org/abs/2401.00001),
        accuracy in a language follows the amount of training data for it.
      `),
      want: { outcome: 'weak', code: 'blurb', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'a hub dataset a tutorial loads a few lines below "an example" is not the training data',
      path: 'README.md',
      text: md(`
        # finetune-kit

        ## Prepare the dataset

        Let's go over a simple example to train a model in instruction following:

        - 1. **Load a chunk of [Chatset](https://huggingface.co/datasets/acme/chatset-200k)**
      `),
      want: { outcome: 'weak', code: 'blurb', line: 3 },
      never: ['external', 'evidence'],
    },
  ]);

  it('ranks dedicated cards first and drops eval-task READMEs and backups', () => {
    const r = (p: string): number | undefined => dataCard.rank?.(p);
    expect(r('DATASHEET.md')).toBeGreaterThan(r('README.md') ?? 0);
    expect(r('data/README.md')).toBeGreaterThan(r('README.md') ?? 0);
    expect(r('README.md')).toBeGreaterThan(r('src/pkg/README.md') ?? 0);
    expect(r('lm_eval/tasks/arc/README.md')).toBeUndefined();
    expect(r('docs/README.old.md')).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------

const MODEL_CARD = md(`
  ---
  license: apache-2.0
  pipeline_tag: text-generation
  language: [en]
  ---
  # Model card: Kestrel-1B

  ## Model details
  Decoder-only transformer, 24 layers, 2048 hidden size, trained from scratch by the Kestrel team.

  ## Intended use
  Research on small language models; not for production use without further safety work.

  ## Limitations
  The model can state falsehoods confidently and reflects biases of web text.
`);

const HF_TEMPLATE_MODEL = md(`
  ---
  license: apache-2.0
  ---
  # Model Card for Model ID

  <!-- Provide a quick summary of what the model is/does. -->

  ## Model Details

  ### Model Description

  - **Developed by:** [More Information Needed]
  - **Model type:** [More Information Needed]

  ## Uses

  ### Direct Use

  [More Information Needed]

  ## Bias, Risks, and Limitations

  [More Information Needed]

  ## Training Details

  ### Training Data

  [More Information Needed]

  ## Evaluation

  [More Information Needed]
`);

describe('model-card check', () => {
  runCases(modelCard, [
    { name: 'MODEL_CARD.md with front matter and sections', path: 'MODEL_CARD.md', text: MODEL_CARD, want: { outcome: 'evidence', code: 'hf-front-matter', line: 1 } },
    { name: 'HF template left unfilled', path: 'MODEL_CARD.md', text: HF_TEMPLATE_MODEL, want: { outcome: 'rejected', code: 'placeholder', line: 4 }, never: ['evidence'] },
    { name: 'empty model card', path: 'models/kestrel/MODEL_CARD.md', text: '', want: { outcome: 'rejected', code: 'empty', line: 1 } },
    { name: 'whitespace-only model card', path: 'model_card.md', text: ' \n\t\n', want: { outcome: 'rejected', code: 'empty', line: 1 } },
    { name: 'model card template by name', path: 'templates/model_card_template.md', text: MODEL_CARD, want: { outcome: 'rejected', code: 'template', line: 1 } },
    {
      name: 'README with HF model-card front matter',
      path: 'README.md',
      text: md(`
        ---
        license: other
        license_name: nimbus-community
        pipeline_tag: text-generation
        ---
        # Nimbus-7B-Chat

        Nimbus-7B-Chat is a bilingual chat model released with its weights and inference code. It was
        tuned for dialogue in English and Chinese and supports a context of 8K tokens.

        ## Quick start
        Load it with transformers and call generate.
      `),
      want: { outcome: 'evidence', code: 'hf-front-matter', line: 1 },
    },
    {
      name: 'README with the usual card sections and no front matter',
      path: 'README.md',
      text: md(`
        # Kestrel

        ## Model description
        Kestrel is a 1B decoder-only model trained from scratch on public data by our lab.

        ## Intended uses
        Research and education; fine-tuning for downstream tasks under the license terms.

        ## Training data
        See the data card for the full list of sources and the filtering we applied.

        ## Limitations and bias
        Kestrel hallucinates, and it has not been aligned with human preferences at all.
      `),
      want: { outcome: 'evidence', code: 'card-sections', line: 3 },
    },
    {
      name: 'project README with training and evaluation only is weak',
      path: 'README.md',
      text: md(`
        # Trainer

        ## Pretraining
        Launch the run with torchrun on 8 nodes; the config lives in configs/pretrain.yaml.

        ## Evaluation
        Run the harness with scripts/eval.sh and compare with the numbers in the paper.
      `),
      want: { outcome: 'weak', code: 'partial-card', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'dataset card front matter is not a model card',
      path: 'README.md',
      text: md(`
        ---
        license: cc-by-4.0
        task_categories: [text-generation]
        size_categories: [1M<n<10M]
        ---
        # A dataset
      `),
      want: 'none',
    },
    {
      name: 'front matter with nothing under it',
      path: 'MODEL_CARD.md',
      text: md(`
        ---
        license: mit
        pipeline_tag: text-generation
        ---
        # Tiny
      `),
      want: { outcome: 'rejected', code: 'empty', line: 1 },
    },
    {
      name: 'root README linking the model on Hugging Face is external',
      path: 'README.md',
      text: md(`
        # Heron

        Weights: [heron/Heron-7B](https://huggingface.co/heron/Heron-7B).

        ## Install
        pip install heron
      `),
      want: { outcome: 'external', code: 'hf-model', line: 3 },
    },
    {
      name: 'a collection of the release\'s models on the Hub is external',
      path: 'README.md',
      text: md(`
        # Wren

        Wren [models](https://huggingface.co/collections/wren-ai/wren-models-0123abcd) are released with the training code.
      `),
      want: { outcome: 'external', code: 'hf-model', line: 3 },
    },
    {
      name: 'a table of supported models from several organisations is a catalogue, not the release\'s card',
      path: 'README.md',
      text: md(`
        # fine-tune-kit

        | Model | Size | Source |
        | --- | --- | --- |
        | Alpha | 7B | [Alpha Labs](https://huggingface.co/alpha-labs/alpha-7b) |
        | Beta | 8B | [Beta Inc](https://huggingface.co/beta-inc/beta-8b) |
        | Gamma | 2B | [Gamma](https://huggingface.co/gamma-org/gamma-2b) |
      `),
      want: 'none',
    },
    {
      name: 'one hub row in a long table of models referenced by papers and blogs is a catalogue too',
      path: 'README.md',
      text: md(`
        # fine-tune-kit

        | Model | Size | Author | Reference |
        | --- | --- | --- | --- |
        | Alpha | 7B | Alpha Labs | [Alpha et al. 2023](https://arxiv.org/abs/2308.00001) |
        | Beta | 8B | Beta Inc | [Beta 2024](https://beta.example.com/blog/beta-8b) |
        | Gamma Tools | 7B | Gamma | [Gamma et al. 2023](https://huggingface.co/gamma-org/gamma-tools-7b) |
        | Delta | 2B | Delta AI | [Delta 2024](https://delta.example.org/news/delta) |
      `),
      want: 'none',
    },
    {
      name: 'a model under a download heading is where to get weights to start from, not a card',
      path: 'README.md',
      text: md(`
        # fine-tune-kit

        ## Model download

        Fine-tune one of the official models: [7B](https://huggingface.co/acme/acme-7b).
      `),
      want: 'none',
    },
    {
      name: 'a recipe README that says its models are released links their cards',
      path: 'examples/vlm/README.md',
      text: md(`
        # Kite-VL

        ## Checkpoints

        Kite-VL model weights are publicly available on the Hub:

        - Kite-VL 8B [Hub version](https://huggingface.co/kite/Kite-VL-8B)
      `),
      want: { outcome: 'external', code: 'hf-model', line: 7 },
    },
    {
      name: 'a nested README listing experiment checkpoints without saying they are released is not external',
      path: 'examples/mixing/README.md',
      text: md(`
        # Mixing experiment

        We train a small reference model and then a proxy. Checkpoints of the experiment:

        - reference model: https://huggingface.co/kite/mix-ref-280m
      `),
      want: 'none',
    },
  ]);
});

// ---------------------------------------------------------------------------------------------

const HARNESS = JSON.stringify(
  {
    results: {
      hellaswag: { 'acc,none': 0.52, 'acc_norm,none': 0.69 },
      arc_easy: { 'acc,none': 0.71 },
    },
    'n-shot': { hellaswag: 0, arc_easy: 0 },
  },
  null,
  2,
);

describe('eval-results check', () => {
  runCases(evalResults, [
    { name: 'lm-eval-harness results JSON', path: 'eval/results/kestrel/results_2024-05-01T10-00-00.json', text: HARNESS, want: { outcome: 'evidence', code: 'harness-results', line: 2 } },
    { name: 'harness JSON in a test fixture is weak', path: 'tests/testdata/arc-res.json', text: HARNESS, want: { outcome: 'weak', code: 'harness-results', line: 2 } },
    {
      name: 'cut harness JSON (file head only)',
      path: 'eval/results.json',
      text: '{\n  "results": {\n    "mmlu": {"acc,none": 0.61, "acc_stderr,none": 0.01},\n    "gsm8k": {"exact_match,strict-match": 0.4',
      over: { truncated: true },
      want: { outcome: 'evidence', code: 'harness-results', line: 2 },
    },
    {
      name: 'HF Trainer eval_results.json',
      path: 'outputs/eval_results.json',
      text: '{"epoch": 3.0, "eval_accuracy": 0.912, "eval_f1": 0.897, "eval_loss": 0.31, "eval_runtime": 12.4, "eval_samples_per_second": 88.1}',
      want: { outcome: 'evidence', code: 'json-scores', line: 1 },
    },
    {
      name: 'training-loss JSON named like results',
      path: 'tests/functional_tests/test_results/gpt3_50steps.json',
      text: '{"lm loss": {"start_step": 0, "end_step": 50, "values": [10.8, 10.6, 10.2]}, "iteration_timing_avg": 0.14}',
      want: { outcome: 'rejected', code: 'training-metrics', line: 1 },
    },
    { name: 'empty results file', path: 'eval_results.json', text: '', want: { outcome: 'rejected', code: 'empty', line: 1 } },
    {
      name: 'HF Trainer train_results.json holds training metrics only',
      path: 'outputs/train_results.json',
      text: '{"epoch": 3.0, "train_loss": 1.92, "train_runtime": 5123.4, "train_samples_per_second": 41.2}',
      want: { outcome: 'rejected', code: 'training-metrics', line: 1 },
    },
    { name: 'deeply nested results JSON', path: 'results/deep.json', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, want: { outcome: 'rejected', code: 'no-scores', line: 1 } },
    { name: 'eval results JSON without numbers', path: 'eval/eval_results.json', text: '{"tasks": ["mmlu", "gsm8k"], "model": "kestrel"}', want: { outcome: 'rejected', code: 'no-scores', line: 1 } },
    {
      name: 'CSV score table',
      path: 'eval/scores.csv',
      text: 'model,mmlu,gsm8k,hellaswag\nkestrel-1b,41.2,12.5,61.0\nbaseline,38.0,9.1,58.3\n',
      want: { outcome: 'evidence', code: 'csv-scores', line: 1 },
    },
    {
      name: 'long-format CSV (benchmark, metric, score)',
      path: 'results/evaluation_baselines.csv',
      text: 'model_name,benchmark,metric,score\nkestrel,arc_challenge,acc_norm,0.41\nkestrel,piqa,acc,0.74\n',
      want: { outcome: 'evidence', code: 'csv-scores', line: 1 },
    },
    {
      name: 'TSV of training metrics',
      path: 'logs/train_metrics.tsv',
      text: 'step\tloss\tlearning_rate\ttokens_per_sec\n100\t3.2\t0.0003\t41000\n200\t3.0\t0.0003\t41200\n',
      want: { outcome: 'rejected', code: 'training-metrics', line: 1 },
    },
    {
      name: 'README score table under Evaluation',
      path: 'README.md',
      text: md(`
        # Kestrel

        ## Evaluation

        | Benchmark | Shots | Kestrel-1B | Baseline |
        | --- | --- | --- | --- |
        | HellaSwag | 0 | **61.0** | 58.3 |
        | ARC-Challenge | 25 | 35.2* | 33.0 |
        | MMLU | 5 | 41.2 ± 0.4 | 38.0 |
      `),
      want: { outcome: 'evidence', code: 'score-table', line: 5 },
    },
    {
      name: 'rows without a leading pipe, benchmarks as columns',
      path: 'README.md',
      text: md(`
        ## Benchmarks

        Models | MMLU | GSM8K | HumanEval
        --- | --- | --- | ---
        Kestrel | 41.2 | 12.5 | 18.3
        Baseline | 38.0 | 9.1 | 15.0
      `),
      want: { outcome: 'evidence', code: 'score-table', line: 3 },
    },
    {
      name: 'HTML score table',
      path: 'README.md',
      text: md(`
        <h2>Results</h2>
        <table>
          <tr><th>Model</th><th>MMLU</th><th>C-Eval</th></tr>
          <tr><td>Kestrel</td><td>41.2</td><td>40.1</td></tr>
        </table>
      `),
      want: { outcome: 'evidence', code: 'score-table', line: 2 },
    },
    {
      name: 'task list with shot counts is not results',
      path: 'scripts/evals/README.md',
      text: md(`
        # How we evaluate

        | Benchmark | N-Shots | Primary Metric |
        | --- | --- | --- |
        | ARC Challenge | 0 | acc_uncond |
        | MMLU | 5 | acc_raw |
        | GSM8k | 8 | exact_match |
      `),
      want: { outcome: 'rejected', code: 'task-list', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'throughput table under Benchmarks',
      path: 'README.md',
      text: md(`
        ## Benchmarks

        | GPUs | Batch size | Tokens/s | MFU |
        | --- | --- | --- | --- |
        | 8 | 512 | 41,000 | 52% |
        | 64 | 4096 | 320,000 | 49% |
      `),
      want: { outcome: 'rejected', code: 'throughput', line: 3 },
      never: ['evidence'],
    },
    {
      name: 'performance claims without numbers',
      path: 'README.md',
      text: md(`
        # Nimbus

        ## Performance
        Nimbus reaches state-of-the-art results among models of its size on standard benchmarks.
      `),
      want: { outcome: 'rejected', code: 'no-scores', line: 3 },
    },
    {
      name: 'results only as images',
      path: 'README.md',
      text: md(`
        ## Evaluation results
        ![scores](assets/benchmark.png)
      `),
      want: { outcome: 'weak', code: 'scores-as-images', line: 1 },
    },
    {
      name: 'model names with versions are not prose scores',
      path: 'README.md',
      text: md(`
        ## Results
        Kestrel beats SOLAR-10.7B and Llama-3.2-3B at math and code.
      `),
      want: { outcome: 'rejected', code: 'no-scores', line: 1 },
    },
    {
      name: 'model-index front matter with values',
      path: 'README.md',
      text: md(`
        ---
        license: mit
        model-index:
        - name: kestrel-1b
          results:
          - task: {type: text-generation}
            dataset: {name: MMLU, type: cais/mmlu}
            metrics:
            - {type: acc, value: 41.2}
        ---
        # Kestrel
      `),
      want: { outcome: 'evidence', code: 'model-index', line: 3 },
    },
    {
      name: 'model-index without values',
      path: 'README.md',
      text: md(`
        ---
        model-index:
        - name: kestrel-1b
          results: []
        ---
        # Kestrel
      `),
      want: { outcome: 'rejected', code: 'model-index-empty', line: 2 },
    },
    {
      name: 'evaluation instructions are skipped silently',
      path: 'evaluation/README.md',
      text: md(`
        ## How to run the evaluation
        Use \`bash eval.sh\` with your checkpoint path.
      `),
      want: 'none',
    },
    {
      name: 'data mix table mentioning benchmark-like names is not results',
      path: 'README.md',
      text: md(`
        ## SFT data

        | Dataset | Tokens | Share |
        | --- | --- | --- |
        | GSM8K train | 2 | 10% |
        | MATH train | 5 | 20% |
      `),
      want: 'none',
      never: ['evidence'],
    },
  ]);

  runCases(evalResults, [
    {
      name: "a model release README whose title links its own paper ('official code and model release for') but never speaks of evaluation: thin",
      path: 'README.md',
      text: md(`
        # Wren-3D

        This is the official code and model release for [Wren-3D: Conditional Implicit Shapes](https://arxiv.org/abs/2401.00001).

        ## Usage
        Install with \`pip install -e .\` and run the sampling notebook.
      `),
      want: { outcome: 'weak', code: 'paper-results', line: 3 },
    },
    {
      name: 'the same README with a word of evaluation: the paper is where the scores are',
      path: 'README.md',
      text: md(`
        # Wren-3D

        This is the official code and model release for [Wren-3D: Conditional Implicit Shapes](https://arxiv.org/abs/2401.00001).

        ## Usage
        Install with \`pip install -e .\` and run the sampling notebook; \`eval.py\` reproduces the evaluation.
      `),
      want: { outcome: 'external', code: 'paper-results', line: 3 },
    },
    {
      name: 'the same README whose only word of evaluation is a script name in a fenced command: thin',
      path: 'README.md',
      text: md(`
        # Wren-3D

        This is the official code and model release for [Wren-3D: Conditional Implicit Shapes](https://arxiv.org/abs/2401.00001).

        ## Usage
        \`\`\`bash
        python evaluate.py --ckpt wren3d.pt
        \`\`\`
      `),
      want: { outcome: 'weak', code: 'paper-results', line: 3 },
    },
    {
      name: "a code README for its paper whose only word of evaluation is a fenced command: still thin, not silent",
      path: 'README.md',
      text: md(`
        # Wren-3D

        Official implementation of our paper [Wren-3D: Conditional Implicit Shapes](https://arxiv.org/abs/2401.00001).

        ## Training
        \`\`\`bash
        python train.py --config configs/wren.yaml
        python evaluate.py --ckpt runs/wren/last.pt
        \`\`\`
      `),
      want: { outcome: 'weak', code: 'paper-results', line: 3 },
    },
    {
      name: "a [Paper] link bar (in backticks) to a lab's publication page, in a README offering pretrained weights and no word of evaluation: thin",
      path: 'README.md',
      text: md(`
        # Segment Wren

        [[\`Paper\`](https://ai.example.com/research/publications/segment-wren/)] [[\`Demo\`](https://wren.example.com/demo)]

        ## Model Checkpoints
        Download the pretrained weights below.
      `),
      want: { outcome: 'weak', code: 'paper-results', line: 3 },
    },
    {
      name: "a model card pointing at its research paper (not only the top README is read)",
      path: 'MODEL_CARD.md',
      text: md(`
        # Kestrel Code

        **Research Paper** More details in the paper "[Kestrel Code](https://arxiv.org/abs/2402.00002)".

        **Evaluation Results** See Section 3 of the research paper.
      `),
      want: { outcome: 'external', code: 'paper-results', line: 3 },
    },
    {
      name: 'a model card linking its paper without a word of evaluation: the paper evaluates the model it is about',
      path: 'projects/kestrel/model_card.md',
      text: md(`
        # Kestrel Code

        **Paper** [Kestrel Code](https://arxiv.org/abs/2402.00002) describes the model.

        **Intended use** Research on code generation.
      `),
      want: { outcome: 'external', code: 'paper-results', line: 3 },
    },
    {
      name: 'a usage README with only a hub link and no word of evaluation stays silent',
      path: 'README.md',
      text: md(`
        # Kestrel

        Download the model weights from [the hub](https://huggingface.co/acme/kestrel-7b) and run \`python run.py\`.
      `),
      want: 'none',
    },
    {
      name: 'a W&B share link (api.wandb.ai/links) beside held-out test loss in an example README',
      path: 'examples/mixing/README.md',
      text: md(`
        # Domain reweighting

        Training-loss curves: [[link]](https://wandb.ai/acme/kestrel/reports/train-loss--Vmlldzo1)

        The cross-entropy loss of the two 2.5B models on the test set: [[link]](https://api.wandb.ai/links/acme/qv0f4d).
      `),
      want: { outcome: 'external', code: 'external-results', line: 5 },
    },
    {
      name: 'hub links in a model-download section of a fine-tuning README are weights to start from, not a results card',
      path: 'README.md',
      text: md(`
        # heron-finetune

        Expect an MT-Bench score of about 6.3 after the tutorial run.

        ## Model download

        | Model | Link | Checksum |
        | --- | --- | --- |
        | 7B Base | [7B Base](https://huggingface.co/acme/heron-7b) | \`0123abcd\` |
      `),
      want: 'none',
    },
    {
      name: 'a W&B report of training loss alone is not results',
      path: 'examples/mixing/README.md',
      text: md(`
        # Domain reweighting

        Comparison of the training losses of the proxy and reference runs: [[link]](https://wandb.ai/acme/kestrel/reports/train--Vmlldzo2)
      `),
      want: 'none',
    },
  ]);

  it('reads harness outputs before READMEs and skips harness task READMEs', () => {
    const r = (p: string): number | undefined => evalResults.rank?.(p);
    expect(r('results/model/results_2024.json')).toBeGreaterThan(r('README.md') ?? 0);
    expect(r('lm_eval/tasks/arc/README.md')).toBeUndefined();
    expect(r('tests/testdata/results.json')).toBeLessThan(r('docs/README.md') ?? 0);
    expect(evalResults.enough).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------

describe('placeholder', () => {
  it.each([
    ['', 'empty'],
    ['<!-- Provide a summary -->\n', 'empty'],
    ['### Direct Use\n\n[More Information Needed]\n\n### Out-of-Scope Use\n\n[More Information Needed]', 'more-info-needed'],
    ['- **Developed by:** [More Information Needed]\n- **Funded by [optional]:** [More Information Needed]', 'more-info-needed'],
    ['TODO', 'todo'],
    ['TBD: describe sources', 'todo'],
    ['Coming soon!', 'todo'],
    ['# Model Card for {{ model_id | default("Model ID", true) }}', 'template'],
    ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'lorem-ipsum'],
  ])('%j is a placeholder (%s)', (text, kind) => {
    expect(placeholderReason(text)?.kind).toBe(kind);
    expect(isPlaceholderText(text)).toBe(true);
  });

  it.each([
    '- **Developed by:** Acme Labs\n- **Model type:** [More Information Needed]',
    'We trained on 2T tokens from Common Crawl. TODO: add the exact mix once the paper is out and reviewed by legal.',
    'None of the data contains personal information.',
  ])('%j is real content', (text) => {
    expect(placeholderReason(text)).toBeUndefined();
  });

  it('counts markers and recognises template file names', () => {
    expect(placeholderMarkers('[More Information Needed]\n{{ a }} and {{ b }}')).toBe(3);
    expect(isTemplatePath('docs/model_card_template.md')).toBe(true);
    expect(isTemplatePath('.github/ISSUE_TEMPLATE/bug.md')).toBe(true);
    expect(isTemplatePath('templates/card.md')).toBe(true);
    expect(isTemplatePath('docs/contemplated.md')).toBe(false);
  });
});

describe('markdown', () => {
  it('finds ATX, setext and HTML headings, not those in code or comments', () => {
    const doc = parseMarkdown(md(`
      <h1 align="center">Title</h1>
      Intro
      =====
      \`\`\`bash
      # not a heading
      \`\`\`
      <!--
      ## commented out
      -->
      ## Results ##
      Sub
      ---
    `));
    expect(doc.headings.map((h) => [h.level, h.text, h.line])).toEqual([
      [1, 'Title', 1],
      [1, 'Intro', 2],
      [2, 'Results', 10],
      [2, 'Sub', 11],
    ]);
  });

  it('caps YAML aliases in front matter', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]', '---', '# T'].join('\n');
    const doc = parseMarkdown(bomb);
    expect(doc.frontMatter?.data).toBeUndefined();
    expect(doc.frontMatter?.error).toBeTruthy();
    expect(modelCard.check(file('MODEL_CARD.md', bomb), ctx).map((f) => f.code)).toEqual(['empty']);
  });

  it("reads a model card template's front matter without a warning on the user's stderr", async () => {
    const warned: unknown[] = [];
    const onWarning = (w: unknown) => warned.push(w);
    process.on('warning', onWarning);
    const doc = parseMarkdown('---\n{{ card_data }}\n---\n# Model card\n');
    // Process warnings are delivered on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(doc.frontMatter?.data).toBeDefined();
    expect(warned).toEqual([]);
  });

  it('reads front matter keys with their lines and survives invalid YAML', () => {
    const ok = parseMarkdown('---\nlicense: mit\ntags:\n- a\n---\n# T\n');
    expect(ok.frontMatter?.keyLines).toEqual({ license: 2, tags: 3 });
    expect(ok.frontMatter?.data?.license).toBe('mit');
    const bad = parseMarkdown('---\nlicense: [unclosed\n---\n# T\n');
    expect(bad.frontMatter?.data).toBeUndefined();
    expect(bad.frontMatter?.error).toBeTruthy();
  });

  it('sections include subsections; sectionText leaves code out', () => {
    const doc = parseMarkdown('# A\n## B\ntext b\n```\ncode\n```\n### C\ntext c\n## D\n');
    const b = doc.sections.find((s) => s.heading.text === 'B');
    expect(b && [b.start, b.end]).toEqual([3, 8]);
    expect(b && sectionText(doc, b)).toBe('text b\n### C\ntext c');
  });

  it('parses pipe tables with escaped pipes and HTML tables', () => {
    const doc = parseMarkdown('| a | b \\| c |\n|---|:-:|\n| 1 | **2** |\n\n<table><tr><th>x</th></tr><tr><td>9</td></tr></table>\n');
    expect(doc.tables.map((t) => [t.line, t.header, t.rows])).toEqual([
      [1, ['a', 'b | c'], [['1', '2']]],
      [5, ['x'], [['9']]],
    ]);
  });

  it.each([
    ['45.40', 45.4],
    ['50.00*', 50],
    ['**68.50\\***', 68.5],
    ['<ins>61.60</ins>', 61.6],
    ['63.2%', 63.2],
    ['71.5 ± 0.3', 71.5],
    ['N/A', undefined],
    ['-', undefined],
    ['2.71B', undefined],
    ['7B / 13B', undefined],
  ])('cellNumber(%j) = %j', (cell, n) => {
    expect(cellNumber(cell)).toBe(n);
  });

  it('handles hostile lines without throwing', () => {
    const evil = `${'|'.repeat(5000)}\n${'|-'.repeat(5000)}\n${'['.repeat(20000)}\n${'<!--'.repeat(5000)}\n${'# '.repeat(5000)}`;
    expect(parseMarkdown(evil).lines.length).toBe(5);
    expect(placeholderReason(evil)).toBeDefined();
    for (const d of [dataCard, modelCard, evalResults]) expect(Array.isArray(d.check(file('README.md', evil), ctx))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The docs-* fixture trees, judged by these three detectors alone (globs, rank, enough, check), so
// they are covered even where the full scan is not involved. The corpus runner checks them end to end.

const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');
const DOC_DETECTORS: readonly Detector[] = [dataCard, evalResults, modelCard];

function listTree(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(root);
  return out.filter((p) => p !== 'expected.json').sort();
}

function statusOf(d: Detector, root: string, paths: string[]): string {
  const candidates = paths
    .filter((p) => d.globs.some((g) => minimatch(p, g, { nocase: true, dot: true })))
    .map((p) => ({ p, r: d.rank?.(p) }))
    .filter((x): x is { p: string; r: number } => x.r !== undefined)
    .sort((a, b) => b.r - a.r || a.p.localeCompare(b.p));
  const found: Finding[] = [];
  for (const { p } of candidates) {
    if (d.enough !== undefined && found.filter((f) => f.outcome === 'evidence' && f.strength >= STRONG).length >= d.enough) break;
    const buf = readFileSync(join(root, p));
    const binary = buf.subarray(0, 8000).includes(0);
    const tree: ScanContext = { paths, has: (x: string) => paths.includes(x), submodules: [] };
    found.push(...d.check(file(p, binary ? '' : buf.toString('utf8'), { binary, size: buf.length }), tree));
  }
  if (found.some((f) => f.outcome === 'evidence')) return 'present';
  if (found.some((f) => f.outcome === 'external')) return 'external';
  if (found.some((f) => f.outcome === 'rejected' && f.strength >= CANDIDATE)) return 'invalid';
  return 'missing';
}

const docFixtures = existsSync(REPOS) ? readdirSync(REPOS).filter((n) => n.startsWith('docs-')).sort() : [];

describe('docs-* fixture trees', () => {
  it('there are at least 12', () => {
    expect(docFixtures.length).toBeGreaterThanOrEqual(12);
  });

  it.each(docFixtures)('%s', (name) => {
    const root = join(REPOS, name);
    const { expected } = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as { expected: Record<string, string> };
    const paths = listTree(root);
    const got: Record<string, string> = {};
    const want: Record<string, string> = {};
    for (const d of DOC_DETECTORS) {
      const w = expected[d.id];
      if (w === undefined) continue;
      want[d.id] = w;
      got[d.id] = statusOf(d, root, paths);
    }
    expect(Object.keys(want).length).toBe(3);
    expect(got).toEqual(want);
  });
});
