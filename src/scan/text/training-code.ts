import type { ScanContext } from '../../domain/finding.js';
import { findLineWhere, type CodeLine } from './code.js';

/*
 * Idioms read from a file's lines that decide what the training detector counts as a training step:
 * entry points whose loop is someone else's, and optimisation that trains no model.
 */

const FRAMEWORK_MAIN = /^\s*from\s+([A-Za-z_]\w*)(?:\.\w+)*\.(?:main|train|trainer|training|pretrain)\s+import\s+(main|train|run|pretrain)\s*$/;

/**
 * A training entry point that hands its run to an installed framework's training main (DCLM's
 * `from open_lm.main import main` … `main(open_lm_args)`): the framework owns the loop, the script
 * decides the run. A package of the tree is not installed: its own module is judged instead.
 */
export function frameworkMain(lines: readonly CodeLine[], ctx: ScanContext): { label: string; line: number } | undefined {
  for (const [i, l] of lines.entries()) {
    const [, pkg, fn] = FRAMEWORK_MAIN.exec(l.text) ?? [];
    if (!pkg || !fn || ctx.paths.some((x) => x.startsWith(`${pkg}/`) || x.includes(`/${pkg}/`))) continue;
    const callOf = new RegExp(`(?<![\\w.])${fn}\\s*\\(\\s*[\\w*]`);
    const call = lines.slice(i + 1).find((x) => callOf.test(x.text) && !/^\s*def\s/.test(x.text));
    if (call) return { label: `hands the run to ${pkg}'s training main`, line: call.line };
  }
  return undefined;
}

/**
 * Lightning's CLI subclassed to link arguments (`class CLI(LightningCLI)` … `cli = CLI(Model,
 * DataModule)`): run with `fit`, it drives the Trainer. The line that instantiates it.
 */
export function lightningCliSubclass(text: string, lines: readonly CodeLine[]): { label: string; line: number } | undefined {
  // Blanks within one line only: `^\s*` under `m` runs across every following blank line, from each line.
  if (!text.includes('LightningCLI')) return undefined;
  const name = /^[ \t]*class[ \t]+(\w+)[ \t]*\([ \t]*(?:[\w.]+\.)?LightningCLI[ \t]*\)/m.exec(text)?.[1];
  if (!name) return undefined;
  const run = findLineWhere(lines, new RegExp(`(?<![\\w.])${name}\\s*\\(\\s*\\w`), (l) => !/^\s*class\s/.test(l.text));
  return run ? { label: 'Trainer.fit() through a LightningCLI subclass', line: run.line } : undefined;
}

// An optimizer over a list of tensors (`torch.optim.Adam([translations, rotations], lr=…)`): no
// parameter group, no model's parameters. The list on one line: a bracket never closed is not read to the end.
const INPUT_OPTIMIZER = /\boptim\.\w+\s*\(\s*\[(?![^\]\n]*\b(?:\w*params?|\w*parameters|model|net|module)\b)[^\]\n]*\]/;

/**
 * The lines of Python functions that optimise their inputs, not a model: a structure predictor
 * refining its predicted coordinates by gradient descent at inference makes them leaf tensors
 * (`requires_grad = True`, `nn.Parameter`) and hands that list to an optimizer. Their backward pass
 * and optimizer step train nothing.
 */
export function inputOptimisationBodies(lines: readonly CodeLine[]): Set<number> {
  const out = new Set<number>();
  if (!findLineWhere(lines, INPUT_OPTIMIZER)) return out;
  let def: { indent: number; body: number[]; optimises: boolean; leaves: boolean } | undefined;
  const close = () => {
    if (def?.optimises && def.leaves) for (const n of def.body) out.add(n);
  };
  for (const l of lines) {
    const at = l.text.search(/\S/);
    // A signature over several lines closes at the def's own indentation (`    ):`): still the header.
    if (def && (at > def.indent || (at === def.indent && def.body.length > 0 && /^\s*\)[^#]*:\s*(?:#.*)?$/.test(l.text)))) {
      def.body.push(l.line);
      def.optimises ||= INPUT_OPTIMIZER.test(l.text);
      def.leaves ||= /\.requires_grad\s*=\s*True|\.requires_grad_\s*\(|\bnn\.(?:parameter\.)?Parameter\s*\(/.test(l.text);
      continue;
    }
    close();
    def = /^\s*def\s/.test(l.text) ? { indent: at, body: [], optimises: false, leaves: false } : undefined;
  }
  close();
  return out;
}
