import { describe, expect, it } from 'vitest';
import { formatWorkflowCommand } from '../../src/report/escape.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { artifact, loadReport, report } from '../helpers/report.js';
import { parseV2, runnerCommands } from '../helpers/runner-model.js';

const REQ = { path: '.openness.yml', line: 4 };

describe('toAnnotations', () => {
  it('annotates an invalid artifact on each failed candidate, with the artifact id in the title', () => {
    const { annotations } = toAnnotations(loadReport('fail'));
    const training = annotations.filter((a) => a.title.includes('training'));
    expect(training.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'scripts/train.py', 3],
      ['error', 'notebooks/finetune.ipynb', 1],
    ]);
    expect(training[0]!.title).toBe('openness-gate: training invalid');
    expect(training[0]!.message).toContain('only runs inference');
    expect(training[0]!.message).toContain('Publish the code that trains the model');
  });

  it('annotates a missing artifact on the policy line that requires it', () => {
    const r = report([artifact('data-card', { status: 'missing', failing: true, requiredAt: REQ })]);
    expect(toAnnotations(r).annotations).toEqual([
      { level: 'error', title: 'openness-gate: data-card missing', message: 'data-card (data-card): missing.\nAdd the data-card.', file: '.openness.yml', startLine: 4 },
    ]);
  });

  it('annotates the repository itself when no policy file requires it (built-in policy)', () => {
    const { annotations } = toAnnotations(report([artifact('training', { status: 'missing', failing: true })]));
    expect(annotations).toEqual([{ level: 'error', title: 'openness-gate: training missing', message: 'training (training): missing.\nAdd the training.' }]);
    expect(toAnnotations(loadReport('pass'))).toEqual({ annotations: [], dropped: { error: 0, warning: 0, notice: 0 } });
  });

  it('takes the level from the severity; passing, external, waived and off artifacts get none', () => {
    const r = report([
      artifact('data-card', { status: 'present', evidence: [{ path: 'DATA_CARD.md', line: 1, code: 'x', message: 'ok' }] }),
      artifact('preprocessing', { status: 'external', external: 'https://example.org' }),
      artifact('config', { status: 'waived', waiver: { reason: 'later', expires: '2099-01-01' } }),
      artifact('training', { status: 'missing', severity: 'off' }),
      artifact('eval-results', { status: 'missing', severity: 'notice', requiredAt: REQ }),
      artifact('license', { status: 'missing', severity: 'warning', requiredAt: REQ }),
      artifact('model-card', { status: 'missing', severity: 'error', failing: true, requiredAt: REQ }),
    ]);
    expect(toAnnotations(r).annotations.map((a) => [a.title, a.level])).toEqual([
      ['openness-gate: eval-results missing', 'notice'],
      ['openness-gate: license missing', 'warning'],
      ['openness-gate: model-card missing', 'error'],
    ]);
  });

  it('annotates a thin artifact at what thin-evidence weighs, with the weak item it rests on', () => {
    const weak = [{ path: 'README.md', line: 9, code: 'blurb', message: "section 'Data' is a 9-word mention" }];
    const r = report([artifact('data-card', { status: 'missing', severity: 'error', weak, thin: { severity: 'warning', reason: weak[0]!.message }, requiredAt: REQ })]);
    expect(toAnnotations(r).annotations.map((a) => [a.title, a.level])).toEqual([['openness-gate: data-card missing, thin evidence', 'warning']]);
  });

  it('annotates a license on terms that are not open at those terms, as what license-terms weighs, not as a file that does not count', () => {
    const evidence = [{ path: 'LICENSE', line: 1, code: 'not-open', message: 'LICENSE: CC-BY-NC-4.0; not open', license: 'CC-BY-NC-4.0' }];
    const problems = [
      { path: 'README.md', line: 2, code: 'front-matter', message: 'README.md front matter: CC-BY-NC-4.0; not open' },
      { path: 'LICENSE', line: 1, code: 'terms-not-open', message: "the license's terms are not open: LICENSE: CC-BY-NC-4.0; not open" },
    ];
    const terms = (severity: 'warning' | 'off') => artifact('license', { status: 'present', severity: 'warning', evidence, problems: severity === 'off' ? [] : problems, terms: { open: false, identified: true, severity, reason: evidence[0]!.message }, fix: 'Release under an open license.' });
    const { annotations } = toAnnotations(report([terms('warning')]));
    expect(annotations).toEqual([
      { level: 'warning', title: 'openness-gate: license present, terms not open', message: "license (license): the license's terms are not open: LICENSE: CC-BY-NC-4.0; not open\nRelease under an open license.", file: 'LICENSE', startLine: 1 },
    ]);
    expect(toAnnotations(report([terms('off')])).annotations).toEqual([]);
  });

  it('shows an expired waiver as an error on its policy line, and a stale one as a warning', () => {
    const { annotations } = toAnnotations(loadReport('fail'));
    expect(annotations.find((a) => a.file === '.openness.yml' && a.startLine === 15)).toMatchObject({ level: 'error', title: 'openness-gate: model-card missing, waiver expired' });
    const warn = toAnnotations(loadReport('warn')).annotations;
    expect(warn.find((a) => a.startLine === 21)).toMatchObject({ level: 'warning', file: '.openness.yml', message: expect.stringContaining('stale') });
  });

  it('says what crashed, that it is a bug, and where the artifact is required', () => {
    const crash = toAnnotations(loadReport('fail')).annotations.find((a) => a.title.includes('evaluation-code'))!;
    expect(crash).toMatchObject({ level: 'warning', file: '.openness.yml', startLine: 12 });
    expect(crash.message).toContain("internal error: Cannot read properties of undefined (reading 'length')");
    expect(crash.message).toContain('please report it');
  });

  it('names what vanished since the base on a regression', () => {
    const dc = toAnnotations(loadReport('fail')).annotations.find((a) => a.title.includes('data-card'))!;
    expect(dc.message).toContain('It was present in v1.0.0; gone: docs/DATA_CARD.md.');
    expect(dc.file).toBe('.openness.yml');
  });

  it('caps each level, first issues of every artifact before second ones, and counts the rest', () => {
    const many = (id: 'training' | 'config', n: number) =>
      artifact(id, {
        status: 'invalid',
        failing: true,
        problems: Array.from({ length: n }, (_, i) => ({ path: `${id}/${i}.py`, line: i + 1, code: 'placeholder', message: 'placeholder' })),
      });
    const r = report([
      many('config', 12),
      many('training', 3),
      artifact('license', { status: 'missing', severity: 'warning', requiredAt: REQ }),
    ]);
    const { annotations, dropped } = toAnnotations(r, { max: 10 });
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(dropped).toEqual({ error: 5, warning: 0, notice: 0 });
    // training's first file survives the cap although config alone has 12.
    expect(annotations.some((a) => a.file === 'training/0.py')).toBe(true);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
    // Shown in report order.
    expect(annotations.map((a) => a.file).slice(0, 3)).toEqual(['config/0.py', 'config/1.py', 'config/2.py']);
    expect(toAnnotations(r, { max: 2 }).dropped).toEqual({ error: 13, warning: 0, notice: 0 });
    // Per level: one error fewer keeps the first file of each artifact still.
    const nine = toAnnotations(r, { max: { error: 9 } });
    expect(nine.dropped).toEqual({ error: 6, warning: 0, notice: 0 });
    expect(nine.annotations.some((a) => a.file === 'training/0.py')).toBe(true);
    expect(nine.annotations.filter((a) => a.level === 'warning')).toHaveLength(1);
  });

  it('prefixes paths with the scanned folder', () => {
    const { annotations } = toAnnotations(loadReport('fail'), { pathPrefix: 'models/llm/' });
    expect(annotations[1]!.file).toBe('models/llm/scripts/train.py');
  });

  it('written as @actions/core writes them, hostile names give back exactly one command each with the right file', () => {
    const { annotations } = toAnnotations(loadReport('hostile'));
    expect(annotations.length).toBeGreaterThan(0);
    const stdout = annotations.map((a) => formatWorkflowCommand(a.level, { title: a.title, file: a.file, line: a.startLine }, a.message)).join('\n');
    const commands = runnerCommands(stdout);
    expect(commands.map((c) => c.name)).toEqual(annotations.map((a) => a.level));
    const first = parseV2(stdout.split('\n')[0]!)!;
    expect(first.properties.file).toBe('docs/@org/team DATA|CARD <script>alert(1)</script>.md');
    // The messages themselves, printed as plain log lines, start nothing either.
    for (const a of annotations) expect(runnerCommands(`${a.title}\n${a.message}`)).toEqual([]);
  });
});
