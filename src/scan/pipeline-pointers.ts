// Where a release's top README sends the reader for the code that prepared its training data: a
// published data-pipeline tool its commands run, or the repository that holds the preparation code.
// Each is external evidence (src/scan/external.ts) for the preprocessing artifact.
import type { Finding } from '../domain/finding.js';
import { externalFinding } from './external.js';
import type { MarkdownDoc } from './text/markdown.js';
import { shellCommands, type CodeLine } from './text/code.js';

/** The first pointer the top README holds: a tool its commands run, else a repository it links. */
export function pipelinePointers(doc: MarkdownDoc, path: string): Finding[] {
  if (path.includes('/')) return [];
  const tool = readmePipelineTool(doc, path);
  return tool.length > 0 ? tool : pipelineRepository(doc, path);
}

/** Data-pipeline tools a README's commands run by name, with where each is published (built on first use). */
let pipelineTools: ReadonlyArray<{ re: RegExp; name: string; url: string }> | undefined;
const tools = () =>
  (pipelineTools ??= [
    { re: /(?:^|[\s;&|(])dolma\s+(?:tokens|dedupe|mix|tag)\b/, name: 'dolma', url: 'https://github.com/allenai/dolma' },
    { re: /(?:^|[\s;&|(])img2dataset\s+--/, name: 'img2dataset', url: 'https://github.com/rom1504/img2dataset' },
    { re: /(?:^|[\s;&|(])video2dataset\s+--/, name: 'video2dataset', url: 'https://github.com/iejMac/video2dataset' },
    { re: /\bpython\d?\s+-m\s+text_dedup\./, name: 'text-dedup', url: 'https://github.com/ChenghaoMou/text-dedup' },
    { re: /\bpython\d?\s+-m\s+nemo_curator\./, name: 'NeMo-Curator', url: 'https://github.com/NVIDIA/NeMo-Curator' },
  ]);

/**
 * "Download the mix, tokenize it via the command below: `dolma tokens --documents … --destination …`":
 * the top README runs a published data-pipeline tool on the training data. The step is documented in
 * the tree; the code that does it is published with the tool. Only commands inside code blocks.
 */
function readmePipelineTool(doc: MarkdownDoc, path: string): Finding[] {
  const code: CodeLine[] = [];
  for (let i = 0; i < doc.lines.length; i++) if (doc.code[i]) code.push({ line: i + 1, text: doc.lines[i] ?? '' });
  for (const cmd of shellCommands(code)) {
    const tool = tools().find((t) => t.re.test(cmd.text));
    if (tool) return [externalFinding('preprocessing', path, cmd.line, 'pipeline-tool', `${tool.name} at line ${cmd.line} (${tool.url})`, tool.url)];
  }
  return [];
}

// What a data-preparation repository or its link is called ("[Data Preparation](…/amber-data-prep)").
const PREPARATION_WORDS = /data[-_ ]?prep\w*|pre-?process\w*|data[-_ ]?(?:processing|pipelines?|curation|cleaning)|dedup\w*/i;

/**
 * "- [Data Preparation](https://github.com/LLM360/amber-data-prep)": the top README links the repository
 * where the code that prepared the training data is published, by the link's words, the repository's
 * name or its sentence; or a script of another repository by its folder ("use [create_lmdb.py](…/KAIR/
 * tree/master/scripts/data_preparation/create_lmdb.py) to convert the training sets"). Not a how-to
 * for the user's own data, nor an evaluation's preprocessing.
 */
function pipelineRepository(doc: MarkdownDoc, path: string): Finding[] {
  for (const l of doc.links) {
    const m = /^https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/?(?:$|[#?])|\/(?:tree|blob)\/[^/\s]+\/([^#?\s]*))/i.exec(l.url);
    if (!m || doc.code[l.line - 1]) continue;
    const line = doc.lines[l.line - 1] ?? '';
    // Or its sentence says so: "The tools used for preprocessing text for X training are available in https://…".
    const said = PREPARATION_WORDS.test(line) && /\b(?:are|is)\s+(?:available|released|published)\s+(?:in|at|from)\b/i.test(line);
    if (!PREPARATION_WORDS.test(l.text) && !PREPARATION_WORDS.test(m[2] ?? '') && !PREPARATION_WORDS.test(m[3] ?? '') && !said) continue;
    if (/\b(?:your|custom|own|eval\w*|benchmark\w*|inference)\b/i.test(line)) continue;
    const url = m[3] ? l.url : `https://github.com/${m[1]}/${m[2] ?? ''}`;
    return [externalFinding('preprocessing', path, l.line, 'pipeline-repository', `${l.text.slice(0, 60)} (${url})`, url)];
  }
  return [];
}
