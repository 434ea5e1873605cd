/**
 * A `fetch` that is bounded and polite, shared by every client of one verification run: a request
 * budget, a concurrency limit, a timeout per request, retries on 429 and 5xx that honour
 * `Retry-After` and `RateLimit` headers, and a cache of answers (the same card is fetched once
 * however many findings link it). It has the signature of `fetch`, so the Hugging Face client
 * takes it as its `fetch` option.
 */

export interface PoliteOptions {
  /** Requests sent over the whole run, retries included. */
  budget: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Per request, ms. */
  timeoutMs: number;
  /** Retries of one request after a 429 or 5xx answer or a network error. */
  retries: number;
  /** A server asking to wait longer than this (ms) is not waited for: the check is reported as rate limited. */
  maxWaitMs: number;
  /** Largest body kept (bytes); a longer one is cut (the callers ask for ranges anyway). */
  maxBody: number;
  /** The network; injected by tests that need no server at all. */
  fetch?: typeof fetch;
  /** Waiting, injected so a test of the backoff needs no clock. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_POLITE: Omit<PoliteOptions, 'fetch' | 'sleep'> = {
  budget: 200,
  concurrency: 4,
  timeoutMs: 15_000,
  retries: 2,
  maxWaitMs: 30_000,
  maxBody: 1024 * 1024,
};

/** Thrown instead of sending a request once the run's budget is spent. */
export class BudgetSpent extends Error {
  constructor(budget: number) {
    super(`the run's request budget (${budget}) is spent`);
    this.name = 'BudgetSpent';
  }
}

/** A server asked to wait longer than the run may. */
export class RateLimited extends Error {
  constructor(
    readonly status: number,
    readonly waitMs: number,
  ) {
    super(`rate limited (HTTP ${status}); the server asks to wait ${Math.ceil(waitMs / 1000)} s`);
    this.name = 'RateLimited';
  }
}

export interface PoliteStats {
  sent: number;
  cached: number;
  retried: number;
}

export interface PoliteFetch {
  fetch: typeof fetch;
  stats: PoliteStats;
}

interface Stored {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
  url: string;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * How long a server asks to wait, in ms: `Retry-After` (seconds or an HTTP date), the IETF
 * `RateLimit` header (`…;t=<seconds>`, as the Hugging Face Hub sends), or GitHub's
 * `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0. Pure.
 */
export function waitAsked(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter.trim());
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const rateLimit = headers.get('ratelimit');
  if (rateLimit !== null) {
    const t = /(?:^|[;,\s])t=(\d+)/.exec(rateLimit);
    if (t) return Number(t[1]) * 1000;
    const reset = /(?:^|[;,\s])reset=(\d+)/.exec(rateLimit);
    if (reset) return Number(reset[1]) * 1000;
  }
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

function requestKey(input: string, init: RequestInit | undefined): string {
  const headers = new Headers(init?.headers);
  return `${init?.method ?? 'GET'} ${input} ${headers.get('range') ?? ''} ${headers.get('accept') ?? ''} ${init?.redirect ?? ''}`;
}

export function politeFetch(options: PoliteOptions): PoliteFetch {
  const net = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const stats: PoliteStats = { sent: 0, cached: 0, retried: 0 };
  const cache = new Map<string, Promise<Stored>>();
  let active = 0;
  const queue: (() => void)[] = [];

  const acquire = async (): Promise<void> => {
    if (active < options.concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = (): void => {
    const next = queue.shift();
    if (next) next();
    else active--;
  };

  const once = async (url: string, init: RequestInit | undefined): Promise<Stored> => {
    if (stats.sent >= options.budget) throw new BudgetSpent(options.budget);
    stats.sent++;
    await acquire();
    try {
      const response = await net(url, { ...init, redirect: init?.redirect ?? 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
      const body = await readCapped(response, options.maxBody);
      return { status: response.status, statusText: response.statusText, headers: [...response.headers], body, url: response.url || url };
    } finally {
      release();
    }
  };

  const withRetries = async (url: string, init: RequestInit | undefined): Promise<Stored> => {
    for (let attempt = 0; ; attempt++) {
      let answer: Stored | undefined;
      let failure: unknown;
      try {
        answer = await once(url, init);
      } catch (e) {
        if (e instanceof BudgetSpent) throw e;
        failure = e;
      }
      const retryable = answer === undefined || RETRY_STATUS.has(answer.status);
      if (!retryable) return answer!;
      const asked = answer ? waitAsked(new Headers(answer.headers), Date.now()) : undefined;
      if (asked !== undefined && asked > options.maxWaitMs) throw new RateLimited(answer!.status, asked);
      if (attempt >= options.retries) {
        if (answer) return answer;
        throw failure;
      }
      // A timeout is not worth repeating at once: the server is slow, not flaky.
      if (failure instanceof Error && failure.name === 'TimeoutError') throw failure;
      stats.retried++;
      await sleep(asked ?? Math.min(options.maxWaitMs, 500 * 2 ** attempt));
    }
  };

  const polite = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') throw new Error(`verification only reads: refused ${method} ${url}`);
    const key = requestKey(url, init);
    let pending = cache.get(key);
    if (pending) stats.cached++;
    else {
      pending = withRetries(url, init);
      cache.set(key, pending);
      // A failure is remembered too: asking again in the same run would fail again, at a cost.
    }
    const stored = await pending;
    const response = new Response(stored.status === 204 || stored.status === 304 || method === 'HEAD' ? null : stored.body.slice(0), {
      status: stored.status,
      statusText: stored.statusText,
      headers: stored.headers,
    });
    // Clients compare the final address with the one they asked for (a renamed repository).
    Object.defineProperty(response, 'url', { value: stored.url });
    return response;
  };
  return { fetch: polite as typeof fetch, stats };
}

async function readCapped(response: Response, max: number): Promise<ArrayBuffer> {
  if (!response.body) return new ArrayBuffer(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = max - size;
    chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
    size += Math.min(value.byteLength, room);
    if (size >= max) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** One line for a failure of the network, never a stack; the token is never part of it. */
export function describeFailure(e: unknown): string {
  if (e instanceof BudgetSpent || e instanceof RateLimited) return e.message;
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'no answer in time (timeout)';
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return `network error (${cause.code})`;
    if (cause?.message) return `network error (${cause.message.slice(0, 120)})`;
    return e.message.replace(/\s+/g, ' ').slice(0, 160);
  }
  return String(e).slice(0, 160);
}
