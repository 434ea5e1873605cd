#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FAIL_ON, type FailOn } from './domain/artifacts.js';
import { errorMessage, GateError, UsageError } from './domain/errors.js';
import { visible } from './report/escape.js';
import { startListing } from './app/early.js';
import { DEFAULT_FORMAT, FORMATS, isFormat, type Format } from './report/formats.js';
import { sourceDateEpoch } from './report/source-date-epoch.js';
import { VERSION } from './domain/version.js';


const HELP = `Usage: openness-gate [DIR] [options]
       openness-gate audit DIR... [--list FILE] [--out DIR] [--force]   (see 'openness-gate audit --help')

Gate an ML model release on open training: looks in DIR (default .) for the data card,
preprocessing scripts, training configs, training scripts and evaluation results (plus the
license and model card), and judges them with the policy in DIR/.openness.yml (or the built-in
default policy when there is none).

Options:
  --policy FILE     policy file (default: DIR/.openness.yml; a named file must exist)
  --format FORMAT   ${FORMATS.join(' | ')}   (default: ${DEFAULT_FORMAT})
                    cyclonedx: a CycloneDX 1.6 ML-BOM (JSON); its metadata.timestamp is
                    SOURCE_DATE_EPOCH when set, else left out (same tree, same bytes)
  --output FILE     write the report to FILE instead of stdout
  --ref REF         scan the tree of a git commit, tag or branch, without a checkout
  --untracked       in a git work tree, also scan untracked files git does not ignore
                    (default: the files git tracks, staged ones included)
  --base REF        compare with this earlier release (regression gate; default: the previous tag)
  --fail-on LEVEL   error | warning | never   (overrides the policy's fail-on)
  --verify-external check what the tree says is published elsewhere: Hugging Face Hub cards
                    (HF_ENDPOINT, HF_TOKEN), GitHub repositories and submodules
                    (GITHUB_API_URL, GITHUB_TOKEN), other links (reachability only).
                    Without it nothing goes over the network.
  --no-color        no colour in text output (colour is used on a terminal only)
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 the gate passed (warnings allowed), 1 the gate failed,
2 the run could not be judged (bad usage, unreadable DIR, invalid policy).
`;

interface CliArgs {
  root: string;
  policy?: string;
  format: Format;
  output?: string;
  ref?: string;
  untracked: boolean;
  base?: string;
  failOn?: FailOn;
  color: boolean;
  verifyExternal: boolean;
}

function parse(argv: string[]): CliArgs | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        policy: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        ref: { type: 'string' },
        untracked: { type: 'boolean' },
        base: { type: 'string' },
        'fail-on': { type: 'string' },
        'verify-external': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    // parseArgs' own messages are clear ("Unknown option '--x'"); keep them, drop its error code noise.
    throw new UsageError(`${errorMessage(e).replace(/\. To specify a positional argument.*$/s, '')}\nRun 'openness-gate --help' for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  if (positionals.length > 1) throw new UsageError(`expected at most one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  const format = values.format ?? DEFAULT_FORMAT;
  if (!isFormat(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}; got '${failOn}'`);
  }
  if (values.untracked && values.ref !== undefined) throw new UsageError('--untracked looks at the work tree; --ref scans a commit, which has no untracked files');
  for (const key of ['policy', 'output', 'ref', 'base'] as const) {
    if (values[key] === '') throw new UsageError(`--${key} needs a value`);
  }
  const args: CliArgs = {
    root: positionals[0] ?? '.',
    format,
    untracked: values.untracked === true,
    verifyExternal: values['verify-external'] === true,
    color: !values['no-color'] && !process.env.NO_COLOR && values.output === undefined && process.stdout.isTTY === true,
  };
  if (values.policy !== undefined) args.policy = values.policy;
  if (values.output !== undefined) args.output = values.output;
  if (values.ref !== undefined) args.ref = values.ref;
  if (values.base !== undefined) args.base = values.base;
  if (failOn !== undefined) args.failOn = failOn as FailOn;
  return args;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'audit') {
    // Loaded only for this command; a folder named `audit` is given as `./audit`.
    const { auditMain } = await import('./audit/cli.js');
    return auditMain(argv.slice(1));
  }
  const args = parse(argv);
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args === 'version') {
    process.stdout.write(`openness-gate ${VERSION}\n`);
    return 0;
  }
  // Checked before the scan: a bad value is a usage error, not a late surprise. Only the BOM carries a time.
  const timestamp = args.format === 'cyclonedx' ? sourceDateEpoch(process.env.SOURCE_DATE_EPOCH) : undefined;
  // git lists the tree while the rest of the program loads (a third of the run on a big tree).
  const early = args.ref === undefined ? startListing(resolve(args.root), args.untracked) : undefined;
  // Loaded only now so `--help` and `--version` start as fast as node itself.
  const { runGate } = await import('./app/gate.js');
  const { render } = await import('./report/render.js');
  const run = await runGate({
    root: args.root,
    ...(args.policy !== undefined ? { policyFile: args.policy } : {}),
    ...(args.ref !== undefined ? { ref: args.ref } : {}),
    ...(args.untracked ? { untracked: true } : {}),
    ...(early ? { early } : {}),
    ...(args.base !== undefined ? { base: args.base } : {}),
    ...(args.failOn !== undefined ? { failOn: args.failOn } : {}),
    ...(args.verifyExternal ? { verifyExternal: { env: process.env } } : {}),
  });
  const out = await render(args.format, { report: run.report, findings: run.scan.findings }, { color: args.color, ...(timestamp ? { timestamp } : {}) });
  if (args.output !== undefined) {
    await writeFile(args.output, out).catch((e: Error) => {
      throw new UsageError(`cannot write --output '${args.output}': ${e.message}`);
    });
  } else {
    await writeStdout(out);
  }
  return run.report.verdict === 'fail' ? 1 : 0;
}

/** Writes the report to stdout; a full disk or a closed pipe is a usage error (exit 2), not a crash. */
function writeStdout(out: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (e: NodeJS.ErrnoException) => reject(new UsageError(`cannot write the report to standard output: ${e.code ?? e.message}`));
    process.stdout.once('error', fail);
    process.stdout.write(out, (e) => {
      if (e) fail(e);
      else {
        process.stdout.off('error', fail);
        resolve();
      }
    });
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof GateError) {
      // Policy keys and paths come from the repository: bidi overrides and controls are shown escaped.
      process.stderr.write(`openness-gate: ${e.message.split('\n').map((l) => visible(l)).join('\n')}\n`);
    } else {
      const detail = process.env.OPENNESS_GATE_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
      process.stderr.write(
        `openness-gate: internal error: ${errorMessage(e)}\n` +
          `This is a bug in openness-gate, not in your repository: please report it (set OPENNESS_GATE_DEBUG=1 for details).${detail}\n`,
      );
    }
    process.exitCode = 2;
  },
);
