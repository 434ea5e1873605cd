import { minimatch } from 'minimatch';
import { parse as parseYaml } from 'yaml';
import type { ArtifactId } from '../domain/artifacts.js';
import { decodeHead } from '../source/read.js';
import { CANDIDATE, type Detector, type Finding, type ScanContext } from '../domain/finding.js';

/**
 * Judges what a Hub repository holds with the same detectors as an in-tree file: its card
 * (README.md) is a candidate the user named (`chosen`), so a dataset card must pass the data-card
 * checks, a model card's `model-index` or `.eval_results/` must hold numbers, and the card's
 * `license:` is read by the license detector. Pure: the caller fetched the bytes.
 */

export interface RemoteRepo {
  /** Files at the pinned revision (the Hub's `siblings`), when known. */
  files?: readonly string[];
  /** The card's head, or null when the repository has no README.md. */
  card: { data: Buffer; size: number } | null;
  /** Heads of `.eval_results/` files fetched for eval results. */
  evalFiles?: readonly { path: string; data: Buffer; size: number }[];
}

export interface RemoteJudgement {
  /** `verified` when the content passed; `refuted` when it was judged and failed; `exists` when the artifact is not judged from a card. */
  result: 'verified' | 'refuted' | 'exists';
  reason: string;
  /** The license the card declares (SPDX), when the license detector recognised one. */
  license?: string;
}

/** Artifacts whose claim is about the card's content: a repository that merely exists does not make them. */
const CARD_CONTENT: ReadonlySet<ArtifactId> = new Set(['data-card', 'model-card', 'eval-results', 'license']);

function context(files: readonly string[], artifact: ArtifactId): ScanContext {
  const set = new Set(files);
  return {
    paths: files,
    has: (p) => set.has(p),
    submodules: [],
    chosen: (id) => id === artifact,
  };
}

function run(detector: Detector, path: string, data: Buffer, size: number, ctx: ScanContext): Finding[] {
  return detector.check(decodeHead(path, data, size), ctx);
}

function strongest(findings: readonly Finding[], outcome: Finding['outcome']): Finding | undefined {
  return findings.filter((f) => f.outcome === outcome).sort((a, b) => b.strength - a.strength)[0];
}

/** Numbers in HF `.eval_results/*.yaml` entries (`value:` of each result), which the JSON/CSV readers do not cover. */
export function evalYamlValues(text: string): number {
  let doc: unknown;
  try {
    doc = parseYaml(text, { maxAliasCount: 10, logLevel: 'error' });
  } catch {
    return 0;
  }
  let n = 0;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) walk(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (/^(?:value|score)$/i.test(k) && typeof x === 'number' && Number.isFinite(x)) n++;
      else walk(x, depth + 1);
    }
  };
  walk(doc, 0);
  return n;
}

export function judgeRemote(artifact: ArtifactId, detectors: readonly Detector[], repo: RemoteRepo): RemoteJudgement {
  const detector = detectors.find((d) => d.id === artifact);
  const files = repo.files ?? (repo.card ? ['README.md'] : []);
  const ctx = context(files, artifact);
  const card = repo.card && detector ? run(detector, 'README.md', repo.card.data, repo.card.size, ctx) : [];
  const licenseDetector = detectors.find((d) => d.id === 'license');
  const cardLicense = repo.card && licenseDetector ? strongest(run(licenseDetector, 'README.md', repo.card.data, repo.card.size, ctx), 'evidence')?.license : undefined;
  const withLicense = (j: RemoteJudgement): RemoteJudgement => (cardLicense && artifact !== 'license' ? { ...j, license: cardLicense } : j);

  if (artifact === 'eval-results' && detector) {
    for (const f of repo.evalFiles ?? []) {
      if (/\.ya?ml$/i.test(f.path)) {
        const values = evalYamlValues(f.data.toString('utf8'));
        if (values > 0) return withLicense({ result: 'verified', reason: `${f.path} holds ${values} result value(s)` });
        continue;
      }
      const found = strongest(run(detector, f.path, f.data, f.size, ctx), 'evidence');
      if (found) return withLicense({ result: 'verified', reason: `${f.path}: ${found.message}` });
    }
  }

  const evidence = strongest(card, 'evidence');
  if (evidence) {
    const out: RemoteJudgement = { result: 'verified', reason: `README.md: ${evidence.message}` };
    if (artifact === 'license' && evidence.license) out.license = evidence.license;
    return withLicense(out);
  }
  if (artifact === 'weights' || artifact === 'checkpoints') {
    // Parameter files are judged by name, as in the tree: their bytes are not fetched.
    const globs = (detector?.globs ?? []).filter((g) => !/\.md$/i.test(g));
    const weightFile = files.find((p) => globs.some((g) => minimatch(p, g, { nocase: true, dot: true })));
    if (weightFile) return withLicense({ result: 'verified', reason: `the repository holds ${weightFile}${files.length > 1 ? ` (${files.length} files)` : ''}` });
    if (repo.files) return withLicense({ result: 'refuted', reason: 'the repository holds no parameter files' });
  }
  if ((artifact === 'datasets' || artifact === 'evaluation-data') && repo.files) {
    // The data itself: files beside the card (a dataset repository holding only its card publishes no data).
    const data = repo.files.filter((p) => !/(?:^|\/)(?:\.gitattributes|\.gitignore|[^/]*\.md)$/i.test(p));
    if (data.length > 0) return withLicense({ result: 'verified', reason: `the repository holds ${data.length} data file(s), e.g. ${data[0]}` });
    return withLicense({ result: 'refuted', reason: 'the repository holds no data files, only its card' });
  }
  const failed = card.filter((f) => f.outcome === 'rejected' && f.strength >= CANDIDATE).sort((a, b) => b.strength - a.strength)[0];
  if (failed) return withLicense({ result: 'refuted', reason: `README.md: ${failed.message}` });
  if (CARD_CONTENT.has(artifact)) {
    if (!repo.card) return withLicense({ result: 'refuted', reason: 'the repository has no card (README.md)' });
    const near = strongest(card, 'rejected') ?? strongest(card, 'weak');
    return withLicense({ result: 'refuted', reason: `the card holds no ${artifact} evidence${near ? ` (${near.message})` : ''}` });
  }
  return withLicense({ result: 'exists', reason: 'the repository exists; its content is not judged for this artifact' });
}
