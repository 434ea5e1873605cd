import { describe, expect, it } from 'vitest';
import type { ArtifactId } from '../../src/domain/artifacts.js';
import { computeMof } from '../../src/evaluate/mof.js';
import type { MofReport } from '../../src/domain/report-model.js';
import { MOF_COMPONENTS, componentsOfClass } from '../../src/domain/mof.js';
import { builtinPolicy, parsePolicy } from '../../src/policy/index.js';
import type { Finding, Outcome } from '../../src/domain/finding.js';

function f(artifact: ArtifactId, outcome: Outcome, path: string, extra: Partial<Finding> = {}): Finding {
  return { artifact, outcome, path, line: 1, strength: outcome === 'evidence' ? 80 : 60, code: 'test', message: `${artifact} at ${path}`, ...extra };
}

/** A license file finding as the license detector reports it. */
function lic(path: string, license: string | undefined, outcome: Outcome = 'evidence', code = outcome === 'evidence' ? 'license-file' : 'not-open'): Finding {
  return f('license', outcome, path, { code, strength: 90, ...(license ? { license } : {}) });
}

const IN_TREE: Record<ArtifactId, string> = {
  'data-card': 'DATA_CARD.md',
  preprocessing: 'scripts/prepare_data.py',
  config: 'configs/pretrain.yaml',
  training: 'scripts/train.py',
  'eval-results': 'results/eval.json',
  license: 'LICENSE',
  'model-card': 'MODEL_CARD.md',
  architecture: 'src/tiny/modeling_tiny.py',
  weights: 'model.safetensors',
  checkpoints: 'checkpoints/step_1000',
  datasets: 'data/train/shard_00000.jsonl',
  'inference-code': 'scripts/generate.py',
  'evaluation-code': 'eval/run_eval.py',
  'evaluation-data': 'eval/data/arc_easy_test.jsonl',
  'sample-outputs': 'samples/generations.jsonl',
  'technical-report': 'docs/technical_report.pdf',
  'research-paper': 'docs/paper.pdf',
  libraries: 'requirements.txt',
};

function evidenceFor(ids: readonly ArtifactId[]): Finding[] {
  return ids.map((id) => f(id, 'evidence', IN_TREE[id]));
}

const ALL_COMPONENTS = MOF_COMPONENTS.map((c) => c.artifact);
const policy = builtinPolicy('mof-class-i');

