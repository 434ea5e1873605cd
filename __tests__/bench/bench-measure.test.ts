import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GNU_TIME, median, peakRss, runCommand, type Command } from '../../bench/measure.js';

const node = (code: string, okCodes: number[] = [0]): Command => ({ key: 'n', label: 'node', file: process.execPath, args: ['-e', code], okCodes });

describe('bench: measuring commands', () => {
  it('drains stdout, counting bytes and lines, and keeps it only when asked', async () => {
    const run = await runCommand(node("process.stdout.write('a\\nbb\\nccc\\n'.repeat(50000))"), true);
    expect(run.lines).toBe(150_000);
    expect(run.bytes).toBe(450_000);
    expect(run.stdout?.length).toBe(450_000);
    expect((await runCommand(node("console.log('x')"))).stdout).toBeUndefined();
  });

  it('accepts the exit codes a command may end with, and rejects others with its stderr', async () => {
    await expect(runCommand(node('process.exit(1)', [0, 1]))).resolves.toMatchObject({ code: 1 });
    await expect(runCommand(node("console.error('boom'); process.exit(3)"))).rejects.toThrow(/exited with 3: boom/);
  });

  // A node process that holds 200 MB of touched memory has a peak RSS above that, whichever way it is read.
  const hog = node('const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log(b[b.length - 1]);');
  it('reads the peak RSS from the process itself (the fallback without GNU time)', async () => {
    const rss = await peakRss(hog, 'resource-usage');
    expect(rss.via).toBe('resource-usage');
    expect(rss.kb).toBeGreaterThan(200 * 1024);
  });
  it.runIf(existsSync(GNU_TIME))('reads the peak RSS with GNU time when it is installed', async () => {
    const rss = await peakRss(hog);
    expect(rss.via).toBe('gnu-time');
    expect(rss.kb).toBeGreaterThan(200 * 1024);
  });

  it('takes the median of odd and even samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
