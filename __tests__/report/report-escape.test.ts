import { describe, expect, it } from 'vitest';
import {
  blobUrl,
  checkMarker,
  clip,
  encodePath,
  escapeCommandData,
  escapeCommandProperty,
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownWithCode,
  escapeXml,
  formatWorkflowCommand,
  httpUrl,
  inertJson,
  neutralizeWorkflowCommands,
  validLinks,
  visible,
} from '../../src/report/escape.js';
import { parseV2, runnerCommands } from '../helpers/runner-model.js';
import { markdownProblems } from '../helpers/report.js';

describe('visible', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['tab\there', 'tab\\there'],
    ['\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['evil\u202egnp.py', 'evil\\u202egnp.py'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['nel\u0085x', 'nel\\x85x'],
    ['ls\u2028ps\u2029', 'ls\\u2028ps\\u2029'],
    ['lone \ud800 surrogate', 'lone \\ud800 surrogate'],
    ['del\u007f', 'del\\x7f'],
  ])('%j → %j', (input, expected) => {
    expect(visible(input)).toBe(expected);
  });

  it('keeps ordinary Unicode as it is', () => {
    expect(visible('données/数据/🤗 model.md')).toBe('données/数据/🤗 model.md');
  });

  it('cuts on code points, never inside a surrogate pair', () => {
    expect(clip('🤗🤗🤗🤗', 3)).toBe('🤗🤗…');
    expect(visible('abcdef', 4)).toBe('abc…');
    expect(visible('abc', 3)).toBe('abc');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['@org/team', '@&#8203;org/team'],
    ['ping @everyone now', 'ping @&#8203;everyone now'],
    ['mail me@example.com', 'mail me@&#8203;example.com'],
    ['fixes #1', 'fixes \\#&#8203;1'],
    ['owner/repo#12', 'owner/repo\\#&#8203;12'],
    ['# not a heading', '\\# not a heading'],
    ['GH-42', 'GH&#8203;-42'],
    ['a|b', 'a\\|b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['`code` *b* _i_ ~~s~~ $m$', '\\`code\\` \\*b\\* \\_i\\_ \\~\\~s\\~\\~ \\$m\\$'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](https://e.example/p.png)', '\\!\\[img\\](https&#8203;://e.example/p.png)'],
    ['_https://evil.example_ and _www.evil.example_', '\\_https&#8203;://evil.example\\_ and \\_www&#8203;.evil.example\\_'],
    ['see www.evil.example', 'see www&#8203;.evil.example'],
    // A literal backslash shows doubled, so it never reads like an escape the gate made (`two\nlines` below).
    ['back\\slash', 'back\\\\\\\\slash'],
    ['two\nlines', 'two\\\\nlines'],
    ['two\\nlines', 'two\\\\\\\\nlines'],
    ['<!-- c -->', '&lt;\\!-- c --&gt;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('never shows two different names the same way (a newline and a spelled-out \\x0a)', () => {
    const names = ['data/a\nb.md', 'data/a\\nb.md', 'data/a\u000ab.md', 'data/a\\x0ab.md', 'data/a\\\\x0ab.md'];
    const shown = new Set(names.map((n) => visible(n)));
    expect(shown.size).toBe(new Set(names).size);
    const md = new Set(names.map((n) => escapeMarkdown(n)));
    expect(md.size).toBe(new Set(names).size);
  });

  it('leaves plain words and paths readable', () => {
    expect(escapeMarkdown('docs/DATA_CARD.md:12 (sources)')).toBe('docs/DATA\\_CARD.md:12 (sources)');
  });
});

