// The Markdown reader's structure (sections, their own text, what holds a line) and the per-file caps
// on headings and links: answers checked against a plain walk over every heading, and the caps seen
// by a user as a "not fully judged" note on the file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/index.js';
import { holding, MAX_HEADINGS, MAX_LINKS, parseMarkdown, plainText } from '../../src/scan/text/markdown.js';
import { bodyText, sectionText } from '../../src/scan/text/section-text.js';
import { findHubLinks, findPaperRefs, MAX_HUB_LINKS, MAX_PAPER_LINES } from '../../src/scan/text/references.js';
import { metered } from '../../src/domain/cost.js';
import { tempDir, writeTree } from '../helpers/scan.js';

const line = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((n) => `${'#'.repeat(n)} title`),
  fc.constant('some words'),
  fc.constant(''),
  fc.constant('```'),
);

describe('sections', () => {
  it('know their own end, their parent and which of them hold a line, as a walk over every heading says', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const doc = parseMarkdown(`${lines.join('\n')}\n`);
        for (const s of doc.sections) {
          const next = doc.headings.find((h) => h.line > s.heading.line);
          expect(s.ownEnd).toBe(next && next.line <= s.end ? next.line - 1 : s.end);
          const enclosing = doc.sections.filter((o) => o !== s && o.heading.line < s.heading.line && o.end >= s.end).sort((a, b) => b.heading.line - a.heading.line)[0];
          expect(s.parent).toBe(enclosing);
        }
        for (let l = 1; l <= doc.lines.length; l++) {
          const walked = doc.sections.filter((s) => s.heading.line <= l && s.end >= l).sort((a, b) => b.heading.level - a.heading.level);
          expect(holding(doc, l)).toEqual(walked);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('section text', () => {
  const joined = (doc: ReturnType<typeof parseMarkdown>, from: number, to: number, keepCode: boolean) =>
    doc.lines.filter((_, i) => i >= from - 1 && i < to && (keepCode || !doc.code[i])).join('\n');
  const mdLine = fc.oneof(line, fc.constantFrom('---', '<!-- a', 'b -->', 'text with [a link](https://x.org)', '  indented', '~~~'));

  it('is the lines of the section without code, joined, as a slice of the text or a copy', () => {
    fc.assert(
      fc.property(fc.array(mdLine, { maxLength: 40 }), fc.boolean(), (lines, trailing) => {
        const doc = parseMarkdown(`${lines.join('\n')}${trailing ? '\n' : ''}`);
        for (const s of doc.sections) {
          expect(sectionText(doc, s)).toBe(joined(doc, s.start, s.end, false));
          expect(sectionText(doc, s, { keepCode: true })).toBe(joined(doc, s.start, s.end, true));
          expect(sectionText(doc, { start: s.start, end: s.ownEnd })).toBe(joined(doc, s.start, s.ownEnd, false));
        }
        for (const [a, b] of [[1, doc.lines.length], [2, 1], [1, 3], [3, doc.lines.length + 5]] as const) {
          expect(sectionText(doc, { start: a, end: b })).toBe(joined(doc, a, b, false));
        }
        expect(bodyText(doc)).toBe(doc.lines.filter((_, i) => !doc.code[i]).join('\n'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('code marks, headings and links, found by searching the text', () => {
  // The walk over every line that the searches replace (issue 19), as it was.
  function walkCode(lines: readonly string[], fm: readonly boolean[]): boolean[] {
    const code = [...fm];
    let fence: string | undefined;
    let comment = false;
    for (let i = 0; i < lines.length; i++) {
      if (code[i] && fence === undefined && !comment) continue;
      const l = lines[i]!.slice(0, 4000);
      if (comment) {
        code[i] = true;
        if (l.includes('-->')) comment = false;
        continue;
      }
      const lead = l.trimStart()[0];
      if (fence === undefined) {
        const open = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(l) : null;
        if (!open && !l.includes('<!--')) continue;
        if (open?.[1] && !(open[1][0] === '`' && (open[2] ?? '').includes('`'))) {
          fence = open[1];
          code[i] = true;
        } else if (/^\s*<!--/.test(l)) {
          code[i] = true;
          comment = !l.slice(l.indexOf('<!--') + 4).includes('-->');
        } else if (l.lastIndexOf('<!--') > l.lastIndexOf('-->')) comment = true;
        continue;
      }
      code[i] = true;
      const close = lead === '`' || lead === '~' ? /^ {0,3}(`{3,}|~{3,})\s*$/.exec(l) : null;
      if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length) fence = undefined;
    }
    return code;
  }
  const paragraph = (l: string) => {
    const t = l.trim();
    return t !== '' && !/^(?:#|>|[-*+]\s|\d{1,9}[.)]\s|\||<|```|~~~)/.test(t) && !t.includes('|');
  };
  // The headings a walk over every line finds (ATX, HTML and setext), as [line, level, text].
  function walkHeadings(lines: readonly string[], code: readonly boolean[]): Array<[number, number, string]> {
    const out: Array<[number, number, string]> = [];
    lines.forEach((raw, i) => {
      if (code[i]) return;
      const l = raw.slice(0, 4000).replace(/<!--.*?(?:-->|$)/g, ' ');
      const atx = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(l);
      if (atx?.[1]) return out.push([i + 1, atx[1].length, plainText(l.slice(atx[0].length).replace(/(?:^|[ \t])#+[ \t]*$/, ''))]);
      const html = /^\s*<h([1-6])\b[^>]{0,500}>(.*?)<\/h\1>/i.exec(l);
      if (html?.[1]) return plainText(html[2] ?? '') ? out.push([i + 1, Number(html[1]), plainText(html[2] ?? '')]) : 0;
      const next = lines[i + 1];
      if (next === undefined || code[i + 1] || !paragraph(l) || (i > 0 && paragraph(lines[i - 1]!) && !code[i - 1])) return;
      if (/^ {0,3}=+\s*$/.test(next)) out.push([i + 1, 1, plainText(l)]);
      else if (/^ {0,3}-{2,}\s*$/.test(next)) out.push([i + 1, 2, plainText(l)]);
    });
    return out;
  }
  const linkRows = (lines: readonly string[], code: readonly boolean[]) =>
    lines.flatMap((l, i) => (!code[i] && /https?:\/\//i.test(l.replace(/<!--.*?(?:-->|$)/g, ' ')) ? [i + 1] : []));
  const piece = fc.constantFrom('', ' ', '```', '```py', '~~~', '````', '<!--', '-->', '<!-- x -->', '| a |', '|---|', '# H', '## ', '===', '---', '<h2>T</h2>', 'https://huggingface.co/a/b', '[x](https://arxiv.org/abs/1)', '<a href="https://x.org/y">t</a>', 'HTTPS://A.B', 'text', '\u2028');
  const mdRow = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));

  it('mark the lines a walk over every line marks, find its headings, and read links on the rows it reads', () => {
    fc.assert(
      fc.property(fc.array(mdRow, { maxLength: 40 }), fc.boolean(), (rows, fm) => {
        const doc = parseMarkdown(`${fm ? '---\na: 1\n---\n' : ''}${rows.join('\n')}`);
        const frontMatter = doc.lines.map((_, i) => (doc.frontMatter ? i < doc.frontMatter.endLine : false));
        expect(doc.code).toEqual(walkCode(doc.lines, frontMatter));
        expect([...new Set(doc.links.map((l) => l.line))]).toEqual(linkRows(doc.lines, doc.code));
        expect(doc.headings.map((h) => [h.line, h.level, h.text])).toEqual(walkHeadings(doc.lines, doc.code));
      }),
      { numRuns: 1000 },
    );
  });

  it('read a CRLF file as its LF copy: a shell comment in a fence is code, not a heading', () => {
    const rows = ['## nuScenes', 'Download the dataset [here](https://example.org/download).', '```', '# unzip the archive', 'unzip can_bus.zip', '# move it to data', '```', '## Train', 'text'];
    const crlf = parseMarkdown(rows.join('\r\n'));
    const lf = parseMarkdown(rows.join('\n'));
    expect(crlf.code).toEqual(lf.code);
    expect(crlf.headings.map((h) => [h.line, h.text])).toEqual([
      [1, 'nuScenes'],
      [8, 'Train'],
    ]);
  });
});

describe('citation sections', () => {
  const row = fc.constantFrom('# paper', '## Citation', '### Cite this', '# Intro', '## Usage', '### x', '###### deep', 'see https://arxiv.org/abs/2401.00001', 'text', '');
  const heading = /^(#{1,6})\s+(.*)$/;
  const citing = /\b(citation|citing|cite|paper|publication|reference|technical report|tech report|bibtex)\b/i;

  it("make a link the release's own paper exactly when a citation heading's section holds it", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const text = rows.join('\n');
        const within = (i: number) =>
          rows.some((r, j) => {
            const h = heading.exec(r);
            if (!h || j > i || !citing.test(h[2] ?? '')) return false;
            const end = rows.findIndex((x, k) => k > j && /^(#{1,6})\s/.test(x) && /^(#{1,6})/.exec(x)![1]!.length <= h[1]!.length);
            return i < (end < 0 ? rows.length : end);
          });
        const refs = findPaperRefs(text);
        expect(refs.map((r) => [r.line, r.own])).toEqual(rows.flatMap((r, i) => (r.startsWith('see ') ? [[i + 1, within(i)]] : [])));
      }),
      { numRuns: 500 },
    );
  });
});

describe('per-file caps on structure', () => {
  it('reads at most MAX_HEADINGS headings and MAX_LINKS links, and says so to each caller', () => {
    const text = Array.from({ length: MAX_HEADINGS + 50 }, (_, i) => `# h${i}\n[x](https://example.org/${i}) [y](https://example.org/b${i})\n`).join('');
    const run = metered(Infinity, () => parseMarkdown(text));
    expect(run.value.headings).toHaveLength(MAX_HEADINGS);
    expect(run.value.links).toHaveLength(MAX_LINKS);
    expect(run.bounds).toEqual([`more than ${MAX_HEADINGS} headings`, `more than ${MAX_LINKS} links`]);
    // The second detector to ask gets the parse from the cache and hears of the bounds too.
    expect(metered(Infinity, () => parseMarkdown(text)).bounds).toHaveLength(2);
    const hub = `${'https://huggingface.co/org/model\n'.repeat(MAX_HUB_LINKS + 1)}`;
    expect(metered(Infinity, () => findHubLinks(hub).length)).toMatchObject({ value: MAX_HUB_LINKS, bounds: [`more than ${MAX_HUB_LINKS} hub links`] });
    const papers = Array.from({ length: MAX_PAPER_LINES + 1 }, (_, i) => `see https://arxiv.org/abs/2401.${String(i).padStart(5, '0')}`).join('\n');
    expect(metered(Infinity, () => findPaperRefs(papers).length)).toMatchObject({ value: MAX_PAPER_LINES, bounds: [`more than ${MAX_PAPER_LINES} lines with paper links or BibTeX entries`] });
    // Asked again (the cache answers), the caller still hears of the bound.
    expect(metered(Infinity, () => findPaperRefs(papers)).bounds).toHaveLength(1);
  });

  it('leaves a real README whole: below the caps, no note', () => {
    const text = Array.from({ length: 90 }, (_, i) => `## Section ${i}\nSee [the model](https://huggingface.co/org/m${i}) and [paper](https://arxiv.org/abs/2401.0${i}).\n`).join('');
    const run = metered(Infinity, () => [parseMarkdown(text), findHubLinks(text)] as const);
    expect(run.value[0].headings).toHaveLength(90);
    expect(run.value[1]).toHaveLength(90);
    expect(run.bounds).toEqual([]);
  });

  it('a README past a cap is reported to the user as not fully judged', async () => {
    const root = tempDir('og-md-cap-');
    writeTree(root, { 'README.md': Array.from({ length: MAX_HEADINGS + 10 }, (_, i) => `## Part ${i}\ntext\n`).join('') });
    const r = await scan({ root });
    expect(r.notes.find((n) => n.path === 'README.md' && n.code === 'not-fully-judged')?.message).toContain(`more than ${MAX_HEADINGS} headings`);
  });
});
