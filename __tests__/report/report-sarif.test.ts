import { describe, expect, it } from 'vitest';
import { renderSarif, SARIF_SCHEMA } from '../../src/report/sarif.js';
import { artifact, FIXTURES, loadReport, report, sarifProblems } from '../helpers/report.js';
import { runnerCommands } from '../helpers/runner-model.js';

type Sarif = {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
};

const parse = (s: string) => JSON.parse(s) as Sarif;

describe('renderSarif', () => {
  it.each(FIXTURES)('%s: has the structure SARIF 2.1.0 and code scanning require', (name) => {
    const out = renderSarif(loadReport(name));
    expect(sarifProblems(JSON.parse(out))).toEqual([]);
    expect(runnerCommands(out)).toEqual([]);
  });

  it('the validator catches what code scanning would reject', () => {
    const good = parse(renderSarif(loadReport('fail')));
    const broken = structuredClone(good);
    broken.runs[0]!.results[0]!.locations = [];
    broken.runs[0]!.results[1]!.ruleId = 'nope';
    broken.runs[0]!.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.md';
    (broken as { version: string }).version = '2.0.0';
    expect(sarifProblems(broken)).toEqual([
      'version must be "2.1.0"',
      'runs[0].results[0]: no location',
      'runs[0].results[1].ruleId nope has no rule',
      'runs[0].results[1].ruleIndex does not point at nope',
      'runs[0].results[2].locations[0]: uri not encoded: a b.md',
    ]);
  });

  it('has one rule per artifact with the fix as help, and results for failing and warning issues only', () => {
    const r = loadReport('fail');
    const run = parse(renderSarif(r)).runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'openness-gate', version: '0.1.0' });
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(r.artifacts.map((a) => a.id));
    expect(run.tool.driver.rules[0]!.help.text).toBe(r.artifacts[0]!.fix);
    expect(run.tool.driver.rules.map((x) => x.defaultConfiguration.level)).toContain('note');
    expect(run.results.map((x) => [x.ruleId, x.level])).toEqual([
      ['data-card', 'error'],
      ['training', 'error'],
      ['training', 'error'],
      ['model-card', 'error'],
      ['model-card', 'error'],
      ['evaluation-code', 'warning'],
    ]);
    // checkpoints is missing at notice level: annotated, but kept out of code scanning.
    expect(run.results.some((x) => x.ruleId === 'checkpoints')).toBe(false);
  });

  it('locates results on the file and line, or on the policy line that requires a missing artifact', () => {
    const run = parse(renderSarif(loadReport('fail'))).runs[0]!;
    const where = run.results.map((x) => `${x.locations[0]!.physicalLocation.artifactLocation.uri}:${x.locations[0]!.physicalLocation.region.startLine}`);
    expect(where).toEqual(['.openness.yml:4', 'scripts/train.py:3', 'notebooks/finetune.ipynb:1', '.openness.yml:15', '.openness.yml:9', '.openness.yml:12']);
  });

  it('anchors a missing artifact on a file the release has when no policy file exists, and says so', () => {
    const r = report(
      [
        artifact('training', { status: 'missing', failing: true }),
        artifact('model-card', { evidence: [{ path: 'MODEL CARD.md', line: 1, code: 'x', message: 'card' }] }),
      ],
      { policy: { source: 'built-in:open-training', builtin: true, preset: 'open-training', failOn: 'error' } },
    );
    const res = parse(renderSarif(r)).runs[0]!.results[0]!;
    expect(res.locations[0]!.physicalLocation.artifactLocation.uri).toBe('MODEL%20CARD.md');
    expect(res.message.text).toContain('anchored on MODEL CARD.md');
    const empty = parse(renderSarif(report([artifact('training', { status: 'missing', failing: true })]))).runs[0]!.results[0]!;
    expect(empty.locations[0]!.physicalLocation.artifactLocation.uri).toBe('.openness.yml');
  });

  it('encodes paths, prefixes the scanned folder, and escapes brackets in messages', () => {
    const run = parse(renderSarif(loadReport('hostile'), { pathPrefix: 'sub dir' })).runs[0]!;
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'sub%20dir/docs/%40org/team%20DATA%7CCARD%20%3Cscript%3Ealert%281%29%3C/script%3E.md',
    );
    expect(run.results[0]!.message.text).toContain('\\[More Information Needed\\]');
  });

  it('keeps fingerprints stable when only the line moves', () => {
    const a = loadReport('fail');
    const b = structuredClone(a);
    b.artifacts[3]!.problems[0]!.line = 99;
    const fa = parse(renderSarif(a)).runs[0]!.results.map((x) => x.partialFingerprints);
    const fb = parse(renderSarif(b)).runs[0]!.results.map((x) => x.partialFingerprints);
    expect(fb).toEqual(fa);
    expect(new Set(fa.map((f) => f['opennessGate/v1'])).size).toBe(fa.length);
  });

  it('reports a crashed detector as a failed tool execution', () => {
    const inv = parse(renderSarif(loadReport('fail'))).runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications[0]!.message.text).toContain('internal error while checking evaluation-code');
    expect(parse(renderSarif(loadReport('pass'))).runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it('points at the 2.1.0 schema', () => {
    const doc = parse(renderSarif(loadReport('pass')));
    expect(doc.$schema).toBe(SARIF_SCHEMA);
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0]!.results).toEqual([]);
  });
});
