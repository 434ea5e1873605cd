import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { ArtifactId } from '../domain/artifacts.js';
import type { Detector, ScanResult } from '../domain/finding.js';
import { runGit } from '../source/git.js';
import { compileSelection, type Selection } from './match.js';
import type { ScanOptions } from './options.js';

/*
 * After the scan, for artifacts without evidence: the files it did not judge that would have
 * counted (hidden by the policy's own `exclude`, or not tracked by git), so the advice is not wrong.
 */

/** The content detectors that found neither evidence nor a declaration elsewhere: where advice is given. */
function withoutEvidence(selection: Selection, result: ScanResult): Detector[] {
  const found = new Set(result.findings.filter((f) => f.outcome === 'evidence' || f.outcome === 'external').map((f) => f.artifact));
  return selection.detectors.filter((d) => !found.has(d.id) && d.needsContent !== false);
}

/** Excluded paths at most this many are matched again without the policy's exclusions. */
const EXCLUDED_MAX = 20_000;

/**
 * "Commit the training code" is wrong advice when the code is there and the policy's own `exclude`
 * hides it. For artifacts without evidence, match the paths the policy's global `exclude` dropped
 * against the candidates the same selection would make without it (built-in exclusions still apply).
 */
export function excludedCandidates(paths: readonly string[], selection: Selection, options: ScanOptions, result: ScanResult): void {
  const without = withoutEvidence(selection, result).map((d) => d.id);
  // The policy's global `exclude` only (an artifact's own `exclude` is a choice about that artifact).
  if (without.length === 0 || (options.exclude?.length ?? 0) === 0) return;
  const dropped = paths.filter((p) => selection.isExcluded(p)).slice(0, EXCLUDED_MAX);
  if (dropped.length === 0) return;
  const artifacts: NonNullable<ScanOptions['artifacts']> = {};
  for (const [id, a] of Object.entries(options.artifacts ?? {}) as [ArtifactId, NonNullable<ScanOptions['artifacts']>[ArtifactId]][]) {
    if (a?.paths) artifacts[id] = { paths: a.paths };
  }
  const { candidates } = compileSelection(selection.detectors, { artifacts, only: without }).select(dropped);
  const out: Partial<Record<ArtifactId, string[]>> = {};
  for (const id of without) {
    const list = candidates.get(id) ?? [];
    if (list.length > 0) out[id] = list.slice(0, 5);
  }
  if (Object.keys(out).length > 0) result.excludedCandidates = out;
}

/** Untracked files at most this many are matched against the candidates of artifacts without evidence. */
const UNTRACKED_MAX = 20_000;
const UNTRACKED_MS = 3_000;

/**
 * A user who wrote MODEL_CARD.md but did not `git add` it would read "model-card missing … add
 * MODEL_CARD.md" and lose trust. Only when an artifact has no evidence, and within a small time
 * budget, ask git for untracked files that would be its candidates, and say so in a note.
 */
export async function noteUntracked(root: string, selection: Selection, result: ScanResult, informational: ReadonlySet<ArtifactId>, deadline: number): Promise<void> {
  const without = withoutEvidence(selection, result).filter((d) => !informational.has(d.id));
  const budget = Math.min(UNTRACKED_MS, deadline - Date.now());
  if (without.length === 0 || budget <= 0) return;
  const r = await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard'], { timeoutMs: budget }).catch(() => undefined);
  if (!r || r.code !== 0 || r.stdout.length === 0) return;
  const untracked = r.stdout.toString('utf8').split('\0').filter((p) => p !== '').slice(0, UNTRACKED_MAX).sort();
  const { candidates } = selection.select(untracked);
  const byFile = new Map<string, ArtifactId[]>();
  for (const d of without) {
    for (const path of candidates.get(d.id) ?? []) byFile.set(path, [...(byFile.get(path) ?? []), d.id]);
  }
  // Only files a user could `git add` as they are: not symlinks (git lists one that replaced a folder).
  const files: string[] = [];
  for (const path of [...byFile.keys()].sort().slice(0, 50)) {
    const st = await fsp.lstat(join(root, path)).catch(() => undefined);
    if (st?.isFile()) files.push(path);
  }
  if (files.length === 0) return;
  const shown = files.slice(0, 5).map((f) => `${f} (${byFile.get(f)!.join(', ')})`).join(', ');
  result.notes.push({
    code: 'untracked-candidates',
    path: files[0],
    message: `${files.length} untracked file(s) would be judged for artifacts without evidence: ${shown}${files.length > 5 ? ', …' : ''}. The gate judges what git tracks: \`git add\` them, or run with --untracked`,
  });
}
