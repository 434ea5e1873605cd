import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the built action bundle as the Actions runner does — INPUT_* and GITHUB_* variables, an
 * event file, the outputs and summary files — and reads back what the runner would: workflow
 * commands from stdout/stderr (parsed with the runner's rules) and outputs from GITHUB_OUTPUT.
 */

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundle under test; OPENNESS_GATE_ACTION_BUNDLE points elsewhere for a bundle built outside dist/. */
export const BUNDLE = resolve(REPO, process.env.OPENNESS_GATE_ACTION_BUNDLE ?? 'dist/index.js');
export const EVENTS = join(REPO, '__tests__', 'fixtures', 'events');

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** `::x::` (v2) or `##[x]` (v1). */
  syntax: 'v2' | 'v1';
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/**
 * Every workflow command the runner would execute from this output. The runner reads lines
 * (split at CR, LF or CRLF), trims leading whitespace and runs a line starting with `::` as a
 * command (`::name k=v,k=v::data`); it also runs the old `##[name k=v;]data` syntax found
 * anywhere in a line.
 */
export function parseWorkflowCommands(output: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2);
      if (end < 0) continue;
      const head = trimmed.slice(2, end);
      const space = head.indexOf(' ');
      const command = space < 0 ? head : head.slice(0, space);
      if (command === '') continue;
      const properties: Record<string, string> = {};
      if (space >= 0) {
        for (const pair of head.slice(space + 1).split(',')) {
          const eq = pair.indexOf('=');
          if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
        }
      }
      found.push({ command, properties, data: unescapeData(trimmed.slice(end + 2)), syntax: 'v2' });
      continue;
    }
    const v1 = line.indexOf('##[');
    if (v1 >= 0) {
      const close = line.indexOf(']', v1);
      if (close < 0) continue;
      const head = line.slice(v1 + 3, close);
      const space = head.indexOf(' ');
      const command = space < 0 ? head : head.slice(0, space);
      found.push({ command, properties: {}, data: line.slice(close + 1), syntax: 'v1' });
    }
  }
  return found;
}

/** GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` heredocs. */
export function parseOutputsFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`outputs file: no closing delimiter for ${name}`);
      out[name] = value.join('\n');
    } else {
      throw new Error(`outputs file: unparseable line ${JSON.stringify(line)}`);
    }
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  /** Annotations and failures: the error/warning/notice commands. */
  annotations: WorkflowCommand[];
  /** The JSON report the `report` output points at, parsed (read before the runner's temp folder goes). */
  report?: { verdict: string; artifacts: { id: string; status: string }[] } & Record<string, unknown>;
  /** The SVG the `badge` output points at. */
  badge?: string;
  ms: number;
}

export interface ActionOptions {
  /** The workspace (the checked-out repository). */
  workspace: string;
  eventName: string;
  /** A fixture name under __tests__/fixtures/events, or a payload. */
  event: string | object;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  apiUrl?: string;
  sha?: string;
  ref?: string;
  repository?: string;
  /** Kill the run after this long (a hung action fails the test instead of the suite). */
  timeoutMs?: number;
}

/** A scratch folder for one test: workspace, runner temp, and the runner's files. */
export async function scratch(): Promise<{ dir: string; workspace: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'og-action-'));
  const workspace = join(dir, 'ws');
  await mkdir(workspace, { recursive: true });
  return { dir, workspace, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes files into a folder: `{ 'docs/DATA_CARD.md': '...' }`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const DEFAULT_INPUTS: Record<string, string> = {
  path: '.',
  policy: '.openness.yml',
  'fail-on': '',
  comment: 'auto',
  token: 'ghs_testtoken0123456789abcdef',
  ref: '',
  base: '',
  sarif: '',
  cyclonedx: '',
  'release-notes': 'false',
};

export async function runAction(options: ActionOptions): Promise<ActionRun> {
  const runDir = await mkdtemp(join(tmpdir(), 'og-runner-'));
  try {
    const eventPath = join(runDir, 'event.json');
    const payload = typeof options.event === 'string' ? await readFile(join(EVENTS, `${options.event}.json`), 'utf8') : JSON.stringify(options.event);
    await writeFile(eventPath, payload);
    const outputPath = join(runDir, 'output');
    const summaryPath = join(runDir, 'summary');
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? runDir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: options.repository ?? 'acme/tinylm',
      GITHUB_SHA: options.sha ?? '4444444444444444444444444444444444444444',
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
      GITHUB_ACTION: 'gate',
      RUNNER_TEMP: join(runDir, 'temp'),
      // Fast retries: the bounds are the same code paths, in milliseconds instead of seconds.
      OPENNESS_GATE_API_RETRY_BASE_MS: '10',
      OPENNESS_GATE_API_TIMEOUT_MS: '2000',
      OPENNESS_GATE_API_BUDGET_MS: '8000',
      ...options.env,
    };
    await mkdir(env.RUNNER_TEMP!, { recursive: true });
    for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...options.inputs })) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const started = Date.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, failed) => {
      const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
      child.on('error', failed);
      child.on('close', (c) => {
        clearTimeout(timer);
        done({ code: c, stdout: out, stderr: err });
      });
    });
    const ms = Date.now() - started;
    const commands = parseWorkflowCommands(`${stdout}\n${stderr}`);
    const outputs = parseOutputsFile(await readFile(outputPath, 'utf8'));
    const run: ActionRun = {
      code,
      stdout,
      stderr,
      commands,
      outputs,
      summary: await readFile(summaryPath, 'utf8'),
      annotations: commands.filter((c) => c.command === 'error' || c.command === 'warning' || c.command === 'notice'),
      ms,
    };
    if (outputs.report) run.report = JSON.parse(await readFile(outputs.report, 'utf8')) as ActionRun['report'];
    if (outputs.badge) run.badge = await readFile(outputs.badge, 'utf8');
    return run;
  } finally {
    await rm(runDir, { recursive: true, force: true });
  }
}
