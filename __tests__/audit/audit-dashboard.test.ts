// The audit dashboard: hostile repository data stays text, and the page works in a real browser
// (headless Chromium, Debian's `chromium` package) without a console message or a fetch.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditRow, JudgedRow } from '../../src/domain/audit-row.js';
import type { GateReport } from '../../src/domain/report-model.js';
import { renderAuditCsv } from '../../src/report/audit-csv.js';
import { renderDashboard } from '../../src/report/dashboard.js';
import { loadReport, type FixtureName } from '../helpers/report.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const EVIL = '<script>alert(1)</script>"\'><img src=x onerror=alert(2)>\u202e\nline2 @team #12';

function judged(name: FixtureName, id: string, extra: Partial<JudgedRow['repository']> = {}): JudgedRow {
  return { ...(loadReport(name) as GateReport), repository: { id, ...extra }, audit: { key: 'git:x', judgedAt: '2026-01-01T00:00:00.000Z', ms: 5 } };
}

function rows(): AuditRow[] {
  const hostile = judged('hostile', EVIL, { url: 'javascript:alert(3)', path: '/tmp/x"><script>alert(4)</script>' });
  const fail = judged('fail', 'org/fail', { url: 'https://github.com/org/fail' });
  fail.commit = 'a'.repeat(40);
  const evidence = fail.artifacts.find((a) => a.evidence.length > 0)!;
  evidence.evidence[0] = { ...evidence.evidence[0]!, path: 'docs/"><b>x</b> (1).md', line: 3 };
  return [
    judged('pass', 'org/pass'),
    judged('warn', 'org/warn'),
    fail,
    judged('mof', 'org/mof'),
    hostile,
    { repository: { id: 'org/broken' }, audit: { judgedAt: '2026-01-01T00:00:00.000Z' }, error: `invalid policy ${EVIL}` },
  ];
}

describe('dashboard escaping', () => {
  const html = renderDashboard(rows(), { generatedAt: new Date('2026-01-01T00:00:00Z') });

  it('keeps every hostile string as text: one script (ours), no injected element or attribute, no bidi or raw newline', () => {
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>|href="javascript:/i);
    expect(html).not.toContain('\u202e');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img src=x onerror=alert(2)&gt;\\u202e\\nline2');
    // The body of the one script is the fixed one: no data in it.
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toMatch(/org\/|alert/);
  });

  it('links evidence to the forge at the commit, percent-encoded; never to a non-http repository URL', () => {
    expect(html).toContain(`href="https://github.com/org/fail/blob/${'a'.repeat(40)}/docs/%22%3E%3Cb%3Ex%3C/b%3E%20%281%29.md#L3"`);
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^(https?:\/\/|file:\/\/\/|mof\/[A-Za-z0-9._-]+\.yml$)/);
  });

  it("a thin artifact's tooltip says so, with what it weighs and the weak item it rests on", () => {
    const thin = judged('pass', 'org/thin');
    const card = thin.artifacts.find((a) => a.id === 'data-card')!;
    Object.assign(card, { status: 'missing', evidence: [], weak: [{ path: 'README.md', line: 5, message: "section 'Data' is a 8-word mention" }], thin: { severity: 'warning', reason: 'x' } });
    const page = renderDashboard([thin], { generatedAt: new Date('2026-01-01T00:00:00Z') });
    expect(page).toContain('title="data-card: missing, thin evidence (warning) — README.md:5: section &#39;Data&#39; is a 8-word mention"');
  });

  it('forbids every fetch with a Content-Security-Policy', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('CSV: a hostile cell cannot start a formula or break a row', () => {
    const csv = renderAuditCsv([{ repository: { id: '=HYPERLINK("http://x","y")' }, error: '+1,\r\n"two"' }]);
    expect(csv.slice(csv.indexOf('\r\n') + 2)).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""y""\)",,,error,(,)*"'\+1,\r\n""two""",/);
  });
});

describe.skipIf(!CHROMIUM)('dashboard in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-dash-'));
  const page = join(dir, 'dashboard.html');
  writeFileSync(page, renderDashboard(rows(), { generatedAt: new Date('2026-01-01T00:00:00Z') }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const chromium = (url: string, extra: string[]) =>
    spawnSync(
      CHROMIUM as string,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--enable-logging=stderr', '--v=0', ...extra, url],
      { encoding: 'utf8', timeout: 60_000 },
    );

  it('runs its script without a console message, and shows the table and both charts', () => {
    const r = chromium(pathToFileURL(page).href, ['--dump-dom']);
    expect(r.status).toBe(0);
    // Console output (errors, CSP refusals) is logged as `:CONSOLE`; the page logs nothing.
    expect(r.stderr.split('\n').filter((l) => l.includes(':CONSOLE'))).toEqual([]);
    const dom = r.stdout;
    expect(dom).toMatch(/<body[^>]*data-ready="1"/);
    expect(dom).toContain('<table id="repos">');
    expect(dom.match(/<tr data-verdict=/g)).toHaveLength(6);
    expect(dom).toMatch(/<svg id="chart-class"[\s\S]*?<rect class="bar" data-class="I"/);
    expect(dom.match(/<rect class="bar" data-class=/g)).toHaveLength(4);
    expect(dom).toMatch(/<svg id="chart-coverage"[\s\S]*?<rect class="bar" data-artifact="data-card"/);
    expect(dom).toContain('<span id="shown">6 of 6 shown</span>');
    expect(dom).not.toContain('<img');
  });

  it('filters by verdict and class from the address', () => {
    const fail = chromium(`${pathToFileURL(page).href}#verdict=fail`, ['--dump-dom']).stdout;
    const visibleRows = [...fail.matchAll(/<tr data-verdict="(\w+)" data-class="[^"]*"( hidden="")?/g)].filter((m) => !m[2]).map((m) => m[1]);
    expect(visibleRows.length).toBeGreaterThan(0);
    expect(new Set(visibleRows)).toEqual(new Set(['fail']));
    const cls = chromium(`${pathToFileURL(page).href}#class=II`, ['--dump-dom']).stdout;
    expect(cls).toMatch(/<span id="shown">2 of 6 shown<\/span>/);
  });

  it('renders to a screenshot', () => {
    const png = join(dir, 'shot.png');
    const r = chromium(pathToFileURL(page).href, ['--hide-scrollbars', '--window-size=1200,900', `--screenshot=${png}`]);
    expect(r.status).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});

it.runIf(!CHROMIUM)('skipped: no chromium at /usr/bin/chromium, so the dashboard is not opened in a browser', () => {
  expect(CHROMIUM).toBeUndefined();
});
