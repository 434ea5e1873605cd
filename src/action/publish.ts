import { constants as fsConstants } from 'node:fs';
import { mkdir, open, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import type { GateReport } from '../domain/report-model.js';
import { renderBadge, renderJson, renderMarkdown, renderSarif, type RepoLinks } from '../report/index.js';
import { mofClassLabel } from '../report/view.js';
import { annotations, type Annotation, type AnnotationLevel } from './annotations.js';
import { errorMessage } from '../domain/errors.js';

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** GitHub refuses a job summary over 1 MiB per step. */
export const SUMMARY_BYTES = 1024 * 1024;

/** The ids an output consumer acts on: artifacts the policy judges that are not there or did not pass. */
export function missingIds(report: GateReport): string[] {
  return report.artifacts.filter((a) => a.severity !== 'off' && (a.status === 'missing' || a.status === 'invalid')).map((a) => a.id);
}

/**
 * Report paths are relative to the scanned folder; annotations need them relative to the
 * repository (the workspace). Paths that do not land inside the workspace lose their location
 * rather than point at a wrong file.
 */
export function repoPath(root: string, path: string, workspace: string): string | undefined {
  if (path === '') return undefined;
  let joined: string;
  if (isAbsolute(path)) {
    const rel = relative(workspace, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
    joined = rel.split(sep).join('/');
  } else {
    joined = posix.normalize(root === '.' ? path : `${root}/${path}`);
  }
  if (joined === '..' || joined.startsWith('../') || joined.startsWith('/')) return undefined;
  return joined;
}

/** Annotations placed on repository paths and capped per level (one error slot kept for the failure message). */
export function placedAnnotations(report: GateReport, root: string, workspace: string): { shown: Annotation[]; omitted: Record<AnnotationLevel, number> } {
  // core.setFailed prints one more error annotation; keep room for it so the cap is not exceeded.
  const maxErrors = report.verdict === 'fail' ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
  const { shown, omitted } = annotations(report, { max: ANNOTATIONS_PER_LEVEL, maxErrors });
  return {
    shown: shown.map((a) => {
      const { file, line, ...rest } = a;
      const placed = file !== undefined ? repoPath(root, file, workspace) : undefined;
      return placed ? { ...rest, file: placed, ...(line !== undefined ? { line } : {}) } : rest;
    }),
    omitted,
  };
}

/** A note for the summary when annotations were left out, or '' when all are shown. */
export function omittedNote(omitted: Record<AnnotationLevel, number>): string {
  const parts = (['error', 'warning', 'notice'] as const).filter((l) => omitted[l] > 0).map((l) => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`);
  if (parts.length === 0) return '';
  return `> [!NOTE]\n> GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each kind per step: ${parts.join(', ')} not shown as annotations. Every finding is listed in the table above.\n`;
}

/** The job summary: the Markdown report and the annotations note, under GitHub's 1 MiB. */
export function summaryMarkdown(report: GateReport, links: RepoLinks | undefined, note: string): string {
  // Room for the note (and the blank line before it): the report is cut first, never the note saying what was cut.
  const budget = SUMMARY_BYTES - Buffer.byteLength(note, 'utf8') - 2;
  const md = renderMarkdown(report, { ...(links ? { links } : {}), maxLength: budget });
  return note ? `${md.replace(/\n*$/, '\n\n')}${note}` : md;
}

export interface WrittenFiles {
  report: string;
  badge: string;
  sarif?: string;
  cyclonedx?: string;
  /** Why optional files were not written: refused (a symlink or a symlinked folder would have redirected them) or failed. */
  refused?: string[];
}

/** Files the workflow asked for, at paths in the workspace. */
export interface RequestedFiles {
  sarif?: string;
  /** The BOM is rendered only when asked for. */
  cyclonedx?: { path: string; text: () => string };
}

/** Files are named after the step so two gate steps in one job do not overwrite each other. */
export function stepFolder(runnerTemp: string, step: string): string {
  return join(runnerTemp, 'openness-gate', step.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_') || 'step');
}

export async function writeFiles(report: GateReport, folder: string, requested: RequestedFiles, root: string, workspace: string): Promise<WrittenFiles> {
  await mkdir(folder, { recursive: true });
  const files: WrittenFiles = { report: join(folder, 'report.json'), badge: join(folder, 'badge.svg') };
  await writeNoFollow(files.report, renderJson(report), folder);
  await writeNoFollow(files.badge, renderBadge(report), folder);
  const optional: Array<['sarif' | 'cyclonedx', string, () => string]> = [];
  if (requested.sarif) optional.push(['sarif', requested.sarif, () => renderSarif(report, root !== '.' ? { pathPrefix: root } : {})]);
  if (requested.cyclonedx) optional.push(['cyclonedx', requested.cyclonedx.path, requested.cyclonedx.text]);
  for (const [key, path, text] of optional) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeNoFollow(path, text(), workspace);
      files[key] = path;
    } catch (error) {
      // A pull request that commits `openness.sarif` as a symlink must not make the runner overwrite
      // a file elsewhere: that file is refused. Neither that nor a full disk or a renderer's bug may
      // lose the verdict: the failure is reported, and the verdict and the other files stand.
      (files.refused ??= []).push(error instanceof UnsafeOutputError ? error.message : `could not write ${path}: ${errorMessage(error)}`);
    }
  }
  return files;
}

/** An output file the action refused to write: a symlink, or a folder that leads out of where it belongs. */
export class UnsafeOutputError extends Error {
  override readonly name = 'UnsafeOutputError';
}

/**
 * Writes a file the way a pull request cannot redirect: its folder must resolve inside `within`
 * (a committed symlinked folder pointing elsewhere is refused), and the file is opened with
 * O_NOFOLLOW so a committed symlink in its place is refused rather than written through.
 */
export async function writeNoFollow(path: string, data: string, within: string): Promise<void> {
  const [dir, base] = await Promise.all([realpath(dirname(path)), realpath(within).catch(() => within)]);
  const rel = relative(base, dir);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UnsafeOutputError(`refusing to write ${path}: its folder leads outside ${within} (a symlink?)`);
  }
  let handle;
  try {
    // No O_TRUNC here: nothing is cut before the file is known to be a regular one.
    handle = await open(join(dir, basename(path)), fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UnsafeOutputError(`refusing to write ${path}: it is a symlink`);
    throw error;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new UnsafeOutputError(`refusing to write ${path}: not a regular file`);
    await handle.truncate(0);
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

export function outputsFor(report: GateReport, files: WrittenFiles): Record<string, string> {
  return {
    verdict: report.verdict,
    missing: missingIds(report).join(','),
    report: files.report,
    badge: files.badge,
    sarif: files.sarif ?? '',
    cyclonedx: files.cyclonedx ?? '',
    'mof-class': mofClassLabel(report) ?? '',
  };
}
