import { describe, expect, it } from 'vitest';
import { shortFix } from '../../src/report/view.js';

describe('shortFix', () => {
  it.each([
    ['Commit the configs (e.g. configs/x.yaml, a JSON). A config.json is not enough.', 'Commit the configs (e.g. configs/x.yaml, a JSON).'],
    ['Add a card, i.e. a datasheet. Then more.', 'Add a card, i.e. a datasheet.'],
    ['One sentence only', 'One sentence only'],
    ['Why? Because.', 'Why?'],
  ])('%j → %j', (fix, want) => {
    expect(shortFix(fix)).toBe(want);
  });
});
