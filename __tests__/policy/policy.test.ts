import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_IDS, CORE_ARTIFACT_IDS } from '../../src/domain/artifacts.js';
import type { ArtifactId, Severity } from '../../src/domain/artifacts.js';
import { GateError } from '../../src/domain/errors.js';
import { componentsOfClass } from '../../src/domain/mof.js';
import { PolicyError, PRESET_NAMES, builtinPolicy, parsePolicy } from '../../src/policy/index.js';
import type { ResolvedPolicy } from '../../src/policy/index.js';

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/policies/${name}`, import.meta.url)), 'utf8');
}

function severities(policy: ResolvedPolicy): Partial<Record<ArtifactId, Severity>> {
  return Object.fromEntries(Object.entries(policy.artifacts).map(([id, a]) => [id, a?.severity]));
}

/** The message parsePolicy throws for `text`, or a failure when it does not throw a PolicyError. */
function errorOf(text: string, file = '.openness.yml'): PolicyError {
  try {
    parsePolicy(text, file);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

const OPEN_TRAINING = {
  'data-card': 'error',
  preprocessing: 'error',
  config: 'error',
  training: 'error',
  'eval-results': 'error',
  license: 'warning',
  'model-card': 'warning',
};

describe('presets', () => {
  it('the built-in default is open-training: five training artifacts error, license and model card warning', () => {
    expect(builtinPolicy()).toEqual({
      source: null,
      preset: 'open-training',
      failOn: 'error',
      exclude: [],
      artifacts: Object.fromEntries(Object.entries(OPEN_TRAINING).map(([id, severity]) => [id, { severity }])),
      external: {},
      waivers: [],
      regression: 'off',
      baseTag: 'v*',
      lines: {},
    });
  });

  it('open-weights requires license and model card; the training artifacts are notices', () => {
    expect(severities(builtinPolicy('open-weights'))).toEqual({
      'data-card': 'notice',
      preprocessing: 'notice',
      config: 'notice',
      training: 'notice',
      'eval-results': 'notice',
      license: 'error',
      'model-card': 'error',
    });
  });

  it('mof-class-iii: the Open Model components; core ids outside the class are off', () => {
    expect(severities(builtinPolicy('mof-class-iii'))).toEqual({
      'data-card': 'error',
      preprocessing: 'off',
      config: 'off',
      training: 'off',
      'eval-results': 'error',
      license: 'error',
      'model-card': 'error',
      architecture: 'error',
      weights: 'error',
      'sample-outputs': 'notice',
      'technical-report': 'error',
    });
  });

  it('mof-class-ii adds training, inference and evaluation code and evaluation data; libraries optional', () => {
    expect(severities(builtinPolicy('mof-class-ii'))).toEqual({
      'data-card': 'error',
      preprocessing: 'off',
      config: 'off',
      training: 'error',
      'eval-results': 'error',
      license: 'error',
      'model-card': 'error',
      architecture: 'error',
      weights: 'error',
      'inference-code': 'error',
      'evaluation-code': 'error',
      'evaluation-data': 'error',
      'sample-outputs': 'notice',
      'technical-report': 'error',
      libraries: 'notice',
    });
  });

  it('mof-class-i judges every component; model metadata (config) is optional', () => {
    expect(severities(builtinPolicy('mof-class-i'))).toEqual({
      'data-card': 'error',
      preprocessing: 'error',
      config: 'notice',
      training: 'error',
      'eval-results': 'error',
      license: 'error',
      'model-card': 'error',
      architecture: 'error',
      weights: 'error',
      checkpoints: 'error',
      datasets: 'error',
      'inference-code': 'error',
      'evaluation-code': 'error',
      'evaluation-data': 'error',
      'sample-outputs': 'notice',
      'technical-report': 'error',
      'research-paper': 'error',
      libraries: 'notice',
    });
  });

  it('the MOF presets follow the component table: every required component is an error', () => {
    for (const [preset, cls] of [
      ['mof-class-iii', 3],
      ['mof-class-ii', 2],
      ['mof-class-i', 1],
    ] as const) {
      const policy = builtinPolicy(preset);
      for (const component of componentsOfClass(cls)) expect(policy.artifacts[component.artifact]?.severity).toBe('error');
    }
  });

  it('osaid: data information, complete code and parameters', () => {
    expect(severities(builtinPolicy('osaid'))).toEqual({
      'data-card': 'error',
      preprocessing: 'error',
      config: 'error',
      training: 'error',
      'eval-results': 'notice',
      license: 'error',
      'model-card': 'warning',
      architecture: 'error',
      weights: 'error',
      datasets: 'notice',
      'inference-code': 'error',
      'evaluation-code': 'error',
      libraries: 'notice',
    });
  });

  it('every preset lists every core id, in the canonical order', () => {
    for (const preset of PRESET_NAMES) {
      const ids = Object.keys(builtinPolicy(preset).artifacts);
      for (const id of CORE_ARTIFACT_IDS) expect(ids).toContain(id);
      expect(ids).toEqual(ARTIFACT_IDS.filter((id) => ids.includes(id)));
    }
  });

  it('an unknown preset is a GateError naming the close one', () => {
    expect(() => builtinPolicy('open-trainig')).toThrow(
      new GateError(
        "unknown preset 'open-trainig'; did you mean 'open-training'? allowed: open-training, open-weights, mof-class-iii, mof-class-ii, mof-class-i, osaid",
      ),
    );
  });

  it('each call returns a fresh object (callers may override failOn)', () => {
    const a = builtinPolicy();
    a.failOn = 'never';
    a.artifacts['data-card']!.severity = 'off';
    expect(builtinPolicy().failOn).toBe('error');
    expect(builtinPolicy().artifacts['data-card']?.severity).toBe('error');
  });
});

describe('parsePolicy: good files', () => {
  it('a policy using every key resolves to exactly what it says', () => {
    expect(parsePolicy(fixture('full.yml'), '.openness.yml')).toEqual({
      source: '.openness.yml',
      preset: 'open-training',
      failOn: 'warning',
      exclude: ['third_party/**', 'experiments/scratch/**'],
      artifacts: {
        'data-card': { severity: 'error', paths: ['docs/data/**/*.md', 'DATA_CARD.md'], exclude: ['docs/data/drafts/**'] },
        preprocessing: { severity: 'error' },
        config: { severity: 'error' },
        training: { severity: 'error' },
        'eval-results': { severity: 'warning' },
        license: { severity: 'error' },
        'model-card': { severity: 'warning' },
        weights: { severity: 'notice', license: 'CC-BY-4.0' },
      },
      external: { 'eval-results': 'https://huggingface.co/spaces/org/leaderboard' },
      waivers: [
        {
          artifact: 'preprocessing',
          reason: 'Dedup scripts are under legal review; published with v1.1.',
          expires: '2031-06-30',
          owner: '@org/data-team',
        },
      ],
      regression: 'error',
      baseTag: 'release-*',
      licenseTerms: 'notice',
      lines: {
        extends: 4,
        'data-card': 10,
        preprocessing: 4,
        config: 4,
        training: 4,
        'eval-results': 13,
        license: 15,
        'model-card': 4,
        weights: 17,
        waivers: [23],
        external: { 'eval-results': 21 },
      },
    });
  });

  it("'version: 1' alone is the built-in default, read from a file (lines point at line 1)", () => {
    const policy = parsePolicy(fixture('minimal.yml'), '.openness.yml');
    expect({ ...policy, source: null, lines: {} }).toEqual(builtinPolicy());
    expect(policy.source).toBe('.openness.yml');
    expect(policy.lines).toEqual(Object.fromEntries(CORE_ARTIFACT_IDS.map((id) => [id, 1])));
  });

  it('extends a preset; a user entry overrides only the keys it names', () => {
    const policy = parsePolicy(fixture('mof-class-ii.yml'), 'gate.yml');
    expect(policy.preset).toBe('mof-class-ii');
    expect(severities(policy)).toEqual({ ...severities(builtinPolicy('mof-class-ii')), libraries: 'warning' });
    expect(policy.lines.extends).toBe(2);
    expect(policy.lines.libraries).toBe(4);
    expect(policy.lines.weights).toBe(2);
  });

  it('each preset can be selected with extends:', () => {
    for (const preset of PRESET_NAMES) {
      const policy = parsePolicy(`version: 1\nextends: ${preset}\n`, 'p.yml');
      expect(policy.artifacts).toEqual(builtinPolicy(preset).artifacts);
      expect(policy.preset).toBe(preset);
    }
  });

  it('paths and exclude without severity keep the preset severity', () => {
    const policy = parsePolicy('version: 1\nartifacts:\n  training:\n    paths: [train/**/*.py]\n', 'p.yml');
    expect(policy.artifacts.training).toEqual({ severity: 'error', paths: ['train/**/*.py'] });
  });

  it('a MOF artifact the preset does not judge, named without severity, is added as a notice', () => {
    const policy = parsePolicy('version: 1\nartifacts:\n  weights:\n    paths: [models/**]\n', 'p.yml');
    expect(policy.artifacts.weights).toEqual({ severity: 'notice', paths: ['models/**'] });
    expect(policy.artifacts.checkpoints).toBeUndefined();
  });

  it('severity off keeps a core artifact listed', () => {
    const policy = parsePolicy('version: 1\nartifacts:\n  config:\n    severity: off\n', 'p.yml');
    expect(policy.artifacts.config).toEqual({ severity: 'off' });
  });

  it("normalises a leading './' and a trailing '/' in globs", () => {
    const policy = parsePolicy('version: 1\nexclude: [./build/, ./a/*.md, docs/**/]\n', 'p.yml');
    expect(policy.exclude).toEqual(['build/**', 'a/*.md', 'docs/**']);
  });

  it('reads a BOM and CRLF line ends, with the right lines', () => {
    const policy = parsePolicy('\uFEFFversion: 1\r\n\r\nartifacts:\r\n  training:\r\n    severity: warning\r\n', 'p.yml');
    expect(policy.artifacts.training).toEqual({ severity: 'warning' });
    expect(policy.lines.training).toBe(4);
  });

  it('YAML 1.2 core: off, no and yes are words, not booleans; dates stay text', () => {
    const policy = parsePolicy(
      'version: 1\nartifacts:\n  config: {severity: off}\nwaivers:\n  - {artifact: config, reason: no, expires: 2030-01-01}\n',
      'p.yml',
    );
    expect(policy.artifacts.config?.severity).toBe('off');
    expect(policy.waivers).toEqual([{ artifact: 'config', reason: 'no', expires: '2030-01-01' }]);
  });

  it('a few aliases are fine (shared glob lists)', () => {
    const policy = parsePolicy(
      'version: 1\nexclude: &vendored [third_party/**]\nartifacts:\n  training:\n    exclude: *vendored\n',
      'p.yml',
    );
    expect(policy.artifacts.training?.exclude).toEqual(['third_party/**']);
  });

  it('accepts $schema, SPDX expressions and LicenseRef ids', () => {
    const policy = parsePolicy(
      '$schema: ./schema/openness.schema.json\nversion: 1\nartifacts:\n  weights: {license: LicenseRef-Llama-3.1}\n  training: {license: (MIT OR Apache-2.0) AND BSD-3-Clause}\n  config: {license: GPL-2.0-or-later WITH Classpath-exception-2.0}\n',
      'p.yml',
    );
    expect(policy.artifacts.weights?.license).toBe('LicenseRef-Llama-3.1');
    expect(policy.artifacts.training?.license).toBe('(MIT OR Apache-2.0) AND BSD-3-Clause');
  });

  it('external and waivers come out in canonical artifact order and document order', () => {
    const policy = parsePolicy(
      'version: 1\nexternal:\n  model-card: https://hf.co/org/m\n  data-card: https://hf.co/datasets/org/d\nwaivers:\n  - {artifact: training, reason: later, expires: 2030-01-01}\n  - {artifact: config, reason: later, expires: 2030-01-02}\n',
      'p.yml',
    );
    expect(Object.keys(policy.external)).toEqual(['data-card', 'model-card']);
    expect(policy.waivers.map((w) => w.artifact)).toEqual(['training', 'config']);
    expect(policy.lines.waivers).toEqual([6, 7]);
  });
});

describe('parsePolicy: bad files, exact messages', () => {
  const cases: [string, string, string][] = [
    [
      'invalid YAML (YAML’s own line)',
      fixture('bad-yaml.yml'),
      '.openness.yml:5: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ],
    [
      'unknown keys with did-you-mean, at every level, sorted by line',
      fixture('typos.yml'),
      [
        ".openness.yml:3: fail_on: unknown key 'fail_on'; did you mean 'fail-on'?",
        ".openness.yml:5: artifacts.data-crd: unknown artifact 'data-crd'; did you mean 'data-card'?",
        ".openness.yml:8: artifacts.training.severity: unknown severity 'fatal'; allowed: error, warning, notice, off",
      ].join('\n'),
    ],
    [
      'unknown key with nothing close lists the allowed keys',
      'version: 1\nowner: me\n',
      ".openness.yml:2: owner: unknown key 'owner'; allowed: $schema, version, extends, fail-on, exclude, artifacts, external, waivers, regression, base-tag, unverified-external, thin-evidence, license-terms",
    ],
    [
      'unknown artifact-level key',
      'version: 1\nartifacts:\n  training:\n    serverity: error\n',
      ".openness.yml:4: artifacts.training.serverity: unknown key 'serverity'; did you mean 'severity'?",
    ],
    ['wrong version', 'version: 2\n', '.openness.yml:1: version: unsupported version 2; this gate reads version 1'],
    ['version as text', "version: '1'\n", ".openness.yml:1: version: write the number 1, not the text '1' (remove the quotes)"],
    ['missing version', 'extends: open-weights\n', ".openness.yml:1: version: missing; add 'version: 1' at the top of the file"],
    [
      'wrong type: a string for a list',
      'version: 1\nexclude: third_party/**\n',
      ".openness.yml:2: exclude: expected a list of glob patterns, e.g. [docs/**], got the text 'third_party/**'",
    ],
    [
      'wrong type: a list for a mapping',
      'version: 1\nartifacts: [data-card]\n',
      '.openness.yml:2: artifacts: expected a mapping of artifact ids to settings (severity, paths, exclude, license), got a list',
    ],
    [
      'an empty key',
      'version: 1\nartifacts:\n',
      '.openness.yml:2: artifacts: expected a mapping of artifact ids to settings (severity, paths, exclude, license), got an empty value; give it a value or remove the key',
    ],
    [
      'bad enum: fail-on',
      'version: 1\nfail-on: sometimes\n',
      ".openness.yml:2: fail-on: unknown fail-on value 'sometimes'; allowed: error, warning, never",
    ],
    [
      'bad enum: severity typo',
      'version: 1\nartifacts:\n  config:\n    severity: eror\n',
      ".openness.yml:4: artifacts.config.severity: unknown severity 'eror'; did you mean 'error'? allowed: error, warning, notice, off",
    ],
    [
      'bad enum: not text',
      'version: 1\nregression: true\n',
      '.openness.yml:2: regression: expected one of error, warning, off, got the value true',
    ],
    [
      'unknown preset',
      'version: 1\nextends: open-weight\n',
      ".openness.yml:2: extends: unknown preset 'open-weight'; did you mean 'open-weights'? allowed: open-training, open-weights, mof-class-iii, mof-class-ii, mof-class-i, osaid",
    ],
    [
      'bad date: not a calendar day',
      'version: 1\nwaivers:\n  - artifact: training\n    reason: later\n    expires: 2030-02-30\n',
      ".openness.yml:5: waivers[0].expires: '2030-02-30' is not a calendar date",
    ],
    [
      'bad date: not a date',
      'version: 1\nwaivers:\n  - artifact: training\n    reason: later\n    expires: next spring\n',
      ".openness.yml:5: waivers[0].expires: expected a date YYYY-MM-DD, got 'next spring'",
    ],
    [
      'waiver without a reason',
      'version: 1\nwaivers:\n  - artifact: training\n    expires: 2030-01-01\n',
      ".openness.yml:3: waivers[0].reason: missing; a waiver needs artifact, reason and expires (the 'reason' key)",
    ],
    [
      'waiver key typo',
      'version: 1\nwaivers:\n  - artifact: training\n    reason: later\n    expiry: 2030-01-01\n',
      [
        ".openness.yml:3: waivers[0].expires: missing; a waiver needs artifact, reason and expires (the 'expires' key)",
        ".openness.yml:5: waivers[0].expiry: unknown key 'expiry'; did you mean 'expires'?",
      ].join('\n'),
    ],
    [
      'waiver for an artifact the policy does not judge',
      'version: 1\nwaivers:\n  - {artifact: weights, reason: later, expires: 2030-01-01}\n',
      ".openness.yml:3: waivers[0].artifact: 'weights' is not judged by this policy (preset open-training), so there is nothing to waive; add it under artifacts: or remove the waiver",
    ],
    [
      'two waivers for one artifact',
      'version: 1\nwaivers:\n  - {artifact: config, reason: a, expires: 2030-01-01}\n  - {artifact: config, reason: b, expires: 2030-01-01}\n',
      ".openness.yml:4: waivers[1].artifact: a second waiver for 'config' (the first is on line 3); keep one",
    ],
    [
      'unknown artifact in a waiver',
      'version: 1\nwaivers:\n  - {artifact: data_card, reason: a, expires: 2030-01-01}\n',
      ".openness.yml:3: waivers[0].artifact: unknown artifact 'data_card'; did you mean 'data-card'?",
    ],
    [
      'bad URL: http',
      'version: 1\nexternal:\n  data-card: http://huggingface.co/datasets/org/d\n',
      ".openness.yml:3: external.data-card: only https:// URLs are allowed, got 'http://huggingface.co/datasets/org/d'",
    ],
    [
      'bad URL: not a URL',
      'version: 1\nexternal:\n  data-card: see the wiki\n',
      ".openness.yml:3: external.data-card: expected an https:// URL, got 'see the wiki'",
    ],
    [
      'bad URL: credentials',
      'version: 1\nexternal:\n  data-card: https://user:token@example.org/card\n',
      '.openness.yml:3: external.data-card: the URL must not contain a user name or password',
    ],
    [
      'unknown artifact under external',
      'version: 1\nexternal:\n  weigths: https://hf.co/org/m\n',
      ".openness.yml:3: external.weigths: unknown artifact 'weigths'; did you mean 'weights'?",
    ],
    [
      'license typo',
      'version: 1\nartifacts:\n  weights:\n    license: Apache2.0\n',
      ".openness.yml:4: artifacts.weights.license: unknown SPDX license id 'Apache2.0'; did you mean 'Apache-2.0'? (a custom license is written LicenseRef-<name>)",
    ],
    [
      'license expression broken',
      'version: 1\nartifacts:\n  weights:\n    license: MIT Apache-2.0\n',
      ".openness.yml:4: artifacts.weights.license: two license ids in a row; join them with AND or OR (e.g. 'MIT OR Apache-2.0')",
    ],
    [
      'base-tag starting with a dash',
      'version: 1\nbase-tag: --all\n',
      ".openness.yml:2: base-tag: a tag pattern cannot start with '-'",
    ],
    [
      'base-tag with spaces',
      'version: 1\nbase-tag: v* ; rm\n',
      '.openness.yml:2: base-tag: a tag pattern may hold letters, digits and . _ / - + * ? [ ] only (e.g. v*)',
    ],
    [
      'duplicate keys, with both lines',
      'version: 1\nartifacts:\n  training: {severity: error}\n  training: {severity: off}\n',
      ".openness.yml:4: artifacts.training: duplicate key 'training' (first set on line 3); keep one",
    ],
    [
      'empty glob',
      "version: 1\nexclude: ['']\n",
      '.openness.yml:2: exclude[0]: a glob pattern cannot be empty',
    ],
    [
      'the file name is the one given',
      'version: 3\n',
      'config/gate.yml:1: version: unsupported version 3; this gate reads version 1',
    ],
  ];

  it.each(cases)('%s', (_title, text, expected) => {
    const file = expected.startsWith('config/') ? 'config/gate.yml' : '.openness.yml';
    expect(errorOf(text, file).message).toBe(expected);
  });

  it('a PolicyError is a GateError carrying file, line and key path of the first problem', () => {
    const error = errorOf(fixture('typos.yml'), 'typos.yml');
    expect(error).toBeInstanceOf(GateError);
    expect(error.name).toBe('PolicyError');
    expect(error.file).toBe('typos.yml');
    expect(error.line).toBe(3);
    expect(error.keyPath).toBe('fail_on');
    expect(error.problems).toHaveLength(3);
  });

  it('many problems: the first 20 are listed and the rest counted', () => {
    const text = `version: 1\n${Array.from({ length: 30 }, (_, i) => `unknown${i}: 1`).join('\n')}\n`;
    const lines = errorOf(text).message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^\.openness\.yml:2: unknown0: unknown key 'unknown0'/);
    expect(lines[20]).toBe('…and 10 more problems in .openness.yml');
  });
});
