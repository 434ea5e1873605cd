import { constants } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { readFileAtRef } from '../source/ref-file.js';
import { PolicyError } from './errors.js';
import { POLICY_LIMITS } from './limits.js';
import { builtinPolicy } from './presets.js';
import type { ResolvedPolicy } from '../domain/policy-model.js';

export interface LoadPolicyOptions {
  /** The scanned root; a relative `file` is resolved against the working directory, as users type it. */
  root: string;
  /** The policy file; default `<root>/.openness.yml` (or `.openness.yaml` when only that exists). */
  file?: string;
  /** True when the user named the file: then a missing file is an error instead of the built-in default. */
  explicit?: boolean;
  /**
   * Read the default policy file as committed at this git ref (already checked to be a ref, not an
   * option) when no `file` is given: scanning a ref judges it by its own policy, as a checkout would.
   */
  ref?: string;
}

/** Names tried in the root when no file is given, in order. */
export const DEFAULT_POLICY_FILES = ['.openness.yml', '.openness.yaml'] as const;

/**
 * Finds, reads and parses the policy. No file where one is looked for by default → the
 * built-in default (`source: null`). Every failure is a PolicyError naming the file.
 */
export async function loadPolicy(options: LoadPolicyOptions): Promise<ResolvedPolicy> {
  const root = path.resolve(options.root);
  if (options.ref !== undefined && options.file === undefined) {
    // Judged as a checkout of the ref would be: its committed policy, or the built-in default when it has none.
    for (const name of DEFAULT_POLICY_FILES) {
      const text = await readPolicyAtRef(root, options.ref, name);
      if (text === null) continue;
      const { parsePolicy } = await import('./parse.js');
      return parsePolicy(text, name);
    }
    return builtinPolicy();
  }
  const candidates =
    options.file === undefined
      ? DEFAULT_POLICY_FILES.map((name) => ({ absolute: path.join(root, name), shown: name }))
      : [{ absolute: path.resolve(options.file), shown: shownName(root, path.resolve(options.file), options.file) }];

  for (const candidate of candidates) {
    const text = await readPolicyText(root, candidate.absolute, candidate.shown);
    if (text === null) continue;
    // The validator (zod and the YAML parser behind it) loads only when there is a file to validate.
    const { parsePolicy } = await import('./parse.js');
    return parsePolicy(text, candidate.shown);
  }
  if (options.file !== undefined && options.explicit) {
    const { absolute, shown } = candidates[0] ?? { absolute: options.file, shown: options.file };
    throw fileError(shown, `policy file not found (looked for ${absolute})`);
  }
  return builtinPolicy();
}

/** POSIX and relative to the root when the file is inside it; otherwise as the user typed it. */
function shownName(root: string, absolute: string, typed: string): string {
  const relative = path.relative(root, absolute);
  const inside = relative !== '' && !escapes(relative);
  return (inside ? relative : typed).split(path.sep).join('/');
}

function fileError(shown: string, message: string): PolicyError {
  return new PolicyError([{ file: shown, keyPath: '', message }]);
}

/**
 * The file's text, or null when it does not exist. The policy comes from the repository:
 * it is opened without blocking (a FIFO must not hang the run), checked to be a regular
 * file within the size cap before any byte is read, may not be a link out of the scanned
 * tree (its content would end up quoted in error messages), and must be UTF-8 text.
 */
async function readPolicyText(root: string, absolute: string, shown: string): Promise<string | null> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw fileError(shown, ioMessage(code));
  }
  // Git's own files hold credentials (actions/checkout persists one in .git/config): never a policy.
  if (/(?:^|[\\/])\.git(?:[\\/]|$)/.test(real)) {
    throw fileError(shown, REFUSED['git-dir']);
  }
  const realRoot = await realpath(root).catch(() => root);
  // A link the repository commits in place of the file may only lead inside the scanned folder.
  const linked = await lstat(absolute).then((st) => st.isSymbolicLink(), () => false);
  if ((isInside(root, absolute) || linked) && !isInside(realRoot, real)) {
    throw fileError(shown, REFUSED.outside);
  }

  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw fileError(shown, ioMessage(code));
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw fileError(shown, 'is a folder, not a policy file');
    if (!stats.isFile()) throw fileError(shown, 'is not a regular file (a FIFO, socket or device); it is not read');
    if (stats.size > POLICY_LIMITS.maxBytes) throw tooLarge(shown, `${stats.size} bytes`);
    // One byte more than the cap tells a file that grew since stat from one that fits.
    const buffer = Buffer.alloc(Math.min(stats.size, POLICY_LIMITS.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > POLICY_LIMITS.maxBytes) throw tooLarge(shown, `over ${POLICY_LIMITS.maxBytes} bytes`);
    return decode(buffer.subarray(0, length), shown);
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw fileError(shown, ioMessage((error as NodeJS.ErrnoException).code));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readPolicyAtRef(root: string, ref: string, name: string): Promise<string | null> {
  const file = await readFileAtRef(root, ref, name, POLICY_LIMITS.maxBytes);
  if (file === null) return null;
  if (file.kind === 'too-large') throw tooLarge(name, `${file.size} bytes`);
  if (file.kind === 'refused') throw fileError(name, REFUSED[file.reason]);
  return decode(file.data, name);
}

const REFUSED = {
  outside: 'the policy file is a symbolic link to a path outside the scanned folder; it is not read',
  'git-dir': "the policy file resolves into git's own folder (.git/); it is not read",
  loop: 'cannot read the policy file: a loop of symbolic links',
} as const;

function tooLarge(shown: string, size: string): PolicyError {
  return new PolicyError([
    { file: shown, line: 1, keyPath: '', message: `the policy is ${size}; the limit is ${POLICY_LIMITS.maxBytes} bytes (1 MiB)` },
  ]);
}

function decode(bytes: Buffer, shown: string): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new PolicyError([
      { file: shown, line: lineAtByte(body, nul), keyPath: '', message: 'the policy is not text (it contains NUL bytes)' },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    const line = text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n').length;
    throw new PolicyError([
      { file: shown, line, keyPath: '', message: 'the policy is not valid UTF-8; save it as UTF-8 text' },
    ]);
  }
}

function lineAtByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || !escapes(relative);
}

function escapes(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

function ioMessage(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the policy file: permission denied';
    case 'ELOOP':
      return REFUSED.loop;
    case 'EISDIR':
      return 'is a folder, not a policy file';
    default:
      return `cannot read the policy file (${code ?? 'unknown error'})`;
  }
}
