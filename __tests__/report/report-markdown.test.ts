import { describe, expect, it } from 'vitest';
import type { GateReport, ReportItem } from '../../src/domain/report-model.js';
import { MARKDOWN_LIMITS, renderMarkdown } from '../../src/report/markdown.js';
import { artifact, LINK_DESTINATION, loadReport, markdownProblems, report, tableCells } from '../helpers/report.js';
import { runnerCommands } from '../helpers/runner-model.js';

const links = { serverUrl: 'https://github.com', repository: 'example-org/model', commit: '3f2a9c1d5e7b8a6c4d2e0f1a3b5c7d9e1f2a4b6c' };
const MARKER = '<!-- openness-gate -->';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The fail fixture with hundreds of evidence items per artifact: far beyond a comment's size. */
function huge(): GateReport {
  const r = loadReport('fail');
  const many = (prefix: string, n: number): ReportItem[] =>
    Array.from({ length: n }, (_, i) => ({ path: `${prefix}/shard_${String(i).padStart(4, '0')}/notes 数据.md`, line: i + 1, code: 'x', message: `candidate ${i}: ${'long reason '.repeat(20)}` }));
  r.artifacts = r.artifacts.map((a) => ({ ...a, evidence: [...a.evidence, ...many(a.id, 300)], rejected: many(`${a.id}-r`, 300) }));
  r.notes = Array.from({ length: 500 }, (_, i) => `note ${i}: ${'something was skipped '.repeat(5)}`);
  return r;
}

