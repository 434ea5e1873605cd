// What a new user trips on (issue 14), end to end through the CLI bundle: each test follows what the
// gate tells the user and checks that the status changes as promised.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, PROJECT, runCli, STACK_TRACE } from '../helpers/cli.js';
import { commitAll, git, initRepo, tempDir, writeTree } from '../helpers/scan.js';

interface Report {
  verdict: string;
  artifacts: { id: string; status: string; weak: { path: string; message: string }[]; evidence: { path: string; code: string }[] }[];
  notes: string[];
  mof?: { shown: boolean; required?: number; classes: { class: number; reached: boolean }[] };
}

function report(dir: string, ...args: string[]): { code: number | null; json: Report } {
  const r = runCli([dir, '--format', 'json', ...args]);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return { code: r.code, json: JSON.parse(r.stdout) as Report };
}

const status = (r: Report, id: string) => r.artifacts.find((a) => a.id === id)?.status;

// A nanoGPT-style dataset folder: the readme of one dataset, with its source and token counts.
const DATASET_README = [
  '',
  '## openwebtext dataset',
  '',
  'after running `prepare.py` (preprocess) we get:',
  '',
  '- train.bin is ~17GB, val.bin ~8.5MB',
  '- train has ~9B tokens (9,035,582,198)',
  '- val has ~4M tokens (4,434,897)',
  '',
  'this came from 8,013,769 documents in total.',
  '',
  '- OpenAI WebText is discussed in the [GPT-2 paper](https://example.org/gpt2.pdf)',
  '- the [OpenWebText](https://example.org/openwebtext/) dataset',
  '',
].join('\n');

