// Candidates by content as well as by name (issue 12): after their own ranked candidates, the
// preprocessing and training detectors are offered the tree's other small code files, shallowest first,
// outside tests, examples, docs, benchmarks, copied code and helper or inference modules.
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/index.js';
import { compileSelection, type SelectOptions } from '../../src/scan/match.js';
import { evaluate } from '../../src/evaluate/index.js';
import { builtinPolicy } from '../../src/policy/presets.js';
import { DETECTORS } from '../../src/scan/detectors/index.js';
import { preprocessing } from '../../src/scan/detectors/preprocessing.js';
import { training } from '../../src/scan/detectors/training.js';
import { scanOptions } from '../../src/app/gate.js';
import { removeDir, tempDir, writeTree } from '../helpers/scan.js';

/** The detector's candidates by name, then those by content, as the scan queues them. */
const candidatesOf = (paths: string[], options?: SelectOptions) => {
  const { candidates, swept } = compileSelection([preprocessing], options).select(paths);
  return { named: candidates.get('preprocessing') ?? [], swept: swept.get('preprocessing') ?? [] };
};

describe('which files a sweep offers', () => {
  it("offers code files named for nothing, after the detector's own candidates, shallowest first", () => {
    const got = candidatesOf(['prepare_data.py', 'pkg/deep/er/hubert_extract.py', 'crawl/process_wet.sh', 'tools/make_records.py', 'README.md', 'pkg/model.rs']);
    // Its own candidates by name (the script, the README it reads for pipeline commands) are not swept again.
    expect([...got.named].sort()).toEqual(['README.md', 'prepare_data.py']);
    expect(got.swept).toEqual(['crawl/process_wet.sh', 'tools/make_records.py', 'pkg/deep/er/hubert_extract.py']);
  });

  it('never offers tests, examples, docs, benchmarks, copied code, helpers or inference modules', () => {
    const got = candidatesOf([
      'tests/make_shards.py',
      'examples/build.py',
      'docs/conf.py',
      'third_party/lib/tokenize_all.py',
      'AgentBench.old/src/loader.py',
      'eval_audio/asr.py',
      'inference/main.py',
      'pkg/utils.py',
      'pkg/model_utils.py',
      'pkg/io.py',
      'sd3_infer.py',
      'src/bioemu/sample.py',
      'scripts/sampling.py',
      'convert_weights.py',
      'EvalDataset.py',
      'ltx/pipelines/crf_compressor.py',
      'ocr/vllm/run_pdf_batch.py',
      'ldm_patched/contrib/nodes_extra.py',
      'tools/quantize_model.py',
      'a/b/c/d/e/deep.py',
      // A match of the globs that `rank` dropped (a copied library's converter) stays dropped.
      'detectron2/datasets/prepare_coco.py',
    ]);
    expect(got.swept).toEqual([]);
    expect(got.named).not.toContain('detectron2/datasets/prepare_coco.py');
  });

  it("does not sweep when the policy's paths name the files", () => {
    const got = candidatesOf(['tools/make_records.py', 'data/prep.py'], { artifacts: { preprocessing: { paths: ['data/**'] } } });
    expect(got).toEqual({ named: ['data/prep.py'], swept: [] });
  });

  it('offers at most the stated number of files', () => {
    const many = Array.from({ length: 200 }, (_, i) => `pkg/mod${String(i).padStart(3, '0')}.py`);
    const { swept } = candidatesOf(many);
    expect(swept.length).toBe(preprocessing.sweep?.files);
    expect(swept[0]).toBe('pkg/mod000.py');
  });
});

describe('a pipeline named for something else counts', () => {
  let root = '';
  afterEach(() => removeDir(root));

  const judge = async (files: Record<string, string>) => {
    root = tempDir('og-sweep-');
    writeTree(root, files);
    const policy = builtinPolicy();
    const scanned = await scan(scanOptions(root, policy));
    return evaluate({ scan: scanned, policy, detectors: DETECTORS, root, toolVersion: 't', now: new Date('2026-01-01') }).artifacts;
  };

  const extractor = [
    'import glob, json, numpy as np, soundfile as sf',
    'files = sorted(glob.glob(f"{args.audio_dir}/**/*.flac", recursive=True))',
    'random.shuffle(files)',
    'n_valid = int(len(files) * 0.01)',
    'for path in files:',
    '    wav, sr = sf.read(path)',
    '    feats = teacher.extract(wav)',
    '    np.save(out / (Path(path).stem + ".npy"), feats)',
    'json.dump({"train": files[n_valid:], "valid": files[:n_valid]}, open(out / "splits.json", "w"))',
    '',
  ].join('\n');

  it("a feature extractor in scripts/ is the release's preprocessing", async () => {
    const artifacts = await judge({ 'README.md': '# Codec\n', 'scripts/teacher_rep_extract.py': extractor });
    expect(artifacts.find((a) => a.id === 'preprocessing')).toMatchObject({ status: 'present', evidence: [expect.objectContaining({ path: 'scripts/teacher_rep_extract.py' })] });
  });

  it('the same code in an inference module or a test is not', async () => {
    const artifacts = await judge({ 'README.md': '# Codec\n', 'scripts/infer_extract.py': extractor, 'tests/rep_extract.py': extractor });
    expect(artifacts.find((a) => a.id === 'preprocessing')?.status).toBe('missing');
  });

  it('a training loop in a module named for its algorithm is training code', async () => {
    const loop = ['import torch', 'def learn(model, loader, optimizer):', '    for x, y in loader:', '        loss = torch.nn.functional.cross_entropy(model(x), y)', '        optimizer.zero_grad()', '        loss.backward()', '        optimizer.step()', ''].join('\n');
    const artifacts = await judge({ 'README.md': '# Agent\n', 'agents/a2c.py': loop });
    expect(artifacts.find((a) => a.id === 'training')).toMatchObject({ status: 'present', evidence: [expect.objectContaining({ path: 'agents/a2c.py' })] });
    expect(training.sweep?.files).toBeGreaterThan(0);
  });
});
