import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_IDS } from '../../src/domain/artifacts.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { defineDetector } from '../../src/scan/define.js';

describe('defineDetector', () => {
  it('declares every detector, one per artifact in the canonical order, frozen with its globs', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual([...ARTIFACT_IDS]);
    for (const d of DETECTORS) {
      expect(Object.isFrozen(d), d.id).toBe(true);
      expect(Object.isFrozen(d.globs), d.id).toBe(true);
    }
    const dir = new URL('../../src/scan/detectors/', import.meta.url);
    // A long detector's finding kinds may sit beside it in `<id>-signals.ts` (issue 12).
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'index.ts' && !n.endsWith('-signals.ts'))) {
      expect(readFileSync(new URL(name, dir), 'utf8'), name).toMatch(/^export const \w+: Detector = defineDetector\(\{$/m);
    }
  });

  it('leaves the caller’s object alone and keeps what it declared', () => {
    const globs = ['**/*.md'];
    const spec = { id: 'data-card' as const, globs, check: () => [] };
    const d = defineDetector(spec);
    expect(d).toEqual(spec);
    expect(Object.isFrozen(spec)).toBe(false);
    globs.push('**/*.txt');
    expect(d.globs).toEqual(['**/*.md']);
  });
});
