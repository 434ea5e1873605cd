import { datasetInfo, downloadFile, modelInfo, spaceInfo } from '@huggingface/hub';
import type { ArtifactId } from '../domain/artifacts.js';
import type { Detector, Verification } from '../domain/finding.js';
import { describeFailure } from './http.js';
import { judgeRemote, type RemoteRepo } from './judge.js';
import { hubPage, type HubTarget } from './targets.js';

/**
 * Checks a Hugging Face Hub link with the official client: resolves the repository (following a
 * rename), pins its revision (`sha`), notes gated and private repositories, fetches the card at
 * that sha and judges it with the tree's own detectors (judge.ts).
 */

export interface HubClient {
  /** Base URL: `HF_ENDPOINT`, default https://huggingface.co. */
  hubUrl: string;
  /** `HF_TOKEN`; sent to hubUrl only, never printed. */
  accessToken?: string;
  /** The run's polite fetch (http.ts). */
  fetch: typeof fetch;
}

/** Bytes of a card read, as in the tree scan. */
const CARD_BYTES = 256 * 1024;
const EVAL_FILES = 3;

interface RepoInfo {
  name: string;
  sha?: string;
  gated?: false | 'auto' | 'manual';
  private?: boolean;
  files?: string[];
}

interface ApiFailure {
  statusCode?: number;
  message?: string;
  data?: { error?: string; message?: string };
}

function apiFailure(e: unknown): ApiFailure | undefined {
  return e instanceof Error && typeof (e as ApiFailure).statusCode === 'number' ? (e as ApiFailure) : undefined;
}

async function info(t: HubTarget, client: HubClient): Promise<RepoInfo> {
  const common = {
    name: t.name,
    hubUrl: client.hubUrl,
    fetch: client.fetch,
    ...(t.revision ? { revision: t.revision } : {}),
    ...(client.accessToken ? { accessToken: client.accessToken } : {}),
  };
  const siblings = (data: unknown): string[] | undefined =>
    Array.isArray(data) ? data.map((s: { rfilename?: unknown }) => s?.rfilename).filter((p): p is string => typeof p === 'string') : undefined;
  if (t.type === 'model') {
    const m = await modelInfo({ ...common, additionalFields: ['sha', 'filePaths'] });
    return { name: m.name, sha: m.sha, gated: m.gated, private: m.private, files: m.filePaths };
  }
  if (t.type === 'dataset') {
    // `siblings` is served for datasets too (the client's types leave it out of the expandable keys).
    const d = (await datasetInfo({ ...common, additionalFields: ['sha', 'siblings' as 'sha'] })) as Awaited<ReturnType<typeof datasetInfo>> & { sha?: string; siblings?: unknown };
    return { name: d.name, sha: d.sha, gated: d.gated, private: d.private, files: siblings(d.siblings) };
  }
  const s = (await spaceInfo({ ...common, additionalFields: ['sha', 'siblings' as 'sha'] })) as Awaited<ReturnType<typeof spaceInfo>> & { sha?: string; siblings?: unknown };
  return { name: s.name, sha: s.sha, private: s.private, files: siblings(s.siblings) };
}

async function head(t: HubTarget, name: string, path: string, revision: string, client: HubClient): Promise<{ data: Buffer; size: number } | null> {
  const blob = await downloadFile({
    repo: { type: t.type, name },
    path,
    revision,
    hubUrl: client.hubUrl,
    fetch: client.fetch,
    // The card is a small git file; the xet protocol is for large LFS content.
    xet: false,
    ...(client.accessToken ? { accessToken: client.accessToken } : {}),
  });
  if (!blob) return null;
  const part = blob.size > CARD_BYTES ? blob.slice(0, CARD_BYTES) : blob;
  return { data: Buffer.from(await part.arrayBuffer()), size: blob.size };
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : 'an unknown revision';
}

function kindName(t: HubTarget): string {
  return t.type === 'model' ? 'model' : t.type;
}

/** Why an answer of the Hub refuses, in words; `unverifiable` unless it says the repository is not there. */
function fromApiError(e: unknown, t: HubTarget, client: HubClient, what: string): Verification {
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
  if (status !== undefined) return { outcome: 'unverifiable', verified: false, host: 'hub', reason: `could not verify: the Hub answered HTTP ${status}` };
  return { outcome: 'unverifiable', verified: false, host: 'hub', reason: `could not verify: ${describeFailure(e)}` };
}

export async function verifyHub(t: HubTarget, artifact: ArtifactId, detectors: readonly Detector[], client: HubClient): Promise<Verification> {
  let repo: RepoInfo;
  try {
    repo = await info(t, client);
  } catch (e) {
    return fromApiError(e, t, client, `the ${kindName(t)} ${t.name}${t.revision ? ` at ${t.revision}` : ''}`);
  }
  const sha = repo.sha ?? t.revision;
  const renamed = repo.name && repo.name.toLowerCase() !== t.name.toLowerCase() ? repo.name : undefined;
  const base: Pick<Verification, 'host' | 'revision' | 'resolved'> = { host: 'hub', ...(sha ? { revision: sha } : {}) };
  if (renamed) base.resolved = hubPage(client.hubUrl, { type: t.type, name: renamed });
  const notes = [renamed ? `renamed to ${renamed}` : '', repo.gated ? `gated (${repo.gated} approval)` : '', repo.private ? 'private' : ''].filter(Boolean);
  const suffix = notes.length ? ` (${notes.join(', ')})` : '';
  const name = repo.name || t.name;

  if (t.path && repo.files && !repo.files.some((f) => f === t.path || f.startsWith(`${t.path}/`))) {
    return { ...base, outcome: 'refuted', verified: false, reason: `${t.path} does not exist in ${name} at ${short(sha)}${suffix}` };
  }
  if (t.type === 'space') {
    return { ...base, outcome: 'reachable', verified: true, reason: `the space exists on the Hub at ${short(sha)}${suffix}; content not judged` };
  }

  let remote: RemoteRepo;
  try {
    const card = repo.files && !repo.files.includes('README.md') ? null : await head(t, name, 'README.md', sha ?? 'main', client);
    remote = { card, ...(repo.files ? { files: repo.files } : {}) };
    if (artifact === 'eval-results' && repo.files) {
      const evalPaths = repo.files.filter((f) => f.startsWith('.eval_results/')).slice(0, EVAL_FILES);
      const evalFiles: { path: string; data: Buffer; size: number }[] = [];
      for (const p of evalPaths) {
        const h = await head(t, name, p, sha ?? 'main', client);
        if (h) evalFiles.push({ path: p, ...h });
      }
      remote.evalFiles = evalFiles;
    }
  } catch (e) {
    const failed = fromApiError(e, t, client, `the card of ${name}`);
    return { ...base, ...failed, reason: `${failed.reason}${suffix}` };
  }
  const judged = judgeRemote(artifact, detectors, remote);
  const out: Verification =
    judged.result === 'verified'
      ? { ...base, outcome: 'verified', verified: true, reason: `verified on the Hub at ${short(sha)}${suffix}: ${judged.reason}` }
      : judged.result === 'exists'
        ? { ...base, outcome: 'reachable', verified: true, reason: `exists on the Hub at ${short(sha)}${suffix}; content not judged for ${artifact}` }
        : { ...base, outcome: 'refuted', verified: false, reason: `on the Hub at ${short(sha)}${suffix}: ${judged.reason}` };
  if (judged.license) out.license = judged.license;
  return out;
}
