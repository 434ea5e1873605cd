import { findLine, type CodeLine } from './code.js';

/*
 * What a data module's code does, read from its lines: idioms the preprocessing detector weighs that
 * are facts of the code rather than signals of one detector's table.
 */

/** Transforms that only training applies (evaluation resizes and centres), torchvision's and TensorFlow's: several composed are the training views. */
const RANDOM_AUGMENTATION =
  /\b(?:RandomResizedCrop|ColorJitter|RandomGrayscale|GaussianBlur|RandomSolarize|Solarization|RandomHorizontalFlip|RandAugment|AutoAugment|RandomErasing|RandomApply|TrivialAugment\w*|Mixup|mixup_fn|RandomAffine|RandomRotation|tf\.image\.random_\w+|sample_distorted_bounding_box)\b/g;
const STACK_SIZE = 3;

/** The line where a module's third distinct random augmentation appears, if it composes that many. */
export function augmentationStack(lines: readonly CodeLine[]): number | undefined {
  const names = new Set<string>();
  for (const l of lines) {
    for (const m of l.text.matchAll(RANDOM_AUGMENTATION)) {
      names.add(m[0]);
      if (names.size >= STACK_SIZE) return l.line;
    }
  }
  return undefined;
}

/**
 * A module named for its tokenizer (`tokenizer.py`, `speech_tokenizer.py`) that defines the tokenizer
 * class and runs nothing itself: the model's encode/decode at load time, not a pass over a corpus.
 */
export function tokenizerModule(base: string, lines: readonly CodeLine[]): CodeLine | undefined {
  if (!/(?:^|_)tokeni[sz](?:er|ers|ation)\.py$/i.test(base) || findLine(lines, /__name__\s*==\s*["']__main__["']/)) return undefined;
  const cls = findLine(lines, /^\s*class\s+\w*Tokeni[sz]er\w*\b/);
  return cls && findLine(lines, /^\s+def\s+(?:encode|decode|tokenize|__call__)\s*\(/) ? cls : undefined;
}
