export const id = 787;
export const ids = [787];
export const modules = {

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyExternal: () => (/* binding */ verifyExternal),
  verifyOptionsFromEnv: () => (/* binding */ verifyOptionsFromEnv)
});

// EXTERNAL MODULE: ./src/source/git.ts + 1 modules
var git = __webpack_require__(7212);
;// CONCATENATED MODULE: ./src/verify/http.ts
/**
 * A `fetch` that is bounded and polite, shared by every client of one verification run: a request
 * budget, a concurrency limit, a timeout per request, retries on 429 and 5xx that honour
 * `Retry-After` and `RateLimit` headers, and a cache of answers (the same card is fetched once
 * however many findings link it). It has the signature of `fetch`, so the Hugging Face client
 * takes it as its `fetch` option.
 */
const DEFAULT_POLITE = {
    budget: 200,
    concurrency: 4,
    timeoutMs: 15_000,
    retries: 2,
    maxWaitMs: 30_000,
    maxBody: 1024 * 1024,
};
/** Thrown instead of sending a request once the run's budget is spent. */
class BudgetSpent extends Error {
    constructor(budget) {
        super(`the run's request budget (${budget}) is spent`);
        this.name = 'BudgetSpent';
    }
}
/** A server asked to wait longer than the run may. */
class RateLimited extends Error {
    status;
    waitMs;
    constructor(status, waitMs) {
        super(`rate limited (HTTP ${status}); the server asks to wait ${Math.ceil(waitMs / 1000)} s`);
        this.status = status;
        this.waitMs = waitMs;
        this.name = 'RateLimited';
    }
}
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/**
 * How long a server asks to wait, in ms: `Retry-After` (seconds or an HTTP date), the IETF
 * `RateLimit` header (`…;t=<seconds>`, as the Hugging Face Hub sends), or GitHub's
 * `x-ratelimit-reset` (epoch seconds) when `x-ratelimit-remaining` is 0. Pure.
 */
