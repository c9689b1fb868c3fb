import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/cli/inputs.js';

/** Chunks of text that count how far they were read and whether they were closed. */
function source(chunks: readonly string[]) {
  const state = { pulled: 0, closed: false };
  const iterable = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (state.pulled === chunks.length) return { done: true as const, value: undefined };
        return { done: false as const, value: chunks[state.pulled++] as string };
      },
      async return() {
        state.closed = true;
        return { done: true as const, value: undefined };
      },
    }),
  };
  return { iterable, state };
}

const chunk = 'A Title\n\nAn abstract sentence. '.repeat(400);

describe('checkText', () => {
  it('closes the input when the reader stops within the chunks it sniffed', async () => {
    const { iterable, state } = source([chunk, chunk, chunk]);
    const checked = await checkText(iterable);
    if (!('chunks' in checked)) throw new Error('should be text');
    expect(state.pulled).toBe(1);
    for await (const first of checked.chunks) {
      expect(first).toBe(chunk);
      break;
    }
    expect(state.closed).toBe(true);
  });

  it('closes the input when the reader stops later, and not when it read to the end', async () => {
    const early = source([chunk, chunk, chunk]);
    const checked = await checkText(early.iterable);
    if (!('chunks' in checked)) throw new Error('should be text');
    let seen = 0;
    for await (const _ of checked.chunks) if (++seen === 2) break;
    expect(early.state.closed).toBe(true);

    const whole = source([chunk, chunk]);
    const all = await checkText(whole.iterable);
    if (!('chunks' in all)) throw new Error('should be text');
    const read: string[] = [];
    for await (const piece of all.chunks) read.push(String(piece));
    expect(read).toEqual([chunk, chunk]);
    expect(whole.state.closed).toBe(false);
  });

  it('gives a short input whole, with nothing left to close', async () => {
    const { iterable, state } = source(['short\n']);
    const checked = await checkText(iterable);
    if (!('chunks' in checked)) throw new Error('should be text');
    const read: string[] = [];
    for await (const piece of checked.chunks) {
      read.push(String(piece));
      break;
    }
    expect(read).toEqual(['short\n']);
    expect(state.closed).toBe(false);
  });
});
