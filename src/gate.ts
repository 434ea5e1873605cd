import { stat } from 'node:fs/promises';
import type { FailOn } from './artifacts.js';
import { UsageError } from './errors.js';
import { evaluate, type EvaluateInput } from './evaluate/index.js';
import type { GateReport } from './evaluate/types.js';
import { loadPolicy } from './policy/load.js';
import type { ResolvedPolicy } from './policy/types.js';
import { DETECTORS } from './scan/detectors/index.js';
import { scan } from './scan/index.js';
import type { ScanOptions, ScanResult } from './scan/types.js';
import { VERSION } from './version.js';

/** The pipeline shared by the CLI and the action: policy → scan → evaluate. Rendering is the caller's. */
export interface GateOptions {
  /** The directory to judge, as the user gave it. */
  root: string;
  /** A policy file the user named; a missing one is then an error. Default: `<root>/.openness.yml` if it exists. */
  policyFile?: string;
  /** Scan this git ref's tree from git objects instead of the working tree. */
  ref?: string;
  /** Compare with this earlier release (regression gate). */
  base?: string;
  /** Overrides the policy's `fail-on`. */
  failOn?: FailOn;
  /** Today, for waiver expiry (tests pin it). */
  now?: Date;
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

  const loaded = await loadPolicy({
    root,
    ...(options.policyFile !== undefined ? { file: options.policyFile, explicit: true } : {}),
  });
  const policy: ResolvedPolicy = options.failOn ? { ...loaded, failOn: options.failOn } : loaded;

  const now = options.now ?? new Date();
  const scanned = await scan(scanOptions(root, policy, options.ref), DETECTORS);
  let base: EvaluateInput['base'];
  if (options.base !== undefined) {
    // The base is judged by the same policy, so a change of policy never reads as a regression.
    const baseScan = await scan(scanOptions(root, policy, options.base), DETECTORS);
    const baseReport = evaluate({ scan: baseScan, policy, detectors: DETECTORS, root, toolVersion: VERSION, now });
    base = { ref: options.base, report: baseReport, ...(baseScan.commit ? { commit: baseScan.commit } : {}) };
  }
  const report = evaluate({
    scan: scanned,
    policy,
    detectors: DETECTORS,
    root,
    toolVersion: VERSION,
    now,
    ...(base ? { base } : {}),
  });
  return { report, policy, scan: scanned };
}

/** What the scan needs from a policy: globs and exclusions only. */
export function scanOptions(root: string, policy: ResolvedPolicy, ref?: string): ScanOptions {
  const artifacts: NonNullable<ScanOptions['artifacts']> = {};
  for (const [id, ap] of Object.entries(policy.artifacts) as [keyof typeof policy.artifacts, NonNullable<(typeof policy.artifacts)[keyof typeof policy.artifacts]>][]) {
    if (ap.paths || ap.exclude) artifacts[id] = { ...(ap.paths ? { paths: ap.paths } : {}), ...(ap.exclude ? { exclude: ap.exclude } : {}) };
  }
  return { root, exclude: policy.exclude, artifacts, ...(ref ? { ref } : {}) };
}
