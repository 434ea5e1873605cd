import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Hugging Face Hub: the endpoints `@huggingface/hub` calls to resolve a
 * repository and read a file, answering as the Hub does, failures included.
 *
 * - `GET /api/{models|datasets|spaces}/{repo}/revision/{rev}?expand=…`: repository info (`id`,
 *   `sha`, `private`, `gated`, `siblings`…); a missing or private repository is `401` with
 *   `X-Error-Code: RepoNotFound` without a token and `404` with one; an unknown revision is `404`
 *   with `X-Error-Code: RevisionNotFound`; a renamed repository redirects (307) to its new name.
 * - `GET /{repo}/resolve/{rev}/{path}` (and `/datasets/…`, `/spaces/…`): the file, with `Range`
 *   support (206, `Content-Range`), `ETag` and `X-Repo-Commit`; a missing file is `404` with
 *   `X-Error-Code: EntryNotFound`; a gated repository without access is `401` (no token) or `403`
 *   (token not on the authorized list) with `X-Error-Code: GatedRepo` and the Hub's message.
 *
 * Bound to 127.0.0.1 on a random port; the gate reaches it through `HF_ENDPOINT`.
 */

export type HubType = 'model' | 'dataset' | 'space';

export interface HubRepo {
  type: HubType;
  name: string;
  files: Record<string, string>;
  gated?: false | 'auto' | 'manual';
  private?: boolean;
  /** Tokens allowed to read a gated or private repository. */
  access?: string[];
  /** Set on an old name: answers redirect to the new one. */
  renamedTo?: string;
}

export interface HubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  range: string | undefined;
  status: number;
}

export type HubFault =
  | { kind: 'status'; status: number }
  /** 429 with `Retry-After` (seconds) and the Hub's `RateLimit` header. */
  | { kind: 'rate-limit'; retryAfter: number }
  | { kind: 'slow'; ms: number }
  | { kind: 'drop' };

interface Rule {
  path: RegExp;
  left: number;
  fault: HubFault;
}

const PREFIX: Record<HubType, string> = { model: '', dataset: 'datasets/', space: 'spaces/' };
const API: Record<string, HubType> = { models: 'model', datasets: 'dataset', spaces: 'space' };

function shaOf(repo: HubRepo): string {
  const h = createHash('sha1').update(repo.type).update(repo.name);
  for (const [p, c] of Object.entries(repo.files).sort()) h.update(p).update('\0').update(c);
  return h.digest('hex');
}

export class FakeHub {
  readonly requests: HubRequest[] = [];
  private readonly repos = new Map<string, HubRepo>();
  private rules: Rule[] = [];
  private server: Server | undefined;
  url = '';

  add(repo: HubRepo): this {
    this.repos.set(`${repo.type}:${repo.name}`, repo);
    return this;
  }

  /** The commit sha the Hub reports for a repository. */
  sha(type: HubType, name: string): string {
    const repo = this.repos.get(`${type}:${name}`);
    if (!repo) throw new Error(`no repository ${type}:${name}`);
    return shaOf(repo);
  }

  fault(path: RegExp, fault: HubFault, times = Infinity): void {
    this.rules.push({ path, left: times, fault });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: HubRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      authorization: req.headers.authorization,
      range: req.headers.range,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: string | Buffer | object, headers: Record<string, string> = {}) => {
      record.status = status;
      if (res.destroyed) return;
      const json = typeof body === 'object' && !Buffer.isBuffer(body);
      const data = json ? JSON.stringify(body) : body;
      res.writeHead(status, { 'content-type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', 'x-request-id': `req-${this.requests.length}`, ...headers });
      res.end(req.method === 'HEAD' ? undefined : data);
    };

