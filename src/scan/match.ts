import type { ArtifactId } from '../domain/artifacts.js';
import type { Detector, DetectorError } from '../domain/finding.js';
import type { ScanOptions } from './options.js';
import { isBuiltinExcludedName, lowerAsciiFold, type PathView } from './glob-compile.js';
import { Exclusions, GlobIndex } from './glob-index.js';
import { errorMessage } from '../domain/errors.js';

export { BUILTIN_EXCLUDED_DIRS } from './glob-compile.js';

export type SelectOptions = Pick<ScanOptions, 'exclude' | 'artifacts' | 'only'>;

export interface ClassifyResult {
  /** Ranked candidates per detector (best first); every selected detector has an entry. */
  candidates: Map<ArtifactId, string[]>;
  /** Detectors whose `rank` threw: they get no candidates. */
  errors: DetectorError[];
}

export interface SelectResult extends ClassifyResult {
  /** The paths that survive the exclusions, in their given order. */
  kept: string[];
  /** Candidates by content: what each sweeping detector reads after its own candidates (see `Detector.sweep`). */
  swept: Map<ArtifactId, string[]>;
  /** Paths that are a candidate of at least one detector (before ranking). */
  candidateCount: number;
}

export interface Selection {
  readonly detectors: readonly Detector[];
  /** True when a folder (POSIX, relative to the root, no trailing slash) is pruned with everything under it. */
  isExcludedDir(dir: string): boolean;
  /** True when a path (POSIX, relative to the root) is excluded from the scan. */
  isExcluded(path: string): boolean;
  /** Exclusions and candidate selection in one pass over the listing. */
  select(paths: readonly string[]): SelectResult;
  /** Artifacts whose candidates the policy's `paths` chose (they replaced the default globs). */
  readonly chosen: ReadonlySet<ArtifactId>;
}

interface CompiledDetector {
  detector: Detector;
  /** The policy's `paths` replaced the default globs: rank orders but never drops. */
  overridden: boolean;
  exclude: Exclusions | null;
}

/**
 * Compiles every glob once: the built-in folder exclusions, the policy's `exclude`, and one index over
 * all detectors' globs. Throws GateError naming the option for a pattern that is invalid or too large.
 */
export function compileSelection(detectors: readonly Detector[], options: SelectOptions = {}): Selection {
  const only = options.only;
  const selected = only ? detectors.filter((d) => only.includes(d.id)) : [...detectors];
  const exclusions = new Exclusions(options.exclude ?? [], 'exclude');
  const index = new GlobIndex();
  const compiled = selected.map((detector, owner) => compileDetector(detector, owner, options, index));
  const views = new PathViews();
  const { isExcludedDir, isExcluded } = exclusionTests(exclusions, views);
  const select = (paths: readonly string[]): SelectResult => {
    const sweepers = makeSweepers(compiled);
    const { kept, hits, candidateCount } = matchListing(paths, compiled, index, exclusions, views, isExcludedDir, sweepers);
    return { kept, ...rankAll(compiled, hits), swept: sweptOf(sweepers), candidateCount };
  };
  const chosen = new Set(compiled.filter((c) => c.overridden).map((c) => c.detector.id));
  return { detectors: selected, isExcludedDir, isExcluded, select, chosen };
}

/** Adds one detector's globs (or the policy's `paths` for it) to the index under `owner`, with its own exclusions. */
function compileDetector(detector: Detector, owner: number, options: SelectOptions, index: GlobIndex): CompiledDetector {
  const override = options.artifacts?.[detector.id];
  const overridden = override?.paths !== undefined && override.paths.length > 0;
  const globs = overridden ? (override?.paths ?? []) : detector.globs;
  const where = overridden ? `artifacts.${detector.id}.paths` : `detector ${detector.id}`;
  // In a candidate list a leading `!` reads as "not these": an exclusion of this detector.
  const not: string[] = [];
  for (const raw of globs) {
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('!')) not.push(text.slice(1));
    else index.add(owner, text, where);
  }
  const own = override?.exclude ?? [];
  let exclude: Exclusions | null = null;
  if (own.length > 0 || not.length > 0) {
    exclude = new Exclusions(own, `artifacts.${detector.id}.exclude`);
    if (not.length > 0) exclude.addAll(not, where);
  }
  return { detector, overridden, exclude };
}

