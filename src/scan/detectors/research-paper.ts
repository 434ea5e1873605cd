import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { anyFolder, baseName, extensionOf, isTestPath } from '../text/path-facts.js';
import { findCffCitation, findPaperRefs } from '../text/references.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

const PAPER_FOLDER = /^(?:paper|papers|preprint|publication|publications)$/;
const LATEX_FOLDER = /^(?:paper|papers|latex|tex)$/;

/**
 * Research paper (MOF Class I): the paper on the model's development. In the tree: a PDF named as
 * a paper or preprint (paper.pdf, an arXiv id such as 2402.00838.pdf, a PDF under paper/), or the
 * paper's LaTeX sources. Declared: the release's own arXiv/DOI/venue link (a badge, "our paper",
 * a Citation section), a BibTeX entry in the README, a CITATION.cff `preferred-citation` of an
 * article or conference paper (→ `external`).
 * Not: links to other people's papers cited in passing, a CITATION.cff that cites the software
 * itself (weak), a technical report (the MOT accepts a detailed one in the paper's place only when
 * the producer says so: point artifacts.research-paper.paths at it).
 */

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  const ext = extensionOf(path);
  if (/^citation\.(cff|bib)$/i.test(name)) return 70;
  if (/^readme\.md$/i.test(name)) return path.includes('/') ? undefined : 50;
  if (ext === 'pdf') {
    if (/report|slides|poster|datasheet|card|license|terms/i.test(name)) return undefined;
    if (/paper|preprint|arxiv|^\d{4}\.\d{4,5}(v\d+)?\.pdf$/i.test(name)) return 90;
    if (anyFolder(path, PAPER_FOLDER)) return 80;
    return undefined;
  }
  if (ext === 'tex' && anyFolder(path, LATEX_FOLDER) && /^(main|paper)\.tex$/i.test(name)) return 70;
  return undefined;
}

const OUTCOMES = defineOutcomes('research-paper', {
  'paper-pdf': { outcome: 'evidence', weight: 85, label: 'a PDF named or filed as the paper' },
  'latex-sources': { outcome: 'evidence', weight: 70, label: 'the LaTeX sources of the paper' },
  'cff-paper': { outcome: 'external', weight: 70, label: 'CITATION.cff prefers citing a paper' },
  'paper-link': { outcome: 'external', weight: 65, label: 'a link to the release’s own paper' },
  'paper-cited': { outcome: 'external', weight: 60, code: 'paper-link', label: 'the release’s own paper, cited' },
  bibtex: { outcome: 'external', weight: 60, label: 'a BibTeX entry for the paper' },
  'report-not-paper': { outcome: 'weak', weight: 35, label: 'a technical report, not a paper' },
  'cff-software': { outcome: 'weak', weight: 30, label: 'CITATION.cff cites only the software' },
  empty: { outcome: 'rejected', weight: 55 },
  'not-pdf': { outcome: 'rejected', weight: 50, label: 'named .pdf but not a PDF' },
});

/** Paper links reported per README at most. */
const MAX_REFS = 3;

function checkDocument(file: FileContent): Finding[] {
  const name = baseName(file.path);
  const at = { path: file.path, line: 1 };
  if (file.size === 0) return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
  if (extensionOf(file.path) === 'tex') {
    if (/\\documentclass|\\begin\{document\}/.test(file.text)) {
      return [emit(OUTCOMES, 'latex-sources', { ...at, message: `${name}: LaTeX sources of the paper` })];
    }
    return [];
  }
  if (!file.lfsPointer && !file.binary && !file.text.startsWith('%PDF')) {
    return [emit(OUTCOMES, 'not-pdf', { ...at, message: `${name} is not a PDF file` })];
  }
  return [emit(OUTCOMES, 'paper-pdf', { ...at, message: `${name}: research paper (PDF${file.lfsPointer ? ', in Git LFS' : ''})` })];
}

function checkReadme(file: FileContent): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const ref of findPaperRefs(file.text)) {
    if (!ref.own) continue;
    const key = ref.url || ref.context;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ref.kind === 'report') {
      out.push(
        emit(OUTCOMES, 'report-not-paper', {
          path: file.path,
          line: ref.line,
          message: `a technical report${ref.url ? ` (${ref.url})` : ''}, not a research paper; the MOF accepts a detailed technical report in its place only when you declare it (artifacts.research-paper.paths or external)`,
          url: ref.url,
        }),
      );
      continue;
    }
    out.push(
      emit(OUTCOMES, ref.via === 'link' ? 'paper-link' : ref.via === 'bibtex' ? 'bibtex' : 'paper-cited', {
        path: file.path,
        line: ref.line,
        message: `research paper ${ref.url ? `at ${ref.url}` : `cited (${ref.context.trim().slice(0, 60)})`} (not verifiable from the tree)`,
        url: ref.url,
      }),
    );
    if (out.length >= MAX_REFS) break;
  }
  return out;
}

function checkCitationFile(file: FileContent): Finding[] {
  const name = baseName(file.path);
  if (/\.bib$/i.test(name)) {
    return findPaperRefs(file.text)
      .filter((r) => r.via === 'bibtex' && r.kind === 'paper')
      .slice(0, 1)
      .map((r) => emit(OUTCOMES, 'bibtex', { path: file.path, line: r.line, message: `${name} cites the paper${r.url ? ` at ${r.url}` : ''} (not verifiable from the tree)`, url: r.url }));
  }
  const cff = findCffCitation(file.text);
  if (!cff) return [];
  if ('software' in cff) {
    return [emit(OUTCOMES, 'cff-software', { path: file.path, line: cff.line, message: 'CITATION.cff cites the software itself; it names no paper (preferred-citation)' })];
  }
  if (cff.kind !== 'paper') return [];
  return [
    emit(OUTCOMES, 'cff-paper', {
      path: file.path,
      line: cff.line,
      message: `CITATION.cff prefers citing the paper${cff.context ? ` "${cff.context.slice(0, 60)}"` : ''}${cff.url ? ` at ${cff.url}` : ''}`,
      url: cff.url,
    }),
  ];
}

export const researchPaper: Detector = defineDetector({
  id: 'research-paper',
  globs: ['**/*.pdf', '**/paper/**/*.tex', '**/papers/**/*.tex', '**/latex/**/*.tex', '**/CITATION.cff', '**/CITATION.bib', 'README.md'],
  rank,
  enough: 2,
  check(file) {
    const name = baseName(file.path);
    if (/^citation\.(cff|bib)$/i.test(name)) return file.binary ? [] : checkCitationFile(file);
    if (/^readme\.md$/i.test(name)) return file.binary ? [] : checkReadme(file);
    return checkDocument(file);
  },
});