    const rule = this.rules.find((r) => r.left > 0 && r.path.test(record.path));
    if (rule) {
      rule.left--;
      const f = rule.fault;
      if (f.kind === 'status') return send(f.status, { error: 'Internal Error - We\'re working hard to fix this as soon as possible!' });
      if (f.kind === 'rate-limit') {
        return send(429, { error: 'You have exceeded our hourly quotas for action: api. We invite you to retry later.' }, {
          'retry-after': String(f.retryAfter),
          ratelimit: `"api";r=0;t=${f.retryAfter}`,
          'ratelimit-policy': '"fixed window";"api";q=1000;w=300',
        });
      }
      if (f.kind === 'drop') {
        res.socket?.destroy();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, f.ms));
      if (res.destroyed) return;
    }

    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const api = /^\/api\/(models|datasets|spaces)\/(.+?)\/revision\/([^/]+)$/.exec(record.path);
    if (api) return this.info(API[api[1]!]!, api[2]!, api[3]!, token, url, send);
    const file = /^\/(?:(datasets|spaces)\/)?(.+?)\/resolve\/([^/]+)\/(.+)$/.exec(record.path);
    if (file) {
      const type: HubType = file[1] === 'datasets' ? 'dataset' : file[1] === 'spaces' ? 'space' : 'model';
      return this.resolve(type, file[2]!, file[3]!, file[4]!, token, req.headers.range, url, send);
    }
    send(404, { error: 'Sorry, we can\'t find the page you are looking for.' });
  }

  /** A repository the caller may see, or the Hub's answer when it may not. */
  private visible(type: HubType, name: string, token: string | undefined): HubRepo | 'missing' {
    const repo = this.repos.get(`${type}:${name}`);
    if (!repo) return 'missing';
    if (repo.private && !(token && repo.access?.includes(token))) return 'missing';
    return repo;
  }

  private info(type: HubType, name: string, rev: string, token: string | undefined, url: URL, send: (s: number, b: object, h?: Record<string, string>) => void): void {
    const repo = this.visible(type, name, token);
    if (repo === 'missing') {
      return send(token ? 404 : 401, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound', 'x-error-message': 'Repository not found' });
    }
    if (repo.renamedTo) {
      return send(307, { message: 'Temporary Redirect' }, { location: `/api/${type}s/${repo.renamedTo}/revision/${encodeURIComponent(rev)}${url.search}` });
    }
    const sha = shaOf(repo);
    if (rev !== 'HEAD' && rev !== 'main' && rev !== sha) {
      return send(404, { error: `Invalid rev id: ${rev}` }, { 'x-error-code': 'RevisionNotFound' });
    }
    const expand = url.searchParams.getAll('expand');
    const full: Record<string, unknown> = {
      _id: createHash('md5').update(name).digest('hex').slice(0, 24),
      id: repo.name,
      private: repo.private ?? false,
      gated: repo.gated ?? false,
      disabled: false,
      downloads: 12,
      likes: 3,
      lastModified: '2025-06-01T10:00:00.000Z',
      sha,
      siblings: Object.keys(repo.files).sort().map((rfilename) => ({ rfilename })),
      tags: [],
    };
    if (type === 'model') full.pipeline_tag = 'text-generation';
    if (type === 'space') full.sdk = 'gradio';
    // With `expand`, the Hub answers the asked fields only (plus the id).
    const body = expand.length === 0 ? full : Object.fromEntries(Object.entries(full).filter(([k]) => k === '_id' || k === 'id' || expand.includes(k)));
    send(200, body);
  }

  private resolve(type: HubType, name: string, rev: string, path: string, token: string | undefined, range: string | undefined, url: URL, send: (s: number, b: string | object, h?: Record<string, string>) => void): void {
    const repo = this.visible(type, name, token);
    if (repo === 'missing') {
      return send(token ? 404 : 401, { error: 'Repository not found' }, { 'x-error-code': 'RepoNotFound' });
    }
    if (repo.renamedTo) return send(307, 'Temporary Redirect', { location: `/${PREFIX[type]}${repo.renamedTo}/resolve/${rev}/${path}${url.search}` });
    if (repo.gated && !(token && repo.access?.includes(token))) {
      const what = `${type === 'model' ? 'model' : type} ${repo.name}`;
      const message = token
        ? `Access to ${what} is restricted and you are not in the authorized list. Visit https://huggingface.co/${PREFIX[type]}${repo.name} to ask for access.`
        : `Access to ${what} is restricted. You must have access to it and be authenticated to access it. Please log in.`;
      return send(token ? 403 : 401, { error: message }, { 'x-error-code': 'GatedRepo', 'x-error-message': message });
    }
    const sha = shaOf(repo);
    if (rev !== 'main' && rev !== sha) return send(404, { error: `Invalid rev id: ${rev}` }, { 'x-error-code': 'RevisionNotFound' });
    const content = repo.files[path];
    if (content === undefined) return send(404, { error: 'Entry not found' }, { 'x-error-code': 'EntryNotFound', 'x-error-message': 'Entry not found' });
    const bytes = Buffer.from(content, 'utf8');
    const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
    const headers = { etag, 'x-repo-commit': sha, 'accept-ranges': 'bytes' };
    const r = /^bytes=(\d+)-(\d*)$/.exec(range ?? '');
    if (r) {
      const start = Number(r[1]);
      const end = Math.min(r[2] ? Number(r[2]) : bytes.length - 1, bytes.length - 1);
      if (start >= bytes.length) return send(416, 'Range Not Satisfiable', { 'content-range': `bytes */${bytes.length}` });
      return send(206, bytes.subarray(start, end + 1), { ...headers, 'content-range': `bytes ${start}-${end}/${bytes.length}` });
    }
    send(200, bytes, headers);
  }
}
