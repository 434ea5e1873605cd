import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACT_IDS } from '../../src/domain/artifacts.js';
import { evaluate } from '../../src/evaluate/index.js';
import { runGate, scanOptions } from '../../src/app/gate.js';
import { loadPolicy } from '../../src/policy/load.js';
import { renderCycloneDx, type CycloneDxOptions } from '../../src/report/cyclonedx.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { scan } from '../../src/scan/index.js';
import { CLI, PROJECT, runCli, STACK_TRACE } from '../helpers/cli.js';

/*
 * Every BOM the gate emits is checked with the CycloneDX library's own JSON validator (strict:
 * unknown keys are errors) against the official 1.6 schema: for the examples, every fixture tree
 * of the corpus and hostile trees. Content is checked against the files it comes from.
 */

const validator = new JsonStrictValidator(Version.v1dot6);

async function expectValid(bom: string): Promise<void> {
  const errors = await validator.validate(bom);
  expect(errors, JSON.stringify(errors, null, 1)?.slice(0, 2000)).toBeNull();
}

interface Bom {
  serialNumber: string;
  metadata: {
    timestamp?: string;
    component: {
      type: string;
      name: string;
      version?: string;
      'bom-ref': string;
      licenses?: Array<{ license?: { id?: string; name?: string }; expression?: string }>;
      externalReferences?: Array<{ url: string; type: string; comment?: string }>;
      properties?: Array<{ name: string; value: string }>;
      modelCard?: {
        modelParameters?: { approach?: { type: string }; task?: string; datasets?: Array<{ ref: string }> };
        quantitativeAnalysis?: { performanceMetrics: Array<{ type: string; value: string; slice: string }> };
        considerations?: { useCases?: string[]; technicalLimitations?: string[]; ethicalConsiderations?: Array<{ name: string }> };
      };
    };
  };
  components?: Array<{ type: string; name: string; 'bom-ref': string; externalReferences?: Array<{ url: string; type: string }>; properties?: Array<{ name: string; value: string }>; licenses?: unknown[] }>;
}

const prop = (props: Array<{ name: string; value: string }> | undefined, name: string) => props?.find((p) => p.name === name)?.value;

async function bomOf(root: string, options: CycloneDxOptions = {}): Promise<{ text: string; bom: Bom; verdict: string }> {
  const run = await runGate({ root, now: new Date('2026-01-01T00:00:00Z') });
  const text = renderCycloneDx({ report: run.report, findings: run.scan.findings }, options);
  return { text, bom: JSON.parse(text) as Bom, verdict: run.report.verdict };
}

const EXAMPLES = join(PROJECT, 'examples');
const examples = readdirSync(EXAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'workflows')
  .map((d) => d.name);