/** Path views for one selection. Every view gets a fresh folder id unless it continues the previous one: row caches compare ids. */
class PathViews {
  private nextDirId = 0;
  private readonly scratch: PathView = { path: '', dirEnd: -1, dir: '', dirId: 0, ext: '', lowerBase: undefined };

  /** Points `view` at `path`, keeping its folder id when the folder is the previous one. */
  viewOf(path: string, view: PathView): PathView {
    const dirEnd = path.lastIndexOf('/');
    if (dirEnd !== view.dirEnd || (dirEnd > 0 && !path.startsWith(view.dir))) {
      view.dir = dirEnd > 0 ? path.slice(0, dirEnd) : '';
      view.dirId = ++this.nextDirId;
    }
    view.dirEnd = dirEnd;
    view.path = path;
    view.lowerBase = undefined;
    const dot = path.lastIndexOf('.');
    // ASCII folding only, as for every literal here: a non-ASCII extension never lands in an ASCII bucket.
    view.ext = dot <= dirEnd ? '' : lowerAsciiFold(path.slice(dot + 1));
    return view;
  }

  standalone(path: string): PathView {
    const view = this.viewOf(path, this.scratch);
    // A caller-driven view may not share a folder id with the previous one.
    view.dirId = ++this.nextDirId;
    return view;
  }
}

/** The exclusion questions a caller asks of one path or folder; folder verdicts are cached. */
function exclusionTests(exclusions: Exclusions, views: PathViews): Pick<Selection, 'isExcludedDir' | 'isExcluded'> {
  const dirVerdicts = new Map<string, boolean>();
  function isExcludedDir(dir: string): boolean {
    if (dir === '') return false;
    const cached = dirVerdicts.get(dir);
    if (cached !== undefined) return cached;
    const slash = dir.lastIndexOf('/');
    const name = slash < 0 ? dir : dir.slice(slash + 1);
    const verdict =
      (slash > 0 && isExcludedDir(dir.slice(0, slash))) ||
      isBuiltinExcludedName(name) ||
      (exclusions.prunable && !exclusions.empty && exclusions.matches(views.standalone(dir)));
    dirVerdicts.set(dir, verdict);
    return verdict;
  }

  function isExcluded(path: string): boolean {
    const slash = path.lastIndexOf('/');
    if (slash > 0 && isExcludedDir(path.slice(0, slash))) return true;
    return !exclusions.empty && exclusions.matches(views.standalone(path));
  }
  return { isExcludedDir, isExcluded };
}

/** One pass over the listing: the exclusions, then every detector's globs through the index. */
function matchListing(
  paths: readonly string[],
  compiled: readonly CompiledDetector[],
  index: GlobIndex,
  exclusions: Exclusions,
  views: PathViews,
  isExcludedDir: (dir: string) => boolean,
  sweepers: readonly Sweeper[],
): { kept: string[]; hits: string[][]; candidateCount: number } {
  // Most paths survive the exclusions: kept is only built once one is dropped (until then it is a prefix).
  let kept: string[] | null = null;
  const hits: string[][] = compiled.map(() => []);
  // Which detectors already took the current path, without allocating per path.
  const taken = new Int32Array(compiled.length).fill(-1);
  const view: PathView = { path: '', dirEnd: -2, dir: '', dirId: 0, ext: '', lowerBase: undefined };
  let lastDirId = -1;
  let dirExcluded = false;
  let candidateCount = 0;
  let counted = -1;
  let i = 0;
  const take = (owner: number): void => {
    const c = compiled[owner] as CompiledDetector;
    if (c.exclude && c.exclude.matches(view)) return;
    (hits[owner] as string[]).push(view.path);
    if (counted !== i) {
      counted = i;
      candidateCount++;
    }
  };
  for (; i < paths.length; i++) {
    views.viewOf(paths[i] as string, view);
    if (view.dirId !== lastDirId) {
      lastDirId = view.dirId;
      dirExcluded = isExcludedDir(view.dir);
    }
    if (dirExcluded || (!exclusions.empty && exclusions.matches(view))) {
      kept ??= paths.slice(0, i);
      continue;
    }
    if (kept !== null) kept.push(view.path);
    index.match(view, taken, i, take);
    if (sweepers.length > 0) sweepOne(view, sweepers, taken, i);
  }
  return { kept: kept ?? paths.slice(), hits, candidateCount };
}

