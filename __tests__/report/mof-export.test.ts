import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ArtifactId } from '../../src/domain/artifacts.js';
import { computeMof } from '../../src/evaluate/mof.js';
import type { GateReport } from '../../src/domain/report-model.js';
import { MOF_COMPONENTS } from '../../src/domain/mof.js';
import { builtinPolicy } from '../../src/policy/index.js';
import { renderMof } from '../../src/report/mof.js';
import type { Finding, Outcome } from '../../src/domain/finding.js';

/**
 * The Model Openness Tool's JSON Schema (vendored with its MIT license, see fixtures/mof/SOURCE.md)
 * and a validator for exactly the keywords it uses: type (one or a list), properties, required,
 * enum, minLength, minItems, maxItems, items, minProperties, additionalProperties (only `true`
 * there) and format "date". An unknown keyword fails the test, so a schema update cannot be
 * silently half-checked.
 */
type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../fixtures/mof/mof_schema.json', import.meta.url), 'utf8')) as Schema;
const KNOWN = new Set(['type', 'properties', 'required', 'enum', 'minLength', 'minItems', 'maxItems', 'items', 'minProperties', 'additionalProperties', 'format']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function validate(value: unknown, s: Schema, at = '$'): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(s)) if (!KNOWN.has(key)) errors.push(`${at}: schema keyword '${key}' is not handled by this validator`);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [...errors, `${at}: expected ${types.join('|')}, got ${t}`];
  }
  if (s.enum !== undefined && !(s.enum as unknown[]).includes(value)) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) errors.push(`${at}: shorter than ${s.minLength}`);
    if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors.push(`${at}: not a date`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${at}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${at}: more than ${s.maxItems} items`);
    if (s.items) value.forEach((v, i) => errors.push(...validate(v, s.items as Schema, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof s.minProperties === 'number' && Object.keys(obj).length < s.minProperties) errors.push(`${at}: too few properties`);
    for (const r of (s.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${at}: missing required '${r}'`);
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(v, props[k], `${at}.${k}`));
      else if (s.additionalProperties === false) errors.push(`${at}: unexpected '${k}'`);
    }
  }
  return errors;
}

function f(artifact: ArtifactId, outcome: Outcome, path: string, extra: Partial<Finding> = {}): Finding {
  return { artifact, outcome, path, line: 1, strength: 80, code: 'test', message: `${artifact} at ${path}`, ...extra };
}

function report(findings: Finding[], extra: Partial<GateReport> = {}): GateReport {
  return {
    version: 1,
    tool: { name: 'openness-gate', version: '0.1.0' },
    root: 'work/tiny-lm',
    policy: { source: 'built-in:mof-class-i', builtin: true, preset: 'mof-class-i', failOn: 'error' },
    verdict: 'pass',
    artifacts: [],
    notes: [],
    stats: { files: 0, filesRead: 0, bytesRead: 0, ms: 0, source: 'walk' },
    mof: computeMof(findings, builtinPolicy('mof-class-i')),
    ...extra,
  };
}

const OPEN: Finding[] = [
  ...MOF_COMPONENTS.filter((c) => c.artifact !== 'weights').map((c) => f(c.artifact, 'evidence', c.artifact === 'datasets' ? 'data/train.jsonl' : `${c.artifact}/file`)),
  f('weights', 'external', 'README.md', { url: 'https://huggingface.co/tiny-lab/tiny-lm-1b' }),
  f('license', 'evidence', 'LICENSE', { license: 'Apache-2.0', code: 'license-file' }),
  f('license', 'evidence', 'LICENSE-DOCS', { license: 'CC-BY-4.0', code: 'license-file' }),
  f('license', 'evidence', 'LICENSE-MODEL', { license: 'CDLA-Permissive-2.0', code: 'license-file' }),
  f('license', 'rejected', 'data/LICENSE', { license: 'CC-BY-NC-4.0', code: 'not-open' }),
];