function waitAsked(headers, now) {
    const retryAfter = headers.get('retry-after');
    if (retryAfter !== null) {
        const seconds = Number(retryAfter.trim());
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const rateLimit = headers.get('ratelimit');
    if (rateLimit !== null) {
        const t = /(?:^|[;,\s])t=(\d+)/.exec(rateLimit);
        if (t)
            return Number(t[1]) * 1000;
        const reset = /(?:^|[;,\s])reset=(\d+)/.exec(rateLimit);
        if (reset)
            return Number(reset[1]) * 1000;
    }
    if (headers.get('x-ratelimit-remaining') === '0') {
        const reset = Number(headers.get('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now);
    }
    return undefined;
}
function requestKey(input, init) {
    const headers = new Headers(init?.headers);
    return `${init?.method ?? 'GET'} ${input} ${headers.get('range') ?? ''} ${headers.get('accept') ?? ''} ${init?.redirect ?? ''}`;
}
function politeFetch(options) {
    const net = options.fetch ?? globalThis.fetch;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const stats = { sent: 0, cached: 0, retried: 0 };
    const cache = new Map();
    let active = 0;
    const queue = [];
    const acquire = async () => {
        if (active < options.concurrency) {
            active++;
            return;
        }
        await new Promise((resolve) => queue.push(resolve));
    };
    const release = () => {
        const next = queue.shift();
        if (next)
            next();
        else
            active--;
    };
    const once = async (url, init) => {
        if (stats.sent >= options.budget)
            throw new BudgetSpent(options.budget);
        stats.sent++;
        await acquire();
        try {
            const response = await net(url, { ...init, redirect: init?.redirect ?? 'follow', signal: AbortSignal.timeout(options.timeoutMs) });
            const body = await readCapped(response, options.maxBody);
            return { status: response.status, statusText: response.statusText, headers: [...response.headers], body, url: response.url || url };
        }
        finally {
            release();
        }
    };
    const withRetries = async (url, init) => {
        for (let attempt = 0;; attempt++) {
            let answer;
            let failure;
            try {
                answer = await once(url, init);
            }
            catch (e) {
                if (e instanceof BudgetSpent)
                    throw e;
                failure = e;
            }
            const retryable = answer === undefined || RETRY_STATUS.has(answer.status);
            if (!retryable)
                return answer;
            const asked = answer ? waitAsked(new Headers(answer.headers), Date.now()) : undefined;
            if (asked !== undefined && asked > options.maxWaitMs)
                throw new RateLimited(answer.status, asked);
            if (attempt >= options.retries) {
                if (answer)
                    return answer;
                throw failure;
            }
            // A timeout is not worth repeating at once: the server is slow, not flaky.
            if (failure instanceof Error && failure.name === 'TimeoutError')
                throw failure;
            stats.retried++;
            await sleep(asked ?? Math.min(options.maxWaitMs, 500 * 2 ** attempt));
        }
    };
    const polite = async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const method = (init?.method ?? 'GET').toUpperCase();
        if (method !== 'GET' && method !== 'HEAD')
            throw new Error(`verification only reads: refused ${method} ${url}`);
        const key = requestKey(url, init);
        let pending = cache.get(key);
        if (pending)
            stats.cached++;
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
    return { fetch: polite, stats };
}
async function readCapped(response, max) {
    if (!response.body)
        return new ArrayBuffer(0);
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
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
function describeFailure(e) {
    if (e instanceof BudgetSpent || e instanceof RateLimited)
        return e.message;
    if (e instanceof Error) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'no answer in time (timeout)';
        const cause = e.cause;
        if (cause?.code)
            return `network error (${cause.code})`;
        if (cause?.message)
            return `network error (${cause.message.slice(0, 120)})`;
        return e.message.replace(/\s+/g, ' ').slice(0, 160);
    }
    return String(e).slice(0, 160);
}

;// CONCATENATED MODULE: ./src/verify/github.ts

async function get(client, path) {
    const response = await client.fetch(`${client.apiUrl.replace(/(?<!\/)\/+$/, '')}${path}`, {
        headers: {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
        },
    });
    let body;
    try {
        body = await response.json();
    }
    catch {
        body = undefined;
    }
    return { status: response.status, body, url: response.url };
}
const seg = (s) => encodeURIComponent(s);
function refused(a) {
    if (a.status === 403 || a.status === 429) {
        const message = a.body?.message;
        return `could not verify: GitHub refused (HTTP ${a.status}${typeof message === 'string' ? `: ${message.slice(0, 100)}` : ''})`;
    }
    if (a.status >= 500)
        return `could not verify: GitHub answered HTTP ${a.status}`;
    return undefined;
}
async function verifyGitHub(t, pinned, client) {
    const fail = (outcome, reason, revision) => ({
        outcome,
        verified: false,
        host: 'github',
        reason,
        ...(revision ? { revision } : {}),
    });
    try {
        const repo = await get(client, `/repos/${seg(t.owner)}/${seg(t.repo)}`);
        const r1 = refused(repo);
        if (r1)
            return fail('unverifiable', r1);
        if (repo.status === 404 || repo.status === 401)
            return fail('refuted', `the repository ${t.owner}/${t.repo} does not exist on GitHub (or is private)`);
        if (repo.status !== 200)
            return fail('unverifiable', `could not verify: GitHub answered HTTP ${repo.status}`);
        const info = repo.body;
        const fullName = typeof info.full_name === 'string' ? info.full_name : `${t.owner}/${t.repo}`;
        const renamed = fullName.toLowerCase() !== `${t.owner}/${t.repo}`.toLowerCase() ? fullName : undefined;
        const ref = pinned ?? t.ref ?? (typeof info.default_branch === 'string' ? info.default_branch : 'HEAD');
        const [owner, name] = fullName.split('/');
        const commit = await get(client, `/repos/${seg(owner)}/${seg(name)}/commits/${seg(ref)}`);
        const r2 = refused(commit);
        if (r2)
            return fail('unverifiable', r2);
        if (commit.status === 404 || commit.status === 422) {
            return fail('refuted', `${pinned ? 'the pinned commit' : 'the ref'} ${ref.slice(0, 40)} does not exist in ${fullName}${pinned ? ' (force-pushed away, or never pushed)' : ''}`);
        }
        if (commit.status !== 200)
            return fail('unverifiable', `could not verify: GitHub answered HTTP ${commit.status}`);
        const sha = commit.body.sha;
        const revision = typeof sha === 'string' ? sha : undefined;
        const base = { host: 'github', ...(revision ? { revision } : {}), ...(renamed ? { resolved: `https://github.com/${fullName}` } : {}) };
        const note = renamed ? ` (renamed to ${fullName})` : '';
        if (t.path) {
            const path = t.path.split('/').map(seg).join('/');
            const contents = await get(client, `/repos/${seg(owner)}/${seg(name)}/contents/${path}?ref=${seg(revision ?? ref)}`);
            const r3 = refused(contents);
            if (r3)
                return { ...base, outcome: 'unverifiable', verified: false, reason: r3 };
            if (contents.status === 404)
                return { ...base, outcome: 'refuted', verified: false, reason: `${t.path} does not exist in ${fullName} at ${(revision ?? ref).slice(0, 12)}${note}` };
            if (contents.status !== 200)
                return { ...base, outcome: 'unverifiable', verified: false, reason: `could not verify: GitHub answered HTTP ${contents.status}` };
            return { ...base, outcome: 'verified', verified: true, reason: `verified on GitHub: ${t.path} exists in ${fullName} at ${(revision ?? ref).slice(0, 12)}${note}` };
        }
        return {
            ...base,
            outcome: 'verified',
            verified: true,
            reason: `verified on GitHub: ${fullName} at ${(revision ?? ref).slice(0, 12)}${pinned ? ' (the pinned commit)' : ''} exists${note}`,
        };
    }
    catch (e) {
        return fail('unverifiable', `could not verify: ${describeFailure(e)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@huggingface/hub/dist/index.mjs + 15 modules
var dist = __webpack_require__(5009);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/source/read.ts
var read = __webpack_require__(7429);
// EXTERNAL MODULE: ./src/domain/finding.ts
var finding = __webpack_require__(5457);
;// CONCATENATED MODULE: ./src/verify/judge.ts




/** Artifacts whose claim is about the card's content: a repository that merely exists does not make them. */
const CARD_CONTENT = new Set(['data-card', 'model-card', 'eval-results', 'license']);
function context(files, artifact) {
    const set = new Set(files);
    return {
        paths: files,
        has: (p) => set.has(p),
        submodules: [],
        chosen: (id) => id === artifact,
    };
}
function run(detector, path, data, size, ctx) {
    return detector.check((0,read/* decodeHead */.Jk)(path, data, size), ctx);
}
function strongest(findings, outcome) {
    return findings.filter((f) => f.outcome === outcome).sort((a, b) => b.strength - a.strength)[0];
}
/** Numbers in HF `.eval_results/*.yaml` entries (`value:` of each result), which the JSON/CSV readers do not cover. */
function evalYamlValues(text) {
    let doc;
    try {
        doc = (0,yaml_dist/* parse */.qg)(text, { maxAliasCount: 10, logLevel: 'error' });
    }
    catch {
        return 0;
    }
    let n = 0;
    const walk = (v, depth) => {
        if (depth > 8 || v === null || typeof v !== 'object')
            return;
        if (Array.isArray(v)) {
            for (const x of v.slice(0, 500))
                walk(x, depth + 1);
            return;
        }
        for (const [k, x] of Object.entries(v)) {
            if (/^(?:value|score)$/i.test(k) && typeof x === 'number' && Number.isFinite(x))
                n++;
            else
                walk(x, depth + 1);
        }
    };
    walk(doc, 0);
    return n;
}
function judgeRemote(artifact, detectors, repo) {
    const detector = detectors.find((d) => d.id === artifact);
    const files = repo.files ?? (repo.card ? ['README.md'] : []);
    const ctx = context(files, artifact);
    const card = repo.card && detector ? run(detector, 'README.md', repo.card.data, repo.card.size, ctx) : [];
    const licenseDetector = detectors.find((d) => d.id === 'license');
    const cardLicense = repo.card && licenseDetector ? strongest(run(licenseDetector, 'README.md', repo.card.data, repo.card.size, ctx), 'evidence')?.license : undefined;
    const withLicense = (j) => (cardLicense && artifact !== 'license' ? { ...j, license: cardLicense } : j);
    if (artifact === 'eval-results' && detector) {
        for (const f of repo.evalFiles ?? []) {
            if (/\.ya?ml$/i.test(f.path)) {
                const values = evalYamlValues(f.data.toString('utf8'));
                if (values > 0)
                    return withLicense({ result: 'verified', reason: `${f.path} holds ${values} result value(s)` });
                continue;
            }
            const found = strongest(run(detector, f.path, f.data, f.size, ctx), 'evidence');
            if (found)
                return withLicense({ result: 'verified', reason: `${f.path}: ${found.message}` });
        }
    }
    const evidence = strongest(card, 'evidence');
    if (evidence) {
        const out = { result: 'verified', reason: `README.md: ${evidence.message}` };
        if (artifact === 'license' && evidence.license)
            out.license = evidence.license;
        return withLicense(out);
    }
    if (artifact === 'weights' || artifact === 'checkpoints') {
        // Parameter files are judged by name, as in the tree: their bytes are not fetched.
        const globs = (detector?.globs ?? []).filter((g) => !/\.md$/i.test(g));
        const weightFile = files.find((p) => globs.some((g) => (0,esm/* minimatch */.xF)(p, g, { nocase: true, dot: true })));
        if (weightFile)
            return withLicense({ result: 'verified', reason: `the repository holds ${weightFile}${files.length > 1 ? ` (${files.length} files)` : ''}` });
        if (repo.files)
            return withLicense({ result: 'refuted', reason: 'the repository holds no parameter files' });
    }
    if ((artifact === 'datasets' || artifact === 'evaluation-data') && repo.files) {
        // The data itself: files beside the card (a dataset repository holding only its card publishes no data).
        const data = repo.files.filter((p) => !/(?:^|\/)(?:\.gitattributes|\.gitignore|[^/]*\.md)$/i.test(p));
        if (data.length > 0)
            return withLicense({ result: 'verified', reason: `the repository holds ${data.length} data file(s), e.g. ${data[0]}` });
        return withLicense({ result: 'refuted', reason: 'the repository holds no data files, only its card' });
    }
    const failed = card.filter((f) => f.outcome === 'rejected' && f.strength >= finding/* CANDIDATE */.Me).sort((a, b) => b.strength - a.strength)[0];
    if (failed)
        return withLicense({ result: 'refuted', reason: `README.md: ${failed.message}` });
    if (CARD_CONTENT.has(artifact)) {
        if (!repo.card)
            return withLicense({ result: 'refuted', reason: 'the repository has no card (README.md)' });
        const near = strongest(card, 'rejected') ?? strongest(card, 'weak');
        return withLicense({ result: 'refuted', reason: `the card holds no ${artifact} evidence${near ? ` (${near.message})` : ''}` });
    }
    return withLicense({ result: 'exists', reason: 'the repository exists; its content is not judged for this artifact' });
}

;// CONCATENATED MODULE: ./src/verify/targets.ts
/**
 * What an external link points at, read from its address alone. Pure: no I/O.
 *
 * - a Hugging Face Hub repository (model, dataset or space), with the revision and file the link names;
 * - a GitHub repository, with the ref and path of a `tree/` or `blob/` link (or a submodule's pinned commit);
 * - anything else on http(s): only whether it answers can be checked.
 */
const HUB_HOSTS = new Set(['huggingface.co', 'www.huggingface.co', 'hf.co']);
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
/** Top-level Hub pages that are not repositories. */
const HUB_NON_REPO = new Set(['docs', 'blog', 'papers', 'learn', 'spaces', 'datasets', 'models', 'api', 'join', 'login', 'pricing', 'settings', 'organizations', 'collections', 'tasks', 'posts', 'chat']);
const NAME = /^[\w.-]{1,96}$/;
/** git@github.com:org/repo.git, ssh://git@github.com/org/repo, git://github.com/org/repo → an https URL. */
function normaliseGitUrl(raw) {
    const scp = /^[\w.-]+@([\w.-]+):(?!\/\/)(.+)$/.exec(raw);
    if (scp)
        return `https://${scp[1]}/${scp[2]}`;
    return raw.replace(/^(?:git\+)?(?:ssh|git):\/\/(?:[\w.-]+@)?/i, 'https://');
}
function parseTarget(raw) {
    let url;
    try {
        url = new URL(normaliseGitUrl(raw.trim()));
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    const host = url.hostname.toLowerCase();
    const parts = url.pathname
        .split('/')
        .filter((p) => p !== '')
        .map((p) => {
        try {
            return decodeURIComponent(p);
        }
        catch {
            return p;
        }
    });
    if (HUB_HOSTS.has(host))
        return hubTarget(parts) ?? { kind: 'web', url: url.href };
    if (GITHUB_HOSTS.has(host))
        return gitHubTarget(parts) ?? { kind: 'web', url: url.href };
    return { kind: 'web', url: url.href };
}
function hubTarget(parts) {
    let type = 'model';
    if (parts[0] === 'datasets' || parts[0] === 'spaces') {
        type = parts[0] === 'datasets' ? 'dataset' : 'space';
        parts = parts.slice(1);
    }
    else if (parts[0] !== undefined && HUB_NON_REPO.has(parts[0])) {
        return undefined;
    }
    const [owner, second] = parts;
    if (!owner || !NAME.test(owner))
        return undefined;
    // A legacy bare name (`gpt2`, `datasets/squad`) has no owner part.
    const bare = second === undefined || ['tree', 'blob', 'resolve', 'raw', 'commit'].includes(second);
    if (!bare && !NAME.test(second))
        return undefined;
    const name = bare ? owner : `${owner}/${second}`;
    const rest = parts.slice(bare ? 1 : 2);
    const out = { kind: 'hub', type, name: name.replace(/\.git$/, '') };
    if ((rest[0] === 'tree' || rest[0] === 'blob' || rest[0] === 'resolve' || rest[0] === 'raw') && rest[1]) {
        out.revision = rest[1];
        if (rest.length > 2)
            out.path = rest.slice(2).join('/');
    }
    return out;
}
function gitHubTarget(parts) {
    const [owner, repoPart] = parts;
    if (!owner || !repoPart || !NAME.test(owner) || !NAME.test(repoPart))
        return undefined;
    const repo = repoPart.replace(/\.git$/, '');
    if (['orgs', 'settings', 'topics', 'marketplace', 'sponsors', 'features'].includes(owner))
        return undefined;
    const out = { kind: 'github', owner, repo };
    const rest = parts.slice(2);
    if ((rest[0] === 'tree' || rest[0] === 'blob') && rest[1]) {
        out.ref = rest[1];
        if (rest.length > 2)
            out.path = rest.slice(2).join('/');
    }
    else if (rest[0] === 'commit' && rest[1]) {
        out.ref = rest[1];
    }
    return out;
}
/** The address a user opens for a Hub repository at a revision. */
function hubPage(hubUrl, t, revision) {
    const prefix = t.type === 'model' ? '' : `${t.type}s/`;
    return `${hubUrl.replace(/(?<!\/)\/+$/, '')}/${prefix}${t.name}${revision ? `/tree/${revision}` : ''}`;
}

;// CONCATENATED MODULE: ./src/verify/hub.ts




/** Bytes of a card read, as in the tree scan. */
const CARD_BYTES = 256 * 1024;
const EVAL_FILES = 3;
function apiFailure(e) {
    return e instanceof Error && typeof e.statusCode === 'number' ? e : undefined;
}
async function info(t, client) {
    const common = {
        name: t.name,
        hubUrl: client.hubUrl,
        fetch: client.fetch,
        ...(t.revision ? { revision: t.revision } : {}),
        ...(client.accessToken ? { accessToken: client.accessToken } : {}),
    };
    const siblings = (data) => Array.isArray(data) ? data.map((s) => s?.rfilename).filter((p) => typeof p === 'string') : undefined;
    if (t.type === 'model') {
        const m = await (0,dist/* modelInfo */.gi)({ ...common, additionalFields: ['sha', 'filePaths'] });
        return { name: m.name, sha: m.sha, gated: m.gated, private: m.private, files: m.filePaths };
    }
    if (t.type === 'dataset') {
        // `siblings` is served for datasets too (the client's types leave it out of the expandable keys).
        const d = (await (0,dist/* datasetInfo */.XU)({ ...common, additionalFields: ['sha', 'siblings'] }));
        return { name: d.name, sha: d.sha, gated: d.gated, private: d.private, files: siblings(d.siblings) };
    }
    const s = (await (0,dist/* spaceInfo */.vN)({ ...common, additionalFields: ['sha', 'siblings'] }));
    return { name: s.name, sha: s.sha, private: s.private, files: siblings(s.siblings) };
}
async function head(t, name, path, revision, client) {
    const blob = await (0,dist/* downloadFile */.PE)({
        repo: { type: t.type, name },
        path,
        revision,
        hubUrl: client.hubUrl,
        fetch: client.fetch,
        // The card is a small git file; the xet protocol is for large LFS content.
        xet: false,
        ...(client.accessToken ? { accessToken: client.accessToken } : {}),
    });
    if (!blob)
        return null;
    const part = blob.size > CARD_BYTES ? blob.slice(0, CARD_BYTES) : blob;
    return { data: Buffer.from(await part.arrayBuffer()), size: blob.size };
}
function hub_short(sha) {
    return sha ? sha.slice(0, 12) : 'an unknown revision';
}
function kindName(t) {
    return t.type === 'model' ? 'model' : t.type;
}
/** Why an answer of the Hub refuses, in words; `unverifiable` unless it says the repository is not there. */
function fromApiError(e, t, client, what) {
    const api = apiFailure(e);
    const text = `${api?.data?.error ?? api?.data?.message ?? ''}`.slice(0, 200);
    const status = api?.statusCode;
    if (status !== undefined && /restricted|gated|authorized list|accept the conditions/i.test(text)) {
        return {
            outcome: 'unverifiable',
            verified: false,
            host: 'hub',
            reason: `could not verify: the ${kindName(t)} ${t.name} is gated on the Hub (HTTP ${status})${client.accessToken ? '; the HF_TOKEN account has no access' : '; set HF_TOKEN to a token of an account with access'}`,
        };
    }
    if (status === 404 || (status === 401 && /not found/i.test(text))) {
        return {
            outcome: 'refuted',
            verified: false,
            host: 'hub',
            reason: `${what} not found on the Hub (HTTP ${status}): deleted, renamed without a redirect, or private${client.accessToken ? ' to the HF_TOKEN account' : ''}`,
        };
    }
    if (status === 401 || status === 403) {
        return { outcome: 'unverifiable', verified: false, host: 'hub', reason: `could not verify: the Hub refused access (HTTP ${status})${client.accessToken ? '; check HF_TOKEN' : ''}` };
    }
    if (status !== undefined)
        return { outcome: 'unverifiable', verified: false, host: 'hub', reason: `could not verify: the Hub answered HTTP ${status}` };
    return { outcome: 'unverifiable', verified: false, host: 'hub', reason: `could not verify: ${describeFailure(e)}` };
}
async function verifyHub(t, artifact, detectors, client) {
    let repo;
    try {
        repo = await info(t, client);
    }
    catch (e) {
        return fromApiError(e, t, client, `the ${kindName(t)} ${t.name}${t.revision ? ` at ${t.revision}` : ''}`);
    }
    const sha = repo.sha ?? t.revision;
    const renamed = repo.name && repo.name.toLowerCase() !== t.name.toLowerCase() ? repo.name : undefined;
    const base = { host: 'hub', ...(sha ? { revision: sha } : {}) };
    if (renamed)
        base.resolved = hubPage(client.hubUrl, { type: t.type, name: renamed });
    const notes = [renamed ? `renamed to ${renamed}` : '', repo.gated ? `gated (${repo.gated} approval)` : '', repo.private ? 'private' : ''].filter(Boolean);
    const suffix = notes.length ? ` (${notes.join(', ')})` : '';
    const name = repo.name || t.name;
    if (t.path && repo.files && !repo.files.some((f) => f === t.path || f.startsWith(`${t.path}/`))) {
        return { ...base, outcome: 'refuted', verified: false, reason: `${t.path} does not exist in ${name} at ${hub_short(sha)}${suffix}` };
    }
    if (t.type === 'space') {
        return { ...base, outcome: 'reachable', verified: true, reason: `the space exists on the Hub at ${hub_short(sha)}${suffix}; content not judged` };
    }
    let remote;
    try {
        const card = repo.files && !repo.files.includes('README.md') ? null : await head(t, name, 'README.md', sha ?? 'main', client);
        remote = { card, ...(repo.files ? { files: repo.files } : {}) };
        if (artifact === 'eval-results' && repo.files) {
            const evalPaths = repo.files.filter((f) => f.startsWith('.eval_results/')).slice(0, EVAL_FILES);
            const evalFiles = [];
            for (const p of evalPaths) {
                const h = await head(t, name, p, sha ?? 'main', client);
                if (h)
                    evalFiles.push({ path: p, ...h });
            }
            remote.evalFiles = evalFiles;
        }
    }
    catch (e) {
        const failed = fromApiError(e, t, client, `the card of ${name}`);
        return { ...base, ...failed, reason: `${failed.reason}${suffix}` };
    }
    const judged = judgeRemote(artifact, detectors, remote);
    const out = judged.result === 'verified'
        ? { ...base, outcome: 'verified', verified: true, reason: `verified on the Hub at ${hub_short(sha)}${suffix}: ${judged.reason}` }
        : judged.result === 'exists'
            ? { ...base, outcome: 'reachable', verified: true, reason: `exists on the Hub at ${hub_short(sha)}${suffix}; content not judged for ${artifact}` }
            : { ...base, outcome: 'refuted', verified: false, reason: `on the Hub at ${hub_short(sha)}${suffix}: ${judged.reason}` };
    if (judged.license)
        out.license = judged.license;
    return out;
}

;// CONCATENATED MODULE: ./src/verify/web.ts

/**
 * Any other link (a W&B or Comet report, a paper): whether it answers, nothing more. Only public
 * https hosts are asked: a link in a repository must not make the runner probe its own network.
 */
/** Hosts that are not public names: IP literals, localhost, single labels, `.local`/`.internal`. */
function publicHttps(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return false;
    }
    if (url.protocol !== 'https:' || url.username || url.password)
        return false;
    const host = url.hostname.toLowerCase();
    if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host) || !host.includes('.'))
        return false;
    return !/(?:^|\.)(?:localhost|local|internal|lan|home|corp|intranet)$/.test(host);
}
async function verifyWeb(url, fetchFn) {
    if (!publicHttps(url)) {
        return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: only public https addresses are checked' };
    }
    try {
        let response = await follow(url, 'HEAD', fetchFn);
        // Many sites refuse HEAD (405, 403, 501) and answer GET.
        if ([403, 405, 501].includes(response.status))
            response = await follow(url, 'GET', fetchFn);
        if (response.status >= 300 && response.status < 400) {
            return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: the link redirects to an address that is not public https, or too many times' };
        }
        if (response.ok || response.status === 206) {
            return { outcome: 'reachable', verified: true, host: 'web', reason: `reachable (HTTP ${response.status}), content not judged` };
        }
        if (response.status === 404 || response.status === 410) {
            return { outcome: 'refuted', verified: false, host: 'web', reason: `the link is dead (HTTP ${response.status})` };
        }
        return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: HTTP ${response.status}` };
    }
    catch (e) {
        return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: ${describeFailure(e)}` };
    }
}
/** Follows redirects one hop at a time so that no hop can lead the runner to a private address. */
async function follow(start, method, fetchFn) {
    let url = start;
    for (let hop = 0;; hop++) {
        const response = await fetchFn(url, { method, redirect: 'manual', ...(method === 'GET' ? { headers: { range: 'bytes=0-1023' } } : {}) });
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || !location || hop >= 5)
            return response;
        const next = new URL(location, url).href;
        if (!publicHttps(next))
            return response;
        url = next;
    }
}

;// CONCATENATED MODULE: ./src/verify/index.ts






/** Distinct (artifact, URL) claims checked at most in one run; the request budget bounds the rest. */
const MAX_CLAIMS = 60;
/** Links checked side by side (each one makes a few requests, themselves limited by the polite fetch). */
const WORKERS = 4;
/** The options a run takes from the environment: the variables Hugging Face's and GitHub's own tools honour. */
function verifyOptionsFromEnv(env, root, detectors) {
    const out = { root, detectors };
    if (env.HF_ENDPOINT)
        out.hubUrl = env.HF_ENDPOINT;
    if (env.HF_TOKEN)
        out.hfToken = env.HF_TOKEN;
    if (env.GITHUB_API_URL)
        out.githubApiUrl = env.GITHUB_API_URL;
    if (env.GITHUB_TOKEN)
        out.githubToken = env.GITHUB_TOKEN;
    return out;
}
function declaredFinding(id, url, policy) {
    return {
        artifact: id,
        path: policy.source ?? '',
        line: policy.lines.external?.[id] ?? 1,
        outcome: 'external',
        strength: 100,
        code: 'declared',
        message: `declared in ${policy.source ?? 'the policy'} (external.${id})`,
        url,
    };
}
/** The commit a submodule's gitlink pins, read from git (work tree index, or the scanned commit). */
async function gitlinkCommit(root, path, scan) {
    const args = scan.source === 'ref' && scan.commit ? ['ls-tree', scan.commit, '--', path] : ['ls-files', '-s', '--', path];
    const r = await (0,git/* runGit */.EO)(root, args, { timeoutMs: 5000 }).catch(() => undefined);
    if (!r || r.code !== 0)
        return undefined;
    const m = /^160000 (?:commit )?([0-9a-f]{40,64})\b/m.exec(r.stdout.toString('utf8'));
    return m?.[1];
}
async function verifyExternal(scan, policy, options) {
    const polite = politeFetch({
        ...DEFAULT_POLITE,
        ...options.limits,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const hub = { hubUrl: (options.hubUrl ?? 'https://huggingface.co').replace(/(?<!\/)\/+$/, ''), fetch: polite.fetch };
    if (options.hfToken)
        hub.accessToken = options.hfToken;
    const github = { apiUrl: options.githubApiUrl ?? 'https://api.github.com', fetch: polite.fetch };
    if (options.githubToken)
        github.token = options.githubToken;
    const findings = [...scan.findings];
    for (const [id, url] of Object.entries(policy.external)) {
        if (!findings.some((f) => f.artifact === id && f.outcome === 'external' && f.url === url))
            findings.push(declaredFinding(id, url, policy));
    }
    // Claims that carry an artifact alone come first: when the budget runs out, it runs out on extras.
    const withEvidence = new Set(findings.filter((f) => f.outcome === 'evidence').map((f) => f.artifact));
    const judged = (id) => (policy.artifacts[id]?.severity ?? 'off') !== 'off';
    const claims = new Map();
    for (const f of findings) {
        if (f.outcome !== 'external' || !f.url)
            continue;
        const key = `${f.artifact}\u0000${f.url}`;
        if (claims.has(key))
            continue;
        claims.set(key, { artifact: f.artifact, url: f.url, finding: f, rank: (withEvidence.has(f.artifact) ? 2 : 0) + (judged(f.artifact) ? 0 : 1) });
    }
    const ordered = [...claims.entries()].sort((a, b) => a[1].rank - b[1].rank);
    const results = new Map();
    const skipped = { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: more than ${MAX_CLAIMS} external links in one run` };
    let next = 0;
    const worker = async () => {
        while (next < ordered.length) {
            const [key, claim] = ordered[next++];
            if (next > MAX_CLAIMS) {
                results.set(key, skipped);
                continue;
            }
            results.set(key, await verifyClaim(claim.artifact, claim.url, claim.finding, scan, options, hub, github, polite.fetch));
        }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    const annotated = findings.map((f) => {
        if (f.outcome !== 'external')
            return f;
        const v = f.url
            ? (results.get(`${f.artifact}\u0000${f.url}`) ?? skipped)
            : { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: the claim names no address' };
        const out = { ...f, verification: v };
        if (v.verified && v.license && !f.license)
            out.license = v.license;
        return out;
    });
    const counts = { verified: 0, reachable: 0, refuted: 0, unverifiable: 0 };
    for (const v of results.values())
        counts[v.outcome]++;
    const notes = [...scan.notes];
    if (results.size > 0) {
        notes.push({
            code: 'verify-external',
            message: `external evidence checked: ${counts.verified} verified, ${counts.reachable} reachable (content not judged), ${counts.refuted} refuted, ${counts.unverifiable} could not be verified (${polite.stats.sent} requests)`,
        });
    }
    return { scan: { ...scan, findings: annotated, notes }, stats: { ...polite.stats, links: results.size } };
}
async function verifyClaim(artifact, url, finding, scan, options, hub, github, fetchFn) {
    try {
        const target = parseTarget(url);
        if (!target)
            return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: not an http(s) address' };
        if (target.kind === 'hub')
            return await verifyHub(target, artifact, options.detectors, hub);
        if (target.kind === 'github') {
            const pinned = finding.code.endsWith('submodule') ? await gitlinkCommit(options.root, finding.path, scan) : undefined;
            return await verifyGitHub(target, pinned, github);
        }
        return await verifyWeb(target.url, fetchFn);
    }
    catch (e) {
        // A fault in a client library is still only a claim that could not be checked.
        return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: ${e instanceof Error ? e.message.replace(/\s+/g, ' ').slice(0, 160) : String(e).slice(0, 160)}` };
    }
}


/***/ })

};
