import type { ArtifactId } from '../domain/artifacts.js';
import type { ResolvedPolicy } from '../domain/policy-model.js';
import { runGit } from '../source/git.js';
import type { Detector, Finding, ScanNote, ScanResult, Verification } from '../domain/finding.js';
import { verifyGitHub, type GitHubClient } from './github.js';
import { DEFAULT_POLITE, politeFetch, type PoliteOptions, type PoliteStats } from './http.js';
import { verifyHub, type HubClient } from './hub.js';
import { parseTarget } from './targets.js';
import { verifyWeb } from './web.js';

/**
 * `--verify-external`: the stage between scan and evaluate that checks what the tree says is
 * published elsewhere. It annotates each `external` finding with a `verification` (and adds one
 * for each `external:` URL of the policy no finding carries); evaluation then judges unverified
 * claims by the policy's `unverified-external`. Every failure of the network ends as an
 * `unverifiable` verification with its reason: nothing here throws past the caller.
 */

export interface VerifyOptions {
  /** The scanned directory (for the pinned commits of submodules). */
  root: string;
  detectors: readonly Detector[];
  /** Hub base URL (`HF_ENDPOINT`), default https://huggingface.co. */
  hubUrl?: string;
  hfToken?: string;
  /** GitHub REST base URL (`GITHUB_API_URL`), default https://api.github.com. */
  githubApiUrl?: string;
  githubToken?: string;
  /** Budget, concurrency, timeouts (defaults in http.ts). */
  limits?: Partial<Omit<PoliteOptions, 'fetch' | 'sleep'>>;
  /** The network, for tests without a server. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface VerifyRun {
  scan: ScanResult;
  stats: PoliteStats & { links: number };
}

/** Distinct (artifact, URL) claims checked at most in one run; the request budget bounds the rest. */
const MAX_CLAIMS = 60;
/** Links checked side by side (each one makes a few requests, themselves limited by the polite fetch). */
const WORKERS = 4;

/** The options a run takes from the environment: the variables Hugging Face's and GitHub's own tools honour. */
export function verifyOptionsFromEnv(env: NodeJS.ProcessEnv, root: string, detectors: readonly Detector[]): VerifyOptions {
  const out: VerifyOptions = { root, detectors };
  if (env.HF_ENDPOINT) out.hubUrl = env.HF_ENDPOINT;
  if (env.HF_TOKEN) out.hfToken = env.HF_TOKEN;
  if (env.GITHUB_API_URL) out.githubApiUrl = env.GITHUB_API_URL;
  if (env.GITHUB_TOKEN) out.githubToken = env.GITHUB_TOKEN;
  return out;
}

function declaredFinding(id: ArtifactId, url: string, policy: ResolvedPolicy): Finding {
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
async function gitlinkCommit(root: string, path: string, scan: ScanResult): Promise<string | undefined> {
  const args = scan.source === 'ref' && scan.commit ? ['ls-tree', scan.commit, '--', path] : ['ls-files', '-s', '--', path];
  const r = await runGit(root, args, { timeoutMs: 5000 }).catch(() => undefined);
  if (!r || r.code !== 0) return undefined;
  const m = /^160000 (?:commit )?([0-9a-f]{40,64})\b/m.exec(r.stdout.toString('utf8'));
  return m?.[1];
}

export async function verifyExternal(scan: ScanResult, policy: ResolvedPolicy, options: VerifyOptions): Promise<VerifyRun> {
  const polite = politeFetch({
    ...DEFAULT_POLITE,
    ...options.limits,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const hub: HubClient = { hubUrl: (options.hubUrl ?? 'https://huggingface.co').replace(/(?<!\/)\/+$/, ''), fetch: polite.fetch };
  if (options.hfToken) hub.accessToken = options.hfToken;
  const github: GitHubClient = { apiUrl: options.githubApiUrl ?? 'https://api.github.com', fetch: polite.fetch };
  if (options.githubToken) github.token = options.githubToken;

  const findings: Finding[] = [...scan.findings];
  for (const [id, url] of Object.entries(policy.external) as [ArtifactId, string][]) {
    if (!findings.some((f) => f.artifact === id && f.outcome === 'external' && f.url === url)) findings.push(declaredFinding(id, url, policy));
  }

  // Claims that carry an artifact alone come first: when the budget runs out, it runs out on extras.
  const withEvidence = new Set(findings.filter((f) => f.outcome === 'evidence').map((f) => f.artifact));
  const judged = (id: ArtifactId) => (policy.artifacts[id]?.severity ?? 'off') !== 'off';
  const claims = new Map<string, { artifact: ArtifactId; url: string; finding: Finding; rank: number }>();
  for (const f of findings) {
    if (f.outcome !== 'external' || !f.url) continue;
    const key = `${f.artifact}\u0000${f.url}`;
    if (claims.has(key)) continue;
    claims.set(key, { artifact: f.artifact, url: f.url, finding: f, rank: (withEvidence.has(f.artifact) ? 2 : 0) + (judged(f.artifact) ? 0 : 1) });
  }
  const ordered = [...claims.entries()].sort((a, b) => a[1].rank - b[1].rank);
  const results = new Map<string, Verification>();
  const skipped: Verification = { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: more than ${MAX_CLAIMS} external links in one run` };
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ordered.length) {
      const [key, claim] = ordered[next++]!;
      if (next > MAX_CLAIMS) {
        results.set(key, skipped);
        continue;
      }
      results.set(key, await verifyClaim(claim.artifact, claim.url, claim.finding, scan, options, hub, github, polite.fetch));
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));

  const annotated = findings.map((f) => {
    if (f.outcome !== 'external') return f;
    const v: Verification = f.url
      ? (results.get(`${f.artifact}\u0000${f.url}`) ?? skipped)
      : { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: the claim names no address' };
    const out: Finding = { ...f, verification: v };
    if (v.verified && v.license && !f.license) out.license = v.license;
    return out;
  });
  const counts = { verified: 0, reachable: 0, refuted: 0, unverifiable: 0 };
  for (const v of results.values()) counts[v.outcome]++;
  const notes: ScanNote[] = [...scan.notes];
  if (results.size > 0) {
    notes.push({
      code: 'verify-external',
      message: `external evidence checked: ${counts.verified} verified, ${counts.reachable} reachable (content not judged), ${counts.refuted} refuted, ${counts.unverifiable} could not be verified (${polite.stats.sent} requests)`,
    });
  }
  return { scan: { ...scan, findings: annotated, notes }, stats: { ...polite.stats, links: results.size } };
}

async function verifyClaim(
  artifact: ArtifactId,
  url: string,
  finding: Finding,
  scan: ScanResult,
  options: VerifyOptions,
  hub: HubClient,
  github: GitHubClient,
  fetchFn: typeof fetch,
): Promise<Verification> {
  try {
    const target = parseTarget(url);
    if (!target) return { outcome: 'unverifiable', verified: false, host: 'web', reason: 'could not verify: not an http(s) address' };
    if (target.kind === 'hub') return await verifyHub(target, artifact, options.detectors, hub);
    if (target.kind === 'github') {
      const pinned = finding.code.endsWith('submodule') ? await gitlinkCommit(options.root, finding.path, scan) : undefined;
      return await verifyGitHub(target, pinned, github);
    }
    return await verifyWeb(target.url, fetchFn);
  } catch (e) {
    // A fault in a client library is still only a claim that could not be checked.
    return { outcome: 'unverifiable', verified: false, host: 'web', reason: `could not verify: ${e instanceof Error ? e.message.replace(/\s+/g, ' ').slice(0, 160) : String(e).slice(0, 160)}` };
  }
}
