// Runs one command and measures it: wall time, and (separately) peak RSS.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Command {
  /** Short stable key (results.json uses it). */
  key: string;
  /** How the table shows it. */
  label: string;
  file: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that mean the command did its job (grep: 1 = no line matched; the gate: 1 = failed gate). */
  okCodes: readonly number[];
}

export interface Run {
  ms: number;
  code: number;
  /** Bytes and lines written to stdout (read and dropped by this process). */
  bytes: number;
  lines: number;
  /** Kept only when asked for (the gate's JSON, once). */
  stdout?: string;
  stderr: string;
}

/**
 * Wall time from spawn to exit. stdout is a pipe read here, never /dev/null: GNU grep stops at the first
 * match when its output is /dev/null, which would flatter the baselines.
 */
export function runCommand(cmd: Command, keep = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd.file, cmd.args, { cwd: cmd.cwd, env: cmd.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = 0;
    let lines = 0;
    const kept: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      if (keep) kept.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const exit = code ?? -1;
      if (!cmd.okCodes.includes(exit)) {
        reject(new Error(`${cmd.label} exited with ${signal ?? exit}: ${stderr.trim().slice(0, 2000)}`));
        return;
      }
      resolve({ ms, code: exit, bytes, lines, stderr, ...(keep ? { stdout: Buffer.concat(kept).toString('utf8') } : {}) });
    });
  });
}

export const GNU_TIME = '/usr/bin/time';

export interface RssSample {
  kb: number;
  via: 'gnu-time' | 'resource-usage';
}

/**
 * Peak resident set size of a node command. With GNU time (`time -v`: wait4 rusage of the process and
 * what it waited for); without it, a probe preloaded with --import records the node process's own `resourceUsage().maxRSS`
 * at exit. Only node commands can take the probe, which is all the benchmark needs.
 */
export async function peakRss(cmd: Command, prefer: 'gnu-time' | 'resource-usage' = 'gnu-time'): Promise<RssSample> {
  if (prefer === 'gnu-time' && existsSync(GNU_TIME)) {
    const run = await runCommand({ ...cmd, file: GNU_TIME, args: ['-v', cmd.file, ...cmd.args] });
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
    if (!m) throw new Error(`no peak RSS in the output of ${GNU_TIME} -v`);
    return { kb: Number(m[1]), via: 'gnu-time' };
  }
  const dir = mkdtempSync(join(tmpdir(), 'og-bench-rss-'));
  try {
    const out = join(dir, 'rss');
    const probe = pathToFileURL(join(import.meta.dirname, 'rss-probe.mjs')).href;
    await runCommand({
      ...cmd,
      args: ['--import', probe, ...cmd.args],
      env: { ...(cmd.env ?? process.env), OPENNESS_BENCH_RSS_OUT: out },
    });
    return { kb: Number(readFileSync(out, 'utf8')), via: 'resource-usage' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** The least wall time of `runs` calls of `fn`, in ms (in-process measurements of a parser). */
export function bestOf(fn: () => void, runs: number): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}
