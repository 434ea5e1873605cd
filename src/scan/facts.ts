import { normalize, type MarkdownDoc } from './text/markdown.js';
import { sectionText } from './text/section-text.js';
import type { CardFacts, CardSection, CardSectionKind, EvalMetric } from '../domain/finding-facts.js';

export type { CardFacts, CardSection, CardSectionKind, EvalMetric, FindingFacts } from '../domain/finding-facts.js';

export const FACT_LIMITS = { metrics: 200, text: 600, name: 120, datasets: 20 } as const;

function short(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Scores of an lm-evaluation-harness style `results` object (`{task: {"acc,none": 0.5}}`),
 * standard errors left out (they are not scores).
 */
export function harnessMetrics(data: unknown): EvalMetric[] {
  const results = (data as { results?: unknown } | null)?.results;
  if (!results || typeof results !== 'object' || Array.isArray(results)) return [];
  const out: EvalMetric[] = [];
  for (const [task, metrics] of Object.entries(results as Record<string, unknown>)) {
    if (out.length >= FACT_LIMITS.metrics) break;
    const single = finite(metrics);
    if (single !== undefined) {
      out.push({ task: short(task, FACT_LIMITS.name), metric: 'score', value: single });
      continue;
    }
    if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics)) continue;
    for (const [key, v] of Object.entries(metrics as Record<string, unknown>)) {
      const value = finite(v);
      if (value === undefined || /stderr/i.test(key)) continue;
      // lm-eval names a metric with its filter ("acc,none"); the filter "none" says nothing.
      const metric = key.replace(/,none$/, '');
      out.push({ task: short(task, FACT_LIMITS.name), metric: short(metric, FACT_LIMITS.name), value });
      if (out.length >= FACT_LIMITS.metrics) break;
    }
  }
  return out;
}

/** Scores of Hugging Face `model-index` front matter (`results[].metrics[].value`). */
export function modelIndexMetrics(entries: unknown, number: (s: string) => number | undefined): EvalMetric[] {
  const out: EvalMetric[] = [];
  if (!Array.isArray(entries)) return out;
  for (const entry of entries.slice(0, 50)) {
    const results = (entry as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) continue;
    for (const r of results.slice(0, 500)) {
      const rec = r as { dataset?: { name?: unknown; type?: unknown }; task?: { type?: unknown }; metrics?: unknown } | null;
      const name = rec?.dataset?.name ?? rec?.dataset?.type ?? rec?.task?.type;
      if (typeof name !== 'string' || !Array.isArray(rec?.metrics)) continue;
      for (const m of rec.metrics.slice(0, 100)) {
        const mm = m as { type?: unknown; name?: unknown; value?: unknown } | null;
        const v = mm?.value;
        const value = typeof v === 'number' ? finite(v) : typeof v === 'string' ? number(v) : undefined;
        const metric = typeof mm?.type === 'string' ? mm.type : typeof mm?.name === 'string' ? mm.name : undefined;
        if (value === undefined || !Number.isFinite(value) || metric === undefined) continue;
        out.push({ task: short(name, FACT_LIMITS.name), metric: short(metric, FACT_LIMITS.name), value });
        if (out.length >= FACT_LIMITS.metrics) return out;
      }
    }
  }
  return out;
}

/**
 * The learning approach, only when the card says it in so many words: the BOM must not guess.
 * "Pretrained"/"pre-training" of a language model is self-supervised (next-token prediction).
 */
export function approachOf(text: string, task: string | undefined): CardFacts['approach'] {
  const t = text.toLowerCase();
  if (/\bsemi-?supervised\b/.test(t)) return 'semi-supervised';
  if (/\bself-?supervised\b/.test(t)) return 'self-supervised';
  if (/\breinforcement learning\b|\brlhf\b/.test(t)) return 'reinforcement-learning';
  if (/\bunsupervised\b/.test(t)) return 'unsupervised';
  if (/\bsupervised fine-?tun/.test(t)) return 'supervised';
  if (task && /^(?:text-generation|fill-mask)$/.test(task) && /\bpre-?train(?:ed|ing)\b/.test(t)) return 'self-supervised';
  return undefined;
}

/** The BOM's view of a card heading: CycloneDX keeps use cases, limitations and ethics apart. */
function sectionKind(heading: string): CardSectionKind | undefined {
  const n = normalize(heading);
  if (n.split(' ').length > 7) return undefined;
  if (/(?:^|\s)(?:ethical considerations?|ethics|bias|biases|risks?|safety|responsible ai)(?=$|\s)/.test(n)) return 'ethics';
  if (/(?:^|\s)(?:limitations?|caveats?|known issues|out of scope)(?=$|\s)/.test(n)) return 'limitations';
  if (/(?:^|\s)(?:intended uses?|uses|direct use|downstream use|use cases?|intended users?|applications?|primary intended)(?=$|\s)/.test(n)) return 'uses';
  return undefined;
}

/** What a model card says that a BOM's `modelCard` holds. */
export function cardFacts(doc: MarkdownDoc, body: string): CardFacts {
  const facts: CardFacts = {};
  const fm = doc.frontMatter?.data;
  const tag = fm?.['pipeline_tag'];
  if (typeof tag === 'string' && /^[\w-]{1,60}$/.test(tag)) facts.task = tag;
  const ds = fm?.['datasets'];
  const names = (Array.isArray(ds) ? ds : typeof ds === 'string' ? [ds] : []).filter((d): d is string => typeof d === 'string' && /^[\w.-]+(?:\/[\w.-]+)?$/.test(d));
  if (names.length) facts.datasets = [...new Set(names)].slice(0, FACT_LIMITS.datasets);
  const tags = Array.isArray(fm?.['tags']) ? (fm['tags'] as unknown[]).filter((x) => typeof x === 'string').join(' ') : '';
  const approach = approachOf(`${tags} ${body}`, facts.task);
  if (approach) facts.approach = approach;
  const sections: CardSection[] = [];
  for (const s of doc.sections) {
    const kind = sectionKind(s.heading.text);
    if (!kind || sections.some((x) => x.kind === kind)) continue;
    const text = short(sectionText(doc, s), FACT_LIMITS.text);
    if (text) sections.push({ kind, line: s.heading.line, text });
  }
  if (sections.length) facts.sections = sections;
  return facts;
}