function tableOf(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

describe('renderMarkdown', () => {
  it('has the marker first, the verdict, a status table with one row per artifact, fixes and details', () => {
    const r = loadReport('fail');
    const md = renderMarkdown(r, { links, marker: MARKER });
    const lines = md.split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toBe('### ❌ Openness Gate: failed');
    const table = tableOf(md);
    expect(table).toHaveLength(2 + r.artifacts.length);
    expect(tableCells(table[0]!).map((c) => c.trim())).toEqual(['Artifact', 'Status', 'Evidence', 'Since v1.0.0', 'How to fix']);
    expect(md).toContain('#### How to fix');
    expect(md).toContain('<details>\n<summary>All evidence, look-alikes and notes</summary>\n\n');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('links evidence to the file and line at the scanned commit', () => {
    const md = renderMarkdown(loadReport('fail'), { links });
    expect(md).toContain(
      '[scripts/prepare\\_data.py:12](https://github.com/example-org/model/blob/3f2a9c1d5e7b8a6c4d2e0f1a3b5c7d9e1f2a4b6c/scripts/prepare_data.py#L12)',
    );
    expect(md).toContain('[3f2a9c1d5e7b](https://github.com/example-org/model/commit/3f2a9c1d5e7b8a6c4d2e0f1a3b5c7d9e1f2a4b6c)');
    // A file that vanished since the base is named, not linked: the link would be a 404.
    expect(md).not.toContain('/docs/DATA_CARD.md#L1)');
  });

  it('prefixes paths when the gate ran on a subfolder', () => {
    const md = renderMarkdown(loadReport('fail'), { links: { ...links, pathPrefix: 'models/llm' } });
    expect(md).toContain('/blob/3f2a9c1d5e7b8a6c4d2e0f1a3b5c7d9e1f2a4b6c/models/llm/scripts/prepare_data.py#L12)');
  });

  it('renders paths as plain text when links are missing or unsafe', () => {
    for (const l of [undefined, { ...links, serverUrl: 'javascript:alert(1)' }, { ...links, repository: 'x)](https://evil.example' }]) {
      const md = renderMarkdown(loadReport('fail'), l ? { links: l } : {});
      expect(md).not.toContain('](');
      expect(md).toContain('scripts/prepare\\_data.py:12');
    }
  });

  it('links published-elsewhere artifacts only when the URL is http(s)', () => {
    const warn = renderMarkdown(loadReport('warn'), { links });
    // The address shown as the link's text stays copyable: no zero-width space inside a link.
    expect(warn).toContain('[https://huggingface.co/datasets/example-org/model-evals](https://huggingface.co/datasets/example-org/model-evals)');
    const hostile = renderMarkdown(loadReport('hostile'), { links });
    expect([...hostile.matchAll(LINK_DESTINATION)].map((m) => m[1])).not.toContainEqual(expect.stringMatching(/^javascript/));
    expect(hostile).toContain('| Training code `training` | 🔗 external · error | javascript:alert(1) |');
  });

  it('writes the table cell "how to fix" only where something needs doing', () => {
    const rows = tableOf(renderMarkdown(loadReport('warn'))).slice(2);
    const fixOf = (id: string) => tableCells(rows.find((r) => r.includes(`\`${id}\``))!).at(-1)!.trim();
    expect(fixOf('config')).toBe('');
    expect(fixOf('model-card')).toBe('Write a model card (MODEL\\_CARD.md or README front matter) covering intended use, limitations and evaluation.');
    expect(fixOf('data-card')).toContain('Write a data card');
  });

  it('neutralises everything the repository controls', () => {
    const md = renderMarkdown(loadReport('hostile'), { links, marker: MARKER });
    expect(markdownProblems(md)).toEqual([]);
    expect(runnerCommands(md)).toEqual([]);
    expect(md).toContain('@&#8203;org/team');
    expect(md).toContain('\\#&#8203;1');
    expect(md).toContain('&lt;/details&gt;&lt;details open&gt;');
  });

  it('rejects a marker that is not one HTML comment', () => {
    expect(() => renderMarkdown(loadReport('pass'), { marker: '<!-- x --><img src=x>' })).toThrow(TypeError);
  });

  describe('size limits', () => {
    it('keeps a report that fits whole, without a note', () => {
      const md = renderMarkdown(loadReport('fail'), { links });
      expect(md).not.toContain('Shortened to fit');
      expect(md).toBe(renderMarkdown(loadReport('fail'), { links, maxLength: bytes(md) }));
    });

    it('fits the comment limit by default, dropping details first and keeping the whole table', () => {
      const r = huge();
      const full = renderMarkdown(r, { links, maxLength: 100 * MARKDOWN_LIMITS.summary });
      expect(bytes(full)).toBeGreaterThan(MARKDOWN_LIMITS.comment);
      const md = renderMarkdown(r, { links, marker: MARKER });
      expect(bytes(md)).toBeLessThanOrEqual(MARKDOWN_LIMITS.comment);
      expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMITS.comment);
      expect(md).toContain("Shortened to fit GitHub's size limit (65536 bytes)");
      expect(tableOf(md)).toEqual(tableOf(full));
      expect(md).toContain('#### How to fix');
      expect(md).toMatch(/more parts? left out to fit the size limit/);
      expect(markdownProblems(md)).toEqual([]);
    });

    it('fits the job summary limit too', () => {
      const md = renderMarkdown(huge(), { links, maxLength: MARKDOWN_LIMITS.summary });
      expect(bytes(md)).toBeLessThanOrEqual(MARKDOWN_LIMITS.summary);
      expect(markdownProblems(md)).toEqual([]);
    });

    it.each([600, 900, 1200, 1600, 2000, 2500, 3000, 4000, 6000, 9000, 15000])('at %i bytes: within the limit, a note, never mid-table', (limit) => {
      const md = renderMarkdown(huge(), { links, marker: MARKER, maxLength: limit });
      expect(bytes(md)).toBeLessThanOrEqual(limit);
      expect(md.split('\n')[0]).toBe(MARKER);
      expect(md).toContain('Shortened to fit');
      expect(markdownProblems(md)).toEqual([]);
      const table = tableOf(md);
      // Either no table, or its header, delimiter and whole rows in order.
      if (table.length > 0) {
        const full = tableOf(renderMarkdown(loadReport('fail'), { links }));
        expect(table.length).toBeGreaterThanOrEqual(3);
        expect(table).toEqual(full.slice(0, table.length));
      }
      // Details go before fixes, fixes before table rows.
      if (md.includes('<details>')) expect(md).toContain('#### How to fix');
      if (md.includes('#### How to fix')) expect(table.length).toBe(2 + 11);
      // An opened details element is always closed.
      expect(md.split('<details>').length).toBe(md.split('</details>').length);
    });

    it('says how much of the table it shows when rows had to go', () => {
      const md = renderMarkdown(huge(), { links, maxLength: 1600 });
      const rows = tableOf(md).length - 2;
      if (rows > 0 && rows < 11) expect(md).toContain(`${rows} of 11 table rows`);
      else expect(md).toContain('0 of 11 table rows');
    });

    it('refuses a limit too small for even the verdict', () => {
      expect(() => renderMarkdown(huge(), { maxLength: 100 })).toThrow(RangeError);
    });

    it('counts bytes, so multi-byte text cannot overflow a character limit', () => {
      const wide = report(
        Array.from({ length: 7 }, (_, i) =>
          artifact((['data-card', 'preprocessing', 'config', 'training', 'eval-results', 'license', 'model-card'] as const)[i]!, {
            status: 'invalid',
            failing: true,
            problems: Array.from({ length: 40 }, (_, j) => ({ path: `数据/🤗${j}.md`, line: 1, code: 'x', message: '数据🤗'.repeat(60) })),
          }),
        ),
      );
      const md = renderMarkdown(wide, { maxLength: 5000 });
      expect(bytes(md)).toBeLessThanOrEqual(5000);
      expect(markdownProblems(md)).toEqual([]);
    });
  });
});
