import { readFile } from 'node:fs/promises';

/**
 * What the runner tells the action about the run, read from the environment it sets.
 * Read here rather than through @actions/github's `context`, which reads the event file
 * when the module is imported: tests then build contexts from plain objects.
 */
export interface RunContext {
  eventName: string;
  /** `owner/name`; undefined outside a runner. */
  repo?: { owner: string; repo: string };
  sha?: string;
  ref?: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runnerTemp: string;
  /** The step's id, unique within the job; names the files this step writes. */
  step: string;
  payload: Record<string, unknown>;
}

export type Env = Record<string, string | undefined>;

export async function readContext(env: Env, cwd: string, tmpdir: string): Promise<RunContext> {
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    try {
      const parsed: unknown = JSON.parse(await readFile(eventPath, 'utf8'));
      if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>;
    } catch {
      // A missing or broken event file only costs the pull-request features; planEvent says so.
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ctx: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/(?<!\/)\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/(?<!\/)\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || cwd,
    runnerTemp: env.RUNNER_TEMP || tmpdir,
    step: env.GITHUB_ACTION || 'openness-gate',
    payload,
  };
  if (owner && repo) ctx.repo = { owner, repo };
  if (env.GITHUB_SHA) ctx.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  return ctx;
}

/** What this event asks of the action beyond annotations and the summary. */
export type EventPlan =
  | { kind: 'pull_request'; pr: number; fork: boolean }
  | { kind: 'tag'; tag: string; sha: string; release?: { id: number } }
  | { kind: 'summary'; reason: string };

function obj(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

const NULL_SHA = /^0+$/;

export function planEvent(ctx: RunContext): EventPlan {
  const { eventName, payload } = ctx;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(payload.pull_request);
      const number = positiveInt(pr?.number) ?? positiveInt(payload.number);
      if (!number) return { kind: 'summary', reason: `the ${eventName} event payload has no pull request number` };
      const headRepo = obj(obj(pr?.head)?.repo)?.full_name;
      const baseRepo = obj(obj(pr?.base)?.repo)?.full_name;
      const fork = typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo;
      return { kind: 'pull_request', pr: number, fork };
    }
    case 'push': {
      const ref = ctx.ref ?? '';
      if (!ref.startsWith('refs/tags/')) return { kind: 'summary', reason: 'a push to a branch has no pull request to comment on' };
      if (payload.deleted === true || !ctx.sha || NULL_SHA.test(ctx.sha)) {
        return { kind: 'summary', reason: 'the tag was deleted' };
      }
      return { kind: 'tag', tag: ref.slice('refs/tags/'.length), sha: ctx.sha };
    }
    case 'release': {
      const release = obj(payload.release);
      const tag = typeof release?.tag_name === 'string' ? release.tag_name : (ctx.ref ?? '').replace(/^refs\/tags\//, '');
      if (!ctx.sha || !tag) return { kind: 'summary', reason: 'the release event carries no tag or commit' };
      const id = positiveInt(release?.id);
      return { kind: 'tag', tag, sha: ctx.sha, ...(id ? { release: { id } } : {}) };
    }
    case 'workflow_dispatch':
      return { kind: 'summary', reason: 'a manual run (workflow_dispatch) has no pull request to comment on' };
    default:
      return {
        kind: 'summary',
        reason: `the '${eventName || 'unknown'}' event is not one the gate comments on (pull_request, pull_request_target, push of a tag, release); the scan ran, pull-request features are skipped`,
      };
  }
}
