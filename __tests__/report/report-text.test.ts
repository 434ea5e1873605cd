import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/report/text.js';
import { artifact, loadReport, report } from '../helpers/report.js';
import { runnerCommands } from '../helpers/runner-model.js';

/** Our own SGR colour codes, and nothing else starting with ESC. */
const stripSgr = (s: string) => s.split('\u001b[').map((part, i) => (i === 0 ? part : part.replace(/^\d+m/, ''))).join('');
// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('renderText', () => {
  it('leads with the verdict, then one line per artifact with its strongest evidence', () => {
    const lines = renderText(loadReport('fail'), { color: false }).split('\n');
    expect(lines[0]).toBe(
      '✗ Openness gate failed: 3 artifacts block the release: data-card (missing, regression since v1.0.0), training (invalid), model-card (missing, waiver expired)',
    );
    const rows = lines.filter((l) => /^ {2}[✓✗!i·↗~] /.test(l));
    expect(rows.map((l) => l.split(/\s+/)[2])).toEqual(loadReport('fail').artifacts.map((a) => a.id));
    expect(lines).toContain('  ✓ preprocessing    present  error    scripts/prepare_data.py:12');
    expect(lines).toContain('  ✓ license          present  warning  LICENSE:1 (Apache-2.0)');
  });

  it('puts problems and the fix under what needs action, and nothing under what passed', () => {
    const out = renderText(loadReport('fail'), { color: false });
    const training = out.slice(out.indexOf('✗ training'), out.indexOf('✓ eval-results'));
    expect(training).toContain('problem: scripts/train.py:3 only runs inference');
    expect(training).toContain('not counted: scripts/serve.py:1');
    expect(training).toContain('fix: Publish the code that trains the model');
    const preprocessing = out.slice(out.indexOf('✓ preprocessing'), out.indexOf('✓ config'));
    expect(preprocessing.trim().split('\n')).toHaveLength(1);
  });

  it("shows a thin artifact at the weak item it rests on, not at a copied library's file listed before it", () => {
    const weak = [
      { path: 'third/detectron2/docs/datasets.md', line: 1, code: 'blurb', message: "section 'Builtin Datasets' is a mention" },
      { path: 'README.md', line: 9, code: 'blurb', message: "section 'Data' is a 9-word mention" },
    ];
    const r = report([artifact('data-card', { status: 'missing', severity: 'error', weak, thin: { severity: 'warning', reason: weak[1]!.message } })]);
    const row = renderText(r, { color: false }).split('\n').find((l) => l.startsWith('  ! data-card'));
    expect(row).toMatch(/missing\s+warning\s+README\.md:9$/);
  });

  it('says what crashed, and the regression with the files that are gone', () => {
    const out = renderText(loadReport('fail'), { color: false });
    expect(out).toContain("internal error: Cannot read properties of undefined (reading 'length') (a bug in openness-gate: please report it)");
    expect(out).toContain('since: v1.0.0 it was present; gone: docs/DATA_CARD.md');
  });

  it('colours only when asked', () => {
    const plain = renderText(loadReport('fail'), { color: false });
    const colour = renderText(loadReport('fail'), { color: true });
    expect(plain).not.toContain('\u001b');
    expect(colour).toContain('\u001b[31m✗ Openness gate failed\u001b[0m');
    expect(stripSgr(colour)).toBe(plain);
  });

  it('shows control characters from the repository as escapes, never raw', () => {
    const out = renderText(loadReport('hostile'), { color: false });
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('\\x1b[31mred\\x1b[0m/evil\\u202egnp.py:2');
    expect(out).toContain('not counted: x\\n::set-output name=verdict::pass:1');
    expect(runnerCommands(out)).toEqual([]);
    // Coloured output holds our escapes only: every ESC starts one of our SGR codes.
    const colour = renderText(loadReport('hostile'), { color: true });
    expect(stripSgr(colour)).not.toMatch(CONTROL);
  });

  it('neutralises a line that would start with :: once indentation is trimmed', () => {
    const r = report([
      artifact('training', { status: 'invalid', failing: true, problems: [{ path: '', line: 1, code: 'x', message: '::set-output name=verdict::pass' }] }),
    ]);
    const out = renderText(r, { color: false });
    expect(out).toContain('set-output name=verdict::pass');
    expect(runnerCommands(out)).toEqual([]);
  });

  it('caps long lists and says where the rest is', () => {
    const problems = Array.from({ length: 12 }, (_, i) => ({ path: `bad/${i}.py`, line: i + 1, code: 'placeholder', message: 'placeholder' }));
    const out = renderText(report([artifact('training', { status: 'invalid', failing: true, problems })]), { color: false });
    expect(out.match(/problem: bad\//g)).toHaveLength(5);
    expect(out).toContain('… 7 more problem (see --format json)');
  });

  it('shows the MOF class and what the next class still needs', () => {
    const r = loadReport('pass');
    const none = {
      ...r,
      mof: {
        ...r.mof!,
        shown: true,
        class: null,
        label: 'not classified (Class III not reached)',
        classes: r.mof!.classes.map((c) => ({
          ...c,
          reached: false,
          missing: [
            { artifact: 'datasets' as const, name: `needed for ${c.label}`, reason: 'x' },
            { artifact: 'training' as const, name: 'Training code', reason: 'license unknown' },
          ],
        })),
      },
    };
    const lines = renderText(none, { color: false }).split('\n');
    expect(lines[2]).toBe('MOF: not classified (Class III not reached) (Class III 6/6, Class II 10/10, Class I 12/14)');
    // What is not there, and what is there but whose license does not count, apart.
    expect(lines[3]).toBe('  Class III - Open Model still needs: needed for Class III - Open Model');
    expect(lines[4]).toBe('  Class III - Open Model needs an open license shown for: Training code');
    // Under a policy that does not judge the MOF class, no MOF line at all.
    expect(renderText({ ...none, mof: { ...none.mof, shown: false } }, { color: false })).not.toMatch(/MOF/);
  });

  it('names the built-in policy as such', () => {
    expect(renderText(loadReport('pass'), { color: false }).split('\n')[1]).toBe('built-in policy open-training, fail-on error · commit 3f2a9c1d5e7b');
  });
});
