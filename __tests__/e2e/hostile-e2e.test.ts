import { execFileSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkflowCommands, runAction, scratch } from '../helpers/action-runner.js';
import { PROJECT, runCli, STACK_TRACE } from '../helpers/cli.js';

/**
 * One release tree holding every hostile case at once, judged by the shipped bundles: the CLI
 * and the action must finish, keep their verdict, print no stack trace and let nothing in the
 * tree speak a workflow command.
 */
let ws: Awaited<ReturnType<typeof scratch>>;
const FORGED = ['x\n::set-output name=verdict::pass', '::error::forged', '##[set-output name=verdict;]pass', '@org/team #1 <b>x</b>'];

beforeAll(async () => {
  ws = await scratch();
  const root = ws.workspace;
  // A weights-only release (the gate must fail it) with everything hostile added.
  cpSync(join(PROJECT, 'examples', 'weights-only'), root, { recursive: true });
  mkdirSync(join(root, 'hostile'));
  for (const name of FORGED) writeFileSync(join(root, 'hostile', name.replace(/\//g, '_')), '::stop-commands::token\n::error::from a file\n');
  writeFileSync(join(root, 'hostile', 'train.py'), '::add-mask::x\n::set-output name=verdict::pass\nprint("::error::inline")\n');
  writeFileSync(join(root, 'hostile', 'DATA_CARD.md'), '\ufeff# Data\r\n\r\n## Sources\r\n::error::x\r\n');
  writeFileSync(join(root, 'hostile', 'binary.json'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80]));
  writeFileSync(join(root, 'hostile', 'latin1.md'), Buffer.from('## Training data\n\xe9t\xe9 \xff\n', 'latin1'));
  writeFileSync(join(root, 'hostile', 'train_lfs.py'), 'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 123\n');
  symlinkSync('/etc/passwd', join(root, 'hostile', 'README.md'));
  symlinkSync('loop-b', join(root, 'hostile', 'loop-a'));
  symlinkSync('loop-a', join(root, 'hostile', 'loop-b'));
  execFileSync('mkfifo', [join(root, 'hostile', 'train_fifo.py')]);
  // A 4 GB file, sparse: only its head may ever be read.
  const fd = openSync(join(root, 'hostile', 'eval_results.json'), 'w');
  ftruncateSync(fd, 4 * 1024 ** 3);
  closeSync(fd);
});

afterAll(async () => {
  await ws?.cleanup();
});

function noForgedCommands(output: string, allowed: string[] = []): void {
  const commands = parseWorkflowCommands(output).filter((c) => !allowed.includes(c.command));
  expect(commands).toEqual([]);
}

describe('hostile tree, end to end', () => {
  it('the CLI fails the release, in bounded time, with no stack trace and no workflow command', () => {
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const r = runCli([ws.workspace, '--format', format], { timeout: 120_000 });
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      noForgedCommands(r.stdout);
      noForgedCommands(r.stderr);
    }
    const report = JSON.parse(runCli([ws.workspace, '--format', 'json']).stdout) as { verdict: string; notes: string[] };
    expect(report.verdict).toBe('fail');
    const notes = report.notes.join('\n');
    expect(notes).toMatch(/README\.md/); // the symlink out of the tree is reported, not followed
    expect(notes).not.toContain('root:x:0:0');
  });

  it('the action bundle keeps its verdict and outputs; only its own commands reach the runner', async () => {
    const run = await runAction({ workspace: ws.workspace, eventName: 'workflow_dispatch', event: {}, inputs: { comment: 'never' }, timeoutMs: 120_000 });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // The action's own annotations, masks and groups are fine; nothing may set an output or stop commands.
    for (const c of run.commands) {
      expect(['error', 'warning', 'notice', 'group', 'endgroup', 'add-mask', 'debug']).toContain(c.command);
      expect(c.command === 'add-mask' ? c.data : '').not.toBe('x');
    }
    expect(run.summary).not.toMatch(/(^|[^\\])<b>/);
    expect(run.summary).not.toMatch(/@org\/team/);
  });
});