function component(report: MofReport, id: ArtifactId) {
  const c = report.components.find((x) => x.artifact === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
}

describe('the MOF component table', () => {
  it('has the 17 components with the class counts of the framework', () => {
    expect(MOF_COMPONENTS).toHaveLength(17);
    expect(new Set(MOF_COMPONENTS.map((c) => c.name)).size).toBe(17);
    expect(componentsOfClass(3).map((c) => c.artifact)).toEqual(['architecture', 'weights', 'technical-report', 'eval-results', 'model-card', 'data-card']);
    expect(componentsOfClass(2)).toHaveLength(10);
    expect(componentsOfClass(1)).toHaveLength(14);
    expect(componentsOfClass(1, true)).toHaveLength(17);
    expect(MOF_COMPONENTS.filter((c) => c.optional).map((c) => c.artifact)).toEqual(['sample-outputs', 'libraries', 'config']);
  });
});

describe('computeMof', () => {
  it('gives Class I to a fully open release, with warnings where the license is open but not the kind the MOF asks for', () => {
    const findings = [
      ...evidenceFor(ALL_COMPONENTS),
      lic('LICENSE', 'Apache-2.0'),
      lic('LICENSE-DOCS', 'CC-BY-4.0'),
      lic('DATA_LICENSE', 'ODC-By-1.0'),
    ];
    const report = computeMof(findings, policy);
    expect(report.class).toBe(1);
    expect(report.label).toBe('Class I - Open Science');
    expect(report.classes.map((c) => [c.class, c.met, c.total, c.reached])).toEqual([
      [3, 6, 6, true],
      [2, 10, 10, true],
      [1, 14, 14, true],
    ]);
    expect(component(report, 'architecture').license).toMatchObject({ id: 'Apache-2.0', source: 'repository', fit: 'appropriate' });
    expect(component(report, 'model-card').license).toMatchObject({ id: 'CC-BY-4.0', source: 'typed', path: 'LICENSE-DOCS' });
    expect(component(report, 'datasets').license).toMatchObject({ id: 'ODC-By-1.0', source: 'typed', fit: 'appropriate' });
    // Weights are data to the MOF; DATA_LICENSE is about the datasets, so the repository's Apache-2.0 applies: open, not a data license.
    expect(component(report, 'weights').license).toMatchObject({ id: 'Apache-2.0', fit: 'open' });
    expect(report.warnings).toEqual([
      expect.stringMatching(/^Model parameters \(Final\): Apache License 2\.0 \(Apache-2\.0\) is open but the MOF asks an open data license/),
      expect.stringMatching(/^Model parameters \(Intermediate\): /),
      expect.stringMatching(/^Model metadata: /),
    ]);
    expect(report.licenses).toEqual({
      distribution: { id: 'Apache-2.0', path: 'LICENSE' },
      data: { id: 'ODC-By-1.0', path: 'DATA_LICENSE' },
      document: { id: 'CC-BY-4.0', path: 'LICENSE-DOCS' },
    });
  });

  it('classifies a weights-only release under a custom model license as no class, naming what is missing and what is not open', () => {
    const findings = [
      f('weights', 'evidence', 'model-00001-of-00002.safetensors'),
      f('model-card', 'evidence', 'README.md'),
      f('architecture', 'weak', 'config.json', { strength: 25, message: 'config.json names LlamaForCausalLM; the architecture code lives in a library' }),
      lic('LICENSE', 'LicenseRef-Llama-2-Community', 'rejected'),
    ];
    const report = computeMof(findings, policy);
    expect(report.class).toBeNull();
    const iii = report.classes[0]!;
    expect(iii).toMatchObject({ class: 3, reached: false, met: 0, total: 6 });
    expect(iii.missing.map((m) => m.artifact)).toEqual(['architecture', 'weights', 'technical-report', 'eval-results', 'model-card', 'data-card']);
    expect(component(report, 'weights').reason).toMatch(/not open: Llama 2 Community License \(LicenseRef-Llama-2-Community\) is a custom model license with use restrictions/);
    expect(component(report, 'architecture')).toMatchObject({ status: 'missing' });
    expect(component(report, 'architecture').reason).toMatch(/only weak evidence \(config\.json names LlamaForCausalLM/);
    expect(component(report, 'data-card').reason).toBe('missing: nothing in the tree and nothing declared');
  });

  it('lets a research paper stand in for the technical report', () => {
    const ids: ArtifactId[] = ['architecture', 'weights', 'eval-results', 'model-card', 'data-card', 'research-paper'];
    const report = computeMof([...evidenceFor(ids), lic('LICENSE', 'Apache-2.0'), lic('LICENSE-DOCS', 'CC-BY-4.0'), lic('LICENSE-MODEL', 'CDLA-Permissive-2.0')], policy);
    expect(report.class).toBe(3);
    expect(component(report, 'technical-report')).toMatchObject({ status: 'missing', counts: false, satisfiedBy: 'research-paper' });
    expect(report.classes[0]).toMatchObject({ met: 6, total: 6, reached: true });
    expect(component(report, 'weights').license).toMatchObject({ id: 'CDLA-Permissive-2.0', source: 'typed', path: 'LICENSE-MODEL', fit: 'appropriate' });
    expect(report.warnings).toEqual([]);
  });

  it('does not let a technical report stand in for the research paper', () => {
    const report = computeMof([...evidenceFor(ALL_COMPONENTS.filter((id) => id !== 'research-paper')), lic('LICENSE', 'Apache-2.0')], policy);
    expect(report.class).toBe(2);
    expect(report.classes[2]!.missing.map((m) => m.artifact)).toEqual(['research-paper']);
  });

  it('counts an external component only with a stated license, and says it was not verified', () => {
    const base = [...evidenceFor(['architecture', 'technical-report', 'eval-results', 'model-card', 'data-card']), lic('LICENSE', 'Apache-2.0')];
    const hub = f('weights', 'external', 'README.md', { url: 'https://huggingface.co/tiny-lab/tiny-lm-1b' });
    const unknown = computeMof([...base, hub], policy);
    expect(unknown.class).toBeNull();
    expect(component(unknown, 'weights')).toMatchObject({ status: 'external', counts: false, url: 'https://huggingface.co/tiny-lab/tiny-lm-1b' });
    expect(component(unknown, 'weights').reason).toMatch(/license is unknown: state it with artifacts\.weights\.license/);

    const stated = parsePolicy('version: 1\nextends: mof-class-iii\nartifacts:\n  weights:\n    license: CDLA-Permissive-2.0\n', '.openness.yml');
    const known = computeMof([...base, hub], stated);
    expect(known.class).toBe(3);
    expect(component(known, 'weights').license).toMatchObject({ id: 'CDLA-Permissive-2.0', source: 'policy', fit: 'appropriate' });
    expect(known.classes[0]!.external).toEqual(['weights']);
    expect(known.warnings).toContain('counted as declared elsewhere, not verified in the tree: Model parameters (Final)');
  });

  it('takes external declarations from the policy too', () => {
    const declared = parsePolicy(
      'version: 1\nextends: mof-class-iii\nexternal:\n  weights: https://huggingface.co/tiny-lab/tiny-lm-1b\n',
      '.openness.yml',
    );
    const report = computeMof([lic('LICENSE-MODEL', 'Apache-2.0')], declared);
    expect(component(report, 'weights')).toMatchObject({ status: 'external', url: 'https://huggingface.co/tiny-lab/tiny-lm-1b', counts: true });
    expect(component(report, 'weights').license).toMatchObject({ source: 'typed', id: 'Apache-2.0', fit: 'open' });
  });

  it('prefers a component’s own license, then a license in its folder, then the split license for its type, then the repository’s', () => {
    const findings = [
      f('architecture', 'evidence', 'src/modeling.py', { license: 'MIT' }),
      f('datasets', 'evidence', 'data/web/part-0.jsonl'),
      f('evaluation-data', 'evidence', 'eval/data/test.jsonl'),
      f('training', 'evidence', 'scripts/train.py'),
      lic('LICENSE', 'LicenseRef-Llama-3-Community', 'rejected'),
      lic('data/web/LICENSE', 'CC-BY-NC-4.0', 'rejected'),
      lic('DATA_LICENSE', 'CC0-1.0'),
    ];
    const report = computeMof(findings, policy);
    expect(component(report, 'architecture').license).toMatchObject({ id: 'MIT', source: 'component', fit: 'appropriate' });
    expect(component(report, 'architecture').counts).toBe(true);
    expect(component(report, 'datasets').license).toMatchObject({ id: 'CC-BY-NC-4.0', source: 'directory', fit: 'not-open' });
    expect(component(report, 'evaluation-data').license).toMatchObject({ id: 'CC0-1.0', source: 'typed', fit: 'appropriate' });
    expect(component(report, 'training').license).toMatchObject({ id: 'LicenseRef-Llama-3-Community', source: 'repository', fit: 'not-open' });
    expect(component(report, 'training').counts).toBe(false);
  });

  it('applies the policy’s per-artifact license, and artifacts.license.license as the repository license', () => {
    const p = parsePolicy('version: 1\nextends: mof-class-iii\nartifacts:\n  license:\n    license: Apache-2.0\n  model-card:\n    license: CC-BY-4.0\n', '.openness.yml');
    const report = computeMof([...evidenceFor(['architecture', 'model-card']), lic('LICENSE', undefined, 'rejected', 'unidentified')], p);
    expect(component(report, 'architecture').license).toMatchObject({ id: 'Apache-2.0', source: 'repository', fit: 'appropriate' });
    expect(component(report, 'model-card').license).toMatchObject({ id: 'CC-BY-4.0', source: 'policy' });
    expect(report.licenses.distribution).toEqual({ id: 'Apache-2.0', path: '' });
  });

  it('does not count a component under an unidentified license text', () => {
    const report = computeMof([...evidenceFor(['architecture']), lic('LICENSE', undefined, 'rejected', 'unidentified')], policy);
    expect(component(report, 'architecture')).toMatchObject({ counts: false, license: { fit: 'unknown', path: 'LICENSE' } });
    expect(component(report, 'architecture').reason).toMatch(/could not be identified.*artifacts\.architecture\.license/);
  });

  it('leaves a component with no license at all unlicensed', () => {
    const report = computeMof(evidenceFor(['architecture']), policy);
    expect(component(report, 'architecture')).toMatchObject({ status: 'present', counts: false });
    expect(component(report, 'architecture').license).toBeUndefined();
    expect(component(report, 'architecture').reason).toMatch(/no license covers it/);
  });

  it('warns, and still counts, when a license is open but not fit for the type', () => {
    const report = computeMof([...evidenceFor(['architecture', 'model-card']), lic('LICENSE', 'CC-BY-4.0'), lic('LICENSE-DOCS', 'MIT')], policy);
    expect(component(report, 'architecture')).toMatchObject({ counts: true, license: { fit: 'open' } });
    expect(component(report, 'architecture').warning).toMatch(/the MOF asks an OSI-approved license for code/);
    expect(component(report, 'model-card').warning).toMatch(/open content license \(CC-BY-4\.0, CC-BY-SA-4\.0, CC0-1\.0\) or Apache-2\.0 for documents/);
  });

  it('reports a component whose candidates all failed as invalid, with the reason', () => {
    const report = computeMof([f('checkpoints', 'rejected', 'CHECKPOINTS.md', { strength: 55, message: 'CHECKPOINTS.md names no checkpoint steps' }), lic('LICENSE', 'Apache-2.0')], policy);
    expect(component(report, 'checkpoints')).toMatchObject({ status: 'invalid', counts: false, paths: ['CHECKPOINTS.md'] });
    expect(component(report, 'checkpoints').reason).toBe('not counted: CHECKPOINTS.md names no checkpoint steps');
  });

  it('never lets an optional component block a class', () => {
    const required = componentsOfClass(1).map((c) => c.artifact);
    const report = computeMof([...evidenceFor(required), lic('LICENSE', 'OpenMDW-1.0')], policy);
    expect(report.class).toBe(1);
    expect(report.warnings).toEqual([]);
    expect(component(report, 'libraries').status).toBe('missing');
  });

  it('is cumulative: Class II is not reached when a Class III component is missing', () => {
    const report = computeMof([...evidenceFor(ALL_COMPONENTS.filter((id) => id !== 'data-card')), lic('LICENSE', 'Apache-2.0')], policy);
    expect(report.class).toBeNull();
    expect(report.classes.map((c) => c.reached)).toEqual([false, false, false]);
    expect(report.classes.map((c) => c.missing.map((m) => m.artifact))).toEqual([['data-card'], ['data-card'], ['data-card']]);
  });
});
