import { describe, expect, it } from 'vitest';
import { PaperSchema } from '../src/index.js';
import { PAPER_KEYS } from '../src/paper-keys.js';

describe('PAPER_KEYS', () => {
  it("is PaperSchema's keys, in its order", () => {
    expect([...PAPER_KEYS]).toEqual(Object.keys(PaperSchema.shape));
  });
});
