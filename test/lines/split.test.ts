import { describe, expect, it } from 'vitest';
import { createLineSplitter, type Line, pointIn } from '../../src/lines/split.js';

function split(chunks: string[]): Line[] {
  const lines: Line[] = [];
  const splitter = createLineSplitter((line) => lines.push(line));
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

describe('createLineSplitter', () => {
  it('splits on LF, CRLF and lone CR, keeping each ending', () => {
    const lines = split(['a\nb\r\nc\rd']);
    expect(lines.map((line) => [line.text, line.eol])).toEqual([
      ['a', '\n'],
      ['b', '\r\n'],
      ['c', '\r'],
      ['d', ''],
    ]);
    expect(lines.map((line) => [line.line, line.offset])).toEqual([
      [1, 0],
      [2, 2],
      [3, 5],
      [4, 7],
    ]);
  });

  it('waits for the next chunk to tell CRLF from a lone CR', () => {
    expect(split(['a\r', '\nb']).map((line) => line.eol)).toEqual(['\r\n', '']);
    expect(split(['a\r', 'b']).map((line) => line.eol)).toEqual(['\r', '']);
    expect(split(['a\r']).map((line) => [line.text, line.eol])).toEqual([['a', '\r']]);
  });

  it('joins a line spread over many chunks', () => {
    const lines = split(['ab', 'cd', 'e\nf', 'g']);
    expect(lines.map((line) => line.text)).toEqual(['abcde', 'fg']);
    expect([lines[1]?.line, lines[1]?.offset]).toEqual([2, 6]);
  });

  it('has no empty last line after a final line ending, and no line for empty input', () => {
    expect(split(['a\n']).map((line) => line.text)).toEqual(['a']);
    expect(split(['']).length).toBe(0);
    expect(split(['\n\n']).map((line) => line.text)).toEqual(['', '']);
  });

  it('reports the code units held for the line in progress', () => {
    const splitter = createLineSplitter(() => {});
    splitter.push('abc');
    splitter.push('de');
    expect(splitter.pendingLength).toBe(5);
    splitter.push('\n');
    expect(splitter.pendingLength).toBe(0);
  });

  it('refuses input after end()', () => {
    const splitter = createLineSplitter(() => {});
    splitter.end();
    expect(() => splitter.push('x')).toThrow(/after end/);
  });
});

describe('pointIn', () => {
  it('points into a line by its number and offset, columns from 1', () => {
    const lines: Line[] = [];
    const splitter = createLineSplitter((line) => lines.push(line));
    splitter.push('first\r\n  second');
    splitter.end();
    const second = lines[1] as Line;
    expect(pointIn(second, 0)).toEqual({ line: 2, column: 1, offset: 7 });
    expect(pointIn(second, 2)).toEqual({ line: 2, column: 3, offset: 9 });
  });
});
