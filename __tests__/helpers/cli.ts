import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');
export const CLI = join(PROJECT, 'dist', 'cli', 'index.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI bundle as a user would (the bundle is what ships, so it is what is tested). */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Anything that looks like a JavaScript stack frame: users must never see one. */
export const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)|\n\s+at .+:\d+:\d+/;