describe('CycloneDX ML-BOM of the examples', () => {
  it.each(examples)('%s: valid CycloneDX 1.6, the verdict and every judged artifact as properties', async (name) => {
    const { text, bom, verdict } = await bomOf(join(EXAMPLES, name));
    await expectValid(text);
    const model = bom.metadata.component;
    expect(model.type).toBe('machine-learning-model');
    expect(model.name).toBe(name);
    expect(prop(model.properties, 'openness-gate:verdict')).toBe(verdict);
    for (const id of ['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card']) {
      expect(prop(model.properties, `openness-gate:artifact:${id}`)).toMatch(/^(present|missing|invalid|external|waived)$/);
    }
    expect(prop(model.properties, 'openness-gate:mof:class')).toMatch(/^(none|1|2|3)$/);
  });

  it('open-training: the scores of the harness file, the datasets of the data card, the card sections, licenses and evidence lines', async () => {
    const root = join(EXAMPLES, 'open-training');
    const { bom } = await bomOf(root);
    const model = bom.metadata.component;
    const card = model.modelCard!;

    // Every score of the lm-eval file (standard errors are not scores) is a performance metric.
    const harness = JSON.parse(readFileSync(join(root, 'eval/results/tinylm-1b_lm-eval.json'), 'utf8')) as { results: Record<string, Record<string, number>> };
    const want = Object.entries(harness.results).flatMap(([task, m]) =>
      Object.entries(m)
        .filter(([k]) => !k.includes('stderr'))
        .map(([k, v]) => ({ type: k.replace(/,none$/, ''), value: String(v), slice: task })),
    );
    expect(card.quantitativeAnalysis!.performanceMetrics).toEqual(want);

    // Each hub dataset the data card links is a data component, referenced from the model card.
    const dataCard = readFileSync(join(root, 'data/DATA_CARD.md'), 'utf8');
    const hub = [...dataCard.matchAll(/https:\/\/huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+)/g)].map((m) => m[1]!);
    expect(hub.length).toBeGreaterThan(0);
    const data = bom.components!.filter((c) => c.type === 'data');
    expect(data.map((c) => c.name).sort()).toEqual([...new Set(hub)].sort());
    expect(card.modelParameters!.datasets!.map((d) => d.ref).sort()).toEqual(data.map((c) => c['bom-ref']).sort());
    for (const c of data) {
      expect(c.externalReferences).toContainEqual({ url: `https://huggingface.co/datasets/${c.name}`, type: 'documentation', comment: expect.any(String) });
      const line = dataCard.split('\n').findIndex((l) => l.includes(`/datasets/${c.name}`)) + 1;
      expect(c.externalReferences).toContainEqual({ url: `data/DATA_CARD.md#L${line}`, type: 'evidence', comment: expect.any(String) });
      expect(prop(c.properties, 'openness-gate:dataset:role')).toBe('training');
    }

    // The card's sections, in its own words.
    const modelCard = readFileSync(join(root, 'MODEL_CARD.md'), 'utf8');
    expect(modelCard).toContain(card.considerations!.useCases![0]!.slice(0, 60));
    expect(modelCard.replace(/\s+/g, ' ')).toContain(card.considerations!.technicalLimitations![0]!);
    expect(card.modelParameters!.task).toBe(/pipeline_tag: (\S+)/.exec(modelCard)![1]);
    expect(card.modelParameters!.approach).toEqual({ type: 'self-supervised' });

    // The model's license is the one its card declares for the parameters, as an SPDX id.
    expect(model.licenses).toEqual([{ license: { id: 'Apache-2.0', acknowledgement: 'declared', url: 'MODEL_CARD.md#L2' } }]);
    // Evidence: path#line of each judged artifact's evidence, with its artifact id.
    const refs = model.externalReferences!;
    expect(refs).toContainEqual({ url: 'MODEL_CARD.md#L1', type: 'model-card', comment: expect.stringMatching(/^model-card: /) });
    expect(refs).toContainEqual({ url: 'configs/pretrain/tinylm-1b.yaml#L12', type: 'configuration', comment: expect.stringMatching(/^config: /) });
    expect(refs).toContainEqual({ url: 'train.py#L47', type: 'evidence', comment: expect.stringMatching(/^training: /) });
    expect(readFileSync(join(root, 'train.py'), 'utf8').split('\n')[46]).toMatch(/backward/);
  });

  it('model-index front matter: every numeric metric, sliced by its dataset', async () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'repos', 'docs-croissant-model-index');
    const { text, bom } = await bomOf(root);
    await expectValid(text);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const want = [...readme.matchAll(/name: (.+)\n\s+type: \S+\n\s+metrics:\n\s+- type: (\S+)\n\s+value: (\S+)/g)].map((m) => ({ type: m[2], value: m[3], slice: m[1] }));
    expect(want.length).toBeGreaterThan(1);
    expect(bom.metadata.component.modelCard?.quantitativeAnalysis?.performanceMetrics).toEqual(want);
    expect(bom.metadata.component.modelCard?.modelParameters?.task).toBe('automatic-speech-recognition');
  });

  it('data in the tree: one component per folder, training or evaluation, under the license the MOF part found for it', async () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'repos', 'mof-fully-open');
    const run = await runGate({ root });
    const text = renderCycloneDx({ report: run.report, findings: run.scan.findings });
    await expectValid(text);
    const bom = JSON.parse(text) as Bom;
    const inTree = (bom.components ?? []).filter((c) => existsSync(join(root, c.name)));
    expect(inTree.map((c) => [c.name, prop(c.properties, 'openness-gate:dataset:role')]).sort()).toEqual([
      ['data/train', 'training'],
      ['eval/data', 'evaluation'],
    ]);
    const licenseOf = (artifact: string) => run.report.mof?.components.find((c) => c.artifact === artifact)?.license?.id;
    expect(licenseOf('datasets')).toBeDefined();
    expect(inTree.find((c) => c.name === 'data/train')?.licenses).toEqual([{ license: { id: licenseOf('datasets'), acknowledgement: 'declared' } }]);
    expect(inTree.find((c) => c.name === 'eval/data')?.licenses).toEqual([{ license: { id: licenseOf('evaluation-data'), acknowledgement: 'declared' } }]);
  });

  it('with repository links, evidence points at the scanned commit', async () => {
    const links = { serverUrl: 'https://github.com', repository: 'org/tinylm', commit: 'a'.repeat(40), pathPrefix: 'examples/open-training' };
    const { text, bom } = await bomOf(join(EXAMPLES, 'open-training'), { links, name: 'TinyLM-1B', version: 'v1.0.0' });
    await expectValid(text);
    const model = bom.metadata.component;
    expect(model.name).toBe('TinyLM-1B');
    expect(model.version).toBe('v1.0.0');
    expect(model.externalReferences).toContainEqual({ url: 'https://github.com/org/tinylm', type: 'vcs', comment: expect.any(String) });
    expect(model.externalReferences).toContainEqual({
      url: `https://github.com/org/tinylm/blob/${'a'.repeat(40)}/examples/open-training/train.py#L47`,
      type: 'evidence',
      comment: expect.any(String),
    });
  });
});

