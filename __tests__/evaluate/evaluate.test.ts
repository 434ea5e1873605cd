import { describe, expect, it } from 'vitest';
import type { ArtifactId, FailOn, Severity } from '../../src/domain/artifacts.js';
import { evaluate, type EvaluateInput } from '../../src/evaluate/index.js';
import type { GateReport } from '../../src/domain/report-model.js';
import type { ResolvedPolicy } from '../../src/domain/policy-model.js';
import type { Finding, ScanResult } from '../../src/domain/finding.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';

const NOW = new Date('2026-06-15T12:00:00Z');

function policy(over: Partial<ResolvedPolicy> = {}, severities: Partial<Record<ArtifactId, Severity>> = {}): ResolvedPolicy {
  const base: Record<string, Severity> = {
    'data-card': 'error',
    preprocessing: 'error',
    config: 'error',
    training: 'error',
    'eval-results': 'error',
    license: 'warning',
    'model-card': 'warning',
    ...severities,
  };
  return {
    source: '.openness.yml',
    preset: 'open-training',
    failOn: 'error',
    exclude: [],
    artifacts: Object.fromEntries(Object.entries(base).map(([k, s]) => [k, { severity: s }])),
    external: {},
    waivers: [],
    regression: 'off',
    baseTag: 'v*',
    lines: { 'data-card': 7, extends: 2 },
    ...over,
  };
}

function f(artifact: ArtifactId, outcome: Finding['outcome'], strength: number, path = `${artifact}.md`, extra: Partial<Finding> = {}): Finding {
  return { artifact, path, line: 3, outcome, strength, code: `${outcome}-code`, message: `${outcome} ${path}`, ...extra };
}

const ALL_FIVE: Finding[] = (['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card'] as const).map((a) =>
  f(a, 'evidence', 90),
);

