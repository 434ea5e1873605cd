// The audit case of `npm run bench`: `openness-gate audit` over many small generated git repositories
// (bench/audit-repos.ts), built once in the cache. Wall time of a full audit (--force), of a resumed one
// (every repository unchanged), and the peak RSS of the full one.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeAuditRepos } from './audit-repos.js';
import { median, peakRss, runCommand, type Command } from './measure.js';
import { cacheRoot } from './repo.js';

/** Bump when the generated repositories change. */
const AUDIT_SYNTH_VERSION = 1;

export interface AuditBench {
  repos: number;
  concurrency: number;
  runs: number;
  fullMs: number;
  fullRunsMs: number[];
  resumeMs: number;
  resumeRunsMs: number[];
  reposPerSecond: number;
  peakRssMB: number;
  rssVia: string;
  verdicts: Record<string, number>;
}

function ensureAuditRepos(count: number, log: (line: string) => void): string[] {
  const root = join(cacheRoot(), `audit-${count}-v${AUDIT_SYNTH_VERSION}`);
  const marker = join(root, 'marker.json');
  if (!existsSync(marker)) {
    rmSync(root, { recursive: true, force: true });
    const t0 = performance.now();
    const made = makeAuditRepos(join(root, 'repos'), count);
    writeFileSync(marker, `${JSON.stringify({ version: AUDIT_SYNTH_VERSION, dirs: made.map((m) => m.dir) })}\n`);
    log(`audit: built ${count} repositories in ${Math.round(performance.now() - t0)} ms (${root})`);
  }
  return (JSON.parse(readFileSync(marker, 'utf8')) as { dirs: string[] }).dirs;
}

export async function benchAudit(cli: string, project: string, count: number, runs: number, concurrency: number, log: (line: string) => void): Promise<AuditBench> {
  const dirs = ensureAuditRepos(count, log);
  const work = mkdtempSync(join(tmpdir(), 'og-bench-audit-'));
  try {
    const list = join(work, 'list.txt');
    writeFileSync(list, `${dirs.join('\n')}\n`);
    const out = join(work, 'out');
    const base = ['audit', '--list', list, '--out', out, '--concurrency', String(concurrency)];
    const full: Command = { key: 'audit', label: `audit ${count}`, file: process.execPath, args: [cli, ...base, '--force'], cwd: project, okCodes: [1], env: { ...process.env, CI: '1' } };
    const resume: Command = { ...full, key: 'auditResume', label: `audit ${count} resumed`, args: [cli, ...base] };
    // Warm-up (page cache; also writes the state the resumed runs read).
    await runCommand(full);
    const fullRunsMs: number[] = [];
    const resumeRunsMs: number[] = [];
    for (let r = 0; r < runs; r++) {
      fullRunsMs.push((await runCommand(full)).ms);
      resumeRunsMs.push((await runCommand(resume)).ms);
      log(`  audit round ${r + 1}/${runs} done`);
    }
    const rss = await peakRss(full);
    const verdicts: Record<string, number> = {};
    for (const line of readFileSync(join(out, 'reports.jsonl'), 'utf8').split('\n')) {
      if (!line) continue;
      const row = JSON.parse(line) as { verdict?: string; error?: string };
      const v = row.error !== undefined ? 'error' : (row.verdict ?? '?');
      verdicts[v] = (verdicts[v] ?? 0) + 1;
    }
    const fullMs = median(fullRunsMs);
    return {
      repos: count,
      concurrency,
      runs,
      fullMs,
      fullRunsMs,
      resumeMs: median(resumeRunsMs),
      resumeRunsMs,
      reposPerSecond: count / (fullMs / 1000),
      peakRssMB: rss.kb / 1024,
      rssVia: rss.via,
      verdicts,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function auditLine(a: AuditBench, fmtMs: (ms: number) => string): string {
  return (
    `Audit of ${a.repos} small git repositories (\`openness-gate audit --concurrency ${a.concurrency}\`, median of ${a.runs}): ` +
    `${fmtMs(a.fullMs)} judged from scratch (${a.reposPerSecond.toFixed(1)} repositories/s), ${fmtMs(a.resumeMs)} resumed with nothing changed, ` +
    `peak RSS ${a.peakRssMB.toFixed(0)} MB.`
  );
}
