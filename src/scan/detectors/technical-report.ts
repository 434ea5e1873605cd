import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { baseName, extensionOf, isTestPath } from '../text/path-facts.js';
import { findCffCitation, findPaperRefs } from '../text/references.js';
import { defineDetector } from '../define.js';
import { defineOutcomes, emit } from '../outcomes.js';

/**
 * Technical report (MOF Class III): a report on the model's capabilities and use. In the tree: a
 * PDF or Markdown file named as a report (technical_report.pdf, TECH_REPORT.md). Declared: a link
 * or BibTeX entry the README calls a technical report, a CITATION.cff preferred citation of type
 * `report` (→ `external`, the report lives elsewhere). The MOF lets a research paper stand in for
 * the technical report; the class computation applies that rule, not this detector.
 */

const REPORT_NAME = /(tech(nical)?[-_ ]?report|tech[-_]?rep|whitepaper|white[-_]paper|system[-_]card|model[-_]report|report)/i;

const OUTCOMES = defineOutcomes('technical-report', {
  'report-pdf': { outcome: 'evidence', weight: 85, label: 'a PDF named as a report' },
  'report-document': { outcome: 'evidence', weight: 75, label: 'a document named as a report, long enough to be one' },
  'cff-report': { outcome: 'external', weight: 65, label: 'CITATION.cff prefers citing a report' },
  'report-link': { outcome: 'external', weight: 60, label: 'a link to the release’s own report' },
  'bibtex-report': { outcome: 'external', weight: 60, label: 'a BibTeX entry for the report' },
  empty: { outcome: 'rejected', weight: 55 },
  'not-pdf': { outcome: 'rejected', weight: 50, label: 'named .pdf but not a PDF' },
  'too-short': { outcome: 'rejected', weight: 50, label: 'too short for a report' },
});

/** A report document has at least this many words and sections. */
const MIN_WORDS = 300;
const MIN_SECTIONS = 3;
/** Report links reported per README at most. */
const MAX_REFS = 3;

function rank(path: string): number | undefined {
  if (isTestPath(path)) return undefined;
  const name = baseName(path);
  const ext = extensionOf(path);
  if (/^citation\.cff$/i.test(name)) return 60;
  if (/^readme\.md$/i.test(name)) return path.includes('/') ? undefined : 50;
  if ((ext === 'pdf' || ext === 'md' || ext === 'tex') && REPORT_NAME.test(name)) return ext === 'pdf' ? 90 : 80;
  return undefined;
}

function checkDocument(file: FileContent): Finding[] {
  const name = baseName(file.path);
  const at = { path: file.path, line: 1 };
  if (file.size === 0) return [emit(OUTCOMES, 'empty', { ...at, message: `${name} is empty` })];
  if (extensionOf(file.path) === 'pdf') {
    if (!file.lfsPointer && !file.text.startsWith('%PDF') && !file.binary) {
      return [emit(OUTCOMES, 'not-pdf', { ...at, message: `${name} is not a PDF file` })];
    }
    return [emit(OUTCOMES, 'report-pdf', { ...at, message: `${name}: technical report (PDF${file.lfsPointer ? ', in Git LFS' : ''})` })];
  }
  const words = file.text.split(/\s+/).filter(Boolean).length;
  const headings = file.text.split('\n').filter((l) => /^#{1,4}\s+\S/.test(l)).length;
  if (words >= MIN_WORDS && headings >= MIN_SECTIONS) {
    return [emit(OUTCOMES, 'report-document', { ...at, message: `${name}: technical report (${words}${file.truncated ? '+' : ''} words, ${headings} sections)` })];
  }
  return [emit(OUTCOMES, 'too-short', { ...at, message: `${name} has ${words} words and ${headings} sections; too short for a technical report` })];
}

function checkReadme(file: FileContent): Finding[] {
  const out: Finding[] = [];
  for (const ref of findPaperRefs(file.text)) {
    if (ref.kind !== 'report' || !ref.own) continue;
    out.push(
      emit(OUTCOMES, ref.via === 'bibtex' ? 'bibtex-report' : 'report-link', {
        path: file.path,
        line: ref.line,
        message: `technical report ${ref.url ? `at ${ref.url}` : `cited (${ref.context.trim().slice(0, 60)})`} (not verifiable from the tree)`,
        url: ref.url,
      }),
    );
    if (out.length >= MAX_REFS) break;
  }
  return out;
}

function checkCff(file: FileContent): Finding[] {
  const cff = findCffCitation(file.text);
  if (!cff || 'software' in cff || cff.kind !== 'report') return [];
  return [
    emit(OUTCOMES, 'cff-report', {
      path: file.path,
      line: cff.line,
      message: `CITATION.cff prefers citing a report${cff.context ? ` ("${cff.context.slice(0, 60)}")` : ''}${cff.url ? ` at ${cff.url}` : ''}`,
      url: cff.url,
    }),
  ];
}

export const technicalReport: Detector = defineDetector({
  id: 'technical-report',
  globs: ['**/*report*.{pdf,md,tex}', '**/*Report*.{pdf,md,tex}', '**/*whitepaper*.{pdf,md}', '**/*system*card*.{pdf,md}', '**/CITATION.cff', 'README.md'],
  rank,
  enough: 2,
  check(file) {
    const name = baseName(file.path);
    if (/^citation\.cff$/i.test(name)) return file.binary ? [] : checkCff(file);
    if (/^readme\.md$/i.test(name)) return file.binary ? [] : checkReadme(file);
    return checkDocument(file);
  },
});
