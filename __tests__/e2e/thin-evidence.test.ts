// Thin evidence end to end through the CLI bundle: the bundled open-training example with its data
// card reduced to a one-line mention warns, an example with no trace of it fails, and the policy's
// `thin-evidence` key turns the warning back into a failure.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, runCli, STACK_TRACE } from '../helpers/cli.js';
import { removeDir, tempDir } from '../helpers/scan.js';

interface Artifact {
  id: string;
  status: string;
  severity: string;
  failing: boolean;
  thin?: { severity: string; reason: string };
  weak: { path: string }[];
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** The bundled open-training example without its data card; `readme` is its README's body. */
function example(readme: string): string {
  const dir = tempDir('og-thin-');
  dirs.push(dir);
  cpSync(join(PROJECT, 'examples', 'open-training'), dir, { recursive: true });
  rmSync(join(dir, 'data', 'DATA_CARD.md'));
  // The model card's data section points at the data card: without the card it is a mention too.
  const card = join(dir, 'MODEL_CARD.md');
  writeFileSync(card, readFileSync(card, 'utf8').replace(/## Training data\n[^#]*/, ''));
  const top = join(dir, 'README.md');
  writeFileSync(top, `# TinyLM-1B\n\nA small language model.\n\n${readme}`);
  return dir;
}

function gate(dir: string, ...args: string[]) {
  const r = runCli([dir, '--format', 'json', ...args]);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const json = JSON.parse(r.stdout) as { verdict: string; artifacts: Artifact[] };
  return { code: r.code, json, card: json.artifacts.find((a) => a.id === 'data-card')! };
}

const MENTION = '## Data\n\nThe model was trained on English web text.\n';

describe('thin evidence (end to end)', () => {
  it('a data card named in one line is a warning: the gate passes with warnings and says why', () => {
    const dir = example(MENTION);
    const { code, json, card } = gate(dir);
    expect(card).toMatchObject({ status: 'missing', severity: 'error', failing: false, thin: { severity: 'warning' } });
    expect(card.weak[0]?.path).toBe('README.md');
    expect(json.verdict).toBe('warn');
    expect(code).toBe(0);
    const text = runCli([dir]);
    expect(text.stdout).toMatch(/data-card \(missing, thin evidence\)/);
    expect(text.stdout).toMatch(/data-card\s+missing\s+warning\s+README\.md:5/);
  });

  it('no trace of a data card still fails', () => {
    const { code, json, card } = gate(example('## Usage\n\nRun `python train.py`.\n'));
    expect(card.thin).toBeUndefined();
    expect(card.failing).toBe(true);
    expect(json.verdict).toBe('fail');
    expect(code).toBe(1);
  });

  it('thin-evidence: error in .openness.yml fails on it', () => {
    const dir = example(MENTION);
    writeFileSync(join(dir, '.openness.yml'), 'version: 1\nthin-evidence: error\n');
    const { code, card } = gate(dir);
    expect(card).toMatchObject({ status: 'missing', failing: true, thin: { severity: 'error' } });
    expect(code).toBe(1);
  });

  it('the bundled weights-only example still fails', () => {
    const r = runCli([join(PROJECT, 'examples', 'weights-only'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { verdict: string }).verdict).toBe('fail');
  });
});