function scanOf(findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult {
  return { source: 'git', findings, notes: [], errors: [], stats: { files: 10, candidates: 5, filesRead: 5, bytesRead: 500, ms: 3 }, ...extra };
}

function run(findings: Finding[], p: ResolvedPolicy = policy(), extra: Partial<EvaluateInput> = {}, scanExtra: Partial<ScanResult> = {}): GateReport {
  return evaluate({ scan: scanOf(findings, scanExtra), policy: p, detectors: DETECTORS, root: '.', toolVersion: '9.9.9', now: NOW, ...extra });
}

const status = (r: GateReport, id: ArtifactId) => r.artifacts.find((a) => a.id === id)!;

describe('evaluate', () => {
  it('passes when every artifact has evidence, in the canonical order', () => {
    const r = run([...ALL_FIVE].reverse());
    expect(r.verdict).toBe('pass');
    expect(r.artifacts.map((a) => [a.id, a.status])).toEqual([
      ['data-card', 'present'],
      ['preprocessing', 'present'],
      ['config', 'present'],
      ['training', 'present'],
      ['eval-results', 'present'],
      ['license', 'present'],
      ['model-card', 'present'],
    ]);
    expect(r.tool).toEqual({ name: 'openness-gate', version: '9.9.9' });
  });

  it('fails on a missing error artifact and annotates it at the policy line', () => {
    const r = run(ALL_FIVE.filter((x) => x.artifact !== 'data-card'));
    expect(r.verdict).toBe('fail');
    expect(status(r, 'data-card')).toMatchObject({ status: 'missing', failing: true, requiredAt: { path: '.openness.yml', line: 7 } });
    // Without an artifacts.<id> key the requirement is stated by `extends:`.
    expect(status(r, 'training').requiredAt).toEqual({ path: '.openness.yml', line: 2 });
  });

  it('warns, not fails, on a missing warning artifact', () => {
    const r = run(ALL_FIVE.filter((x) => x.artifact !== 'license'));
    expect(r.verdict).toBe('warn');
    expect(status(r, 'license')).toMatchObject({ status: 'missing', failing: false });
  });

  it("a root LICENSE that is not open is the repository's: a subfolder's open license or package metadata licenses that folder only", () => {
    const others = ALL_FIVE.filter((x) => x.artifact !== 'license');
    const root = f('license', 'rejected', 75, 'LICENSE', { code: 'not-open', message: 'LICENSE: custom license with use restrictions — not open' });
    const nested = f('license', 'evidence', 45, 'sgm/lpips/LICENSE', { code: 'license-file', message: 'LICENSE for this folder: BSD-2-Clause' });
    const pkg = f('license', 'evidence', 45, 'hf_pkg/pyproject.toml', { code: 'package-metadata', message: 'package metadata for this folder: Apache-2.0' });
    const r = run([...others, root, nested, pkg]);
    expect(status(r, 'license')).toMatchObject({ status: 'present', evidence: [{ path: 'LICENSE', code: 'not-open' }], terms: { open: false, severity: 'warning' } });
    expect(status(r, 'license').weak.map((w) => w.message).sort()).toEqual([
      'LICENSE for this folder: BSD-2-Clause; but LICENSE governs the repository (not-open)',
      'package metadata for this folder: Apache-2.0; but LICENSE governs the repository (not-open)',
    ]);
    // Split license files are the root's own; without a root LICENSE, a subfolder's license stands.
    const split = f('license', 'evidence', 65, 'LICENSES/Apache-2.0.txt', { code: 'license-file', message: 'REUSE license file' });
    expect(status(run([...others, root, split]), 'license').status).toBe('present');
    expect(status(run([...others, nested]), 'license').status).toBe('present');
  });

  describe('license terms that are not open', () => {
    const others = ALL_FIVE.filter((x) => x.artifact !== 'license');
    const nc = f('license', 'rejected', 80, 'LICENSE', { code: 'not-open', license: 'CC-BY-NC-4.0', message: 'LICENSE: CC-BY-NC-4.0 — not open' });

    it('are the release license, weighed by the license severity by default', () => {
      const r = run([...others, nc]);
      expect(status(r, 'license')).toMatchObject({ status: 'present', failing: false, terms: { open: false, identified: true, severity: 'warning', license: 'CC-BY-NC-4.0' } });
      expect(status(r, 'license').problems.map((p) => p.code)).toEqual(['terms-not-open']);
      expect(status(r, 'license').fix).toContain('license-terms');
      expect(r.verdict).toBe('warn');
      // A team that requires the license fails on such terms, as it did when they made it invalid.
      const strict = run([...others, nc], policy({}, { license: 'error' }));
      expect(strict.verdict).toBe('fail');
      expect(status(strict, 'license')).toMatchObject({ status: 'present', failing: true });
    });

    it('weigh what license-terms says, never more than the license severity', () => {
      const off = run([...others, nc], policy({ licenseTerms: 'off' }));
      expect(off.verdict).toBe('pass');
      expect(status(off, 'license')).toMatchObject({ status: 'present', problems: [], terms: { severity: 'off' } });
      expect(status(run([...others, nc], policy({ licenseTerms: 'error' })), 'license')).toMatchObject({ failing: false, terms: { severity: 'warning' } });
      expect(run([...others, nc], policy({ licenseTerms: 'notice' })).verdict).toBe('pass');
    });

    it('leave an open license, no grant, an empty file and a README statement alone', () => {
      const mit = f('license', 'evidence', 90, 'LICENSE', { code: 'license-file', license: 'MIT' });
      const weights = f('license', 'rejected', 60, 'README.md', { code: 'statement-parameters', license: 'CC-BY-NC-4.0' });
      expect(status(run([...others, mit, weights]), 'license').terms).toBeUndefined();
      const proprietary = f('license', 'rejected', 80, 'LICENSE', { code: 'not-open', license: 'LicenseRef-Proprietary' });
      expect(status(run([...others, proprietary]), 'license').status).toBe('invalid');
      expect(status(run([...others, f('license', 'rejected', 60, 'LICENSE', { code: 'empty' })]), 'license').status).toBe('invalid');
      expect(status(run([...others, weights]), 'license').status).toBe('invalid');
    });

    it("of a text the gate cannot name are said to be not identified, and the fix offers to state its id", () => {
      const pdf = f('license', 'rejected', 55, 'Community License.pdf', { code: 'unidentified', message: 'Community License.pdf: a license agreement in PDF' });
      const a = status(run([...others, pdf]), 'license');
      expect(a).toMatchObject({ status: 'present', terms: { open: false, identified: false } });
      expect(a.problems[0]!.message).toContain('could not be identified as open');
      expect(a.fix).toMatch(/^State its SPDX id as artifacts\.license\.license/);
    });

    it('are excused by a waiver, which is then not stale', () => {
      const waivers = [{ artifact: 'license' as const, reason: 'weights under a research license', expires: '2027-01-01' }];
      const r = run([...others, nc], policy({ waivers }));
      expect(status(r, 'license').status).toBe('waived');
      expect(status(r, 'license').problems.map((p) => p.code)).not.toContain('waiver-stale');
      expect(r.verdict).toBe('pass');
    });
  });

  it.each<[FailOn, 'pass' | 'warn' | 'fail']>([
    ['error', 'warn'],
    ['warning', 'fail'],
    ['never', 'warn'],
  ])('fail-on %s with a missing warning artifact gives %s', (failOn, verdict) => {
    const r = run(
      ALL_FIVE.filter((x) => x.artifact !== 'model-card'),
      policy({ failOn }),
    );
    expect(r.verdict).toBe(verdict);
  });

  it('notice and off artifacts never warn', () => {
    const r = run(ALL_FIVE.filter((x) => x.artifact !== 'config' && x.artifact !== 'training'), policy({}, { config: 'notice', training: 'off' }));
    expect(r.verdict).toBe('pass');
    expect(status(r, 'config').status).toBe('missing');
  });

  it('tells a failed candidate (invalid) from a look-alike (missing)', () => {
    const r = run([
      ...ALL_FIVE.filter((x) => x.artifact !== 'data-card' && x.artifact !== 'config'),
      f('data-card', 'rejected', 60, 'DATA_CARD.md', { code: 'placeholder', message: "section 'Sources' is a placeholder" }),
      f('config', 'rejected', 20, 'config.json', { code: 'inference-config' }),
    ]);
    expect(status(r, 'data-card')).toMatchObject({ status: 'invalid', problems: [{ path: 'DATA_CARD.md', code: 'placeholder' }], rejected: [] });
    expect(status(r, 'config')).toMatchObject({ status: 'missing', problems: [], rejected: [{ path: 'config.json', code: 'inference-config' }] });
  });

  it('weak findings never make an artifact present', () => {
    const r = run([...ALL_FIVE.filter((x) => x.artifact !== 'training'), f('training', 'weak', 65, 'tutorial.ipynb')]);
    expect(status(r, 'training')).toMatchObject({ status: 'missing', weak: [{ path: 'tutorial.ipynb' }] });
  });

  describe('thin evidence: a missing artifact the tree holds only weak evidence of', () => {
    const blurb = f('data-card', 'weak', 30, 'README.md', { code: 'blurb', message: "section 'Data' is a 12-word mention" });
    const others = ALL_FIVE.filter((x) => x.artifact !== 'data-card');

    it('is a warning under the default, stays missing and names its strongest weak finding', () => {
      const r = run([...others, f('data-card', 'weak', 20, 'docs/x.md'), blurb]);
      const card = status(r, 'data-card');
      expect(card).toMatchObject({ status: 'missing', severity: 'error', failing: false, thin: { severity: 'warning', reason: "section 'Data' is a 12-word mention" } });
      expect(r.verdict).toBe('warn');
      expect(card.fix).toMatch(/Until then it is a warning, not an error: the tree names it without documenting it \(thin-evidence in \.openness\.yml\)\.$/);
    });

    it('fails as missing under thin-evidence: error, and weighs nothing more under notice', () => {
      const strict = run([...others, blurb], policy({ thinEvidence: 'error' }));
      expect(strict.verdict).toBe('fail');
      expect(status(strict, 'data-card').fix).not.toMatch(/Until then/);
      const notice = run([...others, blurb], policy({ thinEvidence: 'notice' }));
      expect(notice.verdict).toBe('pass');
      expect(status(notice, 'data-card').thin?.severity).toBe('notice');
    });

    it('never weighs more than the artifact itself', () => {
      const r = run([...others, blurb], policy({ thinEvidence: 'error' }, { 'data-card': 'notice' }));
      expect(status(r, 'data-card').thin?.severity).toBe('notice');
      expect(r.verdict).toBe('pass');
    });

    it('does not soften an artifact with no trace, an invalid one, or a crashed detector', () => {
      expect(status(run(others), 'data-card').thin).toBeUndefined();
      expect(run(others).verdict).toBe('fail');
      const invalid = run([...others, blurb, f('data-card', 'rejected', 60, 'DATA_CARD.md', { code: 'placeholder' })]);
      expect(status(invalid, 'data-card')).toMatchObject({ status: 'invalid', failing: true });
      expect(status(invalid, 'data-card').thin).toBeUndefined();
      const crashed = run([...others, blurb], policy(), {}, { errors: [{ artifact: 'data-card', message: 'boom' }] });
      expect(status(crashed, 'data-card').failing).toBe(true);
    });

    it("rests on the release's own files: a copied library's docs do not make it thin", () => {
      const copied = f('data-card', 'weak', 45, 'third/detectron2/docs/datasets.md', { code: 'blurb', message: "section 'Builtin Datasets' is a mention", inCopy: 'third/detectron2' });
      const alone = run([...others, copied]);
      expect(status(alone, 'data-card').thin).toBeUndefined();
      expect(alone.verdict).toBe('fail');
      // Beside the release's own weak mention, that one is what it rests on, even when weaker.
      const both = run([...others, copied, blurb]);
      expect(status(both, 'data-card').thin?.reason).toBe("section 'Data' is a 12-word mention");
      expect(both.verdict).toBe('warn');
    });

    it('only write-ups can be thin: weak code is someone else\'s, and the license is there or not', () => {
      const tutorial = f('training', 'weak', 40, 'examples/finetune.ipynb', { code: 'tutorial-finetune' });
      const r = run([...ALL_FIVE.filter((x) => x.artifact !== 'training'), tutorial]);
      expect(status(r, 'training')).toMatchObject({ status: 'missing', failing: true });
      expect(status(r, 'training').thin).toBeUndefined();
      expect(r.verdict).toBe('fail');
      for (const id of ['config', 'eval-results', 'model-card'] as const) {
        const only = run([...ALL_FIVE.filter((x) => x.artifact !== id), f(id, 'weak', 35)]);
        expect(status(only, id).thin?.severity).toBe('warning');
      }
      const license = run([...ALL_FIVE.filter((x) => x.artifact !== 'license'), f('license', 'weak', 35)], policy({}, { license: 'error' }));
      expect(status(license, 'license')).toMatchObject({ failing: true });
      expect(status(license, 'license').thin).toBeUndefined();
    });

    it('a waiver still covers it, and then it is not thin', () => {
      const waived = run([...others, blurb], policy({ waivers: [{ artifact: 'data-card', reason: 'card in review', expires: '2026-12-31' }] }));
      expect(status(waived, 'data-card').status).toBe('waived');
      expect(status(waived, 'data-card').thin).toBeUndefined();
    });
  });

  it('lists the strongest evidence first', () => {
    const r = run([...ALL_FIVE, f('config', 'evidence', 99, 'configs/a.yaml'), f('config', 'evidence', 10, 'b.yaml')]);
    expect(status(r, 'config').evidence.map((e) => e.path)).toEqual(['configs/a.yaml', 'config.md', 'b.yaml']);
  });

  it('declared and found external evidence give status external and do not fail', () => {
    const r = run(
      [...ALL_FIVE.filter((x) => x.artifact !== 'data-card' && x.artifact !== 'training'), f('training', 'external', 40, '.gitmodules', { url: 'https://github.com/NVIDIA/Megatron-LM' })],
      policy({ external: { 'data-card': 'https://huggingface.co/datasets/org/name' } }),
    );
    expect(r.verdict).toBe('pass');
    expect(status(r, 'data-card')).toMatchObject({ status: 'external', external: 'https://huggingface.co/datasets/org/name' });
    expect(status(r, 'training')).toMatchObject({ status: 'external', external: 'https://github.com/NVIDIA/Megatron-LM' });
  });

  describe('waivers', () => {
    const without = ALL_FIVE.filter((x) => x.artifact !== 'eval-results');
    it('a valid waiver waives a missing artifact', () => {
      const r = run(without, policy({ waivers: [{ artifact: 'eval-results', reason: 'evals run after release', expires: '2026-06-15', owner: '@ml-team' }] }));
      expect(r.verdict).toBe('pass');
      expect(status(r, 'eval-results')).toMatchObject({ status: 'waived', failing: false, waiver: { reason: 'evals run after release', expires: '2026-06-15', owner: '@ml-team' } });
    });
    it('an expired waiver is an error naming the date, even for a warning artifact', () => {
      const p = policy({ waivers: [{ artifact: 'license', reason: 'legal review', expires: '2026-06-14' }], lines: { waivers: [12] } });
      const r = run(ALL_FIVE.filter((x) => x.artifact !== 'license'), p);
      expect(r.verdict).toBe('fail');
      expect(status(r, 'license')).toMatchObject({ status: 'missing', failing: true });
      expect(status(r, 'license').problems).toContainEqual(
        expect.objectContaining({ code: 'waiver-expired', path: '.openness.yml', line: 12, message: expect.stringContaining('expired on 2026-06-14') }),
      );
    });
    it('a waiver for a present artifact is reported as stale', () => {
      const r = run(ALL_FIVE, policy({ waivers: [{ artifact: 'config', reason: 'x', expires: '2027-01-01' }] }));
      expect(r.verdict).toBe('warn');
      expect(status(r, 'config').status).toBe('present');
      expect(status(r, 'config').problems.map((p) => p.code)).toEqual(['waiver-stale']);
    });
  });

  it('fails closed when a detector crashed, even with evidence', () => {
    const r = run(ALL_FIVE, policy(), {}, { errors: [{ artifact: 'training', message: 'boom' }] });
    expect(r.verdict).toBe('fail');
    expect(status(r, 'training')).toMatchObject({ failing: true, internalError: 'boom' });
    expect(status(r, 'training').problems[0]!.message).toContain('please report');
  });

  describe('regression against a base release', () => {
    const baseReport = run(ALL_FIVE);
    const now = ALL_FIVE.filter((x) => x.artifact !== 'data-card');
    it('regression: error fails with the vanished paths', () => {
      const r = run(now, policy({ regression: 'error' }, { 'data-card': 'warning' }), { base: { ref: 'v1.0.0', report: baseReport } });
      expect(r.verdict).toBe('fail');
      expect(status(r, 'data-card').since).toEqual({ base: 'v1.0.0', status: 'present', vanished: ['data-card.md'], regression: true });
      expect(status(r, 'data-card').problems).toContainEqual(expect.objectContaining({ code: 'regression', message: expect.stringContaining('data-card.md') }));
      expect(r.base).toEqual({ ref: 'v1.0.0' });
    });
    it('regression: warning warns', () => {
      const r = run(now, policy({ regression: 'warning' }, { 'data-card': 'notice' }), { base: { ref: 'v1', report: baseReport } });
      expect(r.verdict).toBe('warn');
    });
    it('no base: the reason is a note, not a failure', () => {
      const r = run(ALL_FIVE, policy({ regression: 'error' }), { baseMissing: 'no earlier tag matching v* (shallow clone? use fetch-depth: 0)' });
      expect(r.verdict).toBe('pass');
      expect(r.notes).toContain('no earlier tag matching v* (shallow clone? use fetch-depth: 0)');
      expect(r.base).toEqual({ ref: null, reason: 'no earlier tag matching v* (shallow clone? use fetch-depth: 0)' });
    });
  });

  it('says when the built-in policy applies', () => {
    const r = run(ALL_FIVE, policy({ source: null, lines: {} }));
    expect(r.policy).toEqual({ source: 'built-in:open-training', builtin: true, preset: 'open-training', failOn: 'error' });
    expect(r.notes[0]).toMatch(/built-in default policy \(open-training\)/);
    expect(status(r, 'data-card').requiredAt).toBeUndefined();
  });

  it('is deterministic', () => {
    const findings = [...ALL_FIVE, f('config', 'rejected', 20, 'x.json'), f('config', 'evidence', 50, 'a.yaml')];
    expect(JSON.stringify(run(findings))).toBe(JSON.stringify(run([...findings].reverse())));
  });
});

describe('MOF stand-ins', () => {
  it('a research paper stands in for a missing technical report', () => {
    const p = policy({}, { 'technical-report': 'error', 'research-paper': 'error' });
    const r = run([...ALL_FIVE, f('research-paper', 'evidence', 80, 'paper.pdf')], p);
    expect(status(r, 'technical-report')).toMatchObject({ status: 'present', evidence: [{ path: 'paper.pdf', code: 'satisfied-by' }] });
    expect(r.verdict).toBe('pass');
  });
  it('without a paper the technical report is missing', () => {
    const r = run(ALL_FIVE, policy({}, { 'technical-report': 'error' }));
    expect(status(r, 'technical-report').status).toBe('missing');
  });
});

describe('capped scans', () => {
  it('an artifact a read limit left unfinished says so', () => {
    const r = run(ALL_FIVE.filter((x) => x.artifact !== 'training'), policy(), {}, { unfinished: ['training', 'config'] });
    expect(status(r, 'training').problems.map((p) => p.code)).toEqual(['not-fully-judged']);
    // With evidence, an unfinished read changes nothing.
    expect(status(r, 'config').problems).toEqual([]);
  });
});

describe('findings that hold only beside another artifact', () => {
  const paper = (extra: Partial<Finding> = {}) =>
    f('config', 'external', 35, 'README.md', { code: 'paper-setup', url: 'https://arxiv.org/abs/2212.08751', onlyWith: 'training', ...extra });
  const rest = ALL_FIVE.filter((x) => x.artifact !== 'config' && x.artifact !== 'training');

  it('counts when the tree holds the artifact it needs', () => {
    const r = run([...rest, f('training', 'evidence', 80), paper()]);
    expect(status(r, 'config').status).toBe('external');
    expect(r.verdict).toBe('pass');
  });

  it('counts when the policy declares that artifact published elsewhere', () => {
    const r = run([...rest, paper()], policy({ external: { training: 'https://github.com/org/trainer' } }));
    expect(status(r, 'config').status).toBe('external');
  });

  it('is weak, with the reason, when that artifact is absent or only weak itself', () => {
    const r = run([...rest, f('training', 'weak', 40), paper()]);
    const config = status(r, 'config');
    expect(config.status).toBe('missing');
    expect(config.evidence).toEqual([]);
    expect(config.weak[0]?.message).toMatch(/counts only beside the release's training scripts/);
    const mof = r.mof?.components.find((c) => c.artifact === 'config');
    expect(mof).toBeDefined();
    expect(mof?.status).not.toBe('external');
    expect(run([...rest, f('training', 'evidence', 80), paper()]).mof?.components.find((c) => c.artifact === 'config')?.status).toBe('external');
  });

  it('another conditional finding does not stand in for the artifact it needs', () => {
    const r = run([...rest, f('training', 'external', 40, 'README.md', { onlyWith: 'config' }), paper()]);
    expect(status(r, 'config').status).toBe('missing');
  });

  describe('a weak finding that is evidence beside another artifact in the tree', () => {
    const loader = () =>
      f('preprocessing', 'weak', 45, 'src/data/dataset.py', { code: 'data-processing', message: 'data processing: tokenizes — not enough on its own', evidenceWith: { artifact: 'training', code: 'feeds-training' } });
    const others = ALL_FIVE.filter((x) => x.artifact !== 'preprocessing' && x.artifact !== 'training');

    it('is evidence, under its own code and saying why, beside training evidence in the tree', () => {
      const r = run([...others, f('training', 'evidence', 80), loader()]);
      const pre = status(r, 'preprocessing');
      expect(pre.status).toBe('present');
      expect(pre.evidence[0]).toMatchObject({ code: 'feeds-training', message: "data processing: tokenizes; it feeds the release's training scripts in the tree" });
      expect(r.verdict).toBe('pass');
      expect(r.mof?.components.find((c) => c.artifact === 'preprocessing')?.status).not.toBe('missing');
    });

    it('stays weak beside training that is only linked or declared elsewhere, or absent', () => {
      const linked = run([...others, f('training', 'external', 40, 'README.md', { url: 'https://github.com/org/trainer' }), loader()]);
      expect(status(linked, 'preprocessing').status).toBe('missing');
      expect(status(linked, 'preprocessing').weak[0]?.code).toBe('data-processing');
      const declared = run([...others, loader()], policy({ external: { training: 'https://github.com/org/trainer' } }));
      expect(status(declared, 'preprocessing').status).toBe('missing');
      expect(status(run([...others, loader()]), 'preprocessing').status).toBe('missing');
    });

    it("stays weak in a copied library: its loader feeds that library's trainer, not the release's", () => {
      const copied = { ...loader(), path: 'diffusers/examples/train_lora.py', inCopy: 'diffusers' };
      const r = run([...others, f('training', 'evidence', 80), copied]);
      expect(status(r, 'preprocessing').status).toBe('missing');
    });
  });
});