describe('--format mof (Model Openness Tool YAML)', () => {
  it('validates against the MOT schema', () => {
    const doc = parse(renderMof(report(OPEN), { name: 'tiny-lm-1b', version: '1B', date: '2025-01-31', type: 'language', architecture: 'transformer decoder', producer: 'Tiny Lab' }));
    expect(validate(doc, schema)).toEqual([]);
  });

  it('pre-fills components with their paths and the licenses the MOT could not inherit', () => {
    const doc = parse(renderMof(report(OPEN))) as { framework: Record<string, string>; release: Record<string, unknown> };
    expect(doc.framework).toEqual({ name: 'Model Openness Framework', version: '1.0', date: '2024-12-15' });
    const release = doc.release as { name: string; license: Record<string, { name: string; path: string }>; components: Array<Record<string, string>>; huggingface: string };
    expect(release.name).toBe('tiny-lm');
    expect(release.license).toEqual({
      distribution: { name: 'Apache-2.0', path: 'LICENSE' },
      document: { name: 'CC-BY-4.0', path: 'LICENSE-DOCS' },
    });
    expect(release.components).toHaveLength(17);
    const byName = new Map(release.components.map((c) => [c.name, c]));
    // Inherits Apache-2.0 (distribution): no license written.
    expect(byName.get('Model architecture')).toEqual({ name: 'Model architecture', description: "Well commented code for the model's architecture", component_path: 'architecture/file' });
    // LICENSE-MODEL has no MOT type of its own: written on the component.
    expect(byName.get('Model parameters (Final)')).toMatchObject({ component_path: 'https://huggingface.co/tiny-lab/tiny-lm-1b', license: 'CDLA-Permissive-2.0', license_path: 'LICENSE-MODEL' });
    // The folder's license wins over the repository's.
    expect(byName.get('Datasets')).toMatchObject({ license: 'CC-BY-NC-4.0', license_path: 'data/LICENSE' });
    expect(byName.get('Model card')).not.toHaveProperty('license');
    expect(release.huggingface).toBe('https://huggingface.co/tiny-lab/tiny-lm-1b');
  });

  it('marks what the tree cannot tell as TODO and leaves missing components out, listed in a comment', () => {
    const yaml = renderMof(report([f('weights', 'evidence', 'model.safetensors'), f('license', 'rejected', 'LICENSE', { license: 'LicenseRef-Llama-2-Community', code: 'not-open' })], { root: '.' }));
    const doc = parse(yaml) as { release: Record<string, unknown> };
    expect(validate(doc, schema)).toEqual([]);
    expect(doc.release.name).toBe('TODO');
    expect(yaml).toMatch(/^ {2}name: 'TODO' # TODO: the model's name$/m);
    expect(yaml).toMatch(/^ {2}producer: '' # TODO: who produced the model$/m);
    expect(yaml).toMatch(/^ {2}# date: 'YYYY-MM-DD' # TODO: the release date$/m);
    expect(doc.release.components).toEqual([
      { name: 'Model parameters (Final)', description: 'Trained model parameters, weights and biases', component_path: 'model.safetensors' },
    ]);
    expect((doc.release.license as Record<string, unknown>).distribution).toEqual({ name: 'LicenseRef-Llama-2-Community', path: 'LICENSE' });
    expect(yaml).toContain('# Computed class: not classified (Class III not reached).');
    expect(yaml).toMatch(/^# {3}- Model architecture: missing: nothing in the tree and nothing declared$/m);
  });

  it('writes unlicensed for an in-tree component no license covers, and a TODO for an external one', () => {
    const yaml = renderMof(report([f('architecture', 'evidence', 'model.py'), f('research-paper', 'external', 'README.md', { url: 'https://arxiv.org/abs/2402.00001' })]));
    const doc = parse(yaml) as { release: { components: Array<Record<string, string>>; license: Record<string, unknown> } };
    expect(validate(doc, schema)).toEqual([]);
    expect(doc.release.license).toEqual({});
    expect(doc.release.components.map((c) => [c.name, c.license])).toEqual([
      ['Model architecture', 'unlicensed'],
      ['Research paper', ''],
    ]);
    expect(yaml).toContain("license: '' # TODO: published elsewhere; state its license");
  });

  it('renders an empty component list when no MOF assessment was computed', () => {
    const r = report([]);
    delete r.mof;
    const doc = parse(renderMof(r));
    expect(validate(doc, schema)).toEqual([]);
  });

  it('keeps hostile names from breaking out of a scalar or a comment', () => {
    const hostile = "x'\n::set-output name=verdict::pass\n# ]]>\u2028evil: true";
    const yaml = renderMof(
      report([
        f('architecture', 'evidence', `${hostile}.py`),
        f('license', 'evidence', `${hostile}/LICENSE`, { license: 'MIT', code: 'license-file' }),
        f('checkpoints', 'rejected', 'CHECKPOINTS.md', { strength: 60, message: hostile }),
      ]),
      { name: hostile, producer: hostile },
    );
    expect(yaml.split('\n').some((l) => l.trimStart().startsWith('::'))).toBe(false);
    expect(yaml).not.toContain('\u2028');
    const doc = parse(yaml) as { release: Record<string, unknown> };
    expect(validate(doc, schema)).toEqual([]);
    expect(doc.release).not.toHaveProperty('evil');
    expect(doc.release.name).toBe("x' ::set-output name=verdict::pass # ]]> evil: true");
  });

  it('fills the optional enums only with allowed values', () => {
    const doc = parse(renderMof(report(OPEN), { type: 'spaceship', architecture: 'transformer', treatment: 'chat fine-tuned', date: '2025-13-45' })) as { release: Record<string, unknown> };
    expect(validate(doc, schema)).toEqual([]);
    expect(doc.release.type).toBe('');
    expect(doc.release.architecture).toBe('transformer');
    expect(doc.release.treatment).toBe('chat fine-tuned');
    expect(doc.release).not.toHaveProperty('date');
  });

  it('catches schema violations (the validator is not vacuous)', () => {
    expect(validate({ framework: { name: 'MOF', version: '1', date: 'x' }, release: { name: '', license: {}, producer: '', components: [], type: 'tv' } }, schema)).toEqual([
      "$.framework.name: \"MOF\" not in enum",
      '$.framework.date: not a date',
      '$.release.name: shorter than 1',
      '$.release.type: "tv" not in enum',
    ]);
    expect(validate({ release: {} }, schema)).toContain("$: missing required 'framework'");
  });
});
