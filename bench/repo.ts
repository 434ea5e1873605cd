// Builds the synthetic repositories once, in a cache folder outside the project, and reuses them.
//
// Objects go in through one `git fast-import` stream (a single pack, no per-file hashing processes), then one
// checkout writes the work tree and a real index. Fixed author, dates and an isolated git config make the commit
// id the same on every machine.
import { spawn, execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, openSync, closeSync, ftruncateSync, writeSync, readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SYNTH_VERSION, synthLayout, type SynthLayout } from './synth.js';

export interface BenchRepo {
  size: number;
  /** The work tree the gate is run on. */
  dir: string;
  commit: string;
  /** Tracked files (`git ls-files | wc -l`). */
  files: number;
  /** Build time in ms, or null when the cached copy was reused. */
  builtMs: number | null;
}

interface Marker {
  version: number;
  size: number;
  commit: string;
  files: number;
}

export function cacheRoot(): string {
  return process.env.OPENNESS_BENCH_CACHE ?? join(tmpdir(), 'openness-gate-bench');
}

const EPOCH = '2024-01-01T00:00:00Z';
const EPOCH_SECONDS = Date.parse(EPOCH) / 1000;
const AUTHOR = 'Openness Bench';
const EMAIL = 'bench@example.invalid';

// Neither the user's config (signing, hooks, LFS filters, default branch) nor the system's may change the result.
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: AUTHOR,
    GIT_AUTHOR_EMAIL: EMAIL,
    GIT_AUTHOR_DATE: EPOCH,
    GIT_COMMITTER_NAME: AUTHOR,
    GIT_COMMITTER_EMAIL: EMAIL,
    GIT_COMMITTER_DATE: EPOCH,
    GIT_LFS_SKIP_SMUDGE: '1',
    // glibc grows the heap in 128 KiB steps by default; fast-import makes ~70k brk calls, slow on some VMs.
    MALLOC_TOP_PAD_: String(256 * 1024 * 1024),
  };
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv(), encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 }).trim();
}

const SAFE_PATH = /^[A-Za-z0-9._/-]+$/;

async function fastImport(repo: string, layout: SynthLayout): Promise<void> {
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: repo, env: gitEnv(), stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = once(child, 'exit');
  const stdin = child.stdin;
  const header = `Synthetic ML monorepo for the openness-gate benchmark\n`;
  const chunks: (string | Uint8Array)[] = [
    `commit refs/heads/main\nauthor ${AUTHOR} <${EMAIL}> ${EPOCH_SECONDS} +0000\ncommitter ${AUTHOR} <${EMAIL}> ${EPOCH_SECONDS} +0000\ndata ${Buffer.byteLength(header)}\n${header}`,
  ];
  let pending = 0;
  const flush = async () => {
    const ok = stdin.write(Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))));
    chunks.length = 0;
    pending = 0;
    if (!ok) await once(stdin, 'drain');
  };
  for (const f of layout.files) {
    if (!SAFE_PATH.test(f.path)) throw new Error(`unsafe synthetic path: ${f.path}`);
    const data = typeof f.data === 'string' ? Buffer.from(f.data) : (f.data ?? new Uint8Array());
    chunks.push(`M 100644 inline ${f.path}\ndata ${data.length}\n`, data, '\n');
    pending += data.length + f.path.length + 32;
    if (pending > 4 * 1024 * 1024) await flush();
  }
  chunks.push('\ndone\n');
  await flush();
  stdin.end();
  const [code] = (await exited) as [number | null];
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
}

function writeSparse(path: string, head: string, size: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

async function build(size: number, target: string, log: (line: string) => void): Promise<Marker> {
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const repo = join(tmp, 'repo');
  mkdirSync(repo, { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  const layout = synthLayout({ size });
  log(`  generated ${layout.files.length} files in memory`);
  await fastImport(repo, layout);
  // One checkout worker: on this kind of disk file creation is the cost, and parallel workers only contend.
  git(repo, ['-c', 'checkout.workers=1', 'reset', '--hard', '-q', 'main']);
  log('  imported and checked out');
  // What `git lfs pull` would leave: the content in the work tree, the pointer in git. The index keeps the
  // pointer's stat data, so `git status` would see the shard as modified; listing (ls-files) is unaffected.
  for (const s of layout.sparse) writeSparse(join(repo, s.path), s.head, s.size);
  const commit = git(repo, ['rev-parse', 'HEAD']);
  const files = Number(git(repo, ['ls-files', '-z']).split('\0').filter(Boolean).length);
  if (files !== size) throw new Error(`built ${files} tracked files, expected ${size}`);
  const marker: Marker = { version: SYNTH_VERSION, size, commit, files };
  writeFileSync(join(tmp, 'done.json'), `${JSON.stringify(marker, null, 2)}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(tmp, target);
  return marker;
}

/** The repository of `size` tracked files, built on first use. */
export async function ensureRepo(size: number, log: (line: string) => void = () => {}): Promise<BenchRepo> {
  const target = join(cacheRoot(), `${size}-v${SYNTH_VERSION}`);
  const markerPath = join(target, 'done.json');
  if (existsSync(markerPath) && existsSync(join(target, 'repo', '.git'))) {
    const m = JSON.parse(readFileSync(markerPath, 'utf8')) as Marker;
    return { size, dir: join(target, 'repo'), commit: m.commit, files: m.files, builtMs: null };
  }
  mkdirSync(cacheRoot(), { recursive: true });
  log(`building the ${size}-file repository in ${target}`);
  const t0 = performance.now();
  const m = await build(size, target, log);
  return { size, dir: join(target, 'repo'), commit: m.commit, files: m.files, builtMs: performance.now() - t0 };
}
