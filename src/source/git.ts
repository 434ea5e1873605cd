import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { errorMessage, GateError } from '../domain/errors.js';

/**
 * Git plumbing for the scan. Every call goes through `runGit`: arguments as an array (no shell), output
 * as bytes (file names are bytes to git), a fixed environment that keeps git from prompting or taking
 * optional locks, and fsmonitor hooks switched off so listing a tree never runs a configured program.
 */

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitRunOptions {
  /** Kill git after this long; the result then has code -1 and says so in stderr. */
  timeoutMs?: number;
}

const GIT_CONFIG = ['-c', 'core.fsmonitor=', '-c', 'core.quotepath=off'];

function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
  };
}

/** Runs git in `cwd`. Resolves with the exit code; rejects only when git cannot be started at all. */
export function runGit(cwd: string, args: readonly string[], options: GitRunOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn('git', [...GIT_CONFIG, ...args], { cwd, env: gitEnv(), stdio: 'pipe', windowsHide: true });
    } catch (error) {
      reject(error);
      return;
    }
    child.stdin.end();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    let timedOut = false;
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, Math.max(1, options.timeoutMs))
        : undefined;
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      // stderr is only for messages: keep the start of it.
      if (errBytes < 64 * 1024) err.push(chunk);
      errBytes += chunk.length;
    });
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8').trim();
      resolve({
        code: timedOut ? -1 : (code ?? -1),
        stdout: Buffer.concat(out),
        stderr: timedOut ? `git ${args[0] ?? ''} did not finish within ${options.timeoutMs} ms` : stderr,
      });
    });
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^(fatal|error): /, '').trim();
}

/** Git's own message for a failed call, one line, for notes and errors. */
export function gitMessage(result: GitResult): string {
  return firstLine(result.stderr) || `git exited with status ${result.code}`;
}

export interface RepoInfo {
  /** The folder is inside a work tree (false for a bare repository or inside .git). */
  workTree: boolean;
  /** Absolute path of the work tree's top level; null without a work tree. */
  topLevel: string | null;
  /** The scanned folder relative to the top level, POSIX, '' or ending in '/'. */
  prefix: string;
}

export type RepoProbe = { repo: RepoInfo } | { repo: null; reason: 'not-a-repo' | 'git-unavailable'; message: string };

/** What git makes of `root`: a work tree, a bare repository, or nothing git can use. */
export async function probeRepo(root: string): Promise<RepoProbe> {
  let inside: GitResult;
  try {
    inside = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix']);
  } catch (error) {
    return { repo: null, reason: 'git-unavailable', message: `git could not be run: ${errorMessage(error)}` };
  }
  if (inside.code === 0) {
    const [flag, top, prefix] = inside.stdout.toString('utf8').split('\n');
    if (flag === 'true') return { repo: { workTree: true, topLevel: top ?? null, prefix: prefix ?? '' } };
  }
  const bare = await runGit(root, ['rev-parse', '--is-bare-repository']);
  if (bare.code === 0 && bare.stdout.toString('utf8').trim() === 'true') {
    return { repo: { workTree: false, topLevel: null, prefix: '' } };
  }
  if (bare.code === 0) return { repo: null, reason: 'not-a-repo', message: 'inside a .git folder, not a work tree' };
  const message = gitMessage(inside);
  // "dubious ownership" and the like: git works but refuses this repository.
  const reason = /not a git repository/i.test(message) ? 'not-a-repo' : 'git-unavailable';
  return { repo: null, reason, message };
}

/** The commit HEAD points at; null in a repository without commits. */
export async function headCommit(root: string): Promise<string | null> {
  const result = await runGit(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
  return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}

export function checkRefSyntax(ref: string): void {
  // Refs reach git as arguments: one that starts with `-` would be read as an option.
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
    throw new GateError(`invalid ref ${JSON.stringify(ref)}: not a branch, tag or commit name`);
  }
}

/** The commit a ref (branch, tag, sha, `HEAD~2`…) names. GateError naming the ref when there is none. */
export async function resolveRef(root: string, ref: string): Promise<string> {
  checkRefSyntax(ref);
  let result: GitResult;
  try {
    result = await runGit(root, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
  } catch (error) {
    throw new GateError(`cannot resolve ref "${ref}": git could not be run (${errorMessage(error)})`);
  }
  const sha = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
    const probe = await probeRepo(root);
    if (probe.repo === null) throw new GateError(`cannot resolve ref "${ref}": ${probe.message}`);
    const hint = (await isShallow(root)) ? ' (the clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0)' : '';
    throw new GateError(`unknown ref "${ref}": no commit of that name in ${root}${hint}`);
  }
  return sha;
}

/** True for a shallow clone (history cut short, as actions/checkout makes by default). */
export async function isShallow(root: string): Promise<boolean> {
  const result = await runGit(root, ['rev-parse', '--is-shallow-repository']);
  return result.code === 0 && result.stdout.toString('utf8').trim() === 'true';
}

export type PreviousTag =
  | { tag: string; commit: string; reason?: undefined; message?: undefined }
  | { tag: null; commit: null; reason: 'shallow' | 'none'; message: string };

