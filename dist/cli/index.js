#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MM: () => (/* binding */ ARTIFACT_IDS),
/* harmony export */   aS: () => (/* binding */ CORE_ARTIFACT_IDS),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   jl: () => (/* binding */ MOF_ARTIFACT_IDS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   tA: () => (/* binding */ artifactOrder)
/* harmony export */ });
/* unused harmony exports isArtifactId, STATUSES */
/**
 * The artifact ids are a public contract (design.md): they appear in `.openness.yml`,
 * in the JSON report, in annotation titles and in action outputs. Order matters: reports
 * list artifacts in this order.
 */
const CORE_ARTIFACT_IDS = [
    'data-card',
    'preprocessing',
    'config',
    'training',
    'eval-results',
    'license',
    'model-card',
];
/**
 * Further Model Openness Framework components (issue 7). They are detected on every scan
 * so the MOF class can be computed, but they are only judged by the gate when a policy
 * (a MOF/OSAID preset or the user's own file) gives them a severity.
 */
const MOF_ARTIFACT_IDS = [
    'architecture',
    'weights',
    'checkpoints',
    'datasets',
    'inference-code',
    'evaluation-code',
    'evaluation-data',
    'sample-outputs',
    'technical-report',
    'research-paper',
    'libraries',
];
const ARTIFACT_IDS = [...CORE_ARTIFACT_IDS, ...MOF_ARTIFACT_IDS];
function isArtifactId(value) {
    return ARTIFACT_IDS.includes(value);
}
/** Position in the canonical order; reports sort by it. */
function artifactOrder(id) {
    return ARTIFACT_IDS.indexOf(id);
}
const SEVERITIES = ['error', 'warning', 'notice', 'off'];
const FAIL_ON = ['error', 'warning', 'never'];
const STATUSES = (/* unused pure expression or super */ null && (['present', 'missing', 'invalid', 'external', 'waived']));


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError),
/* harmony export */   u: () => (/* binding */ GateError)
/* harmony export */ });
/**
 * Errors that mean "the run could not be judged" (exit 2). They carry a message meant for
 * the user as it is: file, line and key path where they apply, never a stack trace.
 */
class GateError extends Error {
    file;
    line;
    name = 'GateError';
    constructor(message, 
    /** Where it happened, for annotations: a file and 1-based line when known. */
    file, line) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
/** Bad command-line usage or action input. */
class UsageError extends GateError {
    name = 'UsageError';
}


/***/ }),

/***/ 3326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ DEFAULT_SCAN_MS),
/* harmony export */   j: () => (/* binding */ startListing)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3492);

/**
 * The git calls that list a work tree, started before anything else needs them. The CLI starts them
 * right after reading its arguments, so git lists the tree while the rest of the program loads; the
 * scan takes them over when they were started for the same folder and mode, else starts its own.
 * None of these promises rejects: failures are values, judged when the listing is used.
 */
/** The scan's default wall-clock budget; git calls started early are held to it too. */
const DEFAULT_SCAN_MS = 120_000;
function startListing(root, untracked, timeoutMs = DEFAULT_SCAN_MS) {
    return {
        root,
        untracked,
        files: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .lsFiles */ .Fz)(root, { untracked, timeoutMs }).catch((error) => (error instanceof Error ? error : new Error(String(error)))),
        head: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .headCommit */ .Qo)(root).catch(() => null),
        probe: (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .probeRepo */ .VQ)(root).catch((error) => ({ repo: null, reason: 'git-unavailable', message: `git could not be run: ${error instanceof Error ? error.message : String(error)}` })),
    };
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nZ: () => (/* binding */ BlobReader),
  Hf: () => (/* binding */ findPreviousTag),
  Qo: () => (/* binding */ headCommit),
  Fz: () => (/* binding */ lsFiles),
  kb: () => (/* binding */ lsTree),
  VQ: () => (/* binding */ probeRepo),
  sR: () => (/* binding */ readGitmodules),
  qE: () => (/* binding */ resolveRef),
  EO: () => (/* binding */ runGit)
});

