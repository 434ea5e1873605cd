// `npx tsx scripts/screenshot-dashboard.ts [OUT.png]`: the audit dashboard of a demo audit, as a PNG by
// headless Chromium (Debian's `chromium` package), for the README's picture; not part of the tests.
// The demo: generated repositories of every kind in bench/audit-repos.ts, one with an invalid policy,
// audited in-process, with forge-like ids (`example-org/…`) so the picture shows what a workflow run shows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AUDIT_KINDS, commitAll, writeKind, type AuditKind } from '../bench/audit-repos.js';
import { writeAuditOutputs } from '../src/audit/merge.js';
import { parseRows } from '../src/domain/audit-row.js';
import { runAudit } from '../src/audit/run.js';

const PROJECT = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(PROJECT, 'docs', 'dashboard.png'));
const tmp = mkdtempSync(join(tmpdir(), 'og-dash-shot-'));

const NAMES: Record<AuditKind, string[]> = {
  open: ['tinylm-1b', 'open-recipes'],
  'weights-only': ['chat-7b', 'vision-base', 'coder-3b'],
  warn: ['tinylm-1b-instruct'],
  'mof-class-i': ['kestrel-open'],
  'mof-class-iii': ['kestrel-paper'],
};

try {
  const targets = [];
  for (const kind of Object.keys(AUDIT_KINDS) as AuditKind[]) {
    for (const name of NAMES[kind]) {
      const dir = join(tmp, 'repos', name);
      writeKind(dir, kind);
      commitAll(dir);
      targets.push({ id: `example-org/${name}`, path: dir });
    }
  }
  const broken = join(tmp, 'repos', 'speech-small');
  writeKind(broken, 'open');
  writeFileSync(join(broken, '.openness.yml'), 'version: 1\nfail-onn: error\n');
  commitAll(broken);
  targets.push({ id: 'example-org/speech-small', path: broken });

  const audit = join(tmp, 'audit');
  await runAudit({ targets, out: audit, concurrency: 4, timeMs: 60_000, readBytes: 64 * 1024 * 1024 });
  // As the workflow's merge step sees them: ids of the forge, links to it, no local paths.
  const rows = parseRows(readFileSync(join(audit, 'reports.jsonl'), 'utf8')).rows.map((r) => ({ ...r, repository: { id: r.repository.id } }));
  await writeAuditOutputs(rows, audit, { serverUrl: 'https://github.com', title: 'Openness audit — example-org', now: new Date('2026-01-15T09:30:00Z') });

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
    '--window-size=1280,960',
    `--screenshot=${out}`,
    `file://${join(audit, 'dashboard.html')}`,
  ], { stdio: 'ignore' });
  console.log(`wrote ${out}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
