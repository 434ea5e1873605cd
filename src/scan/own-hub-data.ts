// A release that publishes its own training data on the Hub, beside its models: the data card is the
// dataset's card. External evidence (src/scan/external.ts), judged on the top README only.
import type { Finding } from '../domain/finding.js';
import { externalFinding } from './external.js';
import { holding, type MarkdownDoc } from './text/markdown.js';
import { normalized } from './text/normalized.js';
import { findHubLinks } from './text/references.js';

// A dated news item ("- [2025-06-01] We release…", "- 🔥 **News**: `2024/09/05`: …", "04/17/2023: LLaVA is
// released"): it announces a sibling project as often as the release, so what it links is not taken
// for the release's own. The date leads the item's first line.
const DATED = /^[^\w]{0,12}(?:news\W{0,8})?(?:20\d\d[-./]\d{1,2}|\d{1,2}\/\d{1,2}\/(?:20)?\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? 20\d\d)/i;
const ITEM_START = /^\s*(?:[-*+]|\d+[.)])\s/;
const MAX_ITEM_LINES = 8;

// What the set is for, by its name or its line's words: a benchmark, a demo or a stand-in is not what
// the released models learned from.
const NOT_TRAINING = /\b(?:eval\w*|bench\w*|test\w*|demo\w*|samples?|toy|examples?|leaderboard|arena)\b/i;
// Run into a name ("StepEval-Audio-360", "humaneval-x", "MMBench"): no word boundary to wait for.
const NOT_TRAINING_NAME = /eval|bench|(?:^|[^a-z])test|demo|sample|toy/i;
// A set named for the files a README shows (`org/figures`, `org/assets`) holds no training data.
const NOT_DATA_NAME = /^(?:assets?|figures?|images?|badges?|media|static|docs?)$/i;

const OFF_TOPIC_HEADING = /\b(?:eval\w*|benchmark\w*|test\w*|inference|demo|quick ?start|tutorial|examples?|toy|citation|acknowledg\w*|related|news|updates?|changelog)\b/;

/** True when the line is in a list item (or a paragraph) whose first line starts with a date. */
function inDatedItem(doc: MarkdownDoc, line: number): boolean {
  let i = line - 1;
  for (let n = 0; n < MAX_ITEM_LINES && i > 0; n++, i--) {
    const text = doc.lines[i] ?? '';
    if (ITEM_START.test(text)) break;
    const above = doc.lines[i - 1] ?? '';
    if (above.trim() === '') break;
  }
  return DATED.test((doc.lines[i] ?? '').replace(ITEM_START, ''));
}

/**
 * "[Models](huggingface.co/EleutherAI/llemma_34b) | [Data](huggingface.co/datasets/EleutherAI/proof-pile-2)":
 * the top README links a Hub dataset published by the organisation that publishes the release's
 * models on the Hub, and says nothing that makes it a benchmark or a sample. A dataset the release's
 * own organisation publishes is documented on its card. An organisation linked only from dated news
 * items is not taken for the release's (they announce sibling projects as often), and the dataset
 * link must not be in code. A base model's organisation ("fine-tuned from meta-llama/…") rarely
 * publishes the release's data; the benchmark and sample tests below keep its sets out.
 */
export function ownHubDataset(doc: MarkdownDoc, path: string): Finding[] {
  const hubs = findHubLinks(doc.text);
  const orgs = new Set<string>();
  for (const h of hubs) {
    if (h.kind !== 'model' || h.hub !== 'huggingface' || inDatedItem(doc, h.line)) continue;
    orgs.add(h.repo.split('/')[0]?.toLowerCase() ?? '');
  }
  if (orgs.size === 0) return [];
  for (const h of hubs) {
    if (h.kind !== 'dataset' || h.hub !== 'huggingface' || doc.code[h.line - 1]) continue;
    const [org = '', name = ''] = h.repo.split('/');
    if (!orgs.has(org.toLowerCase()) || /\/resolve\//.test(h.url)) continue;
    // The line as written, less its addresses: an HTML badge's `alt='Benchmark'` says what the set is.
    const words = `${name.replace(/[_.-]+/g, ' ')} ${h.context.replace(/https?:\/\/[^\s)>'"]*/g, ' ')}`;
    if (NOT_DATA_NAME.test(name) || NOT_TRAINING_NAME.test(name) || NOT_TRAINING.test(words) || inDatedItem(doc, h.line)) continue;
    if (holding(doc, h.line).some((s) => OFF_TOPIC_HEADING.test(normalized(s.heading.text)))) continue;
    const url = `https://huggingface.co/datasets/${h.repo}`;
    return [externalFinding('data-card', path, h.line, 'own-hub-dataset', `${h.repo}, published by the organisation of the release's models (${url})`, url)];
  }
  return [];
}