describe('reproducible', () => {
  it('the same tree gives the same bytes; another tree another serial number', async () => {
    const a = await bomOf(join(EXAMPLES, 'open-training'));
    const b = await bomOf(join(EXAMPLES, 'open-training'));
    expect(b.text).toBe(a.text);
    expect(a.bom.metadata.timestamp).toBeUndefined();
    const other = await bomOf(join(EXAMPLES, 'weights-only'));
    expect(other.bom.serialNumber).not.toBe(a.bom.serialNumber);
  });

  it('a timestamp only when given, and it changes the serial number', async () => {
    const plain = await bomOf(join(EXAMPLES, 'open-training'));
    const dated = await bomOf(join(EXAMPLES, 'open-training'), { timestamp: new Date(1_700_000_000_000) });
    await expectValid(dated.text);
    expect(dated.bom.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    expect(dated.bom.serialNumber).not.toBe(plain.bom.serialNumber);
  });
});

const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');
const fixtures = existsSync(REPOS)
  ? readdirSync(REPOS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : [];

describe('CycloneDX ML-BOM of the fixture corpus', () => {
  it('has fixture trees', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures)('%s: valid CycloneDX 1.6', async (name) => {
    const root = join(REPOS, name);
    // Every artifact judged, as corpus.test.ts does, so MOF-only evidence reaches the BOM too.
    const loaded = await loadPolicy({ root });
    const artifacts = { ...loaded.artifacts };
    for (const id of ARTIFACT_IDS) artifacts[id] ??= { severity: 'notice' };
    const policy = { ...loaded, artifacts };
    const scanned = await scan(scanOptions(root, policy), DETECTORS);
    const report = evaluate({ scan: scanned, policy, detectors: DETECTORS, root, toolVersion: 'test', now: new Date('2026-01-01T00:00:00Z') });
    const text = renderCycloneDx({ report, findings: scanned.findings });
    await expectValid(text);
    const bom = JSON.parse(text) as Bom;
    // Every dataset reference of the model card names a data component of the BOM.
    const refs = new Set((bom.components ?? []).map((c) => c['bom-ref']));
    for (const d of bom.metadata.component.modelCard?.modelParameters?.datasets ?? []) expect(refs.has(d.ref)).toBe(true);
  });
});

const HOSTILE = ['we"ird \'quotes\'', 'new\nline', 'naïve-模型-😀', 'bidi\u202egnp.py\u202c', 'nul-ish\u0001ctl', '::error::forged', '##[group]x', '..dots', 'a b#c?d%e'];

describe('hostile trees', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.each(HOSTILE)('names like %j: valid, inert and every value as written', async (name) => {
    const base = mkdtempSync(join(tmpdir(), 'og-bom-'));
    dirs.push(base);
    const root = join(base, name.replace(/\//g, '_'));
    mkdirSync(join(root, name, 'data'), { recursive: true });
    writeFileSync(join(root, 'LICENSE'), 'SPDX-License-Identifier: Apache-2.0 OR MIT\n');
    writeFileSync(
      join(root, 'MODEL_CARD.md'),
      `---\npipeline_tag: text-generation\ndatasets:\n- org/${name.replace(/[^\w.-]/g, '_')}\n---\n# Model card: ${name}\n\n` +
        `## Intended use\nResearch only, "${name}" included, with enough words to count as a section.\n\n` +
        `## Limitations\nIt fails on ${name} and on many other inputs that nobody has tested yet.\n\n` +
        `## Ethical considerations\nBias towards ${name}; mitigated by nothing so far, which we say plainly.\n\n` +
        `## Training\nTrained with the scripts in this repository on the data listed in the data card.\n`,
    );
    writeFileSync(
      join(root, name, 'data', 'DATA_CARD.md'),
      `# Data card ${name}\n\n## Sources\n| Source | Tokens |\n| --- | --- |\n| [${name}](https://huggingface.co/datasets/org/set-${encodeURIComponent(name).slice(0, 20)}) | 1B |\n\n## Preprocessing\nDeduplicated and filtered ${name} with MinHash, language id and quality filters.\n\n## License\nCC-BY-4.0\n`,
    );
    writeFileSync(
      join(root, 'eval_results.json'),
      JSON.stringify({ results: { [name]: { 'acc,none': 0.5, [`${name},none`]: 0.25, 'acc_stderr,none': 0.01 }, [`${name}2`]: 1 } }),
    );
    const { text, bom } = await bomOf(root);
    await expectValid(text);
    // Printed to a runner's log, no line of it can start a workflow command, and no bidi control is raw.
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0009\u000b-\u001f]/);
    expect(text).not.toMatch(/^\s*::|##\[/m);
    const metrics = bom.metadata.component.modelCard?.quantitativeAnalysis?.performanceMetrics ?? [];
    // Names stay as written, on one line: whitespace runs (newlines too) become one space.
    const oneLine = name.replace(/\s+/g, ' ').trim();
    expect(metrics).toContainEqual({ type: 'acc', value: '0.5', slice: oneLine });
    expect(metrics).toContainEqual({ type: oneLine, value: '0.25', slice: oneLine });
    expect(metrics).toContainEqual({ type: 'score', value: '1', slice: `${oneLine}2` });
    expect(metrics.some((m) => m.type.includes('stderr'))).toBe(false);
    const considerations = bom.metadata.component.modelCard?.considerations;
    expect(considerations?.ethicalConsiderations?.[0]?.name).toContain(oneLine);
    expect(bom.metadata.component.licenses).toEqual([{ expression: 'Apache-2.0 OR MIT', acknowledgement: 'declared' }]);
  });
});

describe('the CLI bundle', () => {
  const built = existsSync(CLI);

  it.skipIf(!built)('--format cyclonedx prints a valid BOM, byte-identical on a second run', async () => {
    const a = runCli(['examples/open-training', '--format', 'cyclonedx'], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    await expectValid(a.stdout);
    const b = runCli(['examples/open-training', '--format', 'cyclonedx'], { env: { SOURCE_DATE_EPOCH: '' } });
    expect(b.stdout).toBe(a.stdout);
    const fail = runCli(['examples/weights-only', '--format', 'cyclonedx']);
    expect(fail.code).toBe(1);
    await expectValid(fail.stdout);
    expect(prop((JSON.parse(fail.stdout) as Bom).metadata.component.properties, 'openness-gate:verdict')).toBe('fail');
  });

  it.skipIf(!built)('honours SOURCE_DATE_EPOCH and refuses a bad one with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'og-bom-cli-'));
    dirs.push(dir);
    const out = join(dir, 'bom.json');
    const r = runCli(['examples/open-training', '--format', 'cyclonedx', '--output', out], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    await expectValid(text);
    expect((JSON.parse(text) as Bom).metadata.timestamp).toBe('2023-11-14T22:13:20.000Z');
    const bad = runCli(['examples/open-training', '--format', 'cyclonedx'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("openness-gate: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01; got 'yesterday'\n");
    expect(bad.stderr).not.toMatch(STACK_TRACE);
    // Other formats carry no time and ignore it.
    expect(runCli(['examples/open-training', '--format', 'json'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } }).code).toBe(0);
  });

  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
});
