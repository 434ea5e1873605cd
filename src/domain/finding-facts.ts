/**
 * The few facts a detector read that the bills of materials carry beyond the report's evidence
 * lines: the numbers of evaluation results, and what a model card says about use, limits and
 * training. Bounded (hostile files stay cheap) and untrusted: renderers escape or encode them.
 * Not part of the JSON report.
 */

/** One score: `task` (benchmark or dataset), `metric` (acc, f1…), the value as written. */
export interface EvalMetric {
  task: string;
  metric: string;
  value: number;
}

export type CardSectionKind = 'uses' | 'limitations' | 'ethics';

export interface CardSection {
  kind: CardSectionKind;
  /** The section's heading line. */
  line: number;
  /** The section's text, whitespace collapsed and cut at `FACT_LIMITS.text` characters. */
  text: string;
}

export interface CardFacts {
  /** Hugging Face `pipeline_tag`. */
  task?: string;
  /** Hugging Face `datasets:` front matter: dataset repository ids the card says the model was trained on. */
  datasets?: string[];
  /** The learning approach when the card names one in words (see `approachOf`). */
  approach?: 'supervised' | 'unsupervised' | 'reinforcement-learning' | 'semi-supervised' | 'self-supervised';
  sections?: CardSection[];
}

export interface FindingFacts {
  metrics?: EvalMetric[];
  card?: CardFacts;
}
