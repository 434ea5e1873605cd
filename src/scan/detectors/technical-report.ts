import type { Detector, FileContent, Finding } from '../../domain/finding.js';
import { baseName, extensionOf, isTestPath } from '../text/path-facts.js';
import { findCffCitation, findPaperRefs } from '../text/references.js';
import { defineDetector } from '../define.js';

/**
 * Technical report (MOF Class III): a report on the model's capabilities and use. In the tree: a
 * PDF or Markdown file named as a report (technical_report.pdf, TECH_REPORT.md). Declared: a link
 * or BibTeX entry the README calls a technical report, a CITATION.cff preferred citation of type
 * `report` (→ `external`, the report lives elsewhere). The MOF lets a research paper stand in for
 * the technical report; the class computation applies that rule, not this detector.
 */

const REPORT_NAME = /(tech(nical)?[-_ ]?report|tech[-_]?rep|whitepaper|white[-_]paper|system[-_]card|model[-_]report|report)/i;

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
  const base = { artifact: 'technical-report' as const, path: file.path, line: 1 };
  if (file.size === 0) return [{ ...base, outcome: 'rejected', strength: 55, code: 'empty', message: `${name} is empty` }];
  if (extensionOf(file.path) === 'pdf') {
    if (!file.lfsPointer && !file.text.startsWith('%PDF') && !file.binary) {
      return [{ ...base, outcome: 'rejected', strength: 50, code: 'not-pdf', message: `${name} is not a PDF file` }];
    }
    return [{ ...base, outcome: 'evidence', strength: 85, code: 'report-pdf', message: `${name}: technical report (PDF${file.lfsPointer ? ', in Git LFS' : ''})` }];
  }
  const words = file.text.split(/\s+/).filter(Boolean).length;
  const headings = file.text.split('\n').filter((l) => /^#{1,4}\s+\S/.test(l)).length;
  if (words >= 300 && headings >= 3) {
    return [{ ...base, outcome: 'evidence', strength: 75, code: 'report-document', message: `${name}: technical report (${words}${file.truncated ? '+' : ''} words, ${headings} sections)` }];
  }
  return [{ ...base, outcome: 'rejected', strength: 50, code: 'too-short', message: `${name} has ${words} words and ${headings} sections; too short for a technical report` }];
}

function checkReadme(file: FileContent): Finding[] {
  const out: Finding[] = [];
  for (const ref of findPaperRefs(file.text)) {
    if (ref.kind !== 'report' || !ref.own) continue;
    out.push({
      artifact: 'technical-report',
      path: file.path,
      line: ref.line,
      outcome: 'external',
      strength: 60,
      code: ref.via === 'bibtex' ? 'bibtex-report' : 'report-link',
      message: `technical report ${ref.url ? `at ${ref.url}` : `cited (${ref.context.trim().slice(0, 60)})`} (not verifiable from the tree)`,
      ...(ref.url ? { url: ref.url } : {}),
    });
    if (out.length >= 3) break;
  }
  return out;
}

function checkCff(file: FileContent): Finding[] {
  const cff = findCffCitation(file.text);
  if (!cff || 'software' in cff || cff.kind !== 'report') return [];
  return [
    {
      artifact: 'technical-report',
      path: file.path,
      line: cff.line,
      outcome: 'external',
      strength: 65,
      code: 'cff-report',
      message: `CITATION.cff prefers citing a report${cff.context ? ` ("${cff.context.slice(0, 60)}")` : ''}${cff.url ? ` at ${cff.url}` : ''}`,
      ...(cff.url ? { url: cff.url } : {}),
    },
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
