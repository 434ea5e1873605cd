import { stat } from 'node:fs/promises';
import { ARTIFACT_IDS, type FailOn } from '../domain/artifacts.js';
import { GateError, UsageError } from '../domain/errors.js';
import { evaluate, type EvaluateInput } from '../evaluate/index.js';
import type { GateReport } from '../domain/report-model.js';
import { loadPolicy } from '../policy/load.js';
import type { ResolvedPolicy } from '../domain/policy-model.js';
import { DETECTORS } from '../scan/detectors/index.js';
import { checkRefSyntax, findPreviousTag, probeRepo, runGit } from '../source/git.js';
import { scan } from '../scan/index.js';
import type { EarlyListing } from '../source/early.js';
import type { ScanResult } from '../domain/finding.js';
import type { ScanLimits, ScanOptions } from '../scan/options.js';
import type { VerifyOptions } from '../verify/index.js';
import { VERSION } from '../domain/version.js';

/** The pipeline shared by the CLI and the action: policy → scan → evaluate. Rendering is the caller's. */
export interface GateOptions {
  /** The directory to judge, as the user gave it. */
  root: string;
  /** A policy file the user named; a missing one is then an error. Default: `<root>/.openness.yml` if it exists. */
  policyFile?: string;
  /** Scan this git ref's tree from git objects instead of the working tree. */
  ref?: string;
  /** Also scan untracked, not-ignored files of a git work tree (default: what git tracks). */
  untracked?: boolean;
  /** Git listing of the root started early by the caller (the CLI starts it before loading this module). */
  early?: EarlyListing;
  /** Compare with this earlier release (regression gate). */
  base?: string;
  /** Overrides the policy's `fail-on`. */
  failOn?: FailOn;
  /** Today, for waiver expiry (tests pin it). */
  now?: Date;
  /** The scan's budget (time, bytes, files); unset fields keep the defaults. An audit bounds each tree with it. */
  limits?: Partial<ScanLimits>;
  /**
   * Check what the tree links to elsewhere (Hub cards, GitHub repositories, other links) before
   * judging. Without it nothing goes over the network. `env` supplies HF_ENDPOINT, HF_TOKEN,
   * GITHUB_API_URL and GITHUB_TOKEN; the rest of the options are for tests.
   */
  verifyExternal?: { env: NodeJS.ProcessEnv } & Partial<Omit<VerifyOptions, 'root' | 'detectors'>>;
}

export interface GateRun {
  report: GateReport;
  policy: ResolvedPolicy;
  scan: ScanResult;
}

export async function runGate(options: GateOptions): Promise<GateRun> {
  const { root } = options;
  const info = await stat(root).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read directory '${root}': ${e.code === 'ENOENT' ? 'no such directory' : e.message}`);
  });
  if (!info.isDirectory()) throw new UsageError(`'${root}' is not a directory`);

  // Refs reach git as arguments: check them before the first git call (the policy at the ref is one).
  if (options.ref !== undefined) checkRefSyntax(options.ref);
  if (options.base !== undefined) checkRefSyntax(options.base);
  // Scanning a ref judges it by its own policy, as a checkout of it would be; a named file wins.
  const loaded = await loadPolicy({
    root,
    ...(options.policyFile !== undefined ? { file: options.policyFile, explicit: true } : {}),
    ...(options.ref !== undefined ? { ref: options.ref } : {}),
  });
  const policy: ResolvedPolicy = options.failOn ? { ...loaded, failOn: options.failOn } : loaded;

  const now = options.now ?? new Date();
  let scanned = await scan(
    {
      ...scanOptions(root, policy, options.ref),
      ...(options.untracked ? { untracked: true } : {}),
      ...(options.early ? { early: options.early } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    },
    DETECTORS,
  );
  if (options.verifyExternal) {
    // Loaded only when asked: an offline run does not even load the network clients.
    const { verifyExternal, verifyOptionsFromEnv } = await import('../verify/index.js');
    const { env, ...rest } = options.verifyExternal;
    scanned = (await verifyExternal(scanned, policy, { ...verifyOptionsFromEnv(env, root, DETECTORS), ...rest })).scan;
  }
  let base: EvaluateInput['base'];
  let baseMissing: string | undefined;
  let baseRef = options.base;
  if (baseRef === undefined && policy.regression !== 'off') {
    if ((await probeRepo(root)).repo === null) {
      baseMissing = 'regression gate: not a git repository, so there is no earlier release to compare with';
    } else {
      const previous = await findPreviousTag(root, { pattern: policy.baseTag, before: options.ref ?? 'HEAD' }).catch(
        (e: Error) => ({ tag: null, message: `regression gate: ${e.message}` }) as const,
      );
      if (previous.tag) baseRef = previous.tag;
      else baseMissing = `regression gate: ${previous.message}`;
    }
  }
  if (baseRef !== undefined) {
    // The base is judged by the same policy, so a change of policy never reads as a regression.
    const given = options.base !== undefined;
    const baseScan = await scan({ ...scanOptions(root, policy, baseRef), ...(options.limits ? { limits: options.limits } : {}) }, DETECTORS).catch((error: unknown) => {
      // Name the option the bad ref came from: "unknown ref" alone reads as if the scanned ref were wrong.
      if (error instanceof GateError) throw new GateError(`${given ? '--base' : `regression gate (previous tag ${baseRef})`}: ${error.message}`);
      throw error;
    });
    const baseReport = evaluate({ scan: baseScan, policy, detectors: DETECTORS, root, toolVersion: VERSION, now });
    base = { ref: baseRef, report: baseReport, ...(baseScan.commit ? { commit: baseScan.commit } : {}) };
  }
  const report = evaluate({
    scan: scanned,
    policy,
    detectors: DETECTORS,
    root,
    toolVersion: VERSION,
    now,
    ...(base ? { base } : {}),
    ...(baseMissing ? { baseMissing } : {}),
  });
  if (options.ref === undefined && policy.source && scanned.source === 'git' && (await policyUncommitted(root, policy.source))) {
    report.policy.uncommitted = true;
    report.notes.unshift(`${policy.source} has changes that are not committed: this run judged the policy in the work tree, not the one at commit ${scanned.commit?.slice(0, 12) ?? 'HEAD'}`);
  }
  return { report, policy, scan: scanned };
}

/** Whether git sees the policy file as staged, modified or untracked. */
async function policyUncommitted(root: string, source: string): Promise<boolean> {
  const r = await runGit(root, ['status', '--porcelain', '--untracked-files=all', '--', source], { timeoutMs: 5000 }).catch(() => undefined);
  return r !== undefined && r.code === 0 && r.stdout.toString('utf8').trim() !== '';
}

/** What the scan needs from a policy: globs and exclusions only. */
export function scanOptions(root: string, policy: ResolvedPolicy, ref?: string): ScanOptions {
  const artifacts: NonNullable<ScanOptions['artifacts']> = {};
  for (const [id, ap] of Object.entries(policy.artifacts) as [keyof typeof policy.artifacts, NonNullable<(typeof policy.artifacts)[keyof typeof policy.artifacts]>][]) {
    if (ap.paths || ap.exclude) artifacts[id] = { ...(ap.paths ? { paths: ap.paths } : {}), ...(ap.exclude ? { exclude: ap.exclude } : {}) };
  }
  // Artifacts the policy does not judge are still detected for the MOF class, on a smaller read budget.
  const informational = ARTIFACT_IDS.filter((id) => (policy.artifacts[id]?.severity ?? 'off') === 'off');
  return { root, exclude: policy.exclude, artifacts, informational, ...(ref ? { ref } : {}) };
}