// Folders whose code is not the release's own pipeline or loop: tests, examples and demos, docs,
// copied or patched code, native kernels, inference pipelines and engines, serving and apps. Files
// there are never swept in (`third_party/`, `vendor/`, `external/` never reach the listing at all).
const NOT_SWEPT = /^(?:tests?|__tests__|testing|fixtures|examples?|demos?|docs?|notebooks?|tutorials?|externals|extern|deps|submodules?|\w*bench(?:marks?)?(?:[_.-][\w.-]*)?|eval\w*|infer\w*|apps?|web|ui|frontend|serving|server|deploy\w*|pipelines|vllm|sglang|tensorrt\w*|trt\w*|onnx\w*|triton|coreml\w*|\w+_patched|csrc|cuda|kernels?|ops|utils?|\.\w+)$/i;
// Nor are modules named for a helper's job, for using a model or for compressing one (`utils.py`, `io.py`,
// `logger.py`, `eval_dpr.py`, `sd3_infer.py`, `sample.py`, `convert_weights.py`, `quantize.py`, `main.py`): their reads and writes serve
// inference, evaluation or tooling far more often than the training data. Named candidates judge those.
// Unlike `isRootHelperModule` (whole names of root modules that are no entry point), these are words
// anywhere in a name, and model, layer, loss and optimiser modules stay in: a loop often lives there.
const NOT_SWEPT_NAME = /(?:^|[_-])(?:utils?|helpers?|io|common|logg(?:er|ing)|visuali[sz]\w*|plot\w*|eval\w*|evaluat\w*|infer\w*|predict\w*|sampl(?:e|es|ing|er)|demo\w*|app|deploy\w*|serv(?:e|er|ing)|convert\w*|export\w*|quantiz\w*|compress\w*|tests?|metrics?|main|cli|setup|api|web|ui|gradio|client)(?:$|[_-])|^(?:eval|test|infer)/i;
const MAX_SWEEP_DEPTH = 4;

/** One sweeping detector's candidates by content while the listing is matched, kept by depth. */
interface Sweeper {
  id: ArtifactId;
  owner: number;
  files: number;
  extensions: ReadonlySet<string>;
  exclude: Exclusions | null;
  byDepth: string[][];
  /** The folder of the last path judged, and its depth, or -1 when nothing in it is swept. */
  dirId: number;
  depth: number;
}

function makeSweepers(compiled: readonly CompiledDetector[]): Sweeper[] {
  const out: Sweeper[] = [];
  compiled.forEach((c, owner) => {
    const sweep = c.detector.sweep;
    if (!sweep || sweep.files <= 0 || c.overridden) return;
    const extensions = new Set(sweep.extensions.map((e) => e.toLowerCase()));
    out.push({ id: c.detector.id, owner, files: sweep.files, extensions, exclude: c.exclude, byDepth: Array.from({ length: MAX_SWEEP_DEPTH + 1 }, () => []), dirId: -1, depth: -1 });
  });
  return out;
}

/** The depth of a folder whose code may be swept (0 = the root), or -1. */
function sweepDepth(dir: string): number {
  if (dir === '') return 0;
  const names = dir.split('/', MAX_SWEEP_DEPTH + 1);
  if (names.length > MAX_SWEEP_DEPTH) return -1;
  return names.some((n) => NOT_SWEPT.test(n)) ? -1 : names.length;
}

/**
 * Offers one listed path to each sweeping detector whose globs did not match it (a match its `rank`
 * drops later stays dropped): by extension, folder and name, then the detector's own exclusions, up
 * to `files` per depth. Folder verdicts are taken once per run of paths in the same folder.
 */
