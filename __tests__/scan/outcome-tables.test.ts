// Finding kinds (issue 12): each detector declares every finding it can emit, with its outcome and
// weight, in one table, and builds findings through emit(); the example-folder demotion is one
// function. These tests pin the kit's arithmetic and check every detector's table is well formed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineOutcomes, demoteEvidence, emit, EXAMPLE_STRENGTH, strengthOf } from '../../src/scan/outcomes.js';

const DETECTORS = join(import.meta.dirname, '../../src/scan/detectors');

describe('finding kinds', () => {
  const KINDS = defineOutcomes('config', {
    hparams: { outcome: 'evidence', weight: 55, parts: { perKey: 6, expected: 5 }, max: 95 },
    capped: { outcome: 'evidence', weight: 60, parts: { each: { each: 3, atMost: 5 } } },
    'placeholder-named': { outcome: 'rejected', weight: 55, code: 'placeholder' },
    link: { outcome: 'external', weight: 45 },
  });

  it('fills outcome, strength and code from the table', () => {
    const f = emit(KINDS, 'placeholder-named', { path: 'a.yaml', line: 3, message: 'left unset' });
    expect(f).toStrictEqual({ artifact: 'config', path: 'a.yaml', line: 3, outcome: 'rejected', strength: 55, code: 'placeholder', message: 'left unset' });
  });

  it('adds url, license, signals and facts only when given', () => {
    expect(emit(KINDS, 'link', { path: 'R.md', line: 1, message: 'm', url: '' })).not.toHaveProperty('url');
    const f = emit(KINDS, 'link', { path: 'R.md', line: 1, message: 'm', url: 'https://x.org', license: 'MIT', signals: ['a', 'b'] });
    expect(f).toMatchObject({ url: 'https://x.org', license: 'MIT', signals: ['a', 'b'] });
  });

  it('grades a strength by named parts, clamped to the kind’s max', () => {
    expect(strengthOf(KINDS.kinds.hparams, { perKey: 3, expected: false })).toBe(73);
    expect(strengthOf(KINDS.kinds.hparams, { perKey: 3, expected: true })).toBe(78);
    expect(strengthOf(KINDS.kinds.hparams, { perKey: 9, expected: true })).toBe(95);
    expect(strengthOf(KINDS.kinds.capped, { each: 2 })).toBe(66);
    expect(strengthOf(KINDS.kinds.capped, { each: 12 })).toBe(75);
    expect(emit(KINDS, 'hparams', { path: 'c.yaml', line: 1, message: 'm', parts: { perKey: 1 } }).strength).toBe(61);
  });

  it('demotes evidence in an example folder to weak at one strength, sparing what it is told to', () => {
    const found = [
      emit(KINDS, 'hparams', { path: 'examples/c.yaml', line: 1, message: 'lr set', parts: { perKey: 4 } }),
      emit(KINDS, 'link', { path: 'examples/R.md', line: 2, message: 'elsewhere' }),
      emit(KINDS, 'capped', { path: 'examples/d.yaml', line: 1, message: 'kept' }),
    ];
    const out = demoteEvidence(found, 'in an example folder', (f) => f.code === 'capped');
    expect(out[0]).toMatchObject({ outcome: 'weak', strength: EXAMPLE_STRENGTH, message: 'lr set (in an example folder)' });
    expect(out[1]).toBe(found[1]);
    expect(out[2]).toBe(found[2]);
  });
});

describe('every detector declares its findings in a table', () => {
  const files = readdirSync(DETECTORS).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('-signals.ts'));

  it.each(files)('%s builds its findings through emit() from defineOutcomes()', (name) => {
    const text = readFileSync(join(DETECTORS, name), 'utf8');
    const sibling = join(DETECTORS, name.replace(/\.ts$/, '-signals.ts'));
    const declared = text.includes('defineOutcomes(') || readdirSync(DETECTORS).includes(name.replace(/\.ts$/, '-signals.ts')) && readFileSync(sibling, 'utf8').includes('defineOutcomes(');
    expect(declared).toBe(true);
    expect(text).toMatch(/\bemit\(|\bemitterFor\(/);
    // No finding strength written as a number in the checks.
    expect(text).not.toMatch(/\bstrength:\s*[\d(]/);
  });
});
