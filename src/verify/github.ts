import type { Verification } from '../domain/finding.js';
import { describeFailure } from './http.js';
import type { GitHubTarget } from './targets.js';

/**
 * Checks a GitHub link or submodule through the REST API: the repository exists (a rename is
 * followed), the pinned commit (a submodule's gitlink, or the ref of a `tree/`/`blob/` link, else
 * the default branch) exists, and the linked path exists at that commit. Plain fetch: src/verify
 * must not depend on the action's Octokit.
 */

export interface GitHubClient {
  /** `GITHUB_API_URL`, default https://api.github.com. */
  apiUrl: string;
  /** `GITHUB_TOKEN`; sent to apiUrl only, never printed. */
  token?: string;
  fetch: typeof fetch;
}

interface Answer {
  status: number;
  body: unknown;
  url: string;
}

async function get(client: GitHubClient, path: string): Promise<Answer> {
  const response = await client.fetch(`${client.apiUrl.replace(/(?<!\/)\/+$/, '')}${path}`, {
    headers: {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
  });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return { status: response.status, body, url: response.url };
}

const seg = (s: string) => encodeURIComponent(s);

function refused(a: Answer): string | undefined {
  if (a.status === 403 || a.status === 429) {
    const message = (a.body as { message?: unknown } | undefined)?.message;
    return `could not verify: GitHub refused (HTTP ${a.status}${typeof message === 'string' ? `: ${message.slice(0, 100)}` : ''})`;
  }
  if (a.status >= 500) return `could not verify: GitHub answered HTTP ${a.status}`;
  return undefined;
}

export async function verifyGitHub(t: GitHubTarget, pinned: string | undefined, client: GitHubClient): Promise<Verification> {
  const fail = (outcome: 'refuted' | 'unverifiable', reason: string, revision?: string): Verification => ({
    outcome,
    verified: false,
    host: 'github',
    reason,
    ...(revision ? { revision } : {}),
  });
  try {
    const repo = await get(client, `/repos/${seg(t.owner)}/${seg(t.repo)}`);
    const r1 = refused(repo);
    if (r1) return fail('unverifiable', r1);
    if (repo.status === 404 || repo.status === 401) return fail('refuted', `the repository ${t.owner}/${t.repo} does not exist on GitHub (or is private)`);
    if (repo.status !== 200) return fail('unverifiable', `could not verify: GitHub answered HTTP ${repo.status}`);
    const info = repo.body as { full_name?: unknown; default_branch?: unknown };
    const fullName = typeof info.full_name === 'string' ? info.full_name : `${t.owner}/${t.repo}`;
    const renamed = fullName.toLowerCase() !== `${t.owner}/${t.repo}`.toLowerCase() ? fullName : undefined;
    const ref = pinned ?? t.ref ?? (typeof info.default_branch === 'string' ? info.default_branch : 'HEAD');
    const [owner, name] = fullName.split('/') as [string, string];

    const commit = await get(client, `/repos/${seg(owner)}/${seg(name)}/commits/${seg(ref)}`);
    const r2 = refused(commit);
    if (r2) return fail('unverifiable', r2);
    if (commit.status === 404 || commit.status === 422) {
      return fail('refuted', `${pinned ? 'the pinned commit' : 'the ref'} ${ref.slice(0, 40)} does not exist in ${fullName}${pinned ? ' (force-pushed away, or never pushed)' : ''}`);
    }
    if (commit.status !== 200) return fail('unverifiable', `could not verify: GitHub answered HTTP ${commit.status}`);
    const sha = (commit.body as { sha?: unknown }).sha;
    const revision = typeof sha === 'string' ? sha : undefined;
    const base = { host: 'github' as const, ...(revision ? { revision } : {}), ...(renamed ? { resolved: `https://github.com/${fullName}` } : {}) };
    const note = renamed ? ` (renamed to ${fullName})` : '';

    if (t.path) {
      const path = t.path.split('/').map(seg).join('/');
      const contents = await get(client, `/repos/${seg(owner)}/${seg(name)}/contents/${path}?ref=${seg(revision ?? ref)}`);
      const r3 = refused(contents);
      if (r3) return { ...base, outcome: 'unverifiable', verified: false, reason: r3 };
      if (contents.status === 404) return { ...base, outcome: 'refuted', verified: false, reason: `${t.path} does not exist in ${fullName} at ${(revision ?? ref).slice(0, 12)}${note}` };
      if (contents.status !== 200) return { ...base, outcome: 'unverifiable', verified: false, reason: `could not verify: GitHub answered HTTP ${contents.status}` };
      return { ...base, outcome: 'verified', verified: true, reason: `verified on GitHub: ${t.path} exists in ${fullName} at ${(revision ?? ref).slice(0, 12)}${note}` };
    }
    return {
      ...base,
      outcome: 'verified',
      verified: true,
      reason: `verified on GitHub: ${fullName} at ${(revision ?? ref).slice(0, 12)}${pinned ? ' (the pinned commit)' : ''} exists${note}`,
    };
  } catch (e) {
    return fail('unverifiable', `could not verify: ${describeFailure(e)}`);
  }
}
