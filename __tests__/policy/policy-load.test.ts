import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PolicyError, builtinPolicy, loadPolicy } from '../../src/policy/index.js';
import type { LoadPolicyOptions } from '../../src/policy/index.js';

let root: string;
let outside: string;

beforeEach(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'policy-load-'));
  root = path.join(base, 'repo');
  outside = path.join(base, 'elsewhere');
  mkdirSync(root);
  mkdirSync(outside);
});

afterEach(() => {
  rmSync(path.dirname(root), { recursive: true, force: true });
});

async function messageOf(options: LoadPolicyOptions): Promise<string> {
  try {
    await loadPolicy(options);
  } catch (error) {
    if (error instanceof PolicyError) return error.message;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

const canMkfifo = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;

describe('finding the policy', () => {
  it('no file: the built-in default, with no source', async () => {
    expect(await loadPolicy({ root })).toEqual(builtinPolicy());
  });

  it('reads <root>/.openness.yml; source is its name', async () => {
    writeFileSync(path.join(root, '.openness.yml'), 'version: 1\nextends: open-weights\n');
    const policy = await loadPolicy({ root });
    expect(policy.source).toBe('.openness.yml');
    expect(policy.preset).toBe('open-weights');
  });

  it('accepts .openness.yaml when .openness.yml is absent', async () => {
    writeFileSync(path.join(root, '.openness.yaml'), 'version: 1\nextends: osaid\n');
    const policy = await loadPolicy({ root });
    expect(policy.source).toBe('.openness.yaml');
    expect(policy.preset).toBe('osaid');
  });

  it('.openness.yml wins over .openness.yaml', async () => {
    writeFileSync(path.join(root, '.openness.yml'), 'version: 1\nextends: open-weights\n');
    writeFileSync(path.join(root, '.openness.yaml'), 'version: 1\nextends: osaid\n');
    expect((await loadPolicy({ root })).source).toBe('.openness.yml');
  });

  it('a named file inside the root: source is relative to the root, POSIX', async () => {
    mkdirSync(path.join(root, 'config'));
    writeFileSync(path.join(root, 'config', 'gate.yml'), 'version: 1\n');
    const policy = await loadPolicy({ root, file: path.join(root, 'config', 'gate.yml'), explicit: true });
    expect(policy.source).toBe('config/gate.yml');
  });

  it('a named file outside the root: source is the path as given', async () => {
    const file = path.join(outside, 'shared.yml');
    writeFileSync(file, 'version: 1\n');
    expect((await loadPolicy({ root, file, explicit: true })).source).toBe(file.split(path.sep).join('/'));
  });

  it('a relative file is resolved against the working directory', async () => {
    const fixtures = fileURLToPath(new URL('../fixtures/policies/', import.meta.url));
    const relative = path.relative(process.cwd(), path.join(fixtures, 'mof-class-ii.yml'));
    const policy = await loadPolicy({ root: fixtures, file: relative, explicit: true });
    expect(policy.source).toBe('mof-class-ii.yml');
    expect(policy.preset).toBe('mof-class-ii');
  });

  it('a file named explicitly that is missing is an error naming it', async () => {
    const file = path.join(root, 'gate.yml');
    expect(await messageOf({ root, file, explicit: true })).toBe(`gate.yml: policy file not found (looked for ${file})`);
  });

  it('a file given but not explicit (a default) that is missing: the built-in default', async () => {
    expect(await loadPolicy({ root, file: path.join(root, '.openness.yml') })).toEqual(builtinPolicy());
  });

  it('errors in the file name the file as shown', async () => {
    writeFileSync(path.join(root, '.openness.yml'), 'version: 1\nfail_on: never\n');
    expect(await messageOf({ root })).toBe(".openness.yml:2: fail_on: unknown key 'fail_on'; did you mean 'fail-on'?");
  });
});

describe('reading it safely', () => {
  it('a 10 MB policy is refused from its size, before reading it', async () => {
    const fd = openSync(path.join(root, '.openness.yml'), 'w');
    ftruncateSync(fd, 10 * 1024 * 1024);
    closeSync(fd);
    expect(await messageOf({ root })).toBe('.openness.yml:1: the policy is 10485760 bytes; the limit is 1048576 bytes (1 MiB)');
  });

  it('a file with NUL bytes is not text', async () => {
    writeFileSync(path.join(root, '.openness.yml'), Buffer.from('version: 1\nx: \u0000\u0001\n'));
    expect(await messageOf({ root })).toBe('.openness.yml:2: the policy is not text (it contains NUL bytes)');
  });

  it('invalid UTF-8 is refused with its line', async () => {
    writeFileSync(
      path.join(root, '.openness.yml'),
      Buffer.concat([Buffer.from('version: 1\nextends: open-training\nexclude: [caf'), Buffer.from([0xe9]), Buffer.from(']\n')]),
    );
    expect(await messageOf({ root })).toBe('.openness.yml:3: the policy is not valid UTF-8; save it as UTF-8 text');
  });

  it('a UTF-8 BOM and CRLF line ends are fine', async () => {
    writeFileSync(path.join(root, '.openness.yml'), '\uFEFFversion: 1\r\nartifacts:\r\n  config:\r\n    severity: off\r\n');
    const policy = await loadPolicy({ root });
    expect(policy.artifacts.config).toEqual({ severity: 'off' });
    expect(policy.lines.config).toBe(3);
  });

  it('an empty file is an error, not the default', async () => {
    writeFileSync(path.join(root, '.openness.yml'), '');
    expect(await messageOf({ root })).toBe(".openness.yml:1: the policy file is empty; it needs at least 'version: 1'");
  });

  it('a folder named .openness.yml is an error', async () => {
    mkdirSync(path.join(root, '.openness.yml'));
    expect(await messageOf({ root })).toBe('.openness.yml: is a folder, not a policy file');
  });

  it.skipIf(!canMkfifo)('a FIFO is never opened for reading (no hang)', async () => {
    execFileSync('mkfifo', [path.join(root, '.openness.yml')]);
    expect(await messageOf({ root })).toBe('.openness.yml: is not a regular file (a FIFO, socket or device); it is not read');
  });

  it('a symbolic link out of the scanned folder is not followed', async () => {
    writeFileSync(path.join(outside, 'secret.yml'), 'TOKEN: hunter2\n');
    symlinkSync(path.join(outside, 'secret.yml'), path.join(root, '.openness.yml'));
    expect(await messageOf({ root })).toBe(
      '.openness.yml: the policy file is a symbolic link to a path outside the scanned folder; it is not read',
    );
  });

  it('a symbolic link within the scanned folder is followed', async () => {
    mkdirSync(path.join(root, 'ci'));
    writeFileSync(path.join(root, 'ci', 'openness.yml'), 'version: 1\nextends: open-weights\n');
    symlinkSync(path.join('ci', 'openness.yml'), path.join(root, '.openness.yml'));
    expect((await loadPolicy({ root })).preset).toBe('open-weights');
  });

  it('a symbolic link loop is an error', async () => {
    symlinkSync('.openness.yml', path.join(root, '.openness.yml'));
    expect(await messageOf({ root })).toBe('.openness.yml: cannot read the policy file: a loop of symbolic links');
  });

  it.skipIf(isRoot || process.platform === 'win32')('an unreadable file is an error', async () => {
    const file = path.join(root, '.openness.yml');
    writeFileSync(file, 'version: 1\n');
    chmodSync(file, 0o000);
    expect(await messageOf({ root })).toBe('.openness.yml: cannot read the policy file: permission denied');
  });
});