describe('escapeMarkdownWithCode', () => {
  it('keeps plain code spans as code', () => {
    expect(escapeMarkdownWithCode('set `artifacts.training.paths` in .openness.yml')).toBe('set `artifacts.training.paths` in .openness.yml');
  });

  it('an address or a GH- reference in backticks stays text with its autolink broken (counterexamples fast-check found)', () => {
    for (const s of ['`https://evil.example/x`', 'see `www.evil.example`', 'waive it until `GH-2`']) {
      const md = escapeMarkdownWithCode(s);
      expect(md).not.toMatch(/(?<!\\)`/);
      expect(markdownProblems(md, /^$/)).toEqual([]);
    }
  });
});

describe('escapeHtml and escapeXml', () => {
  it('turns markup into entities and breaks mentions', () => {
    expect(escapeHtml(`<b a="1">'@x' #5 & </b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;@&#8203;x&#39; #&#8203;5 &amp; &lt;/b&gt;');
    expect(escapeXml(`<t a='1'>&\u0001</t>`)).toBe('&lt;t a=&apos;1&apos;&gt;&amp;\\x01&lt;/t&gt;');
  });
});

describe('URLs', () => {
  it('encodes each path segment and keeps the slashes', () => {
    expect(encodePath('a b/c#d?e%f(g)!*.md')).toBe('a%20b/c%23d%3Fe%25f%28g%29%21%2A.md');
    expect(encodePath('x\n::y/@org')).toBe('x%0A%3A%3Ay/%40org');
  });

  const links = { serverUrl: 'https://github.com/', repository: 'example-org/model', commit: 'abc123' };

  it('links a file and line at the scanned commit', () => {
    expect(blobUrl(links, 'scripts/train.py', 45)).toBe('https://github.com/example-org/model/blob/abc123/scripts/train.py#L45');
    expect(blobUrl({ ...links, pathPrefix: './models/llm/' }, 'train.py', 1)).toBe('https://github.com/example-org/model/blob/abc123/models/llm/train.py#L1');
  });

  it('asks for the plain view of rendered files, where line anchors work', () => {
    expect(blobUrl(links, 'docs/DATA_CARD.md', 8)).toBe('https://github.com/example-org/model/blob/abc123/docs/DATA_CARD.md?plain=1#L8');
    // Line 1 too: a README.md#L1 link on the rendered view goes nowhere in particular.
    expect(blobUrl(links, 'docs/DATA_CARD.md', 1)).toBe('https://github.com/example-org/model/blob/abc123/docs/DATA_CARD.md?plain=1#L1');
    expect(blobUrl(links, 'train.py', 1)).toBe('https://github.com/example-org/model/blob/abc123/train.py#L1');
  });

  it('only links http(s) URLs, and encodes what would end a Markdown link', () => {
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('data:text/html,<b>')).toBeUndefined();
    expect(httpUrl('relative/path')).toBeUndefined();
    expect(httpUrl('https://user:pw@example.com/')).toBeUndefined();
    expect(httpUrl('https://huggingface.co/datasets/org/x (v2)')).toBe('https://huggingface.co/datasets/org/x%20%28v2%29');
    expect(httpUrl('https://e.example/a|b')).toBe('https://e.example/a%7Cb');
  });

  it('refuses links it cannot make safe', () => {
    expect(validLinks(links)).toBe(true);
    expect(validLinks({ ...links, serverUrl: 'javascript:alert(1)' })).toBe(false);
    expect(validLinks({ ...links, repository: 'a/b/../c' })).toBe(false);
    expect(validLinks({ ...links, repository: 'x)](https://evil' })).toBe(false);
    expect(validLinks({ ...links, commit: '' })).toBe(false);
  });
});

describe('checkMarker', () => {
  it('accepts one HTML comment and nothing else', () => {
    expect(checkMarker('<!-- openness-gate -->')).toBe('<!-- openness-gate -->');
    expect(() => checkMarker('openness-gate')).toThrow(TypeError);
    expect(() => checkMarker('<!-- a --> <b>x</b> <!-- -->')).toThrow(TypeError);
    expect(() => checkMarker('<!-- a\n-->')).toThrow(TypeError);
  });
});

describe('neutralizeWorkflowCommands', () => {
  const hostile = [
    '::set-output name=verdict::pass',
    '   ::error::indented',
    '\t::add-mask::secret',
    '\u00a0\u2003::warning::unicode spaces',
    'x\n::stop-commands::token',
    'x\r::error::cr only',
    'x\r\n::error::crlf',
    'x\u2028::error::line separator',
    'x\u0085::error::next line',
    'anything ##[set-output name=verdict;]pass',
    '##[error]v1',
    '###[error]three hashes',
  ];

  it('the runner model sees a command in each of these', () => {
    for (const h of hostile) expect(runnerCommands(h).length, JSON.stringify(h)).toBeGreaterThan(0);
  });

  it('also breaks `::` behind zero-width characters, which .NET does not trim but another reader might', () => {
    for (const h of ['\ufeff::notice::bom', '\u200b::notice::zero width', '\u2060 ::x::y']) {
      const out = neutralizeWorkflowCommands(h);
      expect(out.replace(/^[\s\u200b\u2060\ufeff]*/, '')).not.toMatch(/^::/);
    }
  });

  it.each(hostile)('%j is inert after neutralising', (h) => {
    const out = neutralizeWorkflowCommands(h);
    expect(runnerCommands(out)).toEqual([]);
    // Only zero-width spaces were added: the text reads the same.
    expect(out.replace(/\u200b/g, '')).toBe(h.replace(/\u200b/g, ''));
  });

  it('leaves ordinary text, and colons elsewhere, alone', () => {
    const text = 'data-card  present  docs/DATA_CARD.md:8\n  fix: add it :: later\n';
    expect(neutralizeWorkflowCommands(text)).toBe(text);
  });

  it('is stable when applied twice', () => {
    for (const h of hostile) {
      const once = neutralizeWorkflowCommands(h);
      expect(neutralizeWorkflowCommands(once)).toBe(once);
    }
  });
});

describe('workflow command escaping', () => {
  it('escapes data and properties as the runner unescapes them', () => {
    expect(escapeCommandData('50%\r\n::x')).toBe('50%25%0D%0A::x');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('round-trips hostile values through the runner parser', () => {
    const file = 'docs/a,b:c%25\n::set-output name=x::y.md';
    const message = 'line one\n::error::forged\r\n%0A done';
    const line = formatWorkflowCommand('error', { file, line: 7, title: 'openness-gate: data-card, invalid' }, message);
    expect(line.split(/\r|\n/)).toHaveLength(1);
    expect(runnerCommands(line).map((c) => c.name)).toEqual(['error']);
    expect(parseV2(line)).toEqual({
      name: 'error',
      properties: { file, line: '7', title: 'openness-gate: data-card, invalid' },
      data: message,
    });
  });

  it('rejects command names that are not names', () => {
    expect(() => formatWorkflowCommand('set-output name=x', {}, '')).toThrow(TypeError);
  });
});

describe('inertJson', () => {
  it('round-trips to the same value with no command and no raw line separator', () => {
    const value = { a: '##[set-output name=x;]y', b: 'x\u2028y\u2029z\u0085', c: 'rlo\u202e', d: ['\\##[', '#'] };
    const text = inertJson(JSON.stringify(value, null, 2));
    expect(JSON.parse(text)).toEqual(value);
    expect(runnerCommands(text)).toEqual([]);
    expect(text).not.toMatch(/[\u2028\u2029\u0085\u202e]/);
  });
});