describe('the advice the gate prints works when followed', () => {
  it.each([['data/openwebtext/readme.md'], ['data/**'], ['**/readme.md']])('naming a nested dataset readme in artifacts.data-card.paths (%s) makes it the data card', (glob) => {
    const dir = tempDir('og-advice-');
    writeTree(dir, { 'data/openwebtext/readme.md': DATASET_README, 'README.md': '# tiny gpt\n' });
    const before = report(dir).json;
    expect(status(before, 'data-card')).toBe('missing');
    const hint = before.artifacts.find((a) => a.id === 'data-card')!.weak.find((w) => w.path === 'data/openwebtext/readme.md');
    expect(hint?.message).toMatch(/name it in `artifacts\.data-card\.paths` of \.openness\.yml/);
    writeFileSync(join(dir, '.openness.yml'), `version: 1\nartifacts:\n  data-card:\n    paths: ['${glob}']\n`);
    const after = report(dir).json;
    expect(status(after, 'data-card')).toBe('present');
    expect(after.artifacts.find((a) => a.id === 'data-card')!.evidence[0]!.path).toBe('data/openwebtext/readme.md');
  });

  it('declaring where an artifact is published under external: makes it external, as the fix says', () => {
    const dir = tempDir('og-advice-');
    cpSync(join(PROJECT, 'examples', 'weights-only'), dir, { recursive: true });
    expect(status(report(dir).json, 'data-card')).toBe('missing');
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nexternal:\n  data-card: https://huggingface.co/datasets/org/corpus\n');
    expect(status(report(dir).json, 'data-card')).toBe('external');
  });

  it('stating the SPDX id of a license text the gate cannot name, as the problem says, makes the license present', () => {
    const dir = tempDir('og-advice-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    rmSync(join(dir, 'data', 'LICENSE-DATA'));
    writeFileSync(join(dir, 'LICENSE'), 'Our Lab Permissive License\n\nYou may use, copy, change and share this work for any purpose, as long as this notice stays with it.\n');
    const before = runCli([dir]);
    expect(before.stdout).toMatch(/state its SPDX id as artifacts\.license\.license in \.openness\.yml/);
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nartifacts:\n  license:\n    license: MIT\n');
    const after = report(dir).json.artifacts.find((a) => a.id === 'license') as unknown as { status: string; problems: unknown[]; evidence: { path: string; code: string }[] };
    expect(after.status).toBe('present');
    expect(after.problems).toEqual([]);
    expect(after.evidence.map((e) => `${e.path} ${e.code}`)).toContain('LICENSE declared-license');
    expect(runCli([dir]).stdout).not.toMatch(/state its SPDX id/);
  });
});

describe('MOF presets gate the class', () => {
  it('fails when every artifact passes but the class is not reached, and says which components it still needs', () => {
    const dir = tempDir('og-mof-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    // Weights and a technical report declared on the web: there, but their licenses are not shown.
    writeFileSync(join(dir, 'README.md'), '# TinyLM\n\n[Technical report](https://arxiv.org/abs/2401.00001)\n\nWeights: https://huggingface.co/org/tinylm-1b\n');
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nextends: mof-class-iii\n');
    const { code, json } = report(dir);
    expect(json.artifacts.filter((a) => a.status === 'missing' || a.status === 'invalid').map((a) => a.id)).toEqual(['sample-outputs']);
    expect(json.mof?.required).toBe(3);
    expect(json.mof?.classes.find((c) => c.class === 3)?.reached).toBe(false);
    expect(json.verdict).toBe('fail');
    expect(code).toBe(1);
    expect(json.notes.join('\n')).toMatch(/requires MOF Class III - Open Model: not reached; still needs Technical report/);
    const text = runCli([dir]).stdout;
    expect(text).toMatch(/^✗ Openness gate failed: the policy requires MOF Class III - Open Model, not reached: still needs Technical report/);
  });
});

describe('the badge says what the policy judges', () => {
  it('open training n/5 under the default policy, the class under a MOF preset', () => {
    const title = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)?.[1];
    expect(title(runCli(['examples/open-training', '--format', 'badge']).stdout)).toBe('open training: 5/5');
    expect(title(runCli(['examples/weights-only', '--format', 'badge']).stdout)).toBe('open training: 0/5');
    const dir = tempDir('og-badge-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nextends: mof-class-iii\n');
    expect(title(runCli([dir, '--format', 'badge']).stdout)).toBe('openness: none');
  });

  it('no MOF line in a report whose policy does not judge the class', () => {
    expect(runCli(['examples/open-training']).stdout).not.toMatch(/MOF/);
    expect(runCli(['examples/open-training', '--format', 'markdown']).stdout).not.toMatch(/Model Openness Framework/);
  });
});

describe('untracked files are not silently ignored', () => {
  it('says which untracked files would be judged, and git add makes them count', () => {
    const dir = tempDir('og-untracked-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeTree(dir, { '.gitignore': 'ignored/\n' });
    commitAll(dir, 'release');
    const card = join(dir, 'MODEL_CARD.md');
    const text = runCli([dir, '--format', 'json']).stdout;
    expect(status(JSON.parse(text) as Report, 'model-card')).toBe('present');
    // Move the card out of git's index, as a user who wrote it but never added it would have it.
    cpSync(card, join(dir, 'CARD.tmp'));
    git(dir, 'rm', '-q', '--cached', 'MODEL_CARD.md');
    mkdirSync(join(dir, 'ignored'), { recursive: true });
    cpSync(join(dir, 'CARD.tmp'), join(dir, 'ignored', 'MODEL_CARD.md'));
    const before = report(dir).json;
    expect(status(before, 'model-card')).not.toBe('present');
    const note = before.notes.find((n) => n.includes('untracked'));
    expect(note).toMatch(/MODEL_CARD\.md \(.*model-card.*\)/);
    expect(note).toMatch(/`git add` them, or run with --untracked/);
    // Ignored files are not offered.
    expect(note).not.toMatch(/ignored\//);
    expect(status(report(dir, '--untracked').json, 'model-card')).toBe('present');
    git(dir, 'add', 'MODEL_CARD.md');
    const after = report(dir).json;
    expect(status(after, 'model-card')).toBe('present');
    expect(after.notes.join('\n')).not.toMatch(/untracked file/);
  });
});

describe('the fix line fits the situation', () => {
  const fixOf = (dir: string, id: string) => (JSON.parse(runCli([dir, '--format', 'json']).stdout) as { artifacts: { id: string; fix: string; status: string }[] }).artifacts.find((a) => a.id === id)!;

  it('a stale waiver on a present artifact: remove the waiver, not "commit the code"', () => {
    const dir = tempDir('og-fix-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nwaivers:\n  - artifact: training\n    reason: code is being cleaned up\n    expires: 2999-01-01\n');
    const a = fixOf(dir, 'training');
    expect(a.status).toBe('present');
    expect(a.fix).toBe('Remove the waiver for training from .openness.yml: the artifact is present.');
    expect(runCli([dir]).stdout).not.toMatch(/Commit the code/);
  });

  it('an unfilled card: fill it in, naming the file and what is wrong', () => {
    const dir = tempDir('og-fix-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, 'data', 'DATA_CARD.md'), '# Data card\n\n## Sources\n\n[More Information Needed]\n\n## Filtering\n\n[More Information Needed]\n\n## License\n\n[More Information Needed]\n');
    const a = fixOf(dir, 'data-card');
    expect(a.status).toBe('invalid');
    expect(a.fix).toMatch(/^Fill in or fix data\/DATA_CARD\.md: data card is /);
  });

  it('an artifact whose files the policy excludes: narrow the exclude, not "commit the code"', () => {
    const dir = tempDir('og-fix-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nexclude: ["train.py", "scripts/*.slurm"]\n');
    const a = fixOf(dir, 'training');
    expect(a.status).toBe('missing');
    expect(a.fix).toBe("The policy's exclude hides candidates for training (train.py, scripts/train.slurm): if they are the release's, narrow exclude in .openness.yml.");
    // Following it: the artifact is judged again.
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\n');
    expect(fixOf(dir, 'training').status).toBe('present');
  });

  it('a missing artifact keeps the detector advice', () => {
    expect(fixOf(join(PROJECT, 'examples', 'weights-only'), 'training').fix).toMatch(/^Commit the code/);
  });
});

describe('small things', () => {
  it('an unknown --base names the option', () => {
    const dir = tempDir('og-base-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    commitAll(dir, 'release');
    const r = runCli([dir, '--base', 'v9.9.9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^openness-gate: --base: unknown ref "v9\.9\.9": no commit of that name/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('one license judgement per file', () => {
  it('a README that links "MIT" over a LICENSE holding MIT plus terms does not make it MIT: the LICENSE governs, its terms not identified as open', () => {
    const dir = tempDir('og-lic-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    rmSync(join(dir, 'data', 'LICENSE-DATA'));
    const mit = 'MIT License\n\nCopyright (c) 2024 Lab\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nAdditional terms: the Software shall not be used to train competing models or to provide them as a service.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.\n';
    writeFileSync(join(dir, 'LICENSE'), mit);
    writeFileSync(join(dir, 'README.md'), '# TinyLM\n\n## License\n\nThis project is released under the [MIT License](LICENSE).\n');
    writeFileSync(join(dir, 'MODEL_CARD.md'), readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8').replace(/^license: .*$/m, 'license: other'));
    const json = report(dir).json;
    expect(status(json, 'license')).toBe('present');
    const text = runCli([dir]).stdout;
    expect(text).toMatch(/license \(present, terms not identified\)/);
    expect(text).toMatch(/! license +present +warning +LICENSE:\d+/);
    expect(text).toMatch(/fix: State its SPDX id as artifacts\.license\.license/);
    expect(text).toMatch(/README\.md license section: MIT License \(MIT\).*but LICENSE does not hold that license's text \(modified\)/);
    expect(runCli([dir, '--format', 'mof']).stdout).toMatch(/the license text in LICENSE was not identified/);
  });

  it("a component's Apache-2.0 LICENSE in a subfolder does not license a repository whose root LICENSE is non-commercial", () => {
    const dir = tempDir('og-lic-nested-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    rmSync(join(dir, 'data', 'LICENSE-DATA'));
    mkdirSync(join(dir, 'src', 'lpips'), { recursive: true });
    writeFileSync(join(dir, 'src', 'lpips', 'LICENSE'), readFileSync(join(PROJECT, 'LICENSE'), 'utf8'));
    writeFileSync(join(dir, 'LICENSE'), 'Attribution-NonCommercial 4.0 International\n\nCreative Commons Corporation ("Creative Commons") is not a law firm. Using Creative Commons public licenses: NonCommercial means not primarily intended for or directed towards commercial advantage or monetary compensation.\n');
    writeFileSync(join(dir, 'MODEL_CARD.md'), readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8').replace(/^license: .*$/m, 'license: cc-by-nc-4.0'));
    const json = report(dir).json;
    expect(status(json, 'license')).toBe('present');
    expect(json.artifacts.find((a) => a.id === 'license')?.evidence[0]).toMatchObject({ path: 'LICENSE', code: 'not-open' });
    const text = runCli([dir]).stdout;
    expect(text).toMatch(/src\/lpips\/LICENSE.*for this folder.*but LICENSE governs the repository \(not-open\)/);
    expect(text).toMatch(/the license's terms are not open: LICENSE/);
    // A team that accepts these terms says so once.
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nlicense-terms: off\n');
    expect(runCli([dir]).stdout).not.toMatch(/terms not open/);
  });
});

describe('Hugging Face card metadata', () => {
  it("a Trainer card's datasets front matter and training-hyperparameters section are counted, not ignored", () => {
    const dir = tempDir('og-hfcard-');
    writeTree(dir, {
      'README.md': [
        '---',
        'license: apache-2.0',
        'base_model: gpt2',
        'datasets:',
        '- HuggingFaceH4/ultrachat_200k',
        '---',
        '',
        '# my-model',
        '',
        '## Training procedure',
        '',
        '### Training hyperparameters',
        '',
        'The following hyperparameters were used during training:',
        '- learning_rate: 5e-05',
        '- train_batch_size: 8',
        '- seed: 42',
        '- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08',
        '- lr_scheduler_type: linear',
        '- num_epochs: 3.0',
        '',
      ].join('\n'),
    });
    const json = report(dir).json;
    expect(status(json, 'data-card')).toBe('external');
    expect(status(json, 'config')).toBe('present');
    const config = json.artifacts.find((a) => a.id === 'config')!.evidence[0] as { path: string; line?: number };
    expect(config).toMatchObject({ path: 'README.md', line: 12 });
  });
});

describe('a staged policy', () => {
  it('the header says the policy is uncommitted instead of implying the commit holds it', () => {
    const dir = tempDir('og-staged-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nfail-on: error\n');
    commitAll(dir, 'release');
    expect(runCli([dir]).stdout).toMatch(/policy \.openness\.yml \(open-training\), fail-on error · commit [0-9a-f]{12}/);
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nfail-on: warning\n');
    git(dir, 'add', '.openness.yml');
    const r = runCli([dir]);
    expect(r.stdout).toMatch(/policy \.openness\.yml \(open-training, uncommitted\), fail-on warning/);
    expect(r.stdout).toMatch(/\.openness\.yml has changes that are not committed/);
    expect((JSON.parse(runCli([dir, '--format', 'json']).stdout) as { policy: { uncommitted?: boolean } }).policy.uncommitted).toBe(true);
  });
});

describe('links that are not web addresses', () => {
  it('a .gitmodules URL such as javascript: never becomes evidence, in any format', () => {
    const dir = tempDir('og-url-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'weights-only'), dir, { recursive: true });
    writeTree(dir, { '.gitmodules': '[submodule "megatron"]\n\tpath = third/Megatron-LM\n\turl = javascript:alert(1)//Megatron-LM\n' });
    commitAll(dir, 'release');
    // A gitlink, as `git submodule add` leaves in the index (no checkout of it on disk).
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},third/Megatron-LM`);
    git(dir, 'commit', '-q', '-m', 'submodule');
    for (const format of ['json', 'mof', 'markdown', 'sarif']) expect(runCli([dir, '--format', format]).stdout).not.toMatch(/javascript:/);
    const json = report(dir).json as unknown as { notes: string[]; artifacts: { id: string; status: string; evidence: { url?: string }[] }[] };
    expect(json.notes.filter((n) => /third\/Megatron-LM: a link that is not an http\(s\) address was ignored \(scheme 'javascript'\)/.test(n))).toHaveLength(1);
  });
});

describe('a report that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on a full device: one line on stderr, exit 2, no stack trace (skipped without /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const format of ['text', 'json']) {
        const r = spawnSync(process.execPath, [CLI, 'examples/open-training', '--format', format], { cwd: PROJECT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('openness-gate: cannot write the report to standard output: ENOSPC\n');
      }
    } finally {
      closeSync(full);
    }
  });
});

describe("git's own files and links out of the tree", () => {
  const SECRET = 'c2VjcmV0dG9rZW4xMjM0NTY3ODk=';
  function repoWithCredential(): string {
    const dir = tempDir('og-gitdir-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, '.git', 'config'), `${readFileSync(join(dir, '.git', 'config'), 'utf8')}[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
    return dir;
  }

  it('a policy that is a symlink into .git/ is refused without quoting it', () => {
    const dir = repoWithCredential();
    symlinkSync('.git/config', join(dir, '.openness.yml'));
    commitAll(dir, 'release');
    const r = runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("openness-gate: .openness.yml: the policy file resolves into git's own folder (.git/); it is not read\n");
  });

  it('a named policy that is a symlink out of the tree is refused without quoting it', () => {
    const dir = repoWithCredential();
    const outside = join(tempDir('og-outside-'), 'secret.yml');
    writeFileSync(outside, `token: ${SECRET}\n  bad: [\n`);
    symlinkSync(outside, join(dir, 'policy.yml'));
    const r = runCli([dir, '--policy', join(dir, 'policy.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the policy file is a symbolic link to a path outside the scanned folder; it is not read\n$/);
    expect(r.stderr).not.toContain(SECRET);
  });

  it('a YAML error quotes at most a short excerpt of the offending token', () => {
    const dir = tempDir('og-yaml-');
    writeFileSync(join(dir, '.openness.yml'), `version: 1\nartifacts:\n  data-card: x\n  extraheader = AUTHORIZATION: basic ${SECRET}\n`);
    const r = runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('a tracked symlink into .git/ is not read as a candidate', () => {
    const dir = repoWithCredential();
    rmSync(join(dir, 'data', 'DATA_CARD.md'));
    symlinkSync('../.git/config', join(dir, 'data', 'DATA_CARD.md'));
    commitAll(dir, 'release');
    for (const format of ['json', 'text', 'markdown']) expect(runCli([dir, '--format', format]).stdout).not.toContain(SECRET);
    expect(report(dir).json.notes.join('\n')).toMatch(/data\/DATA_CARD\.md: a symlink leads into git's own folder/);
  });
});

describe('options are checked before git sees them', () => {
  it('a --ref or --base that reads as an option never reaches git', () => {
    const dir = tempDir('og-ref-');
    initRepo(dir);
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    commitAll(dir, 'release');
    // A git on PATH that records its arguments, then runs the real one.
    const bin = tempDir('og-bin-');
    const log = join(bin, 'calls.log');
    const real = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
    for (const args of [['--ref=--output=/tmp/og-x'], ['--base=-c', '--ref', 'HEAD']]) {
      writeFileSync(log, '');
      const r = runCli([dir, ...args], { env: { PATH: `${bin}:${process.env.PATH ?? ''}` } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^openness-gate: invalid ref "-/);
      expect(readFileSync(log, 'utf8')).not.toMatch(/(^|\s|:)--output=|(^|\s)-c:/m);
    }
  });
});

describe('repository text in error messages', () => {
  it('a bidi override in a policy key is shown escaped', () => {
    const dir = tempDir('og-bidi-');
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nartifacts:\n  data-card:\n    sev\u202eerity: error\n');
    const r = runCli([dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u202e');
    expect(r.stderr).toContain("'sev\\u202eerity'");
  });
});

describe('the research-paper advice works when followed', () => {
  it('a technical report declared under external: counts for the research paper, as the weak finding says', () => {
    const dir = tempDir('og-paper-');
    cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
    writeFileSync(join(dir, 'README.md'), '# TinyLM\n\n[Technical report](https://arxiv.org/abs/2401.00001)\n');
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nextends: mof-class-i\n');
    const before = report(dir).json.artifacts.find((a) => a.id === 'research-paper')!;
    expect(before.status).toBe('missing');
    expect(before.weak.map((w) => w.message).join('\n')).toMatch(/declare it \(artifacts\.research-paper\.paths or external\)/);
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nextends: mof-class-i\nexternal:\n  research-paper: https://arxiv.org/abs/2401.00001\n');
    expect(status(report(dir).json, 'research-paper')).toBe('external');
  });
});
