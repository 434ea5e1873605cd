import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTIFACT_IDS, type ArtifactId, type Status } from '../../src/domain/artifacts.js';
import { evaluate } from '../../src/evaluate/index.js';
import { scanOptions } from '../../src/app/gate.js';
import { loadPolicy } from '../../src/policy/load.js';
import type { ResolvedPolicy } from '../../src/domain/policy-model.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { scan } from '../../src/scan/index.js';

/**
 * The fixture corpus: small trees modelled on real ML repository layouts, each with the status
 * it must get per artifact. Every artifact the fixture names is checked; precision and recall of
 * `present` per artifact are printed at the end.
 */
const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');

interface Expectation {
  description: string;
  expected: Partial<Record<ArtifactId, Status>>;
}

const fixtures = existsSync(REPOS)
  ? readdirSync(REPOS, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(REPOS, d.name, 'expected.json')))
      .map((d) => ({ name: d.name, ...(JSON.parse(readFileSync(join(REPOS, d.name, 'expected.json'), 'utf8')) as Expectation) }))
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];

/** Judge every artifact (MOF ones included) so each fixture's expectations can name any id. */
async function policyFor(root: string): Promise<ResolvedPolicy> {
  const policy = await loadPolicy({ root });
  const artifacts = { ...policy.artifacts };
  for (const id of ARTIFACT_IDS) artifacts[id] ??= { severity: 'notice' };
  return { ...policy, artifacts };
}

const tally = new Map<ArtifactId, { tp: number; fp: number; fn: number; tn: number }>();

describe('fixture corpus', () => {
  it('has at least 25 fixture trees', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures)('$name', async ({ name, expected }) => {
    const root = join(REPOS, name);
    const policy = await policyFor(root);
    const report = evaluate({
      scan: await scan(scanOptions(root, policy), DETECTORS),
      policy,
      detectors: DETECTORS,
      root,
      toolVersion: 'test',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const got: Partial<Record<ArtifactId, Status>> = {};
    const why: Record<string, string> = {};
    for (const [id, want] of Object.entries(expected) as [ArtifactId, Status][]) {
      const a = report.artifacts.find((x) => x.id === id);
      got[id] = a?.status ?? 'missing';
      const t = tally.get(id) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      const wantP = want === 'present';
      const gotP = got[id] === 'present';
      if (wantP && gotP) t.tp++;
      else if (!wantP && gotP) t.fp++;
      else if (wantP && !gotP) t.fn++;
      else t.tn++;
      tally.set(id, t);
      if (got[id] !== want && a) {
        why[id] = [...a.evidence, ...a.problems, ...a.rejected, ...a.weak]
          .slice(0, 4)
          .map((i) => `${i.path}:${i.line} ${i.code}: ${i.message}`)
          .join(' | ');
      }
    }
    // The reasons ride along in the diff so a failing fixture explains itself.
    expect({ status: got, why }).toEqual({ status: expected, why: {} });
  });

  afterAll(() => {
    if (tally.size === 0) return;
    const rows = [...tally.entries()]
      .sort(([a], [b]) => ARTIFACT_IDS.indexOf(a) - ARTIFACT_IDS.indexOf(b))
      .map(([id, t]) => {
        const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
        const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
        return `${id.padEnd(18)} precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;
      });
    console.log(`Detector precision/recall over ${fixtures.length} fixture trees (positive = present):\n${rows.join('\n')}`);
  });
});
