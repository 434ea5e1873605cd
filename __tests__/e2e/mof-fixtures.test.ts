import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTIFACT_IDS, CORE_ARTIFACT_IDS, type ArtifactId } from '../../src/domain/artifacts.js';
import { computeMof } from '../../src/evaluate/mof.js';
import type { GateReport } from '../../src/domain/report-model.js';
import { scanOptions } from '../../src/app/gate.js';
import type { MofClass } from '../../src/domain/mof.js';
import { loadPolicy } from '../../src/policy/load.js';
import { builtinPolicy } from '../../src/policy/presets.js';
import { renderMof } from '../../src/report/mof.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { scan } from '../../src/scan/index.js';

/**
 * The MOF fixture trees (`fixtures/repos/mof-*`), scanned by the real scan with every detector,
 * then classified: each tree's `expected-mof.json` states the class, the components each class
 * still misses, the status and license verdict of the components found, and which ones carry an
 * "open but not type-appropriate" warning. The per-artifact statuses of the same trees are
 * checked by the corpus test from their `expected.json`.
 */
const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');

interface ExpectedMof {
  description: string;
  class: MofClass | null;
  missing: { III: ArtifactId[]; II: ArtifactId[]; I: ArtifactId[] };
  components: Partial<Record<ArtifactId, { status: string; counts: boolean; license?: string | null; fit?: string }>>;
  warnings: ArtifactId[];
}

const fixtures = readdirSync(REPOS)
  .filter((name) => name.startsWith('mof-') && existsSync(join(REPOS, name, 'expected-mof.json')))
  .sort()
  .map((name) => ({ name, expected: JSON.parse(readFileSync(join(REPOS, name, 'expected-mof.json'), 'utf8')) as ExpectedMof }));

async function classify(root: string) {
  const policy = await loadPolicy({ root });
  const result = await scan(scanOptions(root, policy), DETECTORS);
  return { mof: computeMof(result.findings, policy), result };
}

describe('MOF class of the fixture trees', () => {
  it('covers a fully open release, a weights-only custom-license release and partial ones', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['mof-fully-open', 'mof-weights-only-custom', 'mof-partial-split-licenses', 'mof-class-iii-paper']),
    );
  });

  it.each(fixtures)('$name', async ({ name, expected }) => {
    const { mof } = await classify(join(REPOS, name));
    const missing = Object.fromEntries(mof.classes.map((c) => [['', 'I', 'II', 'III'][c.class], c.missing.map((m) => m.artifact)]));
    const components = Object.fromEntries(
      mof.components
        .filter((c) => c.status !== 'missing')
        .map((c) => [c.artifact, { status: c.status, counts: c.counts, ...(c.license ? { license: c.license.id ?? null, fit: c.license.fit } : {}) }]),
    );
    const reasons = Object.fromEntries(mof.components.filter((c) => !c.counts).map((c) => [c.artifact, c.reason]));
    expect({ class: mof.class, missing, components, warnings: mof.components.filter((c) => c.warning).map((c) => c.artifact) }, JSON.stringify(reasons, null, 1)).toEqual({
      class: expected.class,
      missing: expected.missing,
      components: expected.components,
      warnings: expected.warnings,
    });
  });

  it('exports the fully open release as a MOT file that lists all 17 components', async () => {
    const root = join(REPOS, 'mof-fully-open');
    const { mof, result } = await classify(root);
    const report: GateReport = {
      version: 1,
      tool: { name: 'openness-gate', version: 'test' },
      root,
      policy: { source: 'built-in', builtin: true, preset: 'open-training', failOn: 'error' },
      verdict: 'pass',
      artifacts: [],
      notes: [],
      stats: { files: result.stats.files, filesRead: result.stats.filesRead, bytesRead: result.stats.bytesRead, ms: 0, source: result.source },
      mof,
    };
    const doc = parse(renderMof(report)) as { release: { name: string; license: unknown; components: Array<{ name: string; component_path?: string; license?: string }> } };
    expect(doc.release.name).toBe('mof-fully-open');
    expect(doc.release.components).toHaveLength(17);
    expect(doc.release.license).toEqual({
      distribution: { name: 'Apache-2.0', path: 'LICENSE' },
      code: { name: 'Apache-2.0', path: 'README.md' },
      data: { name: 'ODC-By-1.0', path: 'DATA_LICENSE' },
      document: { name: 'CC-BY-4.0', path: 'LICENSE-DOCS' },
    });
    const weights = doc.release.components.find((c) => c.name === 'Model parameters (Final)');
    // The MOT would inherit release.license.data (ODC-By, about the datasets) for the weights; the
    // repository's Apache-2.0 is what covers them, so the export writes it on the component.
    expect(weights).toEqual({
      name: 'Model parameters (Final)',
      description: 'Trained model parameters, weights and biases',
      component_path: 'model/model.safetensors',
      license: 'Apache-2.0',
      license_path: 'LICENSE',
    });
    const datasets = doc.release.components.find((c) => c.name === 'Datasets');
    expect(datasets).not.toHaveProperty('license');
  });
});

describe('read budget by policy', () => {
  it('gives the artifacts a policy does not judge the smaller read budget, and none a preset judges', () => {
    expect(scanOptions('.', builtinPolicy('open-training')).informational).toEqual(
      ARTIFACT_IDS.filter((id) => !(CORE_ARTIFACT_IDS as readonly string[]).includes(id)),
    );
    expect(scanOptions('.', builtinPolicy('mof-class-i')).informational).toEqual([]);
    expect(scanOptions('.', builtinPolicy('open-weights')).informational).not.toContain('data-card');
  });
});