export interface PreviousTagOptions {
  /** Glob over tag names (git's own matching), default `v*`. */
  pattern?: string;
  /** The release being judged; default HEAD. */
  before?: string;
}

/**
 * The nearest earlier tag matching the pattern: the tag git describe finds from `before`, ignoring tags
 * that point at `before` itself (the release being judged is not its own base). Null with a reason when
 * there is none, and with `shallow` when the clone's history is too short to tell.
 */
export async function findPreviousTag(root: string, options: PreviousTagOptions = {}): Promise<PreviousTag> {
  const pattern = options.pattern ?? 'v*';
  const before = options.before ?? 'HEAD';
  const commit = await resolveRef(root, before);
  const own = await runGit(root, ['tag', '--points-at', commit]);
  const excluded = own.code === 0 ? own.stdout.toString('utf8').split('\n').filter((t) => t !== '') : [];
  const args = ['describe', '--tags', '--abbrev=0', '--match', pattern];
  // Ref names cannot hold glob characters, so each tag name excludes exactly itself.
  for (const tag of excluded) args.push('--exclude', tag);
  args.push(commit);
  const described = await runGit(root, args);
  const tag = described.stdout.toString('utf8').trim();
  if (described.code === 0 && tag !== '') {
    const tagCommit = await resolveRef(root, `refs/tags/${tag}`);
    return { tag, commit: tagCommit };
  }
  if (await isShallow(root)) {
    return {
      tag: null,
      commit: null,
      reason: 'shallow',
      message: `no earlier tag matching "${pattern}" is reachable from ${before}: the clone is shallow (use actions/checkout with fetch-depth: 0 to fetch history and tags)`,
    };
  }
  return {
    tag: null,
    commit: null,
    reason: 'none',
    message: `no earlier tag matching "${pattern}" before ${before} (a first release, or tags not fetched: actions/checkout needs fetch-depth: 0)`,
  };
}

export interface SkippedFolder {
  path: string;
  reason: string;
}

/**
 * The files git tracks under `root` (the index, so a staged new file counts), NUL-separated, relative to
 * `root`. With `untracked`, also the untracked files git does not ignore, and the folders git warned it
 * could not open while looking for them (too deep, no permission).
 */
export async function lsFiles(
  root: string,
  options: { untracked?: boolean; timeoutMs?: number } = {},
): Promise<{ listing: Buffer; skipped: SkippedFolder[] }> {
  const { timeoutMs } = options;
  // The untracked walk costs as much as `find` over the whole tree: only when asked, and then on a second core.
  const [cached, others] = await Promise.all([
    runGit(root, ['ls-files', '-z', '--cached'], { timeoutMs }),
    options.untracked ? runGit(root, ['ls-files', '-z', '--others', '--exclude-standard'], { timeoutMs }) : null,
  ]);
  for (const result of [cached, others]) {
    if (result !== null && result.code !== 0) throw new GateError(`cannot list the files of ${root} with git: ${gitMessage(result)}`);
  }
  if (others === null) return { listing: cached.stdout, skipped: [] };
  const skipped: SkippedFolder[] = [];
  for (const line of others.stderr.split('\n')) {
    const match = /^warning: (?:could not open directory|unable to access) '/.exec(line);
    if (!match) continue;
    const rest = line.slice(match[0].length);
    const end = rest.lastIndexOf("': ");
    // Git cuts its messages at 4 KB: a line without its reason is a path too long to print, let alone open.
    skipped.push(end < 0 ? { path: rest, reason: 'File name too long' } : { path: rest.slice(0, end).replace(/(?<!\/)\/+$/, ''), reason: rest.slice(end + 3) });
  }
  return { listing: others.stdout.length === 0 ? cached.stdout : Buffer.concat([cached.stdout, others.stdout]), skipped };
}

/**
 * The recursive tree of a commit, or of the folder `prefix` in it: NUL-separated
 * `<mode> <type> <oid>\t<path>` records, paths relative to that folder.
 */
export async function lsTree(root: string, commit: string, prefix: string, timeoutMs?: number): Promise<Buffer> {
  const folder = prefix.replace(/(?<!\/)\/+$/, '');
  const treeish = folder === '' ? commit : `${commit}:${folder}`;
  const result = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', treeish], { timeoutMs });
  if (result.code !== 0) {
    throw new GateError(
      folder === ''
        ? `cannot list the tree of ${commit}: ${gitMessage(result)}`
        : `the folder ${folder} does not exist at ${commit} (${gitMessage(result)})`,
    );
  }
  return result.stdout;
}

export interface SubmoduleEntry {
  /** Path relative to the repository's top level, as .gitmodules says. */
  path: string;
  url: string;
}

