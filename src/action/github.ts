import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Env } from './context.js';
import type { Logger } from './logger.js';
import type { ExistingComment } from './sticky.js';

/**
 * How long the action may spend on GitHub's API. The verdict never depends on the API, so when
 * GitHub is down or rate-limits us, giving up on the comment after a bounded time is the right
 * trade: the job summary and outputs already carry the result.
 */
export interface ApiLimits {
  /** Retries after a 5xx, a network error or a timeout (per request). */
  retries: number;
  /** Backoff unit: the n-th retry waits n² × this. */
  retryBaseMs: number;
  /** One HTTP request (connect to last byte) may take this long. */
  requestTimeoutMs: number;
  /** All API work of the run, retries and rate-limit waits included. */
  budgetMs: number;
  /** Waits for a rate-limit reset / retry-after, per request. */
  rateLimitRetries: number;
  /** What one second of `retry-after` means (tests shrink it). */
  secondMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  retries: 3,
  retryBaseMs: 1000,
  requestTimeoutMs: 20_000,
  budgetMs: 60_000,
  rateLimitRetries: 2,
  secondMs: 1000,
};

const LIMIT_ENV: Record<keyof ApiLimits, string> = {
  retries: 'OPENNESS_GATE_API_RETRIES',
  retryBaseMs: 'OPENNESS_GATE_API_RETRY_BASE_MS',
  requestTimeoutMs: 'OPENNESS_GATE_API_TIMEOUT_MS',
  budgetMs: 'OPENNESS_GATE_API_BUDGET_MS',
  rateLimitRetries: 'OPENNESS_GATE_API_RATE_LIMIT_RETRIES',
  secondMs: 'OPENNESS_GATE_API_SECOND_MS',
};

/** The defaults, with overrides from the environment (whole non-negative numbers; anything else is ignored). */
export function limitsFromEnv(env: Env): ApiLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_ENV) as (keyof ApiLimits)[]) {
    const raw = env[LIMIT_ENV[key]];
    if (raw !== undefined && /^\d+$/.test(raw.trim())) limits[key] = Number(raw.trim());
  }
  return limits;
}

/** The run's API time is spent; thrown before a request that could not finish in time anyway. */
export class BudgetError extends Error {
  override readonly name = 'BudgetError';
  /** Present so the retry plugin treats it as a request error it must not retry. */
  readonly request: unknown;
  constructor(budgetMs: number, request: unknown) {
    super(`gave up: the GitHub API did not answer within the action's time budget (${Math.round(budgetMs / 1000)} s)`);
    this.request = request;
  }
}

interface RequestOptions {
  method?: string;
  url?: string;
  request?: { signal?: AbortSignal } & Record<string, unknown>;
}

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * Octokit with retries (plugin-retry: 5xx and network errors, quadratic backoff), rate-limit
 * handling (plugin-throttling: honours `retry-after` and `x-ratelimit-reset`), a timeout per
 * request and a deadline for the whole run. Rate-limit waits are only accepted when they end
 * before the deadline.
 */
export function createClient(token: string, apiUrl: string, limits: ApiLimits, log: Logger, now: () => number = Date.now): Octokit {
  const deadline = now() + limits.budgetMs;

  // Registered first, so it sits innermost: every attempt (retries included) gets its own timeout.
  const deadlinePlugin = (octokit: { hook: { wrap: (name: 'request', fn: (request: (o: RequestOptions) => Promise<unknown>, options: RequestOptions) => Promise<unknown>) => void } }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const left = deadline - now();
      if (left <= 0) throw new BudgetError(limits.budgetMs, options);
      // A timeout surfaces as a network error, which the retry plugin retries like a 5xx.
      options.request = { ...options.request, signal: AbortSignal.timeout(Math.max(1, Math.min(limits.requestTimeoutMs, left))) };
      return request(options);
    });
  };

  const onLimit = (kind: string) => (retryAfter: number, options: RequestOptions, _octokit: unknown, retryCount: number) => {
    const waitMs = retryAfter * limits.secondMs;
    const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
    if (retryCount >= limits.rateLimitRetries) {
      log.warning(`GitHub ${kind} on ${what}: still limited after ${retryCount} waits; giving up on it`);
      return false;
    }
    if (now() + waitMs >= deadline) {
      log.warning(`GitHub ${kind} on ${what}: asked to wait ${retryAfter} s, more than the time left (${Math.max(0, Math.round((deadline - now()) / 1000))} s); giving up on it`);
      return false;
    }
    log.info(`GitHub ${kind} on ${what}: retrying after ${retryAfter} s, as GitHub asked`);
    return true;
  };

  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.warning },
      // 429 is left to the throttling plugin, which waits as long as GitHub asks instead of guessing.
      retry: { retries: limits.retries, retryAfterBaseValue: limits.retryBaseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: limits.secondMs,
        // Asked to wait without a retry-after header: one minute is GitHub's advice, and mostly longer than the budget.
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    deadlinePlugin as never,
    retry,
    throttling,
  );
}

/** Every comment on an issue or pull request, all pages. */
export async function listComments(octokit: Octokit, owner: string, repo: string, issue: number): Promise<ExistingComment[]> {
  const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 });
  return all.map((c) => ({ id: c.id, body: c.body ?? null, created_at: c.created_at, html_url: c.html_url, ...(c.user?.login ? { author: c.user.login } : {}) }));
}

const ACTIONS_BOT = 'github-actions[bot]';

/** The login the workflow token writes as: a personal token's user, else the Actions app's bot. */
export async function tokenIdentity(octokit: Octokit): Promise<string> {
  try {
    const res = await octokit.rest.users.getAuthenticated();
    if (typeof res.data.login === 'string' && res.data.login !== '') return res.data.login;
  } catch {
    // An installation token (GITHUB_TOKEN) may not read /user: it writes as the Actions bot.
  }
  return ACTIONS_BOT;
}

export interface PullRef {
  number: number;
  merged: boolean;
  headSha?: string;
}

/** The pull requests GitHub associates with a commit (merged ones first, then open ones). */
export async function pullsForCommit(octokit: Octokit, owner: string, repo: string, sha: string): Promise<PullRef[]> {
  const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
  return res.data.map((p) => ({ number: p.number, merged: Boolean(p.merged_at), ...(p.head?.sha ? { headSha: p.head.sha } : {}) }));
}

/** What a RequestError-like value tells about why a call failed, without trusting its shape. */
export interface ApiFailure {
  status?: number;
  message: string;
  /** GitHub's wording for a token that lacks a permission (read-only fork token, missing `permissions:`). */
  forbidden: boolean;
  notFound: boolean;
}

export function describeFailure(error: unknown): ApiFailure {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } } };
  const status = typeof e?.status === 'number' ? e.status : undefined;
  const apiMessage = typeof e?.response?.data?.message === 'string' ? e.response.data.message : undefined;
  const message = apiMessage ?? (typeof e?.message === 'string' ? e.message : String(error));
  const rateLimited = /rate limit/i.test(message);
  return {
    ...(status !== undefined ? { status } : {}),
    message,
    forbidden: status === 403 && !rateLimited,
    notFound: status === 404,
  };
}