function sweepOne(view: PathView, sweepers: readonly Sweeper[], taken: Int32Array, i: number): void {
  let named: boolean | undefined;
  for (const s of sweepers) {
    if (taken[s.owner] === i || !s.extensions.has(view.ext)) continue;
    if (s.dirId !== view.dirId) {
      s.dirId = view.dirId;
      s.depth = sweepDepth(view.dir);
    }
    const bucket = s.depth < 0 ? undefined : s.byDepth[s.depth];
    if (!bucket || bucket.length >= s.files) continue;
    named ??= NOT_SWEPT_NAME.test(view.path.slice(view.dirEnd + 1, view.path.length - view.ext.length - 1));
    if (named || (s.exclude && s.exclude.matches(view))) continue;
    bucket.push(view.path);
  }
}

/** Each sweeping detector's candidates by content: shallowest first, listing order within a depth. */
function sweptOf(sweepers: readonly Sweeper[]): Map<ArtifactId, string[]> {
  return new Map(sweepers.map((s) => [s.id, s.byDepth.flat().slice(0, s.files)]));
}

/** Each detector's candidates ranked; a detector whose `rank` throws gets none and an error. */
function rankAll(compiled: readonly CompiledDetector[], hits: readonly string[][]): ClassifyResult {
  const candidates = new Map<ArtifactId, string[]>();
  const errors: DetectorError[] = [];
  compiled.forEach((c, owner) => {
    try {
      candidates.set(c.detector.id, rankCandidates(c, hits[owner] as string[]));
    } catch (error) {
      errors.push({ artifact: c.detector.id, message: `rank() threw: ${errorMessage(error)}` });
      candidates.set(c.detector.id, []);
    }
  });
  return { candidates, errors };
}

/**
 * Best first, ties in path order. On default globs `rank` may drop a look-alike (undefined);
 * on a policy's own `paths` the user chose the files, so rank only orders them (undefined → 1).
 */
function rankCandidates(c: CompiledDetector, paths: string[]): string[] {
  const rank = c.detector.rank;
  if (!rank) return paths;
  // Scores are few distinct values: group by score (each group keeps path order), then order the groups.
  // Whole scores 0..100 (what detectors give) index an array; anything else goes through a map.
  const small: (string[] | undefined)[] = [];
  const other = new Map<number, string[]>();
  scoreAll(c, rank, paths, small, other);
  for (let score = 0; score <= 100; score++) {
    const group = small[score];
    if (group) other.set(score, group);
  }
  if (other.size === 1) return other.values().next().value ?? [];
  const out: string[] = [];
  for (const score of [...other.keys()].sort((a, b) => b - a)) for (const path of other.get(score) as string[]) out.push(path);
  return out;
}

// The loop alone: optimised code for it is specialised to one detector's `rank`, and what follows the
// loop would otherwise be thrown away with it each time the next detector comes.
function scoreAll(c: CompiledDetector, rank: (path: string) => number | undefined, paths: readonly string[], small: (string[] | undefined)[], other: Map<number, string[]>): void {
  for (const path of paths) {
    let score = rank.call(c.detector, path);
    if (score === undefined || Number.isNaN(score)) {
      if (!c.overridden) continue;
      score = 1;
    }
    if (Number.isInteger(score) && score >= 0 && score <= 100) {
      const group = small[score];
      if (group) group.push(path);
      else small[score] = [path];
    } else {
      const group = other.get(score);
      if (group) group.push(path);
      else other.set(score, [path]);
    }
  }
}

/**
 * The pure candidate selection used by the scan (and timed by the benchmark): exclusions, then each
 * detector's globs, then ranking. `paths` are POSIX paths relative to the scanned root, ideally sorted
 * (folder tests are cached per run of equal folders).
 */
export function selectCandidates(
  paths: readonly string[],
  detectors: readonly Detector[],
  options: SelectOptions = {},
): Map<ArtifactId, string[]> {
  return compileSelection(detectors, options).select(paths).candidates;
}