/** Submodules declared in a .gitmodules file on disk, or in the .gitmodules blob of a commit. */
export async function readGitmodules(root: string, source: { file: string } | { commit: string }): Promise<SubmoduleEntry[]> {
  const where = 'file' in source ? ['--file', source.file] : ['--blob', `${source.commit}:.gitmodules`];
  // Config parsing only: includes are off for --file/--blob, so the file cannot pull in other config.
  const result = await runGit(root, ['config', '-z', ...where, '--get-regexp', '^submodule\\..*\\.(path|url)$']);
  if (result.code !== 0) return [];
  const byName = new Map<string, { path?: string; url?: string }>();
  for (const record of result.stdout.toString('utf8').split('\0')) {
    const newline = record.indexOf('\n');
    if (newline < 0) continue;
    const key = record.slice(0, newline);
    const value = record.slice(newline + 1);
    const match = /^submodule\.(.*)\.(path|url)$/s.exec(key);
    if (!match) continue;
    const name = match[1] as string;
    const entry = byName.get(name) ?? {};
    if (match[2] === 'path') entry.path = value;
    else entry.url = value;
    byName.set(name, entry);
  }
  const entries: SubmoduleEntry[] = [];
  for (const entry of byName.values()) {
    if (entry.path !== undefined && entry.path !== '') entries.push({ path: entry.path.replace(/(?<!\/)\/+$/, ''), url: entry.url ?? '' });
  }
  return entries;
}

export interface BlobHead {
  /** The blob's first bytes (at most the requested count). */
  data: Buffer;
  /** The blob's full size. */
  size: number;
}

interface Pending {
  resolve(value: Buffer | null): void;
  reject(error: Error): void;
}

/**
 * One long-lived `git cat-file` pipe. `--batch-check` answers sizes; `--batch` answers whole
 * objects (used only for blobs known to be small). Requests are answered in order.
 */
class CatFilePipe {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failed: Error | null = null;

  constructor(root: string, private readonly mode: '--batch' | '--batch-check') {
    this.child = spawn('git', [...GIT_CONFIG, 'cat-file', mode], { cwd: root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
    this.child.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.child.stderr.resume();
    const fail = (error: Error): void => {
      this.failed ??= error;
      for (const pending of this.queue.splice(0)) pending.reject(this.failed);
    };
    this.child.on('error', fail);
    this.child.on('close', (code) => fail(new Error(`git cat-file ${mode} exited (${code ?? 'signal'})`)));
    this.child.stdin.on('error', fail);
  }

  /** The object's content (`--batch`) or header (`--batch-check`); null when it is missing. */
  request(oid: string): Promise<Buffer | null> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.child.stdin.write(`${oid}\n`);
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const newline = this.buffer.indexOf(0x0a);
      if (newline < 0) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      const pending = this.queue[0];
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending?.resolve(null);
        continue;
      }
      if (this.mode === '--batch-check') {
        this.buffer = this.buffer.subarray(newline + 1);
        this.queue.shift();
        pending?.resolve(Buffer.from(header));
        continue;
      }
      const size = Number(header.slice(header.lastIndexOf(' ') + 1));
      const end = newline + 1 + size;
      if (this.buffer.length < end + 1) return;
      const content = Buffer.from(this.buffer.subarray(newline + 1, end));
      this.buffer = this.buffer.subarray(end + 1);
      this.queue.shift();
      pending?.resolve(content);
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        resolve();
        return;
      }
      this.child.once('close', () => resolve());
      this.child.stdin.end();
    });
  }
}

/**
 * Reads the heads of blobs straight from the object database: no checkout, the working tree untouched.
 * Small blobs come through one long-lived `git cat-file --batch`; a blob larger than the cap gets its
 * own `git cat-file blob` that is stopped once the head has arrived, so a multi-GB blob is never piped whole.
 */
export class BlobReader {
  private check: CatFilePipe | null = null;
  private batch: CatFilePipe | null = null;

  constructor(private readonly root: string) {}

  async size(oid: string): Promise<number | null> {
    this.check ??= new CatFilePipe(this.root, '--batch-check');
    const header = await this.check.request(oid);
    if (header === null) return null;
    const text = header.toString('utf8');
    return Number(text.slice(text.lastIndexOf(' ') + 1));
  }

  /** The first `maxBytes` bytes of a blob and its size; null when the object is missing. */
  async head(oid: string, maxBytes: number): Promise<BlobHead | null> {
    const size = await this.size(oid);
    if (size === null || !Number.isFinite(size)) return null;
    if (size <= maxBytes) {
      this.batch ??= new CatFilePipe(this.root, '--batch');
      const data = await this.batch.request(oid);
      return data === null ? null : { data, size };
    }
    return { data: await this.streamHead(oid, maxBytes), size };
  }

  private streamHead(oid: string, maxBytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...GIT_CONFIG, 'cat-file', 'blob', oid], { cwd: this.root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
      child.stdin.end();
      child.stderr.resume();
      const chunks: Buffer[] = [];
      let length = 0;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        child.stdout.destroy();
        child.kill('SIGKILL');
        resolve(Buffer.concat(chunks).subarray(0, maxBytes));
      };
      child.stdout.on('data', (chunk: Buffer) => {
        if (done) return;
        chunks.push(chunk);
        length += chunk.length;
        if (length >= maxBytes) finish();
      });
      child.stdout.on('end', finish);
      child.on('error', (error) => {
        if (!done) {
          done = true;
          reject(error);
        }
      });
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.check?.close(), this.batch?.close()]);
  }
}
