import { describe, expect, it } from 'vitest';
import { anyFolder, checkpointOf, folders, inCheckpointFolder, isTestPath, perFolder } from '../../src/scan/text/path-facts.js';

// Folder facts are kept per run of paths in one folder: answers must not depend on the order of calls.
describe('folder facts', () => {
  it('answer each path by its own folder, whatever folder the previous call was in', () => {
    const paths = ['tests/a.py', 'src/tests/b.py', 'src/c.py', 'tests/d.py', 'e.py', 'src/c2.py', 'Tests/x/f.py', 'testsuite/g.py'];
    const want = [true, true, false, true, false, false, true, false];
    for (let round = 0; round < 2; round++) {
      const order = round === 0 ? paths.map((_, i) => i) : paths.map((_, i) => paths.length - 1 - i);
      for (const i of order) expect(isTestPath(paths[i] as string), paths[i]).toBe(want[i]);
    }
    expect(folders('A/b/C/file.txt')).toEqual(['a', 'b', 'c']);
    expect(folders('file.txt')).toEqual([]);
    const RESULTS = /^results?$/;
    expect([anyFolder('eval/results/x.json', RESULTS), anyFolder('eval/x.json', RESULTS), anyFolder('eval/results/y.json', RESULTS)]).toEqual([true, false, true]);
  });

  it('perFolder computes once per run of paths in a folder', () => {
    const seen: string[] = [];
    const depth = perFolder((dir) => {
      seen.push(dir);
      return dir === '' ? 0 : dir.split('/').length;
    });
    expect(['a/b/1', 'a/b/2', 'a/3', 'a/b/4', '5'].map(depth)).toEqual([2, 2, 1, 2, 0]);
    expect(seen).toEqual(['a/b', 'a', 'a/b', '']);
  });

  it('finds the innermost step-numbered folder, or a checkpoint file named for its step', () => {
    expect(checkpointOf('ckpts/step_1000/model.safetensors')).toEqual({ at: 'ckpts/step_1000', step: 1000 });
    expect(checkpointOf('runs/checkpoint-2000/global_step300/mp_rank_00_model_states.pt')).toEqual({ at: 'runs/checkpoint-2000/global_step300', step: 300 });
    expect(checkpointOf('out/ckpt_1500.pt')).toEqual({ at: 'out/ckpt_1500.pt', step: 1500 });
    expect(checkpointOf('out/step_1500.md')).toBeUndefined();
    expect(checkpointOf('model.safetensors')).toBeUndefined();
    expect(inCheckpointFolder('iter_0005000/config.json')).toBe(true);
    expect(inCheckpointFolder('configs/config.json')).toBe(false);
    expect(inCheckpointFolder('iter_0005000.pt')).toBe(false);
  });
});
