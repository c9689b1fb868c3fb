import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Paper } from '../../src/index.js';

/** The four real plain-text captures, with the paper counts the issue states. */
export const TEXT_FIXTURES = {
  '000_444d491a8cf7bda0.txt': 56,
  '001_3000abd2b438303c.txt': 41,
  '002_057a4f06c7a496ea.txt': 82,
  '004_42f5292a8f8eecce.txt': 69,
} as const;

export type TextFixtureName = keyof typeof TEXT_FIXTURES;
export const TEXT_FIXTURE_NAMES = Object.keys(TEXT_FIXTURES) as TextFixtureName[];

/** Read a fixture by file name. */
export function readFixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** What a paper says, without where it was found: for comparing variants of one capture. */
export function content(paper: Paper): Omit<Paper, 'position' | 'raw' | 'fixes'> {
  const { position: _position, raw: _raw, fixes: _fixes, ...rest } = paper;
  return rest;
}
