import { describe, expect, it } from 'vitest';
import { renderBadge, textWidth } from '../../src/report/badge.js';
import { FIXTURES, loadReport, xmlProblems } from '../helpers/report.js';

const texts = (svg: string) => [...svg.matchAll(/<text x=[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const width = (svg: string) => Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);

describe('renderBadge', () => {
  it.each(FIXTURES)('%s: is well-formed SVG', (name) => {
    const svg = renderBadge(loadReport(name));
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('counts the present training artifacts and colours by verdict', () => {
    const { mof: _mof, ...pass } = loadReport('pass');
    expect(texts(renderBadge(pass))).toEqual(['open training', '5/5']);
    expect(renderBadge(loadReport('pass'))).toContain('fill="#4c1"');
    // warn: preprocessing waived and eval-results external do not count as present.
    expect(texts(renderBadge(loadReport('warn')))).toEqual(['open training', '3/5']);
    expect(renderBadge(loadReport('warn'))).toContain('fill="#dfb317"');
    expect(texts(renderBadge(loadReport('fail')))).toEqual(['open training', '3/5']);
    expect(renderBadge(loadReport('fail'))).toContain('fill="#e05d44"');
  });

  it('shows the MOF class when the policy judges it, the training artifacts otherwise', () => {
    const r = loadReport('pass');
    const shown = { ...r, mof: { ...r.mof!, shown: true } };
    expect(texts(renderBadge(shown))).toEqual(['openness', 'class II']);
    expect(texts(renderBadge({ ...shown, mof: { ...shown.mof, class: null } }))).toEqual(['openness', 'none']);
    expect(texts(renderBadge({ ...shown, mof: { ...shown.mof, class: 1 } }))).toEqual(['openness', 'class I']);
    // Under open-training the MOF class is computed but not what the policy judges: never "openness: none".
    expect(texts(renderBadge({ ...r, mof: { ...r.mof!, shown: false, class: null } }))).toEqual(['open training', '5/5']);
  });

  it('escapes the label and grows with it', () => {
    const svg = renderBadge(loadReport('pass'), { label: '<b>"open" & free</b> ##[x]' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)[0]).toBe('&lt;b&gt;&quot;open&quot; &amp; free&lt;/b&gt; ##&#91;x]');
    expect(width(renderBadge(loadReport('pass'), { label: 'a much longer label than usual' }))).toBeGreaterThan(width(renderBadge(loadReport('pass'))));
  });

  it('measures wide letters wider than narrow ones', () => {
    expect(textWidth('MMMM')).toBeGreaterThan(textWidth('iiii'));
    expect(textWidth('')).toBe(0);
  });
});
