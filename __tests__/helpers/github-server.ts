import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST API: the endpoints the action uses, real state (comments
 * are created, updated, deleted), every request recorded, and faults that can be switched on per
 * route. Bound to 127.0.0.1 on a random port; the action reaches it through GITHUB_API_URL.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  /** Server clock, ms. */
  at: number;
  /** The answer's status (0 when the connection was dropped). */
  status: number;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface StoredRelease {
  id: number;
  tag_name: string;
  body: string | null;
}

export type Fault =
  /** A 5xx answer. */
  | { kind: 'status'; status: number }
  /** What a read-only GITHUB_TOKEN gets for a write (forks, missing `pull-requests: write`). */
  | { kind: 'read-only' }
  /** Primary rate limit: `x-ratelimit-remaining: 0` and a reset time. */
  | { kind: 'rate-limit'; status: 403 | 429; resetInSeconds: number }
  /** Secondary rate limit: `retry-after`. */
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfter: number }
  /** Answer normally, after a delay. */
  | { kind: 'slow'; ms: number }
  | { kind: 'not-found' }
  /** Close the connection without an answer (a network error). */
  | { kind: 'drop' };

export interface FaultRule {
  method?: string;
  /** Matched against the path without the query string. */
  path?: RegExp;
  /** How many matching requests get the fault (default: all). */
  times?: number;
  fault: Fault;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export interface FakeRepo {
  id: number;
  fullName: string;
  defaultBranch: string;
  /** commit sha → the paths of its tree. */
  commits: Map<string, string[]>;
  /** branch → commit sha. */
  branches: Map<string, string>;
  /** Set on an old name: the repository now lives under this full name. */
  renamedTo?: string;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: StoredComment[] = [];
  /** Set to answer GET /user as a personal token's user; unset, it answers as GitHub does for GITHUB_TOKEN. */
  tokenUser: string | undefined;
  readonly releases = new Map<number, StoredRelease>();
  /** Pull request numbers that exist. */
  readonly pulls = new Set<number>();
  /** commit sha → pull requests associated with it. */
  readonly commitPulls = new Map<string, { number: number; merged: boolean; headSha: string }[]>();
  /**
   * Repositories the verification of external evidence reads (`GET /repos/{o}/{r}`, `…/commits/{ref}`,
   * `…/contents/{path}?ref=`), by full name: the files of each commit, branch heads, and a rename
   * (the old name answers 301 to `/repositories/{id}`, as GitHub does).
   */
  readonly repos = new Map<string, FakeRepo>();
  /** Every write answers 403 "Resource not accessible by integration", as with a fork's token. */
  readOnly = false;
  private faults: (FaultRule & { left: number })[] = [];
  private server: Server | undefined;
  private nextId = 1000;
  private clock = Date.parse('2025-01-01T00:00:00Z');
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** A repository with one commit per entry of `commits`; the first is the default branch's head. */
  addRepo(fullName: string, commits: Record<string, string[]>, options: { renamedFrom?: string; defaultBranch?: string } = {}): FakeRepo {
    const shas = Object.keys(commits);
    const defaultBranch = options.defaultBranch ?? 'main';
    const repo: FakeRepo = {
      id: this.nextId++,
      fullName,
      defaultBranch,
      commits: new Map(Object.entries(commits)),
      branches: new Map(shas[0] ? [[defaultBranch, shas[0]]] : []),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    if (options.renamedFrom) this.repos.set(options.renamedFrom.toLowerCase(), { ...repo, renamedTo: fullName });
    return repo;
  }

  fault(rule: FaultRule): void {
    this.faults.push({ ...rule, left: rule.times ?? Infinity });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** A comment as if written earlier (by the bot unless `user` says otherwise). */
  addComment(issue: number, body: string, user = BOT): StoredComment {
    this.pulls.add(issue);
    const created = this.tick();
    const id = this.nextId++;
    const comment: StoredComment = { id, issue, body, user, created_at: created, updated_at: created, html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}` };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issue: number): StoredComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** Requests other than the ones a test does not care about, as `METHOD /path`. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private takeFault(method: string, path: string): Fault | undefined {
    for (const rule of this.faults) {
      if (rule.left <= 0) continue;
      if (rule.method && rule.method !== method) continue;
      if (rule.path && !rule.path.test(path)) continue;
      rule.left--;
      return rule.fault;
    }
    return undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      at: Date.now(),
      status: 0,
    };
    this.requests.push(record);

    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(data));
    };

    const fault = this.takeFault(record.method, record.path);
    if (fault) {
      switch (fault.kind) {
        case 'status':
          return send(fault.status, { message: 'Server Error' });
        case 'read-only':
          return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
        case 'rate-limit': {
          const reset = Math.floor(Date.now() / 1000) + fault.resetInSeconds;
          return send(
            fault.status,
            { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
            { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
          );
        }
        case 'secondary-rate-limit':
          return send(
            fault.status,
            { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
            { 'retry-after': String(fault.retryAfter) },
          );
        case 'not-found':
          return send(404, { message: 'Not Found' });
        case 'drop':
          res.socket?.destroy();
          return;
        case 'slow':
          await new Promise((resolve) => setTimeout(resolve, fault.ms));
          break;
      }
    }
    this.route(record, body, send);
  }

  private route(r: RecordedRequest, body: unknown, send: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
    const m = (re: RegExp) => re.exec(r.path);
    const isWrite = r.method !== 'GET' && r.method !== 'HEAD';
    if (isWrite && this.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    const text = (b: unknown) => (b && typeof b === 'object' && typeof (b as { body?: unknown }).body === 'string' ? (b as { body: string }).body : undefined);
    let match: RegExpExecArray | null;

    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      const issue = Number(match[1]);
      if (!this.pulls.has(issue)) return send(404, { message: 'Not Found' });
      if (r.method === 'GET') {
        const perPage = Math.min(100, Number(r.query.per_page ?? 30));
        const page = Math.max(1, Number(r.query.page ?? 1));
        const all = this.commentsOn(issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          headers.link = `<${this.url}${r.path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return send(200, slice, headers);
      }
      if (r.method === 'POST') {
        const b = text(body);
        if (b === undefined) return send(422, { message: 'Invalid request: body is required' });
        if (b.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
        const c = this.addComment(issue, b);
        return send(201, c);
      }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const id = Number(match[1]);
      const i = this.comments.findIndex((c) => c.id === id);
      if (i < 0) return send(404, { message: 'Not Found' });
      if (r.method === 'PATCH') {
        const b = text(body);
        if (b === undefined) return send(422, { message: 'Invalid request: body is required' });
        if (b.length > 65536) return send(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
        const c = this.comments[i]!;
        c.body = b;
        c.updated_at = this.tick();
        return send(200, c);
      }
      if (r.method === 'DELETE') {
        this.comments.splice(i, 1);
        return send(204, undefined);
      }
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls$/)) && r.method === 'GET') {
      const list = this.commitPulls.get(match[1]!) ?? [];
      return send(
        200,
        list.map((p) => ({ number: p.number, state: p.merged ? 'closed' : 'open', merged_at: p.merged ? '2025-01-01T00:00:00Z' : null, head: { sha: p.headSha } })),
      );
    }
    if (r.path === '/user' && r.method === 'GET') {
      // An installation token (GITHUB_TOKEN) cannot read /user; a personal token reads its own user.
      if (this.tokenUser) return send(200, { login: this.tokenUser, type: 'User' });
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
    }
    if ((match = m(/^\/repos\/[^/]+\/[^/]+\/releases\/(\d+)$/))) {
      const release = this.releases.get(Number(match[1]));
      if (!release) return send(404, { message: 'Not Found' });
      if (r.method === 'GET') return send(200, release);
      if (r.method === 'PATCH') {
        const b = text(body);
        if (b !== undefined) release.body = b;
        return send(200, release);
      }
    }
    if (r.method === 'GET' && this.routeRepos(r, send)) return;
    send(404, { message: 'Not Found' });
  }

  private repoJson(repo: FakeRepo): Record<string, unknown> {
    const [owner, name] = repo.fullName.split('/');
    return {
      id: repo.id,
      name,
      full_name: repo.fullName,
      owner: { login: owner, type: 'Organization' },
      private: false,
      html_url: `https://github.com/${repo.fullName}`,
      default_branch: repo.defaultBranch,
      url: `${this.url}/repos/${repo.fullName}`,
    };
  }

  private routeRepos(r: RecordedRequest, send: (status: number, data: unknown, headers?: Record<string, string>) => void): boolean {
    const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' };
    let m = /^\/repositories\/(\d+)$/.exec(r.path);
    if (m) {
      const repo = [...this.repos.values()].find((x) => x.id === Number(m![1]) && !x.renamedTo);
      send(repo ? 200 : 404, repo ? this.repoJson(repo) : notFound);
      return true;
    }
    m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(r.path);
    if (!m) return false;
    const repo = this.repos.get(`${m[1]}/${m[2]}`.toLowerCase());
    if (!repo) {
      send(404, notFound);
      return true;
    }
    const rest = m[3] ?? '';
    if (repo.renamedTo) {
      const target = `${this.url}/repositories/${repo.id}${rest}`;
      send(301, { message: 'Moved Permanently', url: target, documentation_url: 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects' }, { location: target });
      return true;
    }
    if (rest === '') {
      send(200, this.repoJson(repo));
      return true;
    }
    const commit = /^\/commits\/([^/]+)$/.exec(rest);
    if (commit) {
      const ref = decodeURIComponent(commit[1]!);
      const sha = repo.branches.get(ref) ?? [...repo.commits.keys()].find((s) => ref.length >= 7 && s.startsWith(ref));
      if (!sha) send(422, { message: `No commit found for SHA: ${ref}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' });
      else send(200, { sha, node_id: `C_${sha.slice(0, 8)}`, commit: { message: 'a commit', tree: { sha: sha.split('').reverse().join('') } }, html_url: `https://github.com/${repo.fullName}/commit/${sha}` });
      return true;
    }
    const contents = /^\/contents\/(.+)$/.exec(rest);
    if (contents) {
      const path = decodeURIComponent(contents[1]!).replace(/\/+$/, '');
      const ref = r.query.ref ?? repo.defaultBranch;
      const sha = repo.branches.get(ref) ?? ref;
      const files = repo.commits.get(sha);
      if (!files) {
        send(404, { message: `No commit found for the ref ${ref}`, status: '404' });
        return true;
      }
      if (files.includes(path)) send(200, { type: 'file', name: path.split('/').pop(), path, sha: 'f'.repeat(40), size: 10 });
      else if (files.some((f) => f.startsWith(`${path}/`))) send(200, files.filter((f) => f.startsWith(`${path}/`)).map((f) => ({ type: 'file', name: f.split('/').pop(), path: f })));
      else send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' });
      return true;
    }
    return false;
  }
}
