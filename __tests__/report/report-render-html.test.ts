// The PR comment and the job summary as a reader sees them: rendered to HTML by a GFM renderer
// (marked, with GitHub's tables and autolinks), then checked for what issue 14 saw go wrong.
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/domain/report-model.js';
import { renderMarkdown } from '../../src/report/index.js';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, loadReport } from '../helpers/report.js';

const gfm = new Marked({ gfm: true });
const links = (commit: string | undefined) => ({ serverUrl: 'https://github.com', repository: 'example-org/model', commit: commit ?? 'HEAD' });

function html(report: GateReport): string {
  return gfm.parse(renderMarkdown(report, { links: links(report.commit), marker: '<!-- openness-gate -->' }), { async: false });
}

/** Text of an HTML fragment, entities decoded: what a reader sees and copies. */
function text(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function tables(h: string): { header: string[]; rows: string[][] }[] {
  return [...h.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => ({
    header: [...(t[1]!.match(/<th[^>]*>([\s\S]*?)<\/th>/g) ?? [])].map(text),
    rows: [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]!))),
  }));
}

const cliReport = (dir: string): GateReport => JSON.parse(runCli([dir, '--format', 'json']).stdout) as GateReport;

describe('the comment rendered as GitHub renders it', () => {
  const reports: [string, GateReport][] = [...FIXTURES.map((n) => [n, loadReport(n)] as [string, GateReport]), ['weights-only example', cliReport('examples/weights-only')]];

  it.each(reports)('%s: tables of at most five columns, every row as wide as its header', (_name, r) => {
    for (const t of tables(html(r))) {
      expect(t.header.length).toBeLessThanOrEqual(5);
      for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    }
  });

  it.each(reports)('%s: links go to http(s) addresses with nothing invisible in them or in URL-like link text', (_name, r) => {
    const h = html(r);
    for (const m of h.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      expect(m[1]).toMatch(/^https?:\/\//);
      expect(m[1]).not.toMatch(/\u200b|&#8203;|%E2%80%8B/i);
      const label = text(m[2]!);
      if (/^https?:/.test(label) || /^[\w.-]+\.[a-z]{2,}\//.test(label)) expect(label).not.toMatch(/\u200b/);
    }
  });

  it.each(reports)('%s: fix cells hold whole words, and the whole text is in "How to fix"', (_name, r) => {
    const h = html(r);
    const table = tables(h)[0]!;
    const col = table.header.indexOf('How to fix');
    expect(col).toBeGreaterThanOrEqual(0);
    const all = text(h);
    for (const row of table.rows) {
      const cell = row[col]!;
      if (!cell.endsWith('…')) continue;
      const kept = cell.slice(0, -1);
      // The character after the kept part in the full text is not a letter: no word was cut.
      const at = all.indexOf(kept, all.indexOf('How to fix', all.indexOf('How to fix') + 1));
      expect(at, `full text of "${kept.slice(0, 40)}…" below the table`).toBeGreaterThanOrEqual(0);
      expect(all[at + kept.length] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
    }
  });

  it('code in the advice renders as code, never as escaped backticks', () => {
    const h = html(cliReport('examples/weights-only'));
    expect(h).toContain('<code>external:</code>');
    expect(text(h)).not.toContain('`external:`');
    expect(text(h)).not.toContain('\\`');
  });

  it('a line anchor into a rendered file opens its plain view, line 1 included', () => {
    const h = html(cliReport('examples/weights-only'));
    expect(h).toMatch(/blob\/[0-9a-f]+\/README\.md\?plain=1#L1"/);
  });

  it('a vanished artifact reads as a regression from what it was, not "present ⚠️ regression"', () => {
    const r = loadReport('fail');
    const t = tables(html(r))[0]!;
    const since = t.header.findIndex((h) => h.startsWith('Since'));
    const row = t.rows.find((x) => x[0]!.includes('data-card'))!;
    expect(row[since]).toBe('⚠️ was present, now missing');
    expect(text(html(r))).not.toMatch(/present ⚠️ regression/);
  });
});
