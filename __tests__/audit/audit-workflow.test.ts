// The reusable audit workflow's own scripts, run here as the runner would run them: the plan that turns
// the list into a matrix, and the step that turns the gate's JSON (or its failure) into a row the merge
// step reads. The merge itself is the CLI's (__tests__/audit.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asRow, isErrorRow, rowVerdict } from '../../src/domain/audit-row.js';
import { readRowInputs, missingRows } from '../../src/audit/merge.js';
import { PROJECT } from '../helpers/cli.js';

interface Step {
  name?: string;
  id?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }> } };
  jobs: Record<string, { steps: Step[]; strategy?: { 'max-parallel'?: string; matrix?: string; 'fail-fast'?: boolean } }>;
}

const workflow = parse(readFileSync(join(PROJECT, '.github', 'workflows', 'audit.yml'), 'utf8')) as Workflow;

/** The Node script of a step (`node - <<'EOF' … EOF`). */
function script(job: string, match: (s: Step) => boolean): string {
  const step = workflow.jobs[job]!.steps.find(match)!;
  const m = /node - <<'EOF'\n([\s\S]*?)\nEOF/.exec(step.run!);
  return m![1]!;
}

const dir = mkdtempSync(join(tmpdir(), 'og-audit-wf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runNode(source: string, cwd: string, env: Record<string, string>) {
  // The step's shell part (`mkdir -p report` / `mkdir -p plan`) runs before its Node part.
  mkdirSync(join(cwd, 'report'), { recursive: true });
  mkdirSync(join(cwd, 'plan'), { recursive: true });
  return spawnSync(process.execPath, ['-'], { input: source, cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
}

function plan(list: string): { code: number | null; stdout: string; output: string; expected: string | null } {
  const cwd = mkdtempSync(join(dir, 'plan-'));
  const output = join(cwd, 'output');
  writeFileSync(output, '');
  const r = runNode(script('plan', (s) => s.id === 'plan'), cwd, { REPOSITORIES: list, GITHUB_OUTPUT: output });
  const expected = join(cwd, 'plan', 'expected.txt');
  return { code: r.status, stdout: r.stdout, output: readFileSync(output, 'utf8'), expected: existsSync(expected) ? readFileSync(expected, 'utf8') : null };
}

describe('the reusable audit workflow', () => {
  it('is called with workflow_call and fans out with a matrix bounded by max-parallel', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(workflow.jobs.judge!.strategy).toMatchObject({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}', matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    const gate = workflow.jobs.judge!.steps.find((s) => s.run?.includes('--format json'));
    expect(gate?.run).toContain('node gate/dist/cli/index.js repo --format json');
    expect(workflow.jobs.merge!.steps.some((s) => s.run?.includes('audit merge --in reports --expect plan/expected.txt'))).toBe(true);
  });

  it('plans one matrix entry per repository, with refs, comments and duplicates handled', () => {
    const r = plan('# models\norg/a\norg/b@v1.2.0, org/c  org/a\n\n');
    expect(r.code).toBe(0);
    const matrix = JSON.parse(/^matrix=(.*)$/m.exec(r.output)![1]!) as { include: { repository: string; ref: string; slug: string }[] };
    expect(matrix.include).toEqual([
      { repository: 'org/a', ref: '', slug: 'org__a' },
      { repository: 'org/b', ref: 'v1.2.0', slug: 'org__b' },
      { repository: 'org/c', ref: '', slug: 'org__c' },
    ]);
    expect(r.expected).toBe('org/a\norg/b\norg/c\n');
  });

  it.each([
    ['a list longer than one matrix', Array.from({ length: 257 }, (_, i) => `org/m${i}`).join('\n'), /257 repositories: a matrix runs at most 256 jobs/],
    ['a name that is not owner/name', 'org/a\n../etc\norg/b@-x\n"$(id)"/x', /not owner\/name or owner\/name@ref: "\.\.\/etc", "org\/b@-x", "\\"\$\(id\)\\"\/x"/],
    ['an empty list', '# nothing\n', /no repositories to audit/],
  ])('refuses %s with one error annotation', (_name, list, message) => {
    const r = plan(list);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error title=openness audit::/);
    expect(r.stdout).toMatch(message);
    expect(r.output).toBe('');
  });

  it('turns the gate output, or its failure, into rows the merge step reads; a job that never reported becomes an error row', async () => {
    const rowScript = script('judge', (s) => s.name?.startsWith('One report row') === true);
    const judged = mkdtempSync(join(dir, 'job-'));
    const gate = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT, 'src', 'cli.ts'), join(PROJECT, 'examples', 'weights-only'), '--format', 'json', '--output', join(judged, 'gate.json')], { cwd: PROJECT, encoding: 'utf8' });
    expect(gate.status).toBe(1);
    const env = { SERVER: 'https://github.com', REF: '' };
    expect(runNode(rowScript, judged, { ...env, REPOSITORY: 'org/weights', SLUG: 'org__weights', CODE: '1' }).status).toBe(0);
    const broken = mkdtempSync(join(dir, 'job-'));
    writeFileSync(join(broken, 'stderr.txt'), 'openness-gate: .openness.yml:2: unknown key "fail-onn" (did you mean "fail-on"?)\n');
    expect(runNode(rowScript, broken, { ...env, REF: 'v2', REPOSITORY: 'org/broken', SLUG: 'org__broken', CODE: '2' }).status).toBe(0);

    const a = asRow(JSON.parse(readFileSync(join(judged, 'report', 'org__weights.json'), 'utf8')))!;
    expect(rowVerdict(a)).toBe('fail');
    expect(a.repository).toEqual({ id: 'org/weights', url: 'https://github.com/org/weights' });
    const b = asRow(JSON.parse(readFileSync(join(broken, 'report', 'org__broken.json'), 'utf8')))!;
    expect(isErrorRow(b) && b.error).toBe('.openness.yml:2: unknown key "fail-onn" (did you mean "fail-on"?)');
    expect(b.repository.ref).toBe('v2');

    const read = await readRowInputs([join(judged, 'report'), join(broken, 'report')]);
    expect(read.skipped).toEqual([]);
    const missing = missingRows(read.rows, 'org/weights\norg/broken\norg/gone\n');
    expect(missing).toEqual([{ repository: { id: 'org/gone' }, error: 'no report: the job that judges this repository did not finish' }]);
  });
});