// UNUSED EXPORTS: gitMessage, isShallow

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/scan/git.ts


const GIT_CONFIG = ['-c', 'core.fsmonitor=', '-c', 'core.quotepath=off'];
function gitEnv() {
    return {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
        GIT_PAGER: 'cat',
        LC_ALL: 'C',
    };
}
/** Runs git in `cwd`. Resolves with the exit code; rejects only when git cannot be started at all. */
function runGit(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, ...args], { cwd, env: gitEnv(), stdio: 'pipe', windowsHide: true });
        }
        catch (error) {
            reject(error);
            return;
        }
        child.stdin.end();
        const out = [];
        const err = [];
        let errBytes = 0;
        let timedOut = false;
        const timer = options.timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, Math.max(1, options.timeoutMs))
            : undefined;
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => {
            // stderr is only for messages: keep the start of it.
            if (errBytes < 64 * 1024)
                err.push(chunk);
            errBytes += chunk.length;
        });
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            const stderr = Buffer.concat(err).toString('utf8').trim();
            resolve({
                code: timedOut ? -1 : (code ?? -1),
                stdout: Buffer.concat(out),
                stderr: timedOut ? `git ${args[0] ?? ''} did not finish within ${options.timeoutMs} ms` : stderr,
            });
        });
    });
}
function firstLine(text) {
    const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
    return line.replace(/^(fatal|error): /, '').trim();
}
/** Git's own message for a failed call, one line, for notes and errors. */
function gitMessage(result) {
    return firstLine(result.stderr) || `git exited with status ${result.code}`;
}
/** What git makes of `root`: a work tree, a bare repository, or nothing git can use. */
async function probeRepo(root) {
    let inside;
    try {
        inside = await runGit(root, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix']);
    }
    catch (error) {
        return { repo: null, reason: 'git-unavailable', message: `git could not be run: ${error.message}` };
    }
    if (inside.code === 0) {
        const [flag, top, prefix] = inside.stdout.toString('utf8').split('\n');
        if (flag === 'true')
            return { repo: { workTree: true, topLevel: top ?? null, prefix: prefix ?? '' } };
    }
    const bare = await runGit(root, ['rev-parse', '--is-bare-repository']);
    if (bare.code === 0 && bare.stdout.toString('utf8').trim() === 'true') {
        return { repo: { workTree: false, topLevel: null, prefix: '' } };
    }
    if (bare.code === 0)
        return { repo: null, reason: 'not-a-repo', message: 'inside a .git folder, not a work tree' };
    const message = gitMessage(inside);
    // "dubious ownership" and the like: git works but refuses this repository.
    const reason = /not a git repository/i.test(message) ? 'not-a-repo' : 'git-unavailable';
    return { repo: null, reason, message };
}
/** The commit HEAD points at; null in a repository without commits. */
async function headCommit(root) {
    const result = await runGit(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
    return result.code === 0 ? result.stdout.toString('utf8').trim() || null : null;
}
function checkRefSyntax(ref) {
    // Refs reach git as arguments: one that starts with `-` would be read as an option.
    if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
        throw new errors/* GateError */.u(`invalid ref ${JSON.stringify(ref)}: not a branch, tag or commit name`);
    }
}
/** The commit a ref (branch, tag, sha, `HEAD~2`…) names. GateError naming the ref when there is none. */
async function resolveRef(root, ref) {
    checkRefSyntax(ref);
    let result;
    try {
        result = await runGit(root, ['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
    }
    catch (error) {
        throw new errors/* GateError */.u(`cannot resolve ref "${ref}": git could not be run (${error.message})`);
    }
    const sha = result.stdout.toString('utf8').trim();
    if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) {
        const probe = await probeRepo(root);
        if (probe.repo === null)
            throw new errors/* GateError */.u(`cannot resolve ref "${ref}": ${probe.message}`);
        const hint = (await isShallow(root)) ? ' (the clone is shallow: fetch more history, e.g. actions/checkout with fetch-depth: 0)' : '';
        throw new errors/* GateError */.u(`unknown ref "${ref}": no commit of that name in ${root}${hint}`);
    }
    return sha;
}
/** True for a shallow clone (history cut short, as actions/checkout makes by default). */
async function isShallow(root) {
    const result = await runGit(root, ['rev-parse', '--is-shallow-repository']);
    return result.code === 0 && result.stdout.toString('utf8').trim() === 'true';
}
/**
 * The nearest earlier tag matching the pattern: the tag git describe finds from `before`, ignoring tags
 * that point at `before` itself (the release being judged is not its own base). Null with a reason when
 * there is none, and with `shallow` when the clone's history is too short to tell.
 */
async function findPreviousTag(root, options = {}) {
    const pattern = options.pattern ?? 'v*';
    const before = options.before ?? 'HEAD';
    const commit = await resolveRef(root, before);
    const own = await runGit(root, ['tag', '--points-at', commit]);
    const excluded = own.code === 0 ? own.stdout.toString('utf8').split('\n').filter((t) => t !== '') : [];
    const args = ['describe', '--tags', '--abbrev=0', '--match', pattern];
    // Ref names cannot hold glob characters, so each tag name excludes exactly itself.
    for (const tag of excluded)
        args.push('--exclude', tag);
    args.push(commit);
    const described = await runGit(root, args);
    const tag = described.stdout.toString('utf8').trim();
    if (described.code === 0 && tag !== '') {
        const tagCommit = await resolveRef(root, `refs/tags/${tag}`);
        return { tag, commit: tagCommit };
    }
    if (await isShallow(root)) {
        return {
            tag: null,
            commit: null,
            reason: 'shallow',
            message: `no earlier tag matching "${pattern}" is reachable from ${before}: the clone is shallow (use actions/checkout with fetch-depth: 0 to fetch history and tags)`,
        };
    }
    return {
        tag: null,
        commit: null,
        reason: 'none',
        message: `no earlier tag matching "${pattern}" before ${before} (a first release, or tags not fetched: actions/checkout needs fetch-depth: 0)`,
    };
}
/**
 * The files git tracks under `root` (the index, so a staged new file counts), NUL-separated, relative to
 * `root`. With `untracked`, also the untracked files git does not ignore, and the folders git warned it
 * could not open while looking for them (too deep, no permission).
 */
async function lsFiles(root, options = {}) {
    const { timeoutMs } = options;
    // The untracked walk costs as much as `find` over the whole tree: only when asked, and then on a second core.
    const [cached, others] = await Promise.all([
        runGit(root, ['ls-files', '-z', '--cached'], { timeoutMs }),
        options.untracked ? runGit(root, ['ls-files', '-z', '--others', '--exclude-standard'], { timeoutMs }) : null,
    ]);
    for (const result of [cached, others]) {
        if (result !== null && result.code !== 0)
            throw new errors/* GateError */.u(`cannot list the files of ${root} with git: ${gitMessage(result)}`);
    }
    if (others === null)
        return { listing: cached.stdout, skipped: [] };
    const skipped = [];
    for (const line of others.stderr.split('\n')) {
        const match = /^warning: (?:could not open directory|unable to access) '/.exec(line);
        if (!match)
            continue;
        const rest = line.slice(match[0].length);
        const end = rest.lastIndexOf("': ");
        // Git cuts its messages at 4 KB: a line without its reason is a path too long to print, let alone open.
        skipped.push(end < 0 ? { path: rest, reason: 'File name too long' } : { path: rest.slice(0, end).replace(/\/+$/, ''), reason: rest.slice(end + 3) });
    }
    return { listing: others.stdout.length === 0 ? cached.stdout : Buffer.concat([cached.stdout, others.stdout]), skipped };
}
/**
 * The recursive tree of a commit, or of the folder `prefix` in it: NUL-separated
 * `<mode> <type> <oid>\t<path>` records, paths relative to that folder.
 */
async function lsTree(root, commit, prefix, timeoutMs) {
    const folder = prefix.replace(/\/+$/, '');
    const treeish = folder === '' ? commit : `${commit}:${folder}`;
    const result = await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', treeish], { timeoutMs });
    if (result.code !== 0) {
        throw new errors/* GateError */.u(folder === ''
            ? `cannot list the tree of ${commit}: ${gitMessage(result)}`
            : `the folder ${folder} does not exist at ${commit} (${gitMessage(result)})`);
    }
    return result.stdout;
}
/** Submodules declared in a .gitmodules file on disk, or in the .gitmodules blob of a commit. */
async function readGitmodules(root, source) {
    const where = 'file' in source ? ['--file', source.file] : ['--blob', `${source.commit}:.gitmodules`];
    // Config parsing only: includes are off for --file/--blob, so the file cannot pull in other config.
    const result = await runGit(root, ['config', '-z', ...where, '--get-regexp', '^submodule\\..*\\.(path|url)$']);
    if (result.code !== 0)
        return [];
    const byName = new Map();
    for (const record of result.stdout.toString('utf8').split('\0')) {
        const newline = record.indexOf('\n');
        if (newline < 0)
            continue;
        const key = record.slice(0, newline);
        const value = record.slice(newline + 1);
        const match = /^submodule\.(.*)\.(path|url)$/s.exec(key);
        if (!match)
            continue;
        const name = match[1];
        const entry = byName.get(name) ?? {};
        if (match[2] === 'path')
            entry.path = value;
        else
            entry.url = value;
        byName.set(name, entry);
    }
    const entries = [];
    for (const entry of byName.values()) {
        if (entry.path !== undefined && entry.path !== '')
            entries.push({ path: entry.path.replace(/\/+$/, ''), url: entry.url ?? '' });
    }
    return entries;
}
/**
 * One long-lived `git cat-file` pipe. `--batch-check` answers sizes; `--batch` answers whole
 * objects (used only for blobs known to be small). Requests are answered in order.
 */
class CatFilePipe {
    mode;
    child;
    queue = [];
    buffer = Buffer.alloc(0);
    failed = null;
    constructor(root, mode) {
        this.mode = mode;
        this.child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, 'cat-file', mode], { cwd: root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
        this.child.stdout.on('data', (chunk) => this.onData(chunk));
        this.child.stderr.resume();
        const fail = (error) => {
            this.failed ??= error;
            for (const pending of this.queue.splice(0))
                pending.reject(this.failed);
        };
        this.child.on('error', fail);
        this.child.on('close', (code) => fail(new Error(`git cat-file ${mode} exited (${code ?? 'signal'})`)));
        this.child.stdin.on('error', fail);
    }
    /** The object's content (`--batch`) or header (`--batch-check`); null when it is missing. */
    request(oid) {
        if (this.failed)
            return Promise.reject(this.failed);
        return new Promise((resolve, reject) => {
            this.queue.push({ resolve, reject });
            this.child.stdin.write(`${oid}\n`);
        });
    }
    onData(chunk) {
        this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const newline = this.buffer.indexOf(0x0a);
            if (newline < 0)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            const pending = this.queue[0];
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift();
                pending?.resolve(null);
                continue;
            }
            if (this.mode === '--batch-check') {
                this.buffer = this.buffer.subarray(newline + 1);
                this.queue.shift();
                pending?.resolve(Buffer.from(header));
                continue;
            }
            const size = Number(header.slice(header.lastIndexOf(' ') + 1));
            const end = newline + 1 + size;
            if (this.buffer.length < end + 1)
                return;
            const content = Buffer.from(this.buffer.subarray(newline + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.queue.shift();
            pending?.resolve(content);
        }
    }
    close() {
        return new Promise((resolve) => {
            if (this.child.exitCode !== null || this.child.signalCode !== null) {
                resolve();
                return;
            }
            this.child.once('close', () => resolve());
            this.child.stdin.end();
        });
    }
}
/**
 * Reads the heads of blobs straight from the object database: no checkout, the working tree untouched.
 * Small blobs come through one long-lived `git cat-file --batch`; a blob larger than the cap gets its
 * own `git cat-file blob` that is stopped once the head has arrived, so a multi-GB blob is never piped whole.
 */
class BlobReader {
    root;
    check = null;
    batch = null;
    constructor(root) {
        this.root = root;
    }
    async size(oid) {
        this.check ??= new CatFilePipe(this.root, '--batch-check');
        const header = await this.check.request(oid);
        if (header === null)
            return null;
        const text = header.toString('utf8');
        return Number(text.slice(text.lastIndexOf(' ') + 1));
    }
    /** The first `maxBytes` bytes of a blob and its size; null when the object is missing. */
    async head(oid, maxBytes) {
        const size = await this.size(oid);
        if (size === null || !Number.isFinite(size))
            return null;
        if (size <= maxBytes) {
            this.batch ??= new CatFilePipe(this.root, '--batch');
            const data = await this.batch.request(oid);
            return data === null ? null : { data, size };
        }
        return { data: await this.streamHead(oid, maxBytes), size };
    }
    streamHead(oid, maxBytes) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...GIT_CONFIG, 'cat-file', 'blob', oid], { cwd: this.root, env: gitEnv(), stdio: 'pipe', windowsHide: true });
            child.stdin.end();
            child.stderr.resume();
            const chunks = [];
            let length = 0;
            let done = false;
            const finish = () => {
                if (done)
                    return;
                done = true;
                child.stdout.destroy();
                child.kill('SIGKILL');
                resolve(Buffer.concat(chunks).subarray(0, maxBytes));
            };
            child.stdout.on('data', (chunk) => {
                if (done)
                    return;
                chunks.push(chunk);
                length += chunk.length;
                if (length >= maxBytes)
                    finish();
            });
            child.stdout.on('end', finish);
            child.on('error', (error) => {
                if (!done) {
                    done = true;
                    reject(error);
                }
            });
        });
    }
    async close() {
        await Promise.all([this.check?.close(), this.batch?.close()]);
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test; a constant keeps the CLI from reading files to print it. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/artifacts.ts
var artifacts = __nccwpck_require__(8776);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/scan/early.ts
var scan_early = __nccwpck_require__(3326);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli.ts







const FORMATS = ['text', 'json', 'markdown', 'sarif', 'badge', 'mof'];
const HELP = `Usage: openness-gate [DIR] [options]

Gate an ML model release on open training: looks in DIR (default .) for the data card,
preprocessing scripts, training configs, training scripts and evaluation results (plus the
license and model card), and judges them with the policy in DIR/.openness.yml (or the built-in
default policy when there is none).

Options:
  --policy FILE     policy file (default: DIR/.openness.yml; a named file must exist)
  --format FORMAT   text | json | markdown | sarif | badge | mof   (default: text)
  --output FILE     write the report to FILE instead of stdout
  --ref REF         scan the tree of a git commit, tag or branch, without a checkout
  --untracked       in a git work tree, also scan untracked files git does not ignore
                    (default: the files git tracks, staged ones included)
  --base REF        compare with this earlier release (regression gate; default: the previous tag)
  --fail-on LEVEL   error | warning | never   (overrides the policy's fail-on)
  --no-color        no colour in text output (colour is used on a terminal only)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 the gate passed (warnings allowed), 1 the gate failed,
2 the run could not be judged (bad usage, unreadable DIR, invalid policy).
`;
function parse(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            strict: true,
            options: {
                policy: { type: 'string' },
                format: { type: 'string', short: 'f' },
                output: { type: 'string', short: 'o' },
                ref: { type: 'string' },
                untracked: { type: 'boolean' },
                base: { type: 'string' },
                'fail-on': { type: 'string' },
                'no-color': { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean', short: 'v' },
            },
        });
    }
    catch (e) {
        // parseArgs' own messages are clear ("Unknown option '--x'"); keep them, drop its error code noise.
        throw new errors/* UsageError */.e(`${e.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate --help' for usage.`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    if (positionals.length > 1)
        throw new errors/* UsageError */.e(`expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}`);
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format)) {
        throw new errors/* UsageError */.e(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
    }
    const failOn = values['fail-on'];
    if (failOn !== undefined && !artifacts/* FAIL_ON */.d$.includes(failOn)) {
        throw new errors/* UsageError */.e(`--fail-on must be one of ${artifacts/* FAIL_ON */.d$.join(', ')}; got '${failOn}'`);
    }
    if (values.untracked && values.ref !== undefined)
        throw new errors/* UsageError */.e('--untracked looks at the work tree; --ref scans a commit, which has no untracked files');
    for (const key of ['policy', 'output', 'ref', 'base']) {
        if (values[key] === '')
            throw new errors/* UsageError */.e(`--${key} needs a value`);
    }
    const args = {
        root: positionals[0] ?? '.',
        format: format,
        untracked: values.untracked === true,
        color: !values['no-color'] && !process.env.NO_COLOR && values.output === undefined && process.stdout.isTTY === true,
    };
    if (values.policy !== undefined)
        args.policy = values.policy;
    if (values.output !== undefined)
        args.output = values.output;
    if (values.ref !== undefined)
        args.ref = values.ref;
    if (values.base !== undefined)
        args.base = values.base;
    if (failOn !== undefined)
        args.failOn = failOn;
    return args;
}
async function main(argv) {
    const args = parse(argv);
    if (args === 'help') {
        process.stdout.write(HELP);
        return 0;
    }
    if (args === 'version') {
        process.stdout.write(`openness-gate ${version/* VERSION */.x}\n`);
        return 0;
    }
    // git lists the tree while the rest of the program loads (a third of the run on a big tree).
    const early = args.ref === undefined ? (0,scan_early/* startListing */.j)((0,external_node_path_.resolve)(args.root), args.untracked) : undefined;
    // Loaded only now so `--help` and `--version` start as fast as node itself.
    const { runGate } = await Promise.all(/* import() */[__nccwpck_require__.e(265), __nccwpck_require__.e(30)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3030));
    const { render } = await __nccwpck_require__.e(/* import() */ 507).then(__nccwpck_require__.bind(__nccwpck_require__, 2507));
    const run = await runGate({
        root: args.root,
        ...(args.policy !== undefined ? { policyFile: args.policy } : {}),
        ...(args.ref !== undefined ? { ref: args.ref } : {}),
        ...(args.untracked ? { untracked: true } : {}),
        ...(early ? { early } : {}),
        ...(args.base !== undefined ? { base: args.base } : {}),
        ...(args.failOn !== undefined ? { failOn: args.failOn } : {}),
    });
    const out = await render(args.format, run, { color: args.color });
    if (args.output !== undefined) {
        await (0,promises_.writeFile)(args.output, out).catch((e) => {
            throw new errors/* UsageError */.e(`cannot write --output '${args.output}': ${e.message}`);
        });
    }
    else {
        await writeStdout(out);
    }
    return run.report.verdict === 'fail' ? 1 : 0;
}
/** Writes the report to stdout; a full disk or a closed pipe is a usage error (exit 2), not a crash. */
function writeStdout(out) {
    return new Promise((resolve, reject) => {
        const fail = (e) => reject(new errors/* UsageError */.e(`cannot write the report to standard output: ${e.code ?? e.message}`));
        process.stdout.once('error', fail);
        process.stdout.write(out, (e) => {
            if (e)
                fail(e);
            else {
                process.stdout.off('error', fail);
                resolve();
            }
        });
    });
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof errors/* GateError */.u) {
        process.stderr.write(`openness-gate: ${e.message}\n`);
    }
    else {
        const detail = process.env.OPENNESS_GATE_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
        process.stderr.write(`openness-gate: internal error: ${e instanceof Error ? e.message : String(e)}\n` +
            `This is a bug in openness-gate, not in your repository: please report it (set OPENNESS_GATE_DEBUG=1 for details).${detail}\n`);
    }
    process.exitCode = 2;
});

