/**
 * Cheap facts about a POSIX path, for detectors' `rank` and `fromTree` (which may see a million
 * paths): no regex compiled per call where a string test will do.
 */

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Lower-cased last extension without the dot ('' for none and for dot files such as `.gitignore`). */
export function lastExtension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Lower-cased extension without the dot; compound data extensions (`jsonl.gz`) keep both parts. */
export function extensionOf(path: string): string {
  const name = baseName(path).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = name.slice(dot + 1);
  if (ext === 'gz' || ext === 'zst' || ext === 'bz2' || ext === 'xz' || ext === 'zip') {
    const prev = name.lastIndexOf('.', dot - 1);
    if (prev > 0) return `${name.slice(prev + 1, dot)}.${ext}`;
  }
  return ext;
}

export function depthOf(path: string): number {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++;
  return n;
}

// rank() and fromTree() see candidates in path order, so consecutive calls mostly share a folder:
// facts about a folder are computed once per run of paths in it, not once per path. Each fact keeps
// the folder generation it was computed for, so moving to the next folder allocates nothing.
let memoDir: string | null = null;
let memoGen = 0;
let memoFolders: readonly string[] = [];
let memoFoldersGen = -1;
let memoTestGen = -1;
let memoTest = false;

interface Fact {
  gen: number;
  verdict: boolean;
}
const anyFacts = new Map<RegExp, Fact>();

function enterFolderOf(path: string): void {
  const slash = path.lastIndexOf('/');
  if (memoDir !== null && (slash < 0 ? memoDir === '' : memoDir.length === slash && path.startsWith(memoDir))) return;
  memoDir = slash < 0 ? '' : path.slice(0, slash);
  memoGen++;
}

/** Lower-cased folder names of a path (not its file name). Shared between calls: do not modify. */
export function folders(path: string): readonly string[] {
  enterFolderOf(path);
  if (memoFoldersGen !== memoGen) {
    memoFoldersGen = memoGen;
    memoFolders = memoDir === '' || memoDir === null ? [] : memoDir.toLowerCase().split('/');
  }
  return memoFolders;
}

function fact(facts: Map<RegExp, Fact>, test: RegExp): Fact {
  let known = facts.get(test);
  if (known === undefined) {
    if (test.global || test.sticky) throw new Error(`path facts: /${test.source}/ must not carry the g or y flag`);
    known = { gen: -1, verdict: false };
    facts.set(test, known);
  }
  return known;
}

/** A fact about a path's folder, computed once per run of paths in the same folder. */
export function perFolder<T>(compute: (dir: string) => T): (path: string) => T {
  let gen = -1;
  let value: T;
  return (path: string): T => {
    enterFolderOf(path);
    if (gen !== memoGen) {
      gen = memoGen;
      value = compute(memoDir ?? '');
    }
    return value;
  };
}

/**
 * Whether one of the path's lower-cased folder names matches `test`. `test` must be a module-level
 * constant without the g or y flag: results are kept per folder under that object.
 */
export function anyFolder(path: string, test: RegExp): boolean {
  const names = folders(path);
  const known = fact(anyFacts, test);
  if (known.gen !== memoGen) {
    known.gen = memoGen;
    known.verdict = names.some((f) => test.test(f));
  }
  return known.verdict;
}

/**
 * An evaluation toolkit's folder, under any name: `evals/`, `evaluation/`, `lm-evaluation-harness/`,
 * `qwencoder-eval/`, `vlmevalkit/`, `opencompass/` (not `retrieval/`). What it holds scores models; its data notes,
 * scripts and licence are not the release's.
 */
const EVAL_TOOLKIT_FOLDER = /^(?:[\w.]*[_-])?(?:vlm|lm[_-]?)?eval\w*(?:[_-][\w.-]*)?$|^opencompass$/;

export function inEvalToolkit(path: string): boolean {
  return anyFolder(path, EVAL_TOOLKIT_FOLDER);
}

const TEST_FOLDER = /^(?:tests|test|__tests__|testdata|test_data|fixtures|\.github|unittests)$/;

/** Unit tests, fixtures and CI folders: files there describe the tests, not the release. */
export function isTestPath(path: string): boolean {
  const names = folders(path);
  if (memoTestGen !== memoGen) {
    memoTestGen = memoGen;
    memoTest = names.some((f) => TEST_FOLDER.test(f));
  }
  return memoTest;
}

/**
 * The step number of a checkpoint-like name (`step_1000`, `checkpoint-2000`, `iter_0005000`,
 * `global_step300`, `step1000-tokens4B`, `epoch_3`, `ckpt-500.pt`), or undefined.
 */
