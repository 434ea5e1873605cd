import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/domain/report-model.js';
import { renderJson } from '../../src/report/json.js';
import { artifact, FIXTURES, loadReport, report } from '../helpers/report.js';
import { runnerCommands } from '../helpers/runner-model.js';

describe('renderJson', () => {
  it.each(FIXTURES)('%s: parses back to the report itself', (name) => {
    const r = loadReport(name);
    expect(JSON.parse(renderJson(r))).toEqual(r);
  });

  it('follows the contract of design.md: keys, order, 2-space indent, trailing newline', () => {
    const out = renderJson(loadReport('fail'));
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "version": 1,');
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(doc).slice(0, 6)).toEqual(['version', 'tool', 'root', 'commit', 'policy', 'verdict']);
    expect(Object.keys(doc.policy as object)[0]).toBe('source');
    const first = (doc.artifacts as Record<string, unknown>[])[0]!;
    expect(Object.keys(first).slice(0, 4)).toEqual(['id', 'title', 'status', 'severity']);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['evidence', 'problems']));
    const item = (first.problems as Record<string, unknown>[])[0]!;
    expect(Object.keys(item).slice(0, 3)).toEqual(['path', 'line', 'message']);
  });

  it('orders keys the same whatever order the report object was built in', () => {
    const r = loadReport('warn');
    const reversed = { ...Object.fromEntries(Object.entries(r).reverse()) } as typeof r;
    expect(renderJson(reversed)).toBe(renderJson(r));
    const art = r.artifacts[0]!;
    const reversedArtifact = { ...r, artifacts: [Object.fromEntries(Object.entries(art).reverse()) as typeof art, ...r.artifacts.slice(1)] };
    expect(renderJson(reversedArtifact)).toBe(renderJson(r));
  });

  it('keeps fields added later (for instance mof), after the known ones and sorted', () => {
    const mof = loadReport('pass').mof!;
    const r = { ...report([artifact('license', { license: 'MIT' } as never)]), mof, zeta: 1, alpha: 2 } as GateReport;
    const doc = JSON.parse(renderJson(r)) as Record<string, unknown>;
    expect(doc.mof).toEqual(mof);
    expect(Object.keys(doc).slice(-3)).toEqual(['mof', 'alpha', 'zeta']);
    expect((doc.artifacts as Record<string, unknown>[])[0]!.license).toBe('MIT');
  });

  it('prints no workflow command even when the repository holds them, and loses nothing', () => {
    const r = loadReport('hostile');
    const out = renderJson(r);
    expect(runnerCommands(out)).toEqual([]);
    expect(out).not.toMatch(/[\u2028\u2029\u0085]/);
    expect(JSON.parse(out)).toEqual(r);
  });
});
