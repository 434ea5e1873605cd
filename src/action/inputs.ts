import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FAIL_ON, type FailOn } from '../domain/artifacts.js';
import { UsageError } from '../domain/errors.js';

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The defaults action.yml declares; an input equal to its default is not "explicit". */
export const DEFAULT_POLICY = '.openness.yml';

export interface ActionInputs {
  /**
   * The scanned directory relative to the workspace (checked to exist and, symlinks resolved, to lie
   * inside it), POSIX, `.` for the workspace itself. The gate runs in the workspace and the report
   * names the folder this way, so the absolute path is not kept.
   */
  root: string;
  /** Set only when the user named a policy file (absolute); otherwise `<root>/.openness.yml` if it exists. */
  policyFile?: string;
  /** The policy input as the user wrote it, for messages and the comment marker. */
  policyInput: string;
  failOn?: FailOn;
  comment: CommentMode;
  token: string;
  ref?: string;
  base?: string;
  /** Absolute path to write a SARIF file to. */
  sarif?: string;
  /** Absolute path to write a CycloneDX ML-BOM to. */
  cyclonedx?: string;
  releaseNotes: boolean;
  /** Check external evidence over the network (input `verify-external`). */
  verifyExternal: boolean;
}

/** Reads one input the way @actions/core does (trimmed, '' when unset). Injected so tests need no env. */
export type InputGetter = (name: string) => string;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`);
}

// The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function bool(name: string, value: string): boolean {
  if (value === '' || FALSE.includes(value)) return false;
  if (TRUE.includes(value)) return true;
  throw new UsageError(`Input '${name}' must be true or false; got '${value}'`);
}

/**
 * A ref is handed to git as an argument: a leading `-` would read as an option, and control
 * characters or spaces are never part of a commit, tag or branch name.
 */
function gitRef(name: string, value: string): string | undefined {
  if (value === '') return undefined;
  // eslint-disable-next-line no-control-regex
  if (value.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError(`Input '${name}' must be a git commit, tag or branch name; got '${JSON.stringify(value).slice(1, -1)}'`);
  }
  return value;
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

async function resolveDir(input: string, workspace: string): Promise<string> {
  const raw = input === '' ? '.' : input;
  const wsReal = await realpath(workspace).catch(() => {
    throw new UsageError(`The workspace '${workspace}' (GITHUB_WORKSPACE) does not exist; did the job check out the repository?`);
  });
  const wanted = resolve(wsReal, raw);
  // Checked before touching the file system, so a path outside the workspace is refused even if it exists.
  if (!inside(wsReal, wanted)) {
    throw new UsageError(`Input 'path' must be a folder inside the workspace (${wsReal}); got '${raw}'`);
  }
  let real: string;
  try {
    real = await realpath(wanted);
  } catch {
    throw new UsageError(`Input 'path': '${raw}' does not exist in the workspace; did the job check out the repository (actions/checkout)?`);
  }
  // A symlink inside the workspace may still lead out of it.
  if (!inside(wsReal, real)) {
    throw new UsageError(`Input 'path' must be a folder inside the workspace (${wsReal}); '${raw}' leads to '${real}'`);
  }
  if (!(await stat(real)).isDirectory()) throw new UsageError(`Input 'path' must be a folder; '${raw}' is a file`);
  return relative(wsReal, real).split(sep).join('/') || '.';
}

async function resolvePolicy(input: string, workspace: string): Promise<string | undefined> {
  if (input === '' || input === DEFAULT_POLICY) return undefined;
  const file = resolve(workspace, input);
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UsageError(`Input 'policy': the file '${input}' does not exist (paths are relative to the workspace; leave the input unset to use <path>/${DEFAULT_POLICY} or the built-in default policy)`);
  if (!info.isFile()) throw new UsageError(`Input 'policy' must name a file; '${input}' is not a file`);
  return file;
}

/** Reads and checks every input; throws UsageError naming the input and what it accepts. */
export async function readInputs(get: InputGetter, workspace: string): Promise<ActionInputs> {
  // Cheap checks first so a typo in one input is reported even when the path is also wrong.
  const failOnRaw = get('fail-on');
  const failOn = failOnRaw === '' ? undefined : oneOf('fail-on', failOnRaw, FAIL_ON);
  const comment = oneOf('comment', get('comment') || 'auto', COMMENT_MODES);
  const releaseNotes = bool('release-notes', get('release-notes'));
  const verifyExternal = bool('verify-external', get('verify-external'));
  const ref = gitRef('ref', get('ref'));
  const base = gitRef('base', get('base'));
  const policyInput = get('policy') || DEFAULT_POLICY;

  const wsReal = await realpath(workspace).catch(() => workspace);
  const root = await resolveDir(get('path'), workspace);
  const policyFile = await resolvePolicy(policyInput, wsReal);
  const sarifInput = get('sarif');
  const cyclonedxInput = get('cyclonedx');
  const inputs: ActionInputs = { root, policyInput, comment, token: get('token'), releaseNotes, verifyExternal };
  if (policyFile) inputs.policyFile = policyFile;
  if (failOn) inputs.failOn = failOn;
  if (ref) inputs.ref = ref;
  if (base) inputs.base = base;
  if (sarifInput) inputs.sarif = resolve(wsReal, sarifInput);
  if (cyclonedxInput) inputs.cyclonedx = resolve(wsReal, cyclonedxInput);
  return inputs;
}