export function checkpointStep(name: string): number | undefined {
  const m = /^(?:[\w.-]*?[-_.])?(?:checkpoint|ckpt|step|global_step|iter|iteration|epoch)[-_]?(\d{1,9})(?:[-_.][\w.-]*)?$/i.exec(name);
  if (!m || m[1] === undefined) return undefined;
  return Number(m[1]);
}

/** The step-numbered folder or file a path lies under (innermost), with its step. */
export function checkpointOf(path: string): { at: string; step: number } | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // A file only counts by its own name when it is checkpoint content (`ckpt_1000.pt`, `model.ckpt-1000.index`).
  if (isCheckpointContent(name)) {
    const step = checkpointStep(name.replace(/\.(index|data-\d+-of-\d+|[a-z0-9]+)$/i, ''));
    if (step !== undefined) return { at: path, step };
  }
  return checkpointFolderOf(path);
}

/** The innermost step-numbered folder of a path (computed once per folder). */
const checkpointFolderOf = perFolder((dir): { at: string; step: number } | undefined => {
  const parts = dir === '' ? [] : dir.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const step = checkpointStep(parts[i] ?? '');
    if (step !== undefined) return { at: parts.slice(0, i + 1).join('/'), step };
  }
  return undefined;
});

/** Does the path lie inside a step-numbered checkpoint folder? */
export function inCheckpointFolder(path: string): boolean {
  return checkpointFolderOf(path) !== undefined;
}

/** Files a saved checkpoint consists of: weights, torch distributed shards, TF checkpoint parts. */
export function isCheckpointContent(name: string): boolean {
  const ext = extensionOf(name);
  if (isWeightExtension(ext) || ext === 'distcp') return true;
  return /\.(index|data-\d+-of-\d+)$/i.test(name) && /ckpt|checkpoint/i.test(name);
}

/** File extensions of model parameters. `bin` is ambiguous (tokenised data shards use it too). */
const WEIGHT_EXT: Readonly<Record<string, true>> = {
  safetensors: true, bin: true, pt: true, pth: true, ckpt: true, gguf: true, ggml: true, onnx: true,
  h5: true, keras: true, msgpack: true, tflite: true, pdparams: true, mlmodel: true, npz: true,
};

export function isWeightExtension(ext: string): boolean {
  return Object.hasOwn(WEIGHT_EXT, ext);
}

/** Training-state files that sit next to weights but are not the model's parameters. */
export function isTrainingStateFile(name: string): boolean {
  return /^(optimizer|scheduler|rng_state|scaler|training_args|trainer_state|lr_scheduler|optim)([-_.].*)?\.(pt|pth|bin|json|pkl)$/i.test(name) || /^(zero_)?(pp_rank|bf16_zero|mp_rank_\d+_optim)/i.test(name);
}

/** Data file extensions (records, columnar, tokenised shards, archives). */
const DATA_EXT: Readonly<Record<string, true>> = {
  jsonl: true, json: true, csv: true, tsv: true, parquet: true, arrow: true, txt: true, tfrecord: true, npy: true,
  idx: true, bin: true, ndjson: true, tar: true, zst: true, gz: true,
  'jsonl.gz': true, 'json.gz': true, 'jsonl.zst': true, 'json.zst': true, 'csv.gz': true, 'tsv.gz': true,
  'txt.gz': true, 'jsonl.bz2': true, 'jsonl.xz': true, 'tar.gz': true,
};

export function isDataExtension(ext: string): boolean {
  return Object.hasOwn(DATA_EXT, ext);
}

/**
 * A module at the root of a repository named for something other than its pipeline (helpers, models,
 * losses, the app, export and evaluation tools): its checkpoint and logging writes look like a
 * pipeline's and its optimiser setup like a training loop's, so detectors do not read it for either.
 */
export function isRootHelperModule(stem: string): boolean {
  return ROOT_HELPER.test(stem);
}

const ROOT_HELPER =
  /^(?:utils?|helpers?|common|misc|tools?|config\w*|constants?|log\w*|optim\w*|engine\w*|models?|modeling\w*|layers?|loss\w*|metrics?|app|demo\w*|infer\w*|predict\w*|sample\w*|generate\w*|run|setup|hubconf|export\w*|convert\w*|visuali[sz]\w*|plot\w*|eval\w*|test\w*|bench\w*|download\w*|gradio\w*|web\w*|server|api|cli|version)$/i;

