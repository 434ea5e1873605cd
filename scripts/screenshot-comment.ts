// `npx tsx scripts/screenshot-comment.ts [DIR] [OUT.png]`: the pull-request comment for DIR (default
// examples/weights-only) rendered with a GFM renderer and a GitHub-like style, as a PNG by headless
// Chromium (Debian's `chromium` package). For the README's picture; not part of the tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Marked } from 'marked';
import type { GateReport } from '../src/domain/report-model.js';
import { renderMarkdown } from '../src/report/index.js';

const PROJECT = resolve(import.meta.dirname, '..');
const dir = process.argv[2] ?? 'examples/weights-only';
const out = resolve(process.argv[3] ?? join(PROJECT, 'docs', 'comment.png'));

const json = spawnSync(process.execPath, [join(PROJECT, 'dist/cli/index.js'), dir, '--format', 'json'], { cwd: PROJECT, encoding: 'utf8' }).stdout;
const report = JSON.parse(json) as GateReport;
const markdown = renderMarkdown(report, {
  links: { serverUrl: 'https://github.com', repository: 'example-org/tiny-model', commit: report.commit ?? 'HEAD', ...(dir !== '.' ? { pathPrefix: dir } : {}) },
  marker: '<!-- openness-gate -->',
});
const body = new Marked({ gfm: true }).parse(markdown, { async: false });

// A small style of our own in the spirit of GitHub's comment box (system font, bordered tables).
const css = `
body { margin: 0; background: #fff; }
.box { width: 860px; margin: 16px; border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 24px;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
h3 { font-size: 1.25em; margin: 0 0 12px; } h4 { font-size: 1em; margin: 20px 0 8px; }
table { border-collapse: collapse; margin: 12px 0; display: block; overflow: auto; }
th, td { border: 1px solid #d0d7de; padding: 6px 13px; vertical-align: top; } th { background: #f6f8fa; font-weight: 600; text-align: left; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { background: rgba(175,184,193,.2); border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
a { color: #0969da; text-decoration: none; } ul { padding-left: 2em; } details { margin-top: 8px; }`;
const tmp = mkdtempSync(join(tmpdir(), 'og-shot-'));
const page = join(tmp, 'comment.html');
writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${css}</style><div class="box">${body}</div>`);
execFileSync('chromium', [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--user-data-dir=${join(tmp, 'profile')}`,
  '--hide-scrollbars',
  '--window-size=930,1000',
  `--screenshot=${out}`,
  `file://${page}`,
], { stdio: 'ignore' });
console.log(`wrote ${out}`);