/** A data step named for the patches or latents it makes (`generate_patches_sidd`, `precompute_latents`). */
export function namesPatchesOrLatents(stem: string): boolean {
  return /(?:generate|extract|crop|make|create)_?(?:sub_?)?(?:patches|subimages?|crops)|(?:precompute|cache)_?latents?/i.test(stem);
}

// Libraries that ML repositories copy in whole (a package folder under its own name; DensePose is the
// detectron2 project that try-on and animation releases vendor for body maps; `annotator/` is the
// ControlNet folder of vendored condition extractors: depth, pose, segmentation). The first ones
// are never a model release's own module; the others only count as a copy with their own packaging.
// `torchhub/` holds repositories torch.hub downloaded (`torchhub/facebookresearch_dinov2_main/`).
// `funasr_detach/`: the FunASR toolkit copied whole into StepFun's audio releases, its trainer included.
const LIBRARY_COPY = /^(?:detectron2|densepose|annotator|mmcv|mmdet|mmseg|mmpretrain|mmengine|apex|torchhub|funasr_detach)$/i;
const PACKAGED_LIBRARY_COPY = /^(?:transformers|diffusers|fairseq|timm)$/i;
// Repositories that releases copy into their own package, README, trainer and configs included: ImageBind
// in multimodal models (`model/ImageBind/`), NVIDIA's SE(3)-Transformer in protein models
// (`env/SE3Transformer/`, with its QM9 training example), Ultralytics' and EfficientViT's trainers in
// segmentation models (`MobileSAMv2/ultralytics/`), LAION's CLAP and NVIDIA's BigVGAN in audio models
// (`audioldm/clap/training/`, `indextts/s2mel/modules/bigvgan/`), DINOv2 as the backbone of depth and
// editing models, Self-Correction Human Parsing in virtual try-on releases (`preprocess/humanparsing/`,
// `model/SCHP/`), its parser's training loop included. At the root, or below a root folder of the
// same name (`efficientvit/models/efficientvit/`), it is that repository's own code; a root folder
// holding its package under the same name (`dinov2/dinov2/`) is the repository checked out whole,
// its README and model card included.
const NESTED_MODEL_COPY = /^(?:imagebind|se3transformer|ultralytics|efficientvit|clap|bigvgan|dinov2|humanparsing|schp)$/i;

// Code kept as an old copy (`AgentBench.old/`, `run_deprecated/`, `src.bak/`): superseded, not what the release runs.
const OLD_COPY = /^[\w-]+(?:\.(?:old|bak|orig)|[_-](?:old|deprecated|bak|backup))$/i;

/** Whether the folder `libraryCopy` found is an old copy rather than another project's. */
export function isOldCopy(folder: string): boolean {
  return OLD_COPY.test(folder.slice(folder.lastIndexOf('/') + 1));
}

/**
 * The folder of a well-known library copied into the tree that holds `path` (`detectron2/`,
 * `annotator/uniformer/mmcv/`, a `transformers/` checkout with its `setup.py`), or an old copy kept beside
 * the live code: its training loop, configs and model zoo are not the release's. `undefined` when none.
 */
export function libraryCopy(path: string, has: (p: string) => boolean): string | undefined {
  const parts = path.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i] ?? '';
    if (OLD_COPY.test(name)) return parts.slice(0, i + 1).join('/');
    if (LIBRARY_COPY.test(name) || (NESTED_MODEL_COPY.test(name) && !ownModelFolder(parts, i, has))) return parts.slice(0, i + 1).join('/');
    if (PACKAGED_LIBRARY_COPY.test(name)) {
      const dir = parts.slice(0, i + 1).join('/');
      if (has(`${dir}/setup.py`) || has(`${dir}/pyproject.toml`)) return dir;
    }
  }
  return undefined;
}

/** Whether the folder `parts[i]`, named for a model repository, is the repository's own code (see NESTED_MODEL_COPY). */
function ownModelFolder(parts: readonly string[], i: number, has: (p: string) => boolean): boolean {
  const name = parts[i]!.toLowerCase();
  if (i > 0) return parts[0]?.toLowerCase() === name;
  const whole = parts[1]?.toLowerCase() === name || has(`${parts[0]}/${parts[0]}/__init__.py`);
  return !whole;
}

/** Inside a folder named for a library that is always a copy (`detectron2/`, `mmcv/`): not worth reading for the release's code. */
export function inLibraryFolder(path: string): boolean {
  return anyFolder(path, LIBRARY_COPY);
}
